package io.mediaflow.media.upload;

import java.util.ArrayList;
import java.util.List;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;

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
	 * @param tooMany the problem when there is more than one
	 * @param what what the one file is, as the error names it ("image", "recording")
	 */
	public static List<MultipartFile> atMostOne(MultipartHttpServletRequest request, ProblemType tooMany, String what,
			String mainPart, String... otherParts) {
		List<MultipartFile> files = files(request, mainPart);
		files.addAll(files(request, otherParts));
		if (files.size() > 1) {
			throw Problems.exception(tooMany, "Send exactly one " + what + " as the multipart part '" + mainPart + "'");
		}
		return files;
	}

}
