package io.mediaflow.common.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Turns a client's file name into a base name that is safe as an S3 key part, a zip entry
 * and a download name: path parts, the extension, control and format characters (NUL, RTL
 * overrides), symbols and emoji are dropped; letters and digits of any script, {@code -}
 * and {@code _} are kept; spaces and dots become {@code _}.
 */
public final class FileNames {

	public static final int MAX_LENGTH = 80;

	static final String FALLBACK = "file";

	private FileNames() {
	}

	public static String safeBaseName(@Nullable String original) {
		if (original == null) {
			return FALLBACK;
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		if (dot > 0) {
			name = name.substring(0, dot);
		}
		name = Normalizer.normalize(name, Normalizer.Form.NFKC);
		StringBuilder safe = new StringBuilder();
		name.codePoints().forEach((codePoint) -> {
			if (Character.isLetterOrDigit(codePoint) || codePoint == '-' || codePoint == '_') {
				safe.appendCodePoint(codePoint);
			}
			else if (Character.isWhitespace(codePoint) || codePoint == '.') {
				safe.append('_');
			}
		});
		String collapsed = safe.toString().replaceAll("_{2,}", "_").replaceAll("^[_-]+|[_-]+$", "");
		if (collapsed.codePointCount(0, collapsed.length()) > MAX_LENGTH) {
			collapsed = collapsed.substring(0, collapsed.offsetByCodePoints(0, MAX_LENGTH));
		}
		return collapsed.isEmpty() ? FALLBACK : collapsed;
	}

	/**
	 * {@code baseName}, or {@code baseName-2}, {@code baseName-3} ... whichever is not
	 * yet in {@code taken} (compared case-insensitively, as zip tools on some systems
	 * do).
	 */
	public static String unique(String baseName, Set<String> taken) {
		String candidate = baseName;
		for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
			candidate = baseName + "-" + n;
		}
		return candidate;
	}

}
