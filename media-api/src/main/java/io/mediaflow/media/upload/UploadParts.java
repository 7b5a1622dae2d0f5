package io.mediaflow.media.upload;

import java.util.ArrayList;
import java.util.List;

import io.mediaflow.media.system.Downloads;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Which multipart parts of a request carry files, for the endpoints that take uploads.
 */
public final class UploadParts {

	private UploadParts() {
	}

	/** The files of the named parts, in the order the names are given. */
	public static List<MultipartFile> files(MultipartHttpServletRequest request, String... partNames) {
		List<MultipartFile> files = new ArrayList<>();
		for (String part : partNames) {
			files.addAll(request.getFiles(part));
		}
		return files;
	}

	/**
	 * The files of the named parts, refused with 400 when there is more than one (none is
	 * left to {@link UploadService}, which refuses it too).
	 * @param what what the one file is, as the error names it ("image", "recording")
	 */
	public static List<MultipartFile> atMostOne(MultipartHttpServletRequest request, String what, String mainPart,
			String... otherParts) {
		List<MultipartFile> files = files(request, mainPart);
		files.addAll(files(request, otherParts));
		if (files.size() > 1) {
			throw Downloads.problem(HttpStatus.BAD_REQUEST, "One " + what + " per request",
					"Send exactly one " + what + " as the multipart part '" + mainPart + "'");
		}
		return files;
	}

}
