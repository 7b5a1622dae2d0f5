package io.mediaflow.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.zip.CRC32;

import io.mediaflow.platform.storage.CallerThreadRequests.S3ErrorResponse;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one bucket, with S3 failures turned into {@link StorageException} (a
 * {@link StoredObjectMissingException} when the object does not exist). Streams in and
 * out; never holds a whole object unless the caller hands it bytes. No type of the S3
 * client leaves it: objects are read as {@link StoredObject}s.
 */
public class ObjectStore {

	/** Parts of 16 MiB: big enough for few requests, small enough to keep memory flat. */
	private static final long PART_SIZE = 16L * 1024 * 1024;

	public static final String CRC32_METADATA = "crc32";

	private final MinioClient client;

	private final CallerThreadRequests requests;

	private final String bucket;

	/**
	 * Objects up to a part's size go in and out in the calling thread
	 * ({@link CallerThreadRequests}); larger ones and bucket-wide requests through the
	 * MinIO client, over the same connections.
	 */
	public ObjectStore(StorageProperties storage) {
		OkHttpClient http = S3Clients.http(storage);
		this.client = S3Clients.create(storage, http);
		this.requests = new CallerThreadRequests(http, storage);
		this.bucket = storage.bucket();
	}

	MinioClient minioClient() {
		return this.client;
	}

	/** Stores a stream of known length (-1 when unknown: sent as multipart upload). */
	public void put(String key, InputStream content, long size, String contentType) {
		put(key, content, size, contentType, Map.of());
	}

	/**
	 * Streams content whose CRC-32 the caller already knows, recording it as user
	 * metadata ({@value #CRC32_METADATA}) so that zips can list the object with size and
	 * checksum up front.
	 */
	public void putWithChecksum(String key, InputStream content, long size, String contentType, long crc32) {
		put(key, content, size, contentType, Map.of(CRC32_METADATA, Long.toString(crc32)));
	}

	private void put(String key, InputStream content, long size, String contentType, Map<String, String> metadata) {
		if (size >= 0 && size <= PART_SIZE) {
			byte[] body;
			try {
				body = content.readNBytes((int) size);
			}
			catch (IOException ex) {
				throw new StorageException("Could not read the content of " + key, ex);
			}
			if (body.length < size) {
				throw new StorageException("Could not store " + key,
						new IOException("The content ended after " + body.length + " of " + size + " bytes"));
			}
			put(key, body, contentType, metadata);
			return;
		}
		try {
			this.client.putObject(PutObjectArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.stream(content, size, (size >= 0 && size <= PART_SIZE) ? -1 : PART_SIZE)
				.contentType(contentType)
				.userMetadata(metadata)
				.build());
		}
		catch (Exception ex) {
			throw new StorageException("Could not store " + key, ex);
		}
	}

	/**
	 * Stores bytes with their CRC-32 as user metadata ({@value #CRC32_METADATA}), so that
	 * zips can list them with sizes and checksums up front, readable by streaming
	 * unzippers.
	 */
	public void putWithChecksum(String key, byte[] content, String contentType) {
		put(key, content, contentType, Map.of(CRC32_METADATA, Long.toString(crc32(content))));
	}

	private void put(String key, byte[] body, String contentType, Map<String, String> metadata) {
		try {
			this.requests.put(key, body, contentType, metadata);
		}
		catch (IOException ex) {
			throw new StorageException("Could not store " + key, ex);
		}
	}

	/**
	 * Streams a file to the bucket with its CRC-32 as user metadata (see
	 * {@link #putWithChecksum(String, byte[], String)}).
	 */
	public void putWithChecksum(String key, Path file, String contentType) {
		try (InputStream crcInput = Files.newInputStream(file); InputStream content = Files.newInputStream(file)) {
			putWithChecksum(key, content, Files.size(file), contentType, crc32(crcInput));
		}
		catch (IOException ex) {
			throw new StorageException("Could not read " + file + " to store it as " + key, ex);
		}
	}

	/** The CRC-32 of a stream, read to its end. */
	public static long crc32(InputStream in) throws IOException {
		CRC32 crc = new CRC32();
		byte[] buffer = new byte[64 * 1024];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			crc.update(buffer, 0, read);
		}
		return crc.getValue();
	}

	private static OptionalLong storedCrc32(Response object) {
		String value = object.header("x-amz-meta-" + CRC32_METADATA);
		if (value == null) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(value.trim()));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	public static long crc32(byte[] content) {
		CRC32 crc = new CRC32();
		crc.update(content);
		return crc.getValue();
	}

	/**
	 * Opens an object for reading; the caller closes it.
	 */
	public StoredObject get(String key) {
		try {
			Response object = this.requests.get(key);
			ResponseBody body = object.body();
			String contentType = object.header("Content-Type");
			return new StoredObject(body.byteStream(), body.contentLength(),
					(contentType != null) ? contentType : "application/octet-stream", storedCrc32(object));
		}
		catch (S3ErrorResponse ex) {
			if (ex.missing()) {
				throw new StoredObjectMissingException(key, ex);
			}
			throw new StorageException("Could not read " + key, ex);
		}
		catch (IOException ex) {
			throw new StorageException("Could not read " + key, ex);
		}
	}

	public byte[] readAll(String key) {
		try (StoredObject object = get(key)) {
			return object.content().readAllBytes();
		}
		catch (StorageException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new StorageException("Could not read " + key, ex);
		}
	}

	/**
	 * Whether an object is there (one HEAD request).
	 * @throws StorageException when S3 cannot tell
	 */
	public boolean exists(String key) {
		try {
			this.requests.head(key);
			return true;
		}
		catch (S3ErrorResponse ex) {
			if (ex.missing()) {
				return false;
			}
			throw new StorageException("Could not look for " + key, ex);
		}
		catch (IOException ex) {
			throw new StorageException("Could not look for " + key, ex);
		}
	}

	/** Creates the bucket unless it exists; true when it did. */
	public boolean createBucketIfMissing() {
		try {
			if (this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build())) {
				return false;
			}
			this.client.makeBucket(MakeBucketArgs.builder().bucket(this.bucket).build());
			return true;
		}
		catch (Exception ex) {
			throw new StorageException("Could not create the bucket " + this.bucket, ex);
		}
	}

	public void delete(Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<DeleteObject> objects = new ArrayList<>();
		keys.forEach((key) -> objects.add(new DeleteObject(key)));
		try {
			for (Result<DeleteError> result : this.client
				.removeObjects(RemoveObjectsArgs.builder().bucket(this.bucket).objects(objects).build())) {
				result.get();
			}
		}
		catch (Exception ex) {
			throw new StorageException("Could not delete " + keys.size() + " objects", ex);
		}
	}

}
