package io.mediaflow.common.storage;

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

import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;

/**
 * The one bucket, with S3 failures turned into {@link StorageException}. Streams in and out; never holds a whole
 * object unless the caller hands it bytes.
 */
public class ObjectStore {

	/** Parts of 16 MiB: big enough for few requests, small enough to keep memory flat. */
	private static final long PART_SIZE = 16L * 1024 * 1024;

	public static final String CRC32_METADATA = "crc32";

	private final MinioClient client;

	private final String bucket;

	public ObjectStore(MinioClient client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	/** Stores a stream of known length (-1 when unknown: sent as multipart upload). */
	public void put(String key, InputStream content, long size, String contentType) {
		try {
			this.client.putObject(PutObjectArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.stream(content, size, (size >= 0 && size <= PART_SIZE) ? -1 : PART_SIZE)
				.contentType(contentType)
				.build());
		}
		catch (Exception ex) {
			throw new StorageException("Could not store " + key, ex);
		}
	}

	/**
	 * Stores bytes with their CRC-32 as user metadata ({@value #CRC32_METADATA}), so that zips can list them with
	 * sizes and checksums up front, readable by streaming unzippers.
	 */
	public void putWithChecksum(String key, byte[] content, String contentType) {
		try {
			this.client.putObject(PutObjectArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.stream(new ByteArrayInputStream(content), content.length, -1)
				.contentType(contentType)
				.userMetadata(Map.of(CRC32_METADATA, Long.toString(crc32(content))))
				.build());
		}
		catch (Exception ex) {
			throw new StorageException("Could not store " + key, ex);
		}
	}

	/** Streams a file to the bucket with its CRC-32 as user metadata (see {@link #putWithChecksum(String, byte[], String)}). */
	public void putWithChecksum(String key, Path file, String contentType) {
		try {
			long crc = crc32(file);
			try (InputStream content = Files.newInputStream(file)) {
				long size = Files.size(file);
				this.client.putObject(PutObjectArgs.builder()
					.bucket(this.bucket)
					.object(key)
					.stream(content, size, (size <= PART_SIZE) ? -1 : PART_SIZE)
					.contentType(contentType)
					.userMetadata(Map.of(CRC32_METADATA, Long.toString(crc)))
					.build());
			}
		}
		catch (Exception ex) {
			throw new StorageException("Could not store " + key, ex);
		}
	}

	private static long crc32(Path file) throws IOException {
		CRC32 crc = new CRC32();
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				crc.update(buffer, 0, read);
			}
		}
		return crc.getValue();
	}

	/** The CRC-32 stored with an object by {@link #putWithChecksum} or {@link #copyWithChecksum}, if any. */
	public static OptionalLong storedCrc32(GetObjectResponse object) {
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

	/** Opens an object for reading; the caller closes it. {@code headers().get("Content-Length")} gives its size. */
	public GetObjectResponse get(String key) {
		try {
			return this.client.getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build());
		}
		catch (Exception ex) {
			throw new StorageException("Could not read " + key, ex);
		}
	}

	public byte[] readAll(String key) {
		try (GetObjectResponse object = get(key)) {
			return object.readAllBytes();
		}
		catch (StorageException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new StorageException("Could not read " + key, ex);
		}
	}

	/**
	 * Copies inside the bucket without moving the bytes through this process, recording the caller's CRC-32 of
	 * the content.
	 */
	public void copyWithChecksum(String sourceKey, String targetKey, long crc32) {
		try {
			this.client.copyObject(CopyObjectArgs.builder()
				.bucket(this.bucket)
				.object(targetKey)
				.source(CopySource.builder().bucket(this.bucket).object(sourceKey).build())
				.userMetadata(Map.of(CRC32_METADATA, Long.toString(crc32)))
				.metadataDirective(Directive.REPLACE)
				.build());
		}
		catch (Exception ex) {
			throw new StorageException("Could not copy " + sourceKey + " to " + targetKey, ex);
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
