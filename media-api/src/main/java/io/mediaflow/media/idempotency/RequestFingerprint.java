package io.mediaflow.media.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * What makes two creating POSTs the same request: SHA-256 over the method, the path, the
 * parameters (query and form fields, but not the credentials, which the key's user
 * already stands for), and each file part's name, file name, size and SHA-256, or the
 * SHA-256 of a body that is not multipart.
 */
final class RequestFingerprint {

	private static final Set<String> CREDENTIALS = Set.of("access_token", "user_id");

	private final MessageDigest digest = sha256();

	private RequestFingerprint() {
	}

	/**
	 * @param bodyDigest the SHA-256 of a body that is not multipart, null for a multipart
	 * request
	 */
	static String of(HttpServletRequest request, byte @Nullable [] bodyDigest) throws IOException {
		RequestFingerprint fingerprint = new RequestFingerprint();
		fingerprint.add(request.getMethod());
		fingerprint.add(request.getRequestURI());
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
			if (!CREDENTIALS.contains(parameter.getKey())) {
				fingerprint.add(parameter.getKey());
				for (String value : parameter.getValue()) {
					fingerprint.add(value);
				}
			}
		}
		if (request instanceof MultipartHttpServletRequest multipart) {
			for (Map.Entry<String, List<MultipartFile>> part : new TreeMap<>(multipart.getMultiFileMap()).entrySet()) {
				for (MultipartFile file : part.getValue()) {
					fingerprint.add(part.getKey());
					fingerprint.add(String.valueOf(file.getOriginalFilename()));
					fingerprint.add(Long.toString(file.getSize()));
					try (InputStream content = file.getInputStream()) {
						fingerprint.add(sha256(content));
					}
				}
			}
		}
		else if (bodyDigest != null) {
			fingerprint.add(bodyDigest);
		}
		return HexFormat.of().formatHex(fingerprint.digest.digest());
	}

	static byte[] sha256(InputStream content) throws IOException {
		MessageDigest digest = sha256();
		byte[] buffer = new byte[64 * 1024];
		for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
			digest.update(buffer, 0, read);
		}
		return digest.digest();
	}

	private void add(String value) {
		add(value.getBytes(StandardCharsets.UTF_8));
	}

	/** Length first, so that no two different sequences of values digest alike. */
	private void add(byte[] value) {
		this.digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
		this.digest.update(value);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
