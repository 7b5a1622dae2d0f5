package io.mediaflow.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.mediaflow.common.files.FileNames;
import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StorageException;
import io.mediaflow.common.storage.StorageKeys;
import io.mediaflow.media.outbox.OutboxRelay;
import io.mediaflow.media.task.MediaKind;
import io.mediaflow.media.task.NewTaskFile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes an upload: checks every file first (count, size, real format, pixel count or
 * duration), then streams the originals to S3, then records the task with its jobs.
 * Anything refused or failing on the way leaves nothing behind.
 */
@Service
public class UploadService {

	private static final Logger logger = LoggerFactory.getLogger(UploadService.class);

	private static final long MEGABYTE = 1024 * 1024;

	private final MediaLimitsProperties limits;

	private final ObjectStore store;

	private final TaskCreation taskCreation;

	private final OutboxRelay relay;

	UploadService(MediaLimitsProperties limits, ObjectStore store, TaskCreation taskCreation, OutboxRelay relay) {
		this.limits = limits;
		this.store = store;
		this.taskCreation = taskCreation;
		this.relay = relay;
	}

	public AcceptedUpload accept(AuthenticatedUser user, List<MultipartFile> files, UploadPurpose purpose,
			@Nullable String requestId) {
		if (files.isEmpty()) {
			throw new MediaRejectedException(ProblemType.NO_FILES,
					"Send the files as multipart parts (named 'files' for /upload, 'record' for /record)");
		}
		if (files.size() > this.limits.maxFilesPerUpload()) {
			throw new MediaRejectedException(ProblemType.TOO_MANY_FILES, "An upload may hold at most "
					+ this.limits.maxFilesPerUpload() + " files; this one has " + files.size());
		}
		UUID taskId = UUID.randomUUID();
		List<PlannedFile> planned = new ArrayList<>(files.size());
		Set<String> taken = new HashSet<>();
		for (MultipartFile file : files) {
			InspectedMedia media = inspect(file, purpose.accepts());
			MediaKind kind = (purpose instanceof UploadPurpose.StoreJpeg) ? MediaKind.JPEG : media.kind();
			String safeName = FileNames.unique(FileNames.safeBaseName(file.getOriginalFilename()), taken);
			taken.add(safeName.toLowerCase(Locale.ROOT));
			UUID fileId = UUID.randomUUID();
			NewTaskFile row = new NewTaskFile(fileId, planned.size(), kind, media.formatName(), media.contentType(),
					originalName(file), safeName, file.getSize(),
					StorageKeys.original(taskId, fileId, safeName, media.extension()));
			planned.add(new PlannedFile(row, media, (kind == MediaKind.IMAGE) ? null : UUID.randomUUID()));
		}
		List<String> stored = new ArrayList<>();
		try {
			for (int i = 0; i < planned.size(); i++) {
				storeOriginal(planned.get(i).file(), files.get(i));
				stored.add(planned.get(i).file().s3Key());
			}
			this.taskCreation.create(taskId, user.userId(), planned, purpose, requestId);
		}
		catch (IOException ex) {
			discard(stored);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			discard(stored);
			throw ex;
		}
		this.relay.wakeUp();
		logger.info("Accepted task {} with {} files for user {}", taskId, planned.size(), user.userId());
		return new AcceptedUpload(taskId, planned.stream().map(PlannedFile::outputId).toList());
	}

	/**
	 * Streams one original to S3, trying a second time once: the first request after an
	 * S3 outage can meet a pooled connection that died with it, and the part can simply
	 * be read again.
	 */
	private void storeOriginal(NewTaskFile file, MultipartFile part) throws IOException {
		long crc32;
		try (InputStream content = part.getInputStream()) {
			crc32 = ObjectStore.crc32(content);
		}
		try (InputStream content = part.getInputStream()) {
			this.store.putWithChecksum(file.s3Key(), content, file.sizeBytes(), file.contentType(), crc32);
			return;
		}
		catch (StorageException ex) {
			logger.debug("Storing {} failed once, trying again: {}", file.s3Key(), ex.getMessage());
		}
		try (InputStream content = part.getInputStream()) {
			this.store.putWithChecksum(file.s3Key(), content, file.sizeBytes(), file.contentType(), crc32);
		}
	}

	private InspectedMedia inspect(MultipartFile file, Set<MediaKind> accepted) {
		String name = originalName(file);
		if (file.isEmpty()) {
			throw MediaRejectedException.empty(name);
		}
		if (file.getSize() > this.limits.maxFileSize().toBytes()) {
			throw new MediaRejectedException(ProblemType.FILE_TOO_LARGE,
					"'" + name + "' is larger than " + this.limits.maxFileSize().toMegabytes() + " MB");
		}
		String expected = accepted.contains(MediaKind.IMAGE) ? (accepted.contains(MediaKind.AUDIO)
				? "a JPEG or PNG image or a WAV recording" : "a JPEG or PNG image") : "a WAV recording";
		InspectedMedia media;
		try (InputStream content = file.getInputStream()) {
			media = MediaInspector.inspect(content, file.getSize())
				.filter((found) -> accepted.contains(found.kind()))
				.orElseThrow(() -> MediaRejectedException.unsupported(name, expected));
		}
		catch (InconsistentHeaderException ex) {
			throw new MediaRejectedException(ProblemType.INVALID_HEADER,
					"'" + name + "' has an invalid header: " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (media instanceof InspectedMedia.Image image && image.pixels() > this.limits.maxImagePixels()) {
			throw new MediaRejectedException(ProblemType.IMAGE_TOO_LARGE,
					"'" + name + "' declares " + image.width() + "x" + image.height() + " pixels; at most "
							+ this.limits.maxImagePixels() + " pixels are accepted");
		}
		long maxDecoded = this.limits.maxDecodedImageSize().toBytes();
		if (media instanceof InspectedMedia.Image image && image.decodedBytes() > maxDecoded) {
			throw new MediaRejectedException(ProblemType.IMAGE_TOO_LARGE,
					"'" + name + "' declares " + image.width() + "x" + image.height() + " pixels of " + image.channels()
							+ " channels at " + 8 * image.bytesPerSample() + " bits, " + image.decodedBytes() / MEGABYTE
							+ " MB decoded; at most " + maxDecoded / MEGABYTE + " MB are accepted");
		}
		if (media instanceof InspectedMedia.Image image && !endsProperly(file, image)) {
			throw new MediaRejectedException(ProblemType.TRUNCATED_IMAGE,
					"'" + name + "' ends before its image data does (cut short in transit?)");
		}
		if (media instanceof InspectedMedia.Audio audio
				&& audio.durationMillis() > this.limits.maxAudioDuration().toMillis()) {
			throw new MediaRejectedException(ProblemType.RECORDING_TOO_LONG,
					"'" + name + "' lasts " + audio.durationMillis() / 1000 + " s; at most "
							+ this.limits.maxAudioDuration().toSeconds() + " s are accepted");
		}
		return media;
	}

	private static boolean endsProperly(MultipartFile file, InspectedMedia.Image image) {
		int window = (int) Math.min(MediaInspector.END_MARKER_WINDOW, file.getSize());
		try (InputStream content = file.getInputStream()) {
			content.skipNBytes(file.getSize() - window);
			return MediaInspector.endsProperly(image.format(), content.readNBytes(window));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void discard(List<String> keys) {
		try {
			this.store.delete(keys);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not remove {} originals of a failed upload", keys.size(), ex);
		}
	}

	private static String originalName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return (name == null || name.isBlank()) ? "(unnamed)" : name;
	}

}
