package io.mediaflow.media.task;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.mediaflow.platform.storage.ObjectStore;
import io.mediaflow.platform.storage.StoredObject;
import io.mediaflow.platform.storage.StoredObjectMissingException;

import org.springframework.stereotype.Component;

/**
 * Streams a task's results from S3 into a zip, entry by entry, so memory use does not
 * grow with the files. Entries are stored uncompressed (images and MP3s are compressed
 * already) with the size and CRC-32 the worker recorded in their local headers, which
 * streaming unzippers such as {@code java.util.zip.ZipInputStream} need; zip4j's
 * streaming writer always leaves the CRC to a trailing descriptor, which those readers
 * reject for stored entries. Zip64 records are added by the JDK when a task exceeds 4 GB.
 * Every object is looked for before the answer starts: a result gone from the bucket is a
 * problem document, not a zip that stops halfway.
 */
@Component
class TaskZipWriter {

	private final ObjectStore store;

	TaskZipWriter(ObjectStore store) {
		this.store = store;
	}

	static String mp3Name(String safeName) {
		return safeName + ".mp3";
	}

	/**
	 * Checks that every item is in the bucket (one HEAD request each).
	 * @throws StoredObjectMissingException for the first that is not
	 * @throws io.mediaflow.platform.storage.StorageException when the bucket cannot be
	 * asked
	 */
	void checkStored(List<ZipItem> items) {
		for (ZipItem item : items) {
			if (!this.store.exists(item.key())) {
				throw new StoredObjectMissingException(item.key(), null);
			}
		}
	}

	void write(List<ZipItem> items, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		for (ZipItem item : items) {
			try (StoredObject object = this.store.get(item.key())) {
				ZipEntry entry = new ZipEntry(item.entryName());
				entry.setLastModifiedTime(FileTime.from(item.lastModified()));
				OptionalLong crc = object.crc32();
				if (crc.isPresent()) {
					long size = object.length();
					entry.setMethod(ZipEntry.STORED);
					entry.setSize(size);
					entry.setCompressedSize(size);
					entry.setCrc(crc.getAsLong());
				}
				else {
					entry.setMethod(ZipEntry.DEFLATED);
				}
				zip.putNextEntry(entry);
				object.transferTo(zip);
				zip.closeEntry();
			}
		}
		zip.finish();
	}

}
