package io.mediaflow.platform.storage;

import java.io.IOException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.minio.S3Escaper;
import io.minio.Signer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The object requests on every file's path (PUT of a body in memory, GET, HEAD), signed
 * with the MinIO client's SigV4 signer and executed in the calling thread. The MinIO
 * client runs each request on the common fork-join pool and OkHttp's dispatcher threads
 * and hands the answer back to the caller; on a small machine those hand-offs cost more
 * than the request itself (docs/performance.md, ninth round). Path-style addressing, as
 * the MinIO client uses for every endpoint but AWS's own.
 */
final class CallerThreadRequests {

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

	private static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]*)</Code>");

	private final OkHttpClient http;

	private final HttpUrl endpoint;

	private final String host;

	private final StorageProperties storage;

	CallerThreadRequests(OkHttpClient http, StorageProperties storage) {
		this.http = http;
		this.endpoint = HttpUrl.get(storage.endpoint());
		this.host = (this.endpoint.port() == HttpUrl.defaultPort(this.endpoint.scheme())) ? this.endpoint.host()
				: this.endpoint.host() + ":" + this.endpoint.port();
		this.storage = storage;
	}

	void put(String key, byte[] body, String contentType, Map<String, String> metadata) throws IOException {
		Request.Builder request = request(key, sha256(body))
			.put(RequestBody.create(body, MediaType.parse(contentType)));
		metadata.forEach((name, value) -> request.header("x-amz-meta-" + name, value));
		try (Response response = execute(request.build())) {
			checkSuccess(response);
		}
	}

	/** The caller closes the response, whose body streams the object. */
	Response get(String key) throws IOException {
		Response response = execute(request(key, EMPTY_BODY_SHA256).get().build());
		try {
			checkSuccess(response);
			return response;
		}
		catch (IOException | RuntimeException ex) {
			response.close();
			throw ex;
		}
	}

	/** Returns when the object is there; {@link S3ErrorResponse#missing()} when not. */
	void head(String key) throws IOException {
		try (Response response = execute(request(key, EMPTY_BODY_SHA256).head().build())) {
			checkSuccess(response);
		}
	}

	private Request.Builder request(String key, String contentSha256) {
		HttpUrl url = this.endpoint.newBuilder()
			.addPathSegment(this.storage.bucket())
			.addEncodedPathSegments(S3Escaper.encodePath(key))
			.build();
		return new Request.Builder().url(url)
			.header("Host", this.host)
			.header("Accept-Encoding", "identity")
			.header("x-amz-date", ZonedDateTime.now(ZoneOffset.UTC).format(AMZ_DATE))
			.header("x-amz-content-sha256", contentSha256);
	}

	private Response execute(Request unsigned) throws IOException {
		Request signed;
		try {
			signed = Signer.signV4S3(unsigned, this.storage.region(), this.storage.accessKey(),
					this.storage.secretKey(), unsigned.header("x-amz-content-sha256"));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("Cannot sign an S3 request", ex);
		}
		return this.http.newCall(signed).execute();
	}

	private static void checkSuccess(Response response) throws IOException {
		if (response.isSuccessful()) {
			return;
		}
		ResponseBody body = response.body();
		String text = (body != null) ? body.string() : "";
		Matcher code = ERROR_CODE.matcher(text);
		throw new S3ErrorResponse(response.code(), code.find() ? code.group(1) : null);
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This JDK has no SHA-256", ex);
		}
	}

	/** S3 answered with an error status; its error code when the body named one. */
	static final class S3ErrorResponse extends IOException {

		private final int status;

		private final String code;

		S3ErrorResponse(int status, String code) {
			super("S3 answered " + status + ((code != null) ? " " + code : ""));
			this.status = status;
			this.code = code;
		}

		/** NoSuchKey, or a 404 without a body (the answer to HEAD). */
		boolean missing() {
			return "NoSuchKey".equals(this.code) || (this.status == 404 && this.code == null);
		}

	}

}
