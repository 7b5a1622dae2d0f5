package io.mediaflow.platform.storage;

import java.io.ByteArrayInputStream;
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

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;

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

	private static final String NO_SUCH_KEY = "NoSuchKey";

	private final MinioClient client;

	private final String bucket;

	public ObjectStore(MinioClient client, String bucket) {
		this.client = client;
		this.bucket = bucket;
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
		putWithChecksum(key, new ByteArrayInputStream(content), content.length, contentType, crc32(content));
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

	private static OptionalLong storedCrc32(GetObjectResponse object) {
		String value = object.headers().get("x-amz-meta-" + CRC32_METADATA);
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
			GetObjectResponse object = this.client
				.getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build());
			String length = object.headers().get("Content-Length");
			String contentType = object.headers().get("Content-Type");
			return new StoredObject(object, (length != null) ? Long.parseLong(length) : -1,
					(contentType != null) ? contentType : "application/octet-stream", storedCrc32(object));
		}
		catch (ErrorResponseException ex) {
			if (NO_SUCH_KEY.equals(ex.errorResponse().code())) {
				throw new StoredObjectMissingException(key, ex);
			}
			throw new StorageException("Could not read " + key, ex);
		}
		catch (Exception ex) {
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
			this.client.statObject(StatObjectArgs.builder().bucket(this.bucket).object(key).build());
			return true;
		}
		catch (ErrorResponseException ex) {
			if ("NoSuchKey".equals(ex.errorResponse().code()) || ex.response().code() == 404) {
				return false;
			}
			throw new StorageException("Could not look for " + key, ex);
		}
		catch (Exception ex) {
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
