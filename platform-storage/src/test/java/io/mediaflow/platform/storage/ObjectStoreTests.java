package io.mediaflow.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.mediaflow.embedded.EmbeddedS3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The store against a real S3 server (the embedded S3Proxy): what it answers is a
 * Mediaflow {@link StoredObject}, never a client type.
 */
class ObjectStoreTests {

	@TempDir
	static Path data;

	private static EmbeddedS3Server server;

	private static ObjectStore store;

	@BeforeAll
	static void start() {
		server = EmbeddedS3Server.start(data, 0, "test-access", "test-secret-key");
		StorageProperties properties = new StorageProperties(server.endpoint(), "test-access", "test-secret-key",
				"store-tests", "us-east-1", true);
		store = new ObjectStore(properties);
		store.createBucketIfMissing();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void anObjectComesBackWithItsLengthContentTypeAndChecksum() throws IOException {
		byte[] content = "a stored object".getBytes(StandardCharsets.UTF_8);
		String key = "tests/" + UUID.randomUUID();
		store.putWithChecksum(key, content, "text/plain");

		try (StoredObject object = store.get(key)) {
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			object.transferTo(read);
			assertThat(read.toByteArray()).isEqualTo(content);
			assertThat(object.length()).isEqualTo(content.length);
			assertThat(object.contentType()).isEqualTo("text/plain");
			assertThat(object.crc32()).hasValue(ObjectStore.crc32(content));
		}
	}

	@Test
	void anObjectStoredWithoutChecksumHasNone() throws IOException {
		String key = "tests/" + UUID.randomUUID();
		store.put(key, new ByteArrayInputStream(new byte[] { 1, 2, 3 }), 3, "application/octet-stream");

		try (StoredObject object = store.get(key)) {
			assertThat(object.crc32()).isEmpty();
			assertThat(object.length()).isEqualTo(3);
		}
	}

	@Test
	void existsTellsAStoredObjectFromAMissingOneAndDeleteRemovesIt() {
		String key = "tests/" + UUID.randomUUID();
		assertThat(store.exists(key)).isFalse();

		store.putWithChecksum(key, new byte[] { 7 }, "application/octet-stream");
		assertThat(store.exists(key)).isTrue();

		store.delete(List.of(key));
		assertThat(store.exists(key)).isFalse();
	}

	@Test
	void keysWithCharactersThatNeedEscapingAreSignedAsSent() throws IOException {
		String key = "tests/" + UUID.randomUUID() + "/ein Bild (1)+%20 & ë=ä*~!'.jpg";
		store.putWithChecksum(key, new byte[] { 4, 5 }, "image/jpeg");

		assertThat(store.exists(key)).isTrue();
		assertThat(store.readAll(key)).containsExactly(4, 5);
	}

	@Test
	void aMissingObjectIsToldApartFromAStoreThatRefuses() {
		String key = "tests/" + UUID.randomUUID();
		assertThatExceptionOfType(StoredObjectMissingException.class).isThrownBy(() -> store.get(key));

		ObjectStore wrongSecret = new ObjectStore(new StorageProperties(server.endpoint(), "test-access",
				"not-the-secret", "store-tests", "us-east-1", true));
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> wrongSecret.get(key))
			.isNotInstanceOf(StoredObjectMissingException.class)
			.withMessageContaining(key);
		assertThatExceptionOfType(StorageException.class).isThrownBy(() -> wrongSecret.exists(key));
		assertThatExceptionOfType(StorageException.class)
			.isThrownBy(() -> wrongSecret.putWithChecksum(key, new byte[] { 1 }, "application/octet-stream"));
		assertThat(store.exists(key)).isFalse();
	}

	@Test
	void aStreamShorterThanItsDeclaredSizeStoresNothing() {
		String key = "tests/" + UUID.randomUUID();
		assertThatExceptionOfType(StorageException.class).isThrownBy(
				() -> store.put(key, new ByteArrayInputStream(new byte[] { 1, 2 }), 3, "application/octet-stream"));

		assertThat(store.exists(key)).isFalse();
	}

	@Test
	void anObjectLargerThanAPartGoesUpInPartsAndComesBackWhole() throws IOException {
		byte[] content = new byte[17 * 1024 * 1024];
		new Random(7).nextBytes(content);
		String key = "tests/" + UUID.randomUUID();
		store.putWithChecksum(key, new ByteArrayInputStream(content), content.length, "application/octet-stream",
				ObjectStore.crc32(content));

		try (StoredObject object = store.get(key)) {
			assertThat(object.length()).isEqualTo(content.length);
			assertThat(object.crc32()).hasValue(ObjectStore.crc32(content));
			assertThat(ObjectStore.crc32(object.content())).isEqualTo(ObjectStore.crc32(content));
		}
	}

	@Test
	void theBucketIsCreatedOnce() {
		assertThat(store.createBucketIfMissing()).isFalse();
	}

}
