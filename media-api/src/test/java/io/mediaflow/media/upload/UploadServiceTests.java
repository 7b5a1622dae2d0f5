package io.mediaflow.media.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageException;
import io.mediaflow.media.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The order an upload is taken in: every file is checked before anything is stored, and a
 * failure after storing removes what was stored. (The cross-service tests check the same
 * against real S3 and PostgreSQL.)
 */
class UploadServiceTests {

	private final ObjectStore store = mock(ObjectStore.class);

	private final TaskCreation taskCreation = mock(TaskCreation.class);

	private final OutboxRelay relay = mock(OutboxRelay.class);

	private final UploadService uploads = new UploadService(new MediaLimitsProperties(DataSize.ofKilobytes(64), 2,
			10_000, Duration.ofMinutes(1), DataSize.ofMegabytes(1)), this.store, this.taskCreation, this.relay);

	private final AuthenticatedUser ann = new AuthenticatedUser(UUID.randomUUID(), "ann");

	@Test
	void acceptsValidImagesStoresEachOriginalAndWakesTheRelay() throws IOException {
		AcceptedUpload accepted = this.uploads.accept(this.ann, List.of(png("a.png", 8, 8), png("a.png", 4, 4)),
				new UploadPurpose.Augment(), "req-1");

		ArgumentCaptor<String> keys = ArgumentCaptor.forClass(String.class);
		then(this.store).should(times(2))
			.putWithChecksum(keys.capture(), any(InputStream.class), anyLong(), anyString(), anyLong());
		assertThat(keys.getAllValues()).doesNotHaveDuplicates()
			.allMatch((key) -> key.contains(accepted.taskId().toString()));
		then(this.taskCreation).should().create(any(), any(), any(), any(), any());
		then(this.relay).should().wakeUp();
	}

	@Test
	void oneBadFileRefusesTheWholeUploadBeforeAnythingIsStored() {
		assertRefused(List.of(png("ok.png", 8, 8), file("notes.png", "just text".getBytes())),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file");
		assertRefused(List.of(png("ok.png", 8, 8), file("empty.png", new byte[0])), HttpStatus.BAD_REQUEST,
				"Empty file");
		assertRefused(List.of(png("big.png", 200, 200)), HttpStatus.UNPROCESSABLE_CONTENT, "Image too large");
		assertRefused(List.of(file("huge.png", new byte[65 * 1024])), HttpStatus.CONTENT_TOO_LARGE, "File too large");
		assertRefused(List.of(png("a.png", 8, 8), png("b.png", 8, 8), png("c.png", 8, 8)), HttpStatus.BAD_REQUEST,
				"Too many files");
		assertRefused(List.of(), HttpStatus.BAD_REQUEST, "No files");
		verifyNoInteractions(this.store, this.taskCreation, this.relay);
	}

	@Test
	void aRecordingUploadRefusesAnImage() {
		assertThatExceptionOfType(MediaRejectedException.class)
			.isThrownBy(() -> this.uploads.accept(this.ann, List.of(png("a.png", 8, 8)),
					new UploadPurpose.ConvertRecording(), null))
			.satisfies((ex) -> assertThat(ex.getBody().getDetail()).contains("is not a WAV recording"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void whenTheTaskCannotBeRecordedTheStoredOriginalsAreRemoved() {
		willThrow(new IllegalStateException("database down")).given(this.taskCreation)
			.create(any(), any(), any(), any(), any());

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.uploads.accept(this.ann,
				List.of(png("a.png", 8, 8), png("b.png", 8, 8)), new UploadPurpose.Augment(), null));

		ArgumentCaptor<Collection<String>> removed = ArgumentCaptor.forClass(Collection.class);
		then(this.store).should().delete(removed.capture());
		assertThat(removed.getValue()).hasSize(2);
		verifyNoInteractions(this.relay);
	}

	@Test
	void aStoreThatFailsOnceIsTriedAgain() {
		willThrow(new StorageException("stale connection", new IOException())).willDoNothing()
			.given(this.store)
			.putWithChecksum(anyString(), any(InputStream.class), anyLong(), anyString(), anyLong());

		this.uploads.accept(this.ann, List.of(png("a.png", 8, 8)), new UploadPurpose.Augment(), null);

		then(this.store).should(times(2))
			.putWithChecksum(anyString(), any(InputStream.class), anyLong(), anyString(), anyLong());
		then(this.relay).should().wakeUp();
	}

	private void assertRefused(List<MultipartFile> files, HttpStatus status, String title) {
		assertThatExceptionOfType(MediaRejectedException.class)
			.isThrownBy(() -> this.uploads.accept(this.ann, files, new UploadPurpose.Augment(), null))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getBody().getTitle()).isEqualTo(title);
			});
	}

	private static MultipartFile png(String name, int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
			return file(name, out.toByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

}
