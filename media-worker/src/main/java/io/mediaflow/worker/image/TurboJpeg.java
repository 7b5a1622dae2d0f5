package io.mediaflow.worker.image;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The TurboJPEG 2 API of the system's libjpeg-turbo ({@code libturbojpeg0}), called
 * through the JDK's foreign-function API: a JPEG decoded to its YCbCr planes and planes
 * encoded back, with no colour conversion or chroma resampling in between. Planes live in
 * OpenCV {@link org.opencv.core.Mat}s, one byte per sample, rows without padding; this
 * class only passes their native addresses. A handle serves one call at a time, so each
 * call makes its own (a few microseconds).
 */
final class TurboJpeg {

	private static final Logger logger = LoggerFactory.getLogger(TurboJpeg.class);

	/** The Debian and Ubuntu package that brings {@link #LIBRARY}. */
	static final String PACKAGE = ImageKernel.TURBOJPEG_PACKAGE;

	static final String LIBRARY = "libturbojpeg.so.0";

	static final int SAMPLING_444 = 0;

	static final int SAMPLING_422 = 1;

	static final int SAMPLING_420 = 2;

	static final int SAMPLING_GRAY = 3;

	static final int SAMPLING_440 = 4;

	static final int SAMPLING_411 = 5;

	static final int COLORSPACE_YCBCR = 1;

	/** The islow DCT in both directions, as libjpeg's and OpenCV's defaults. */
	private static final int FLAG_ACCURATE_DCT = 4096;

	private static final int ERROR_FATAL = 1;

	private final MethodHandle initDecompress;

	private final MethodHandle initCompress;

	private final MethodHandle destroy;

	private final MethodHandle decompressHeader;

	private final MethodHandle decompressToPlanes;

	private final MethodHandle compressFromPlanes;

	private final MethodHandle free;

	private final MethodHandle errorText;

	private final MethodHandle errorCode;

	private TurboJpeg(SymbolLookup library) {
		Linker linker = Linker.nativeLinker();
		this.initDecompress = handle(linker, library, "tjInitDecompress", FunctionDescriptor.of(ADDRESS));
		this.initCompress = handle(linker, library, "tjInitCompress", FunctionDescriptor.of(ADDRESS));
		this.destroy = handle(linker, library, "tjDestroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
		this.decompressHeader = handle(linker, library, "tjDecompressHeader3",
				FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
		this.decompressToPlanes = handle(linker, library, "tjDecompressToYUVPlanes", FunctionDescriptor.of(JAVA_INT,
				ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
		this.compressFromPlanes = handle(linker, library, "tjCompressFromYUVPlanes", FunctionDescriptor.of(JAVA_INT,
				ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
		this.free = handle(linker, library, "tjFree", FunctionDescriptor.ofVoid(ADDRESS));
		this.errorText = handle(linker, library, "tjGetErrorStr2", FunctionDescriptor.of(ADDRESS, ADDRESS));
		this.errorCode = handle(linker, library, "tjGetErrorCode", FunctionDescriptor.of(JAVA_INT, ADDRESS));
	}

	/**
	 * The system's library, loaded once per JVM; empty, after one WARN line naming the
	 * package, when it is missing or older than TurboJPEG 2.
	 */
	static Optional<TurboJpeg> system() {
		return Shared.INSTANCE;
	}

	private static final class Shared {

		static final Optional<TurboJpeg> INSTANCE = load();

		private static Optional<TurboJpeg> load() {
			try {
				TurboJpeg library = new TurboJpeg(SymbolLookup.libraryLookup(LIBRARY, Arena.global()));
				logger.info("JPEG codec: TurboJPEG ({}), YCbCr planes", LIBRARY);
				return Optional.of(library);
			}
			catch (IllegalArgumentException | IllegalStateException | NoSuchElementException ex) {
				logger.warn("JPEGs are decoded to BGR by OpenCV, about a third slower than from their YCbCr planes: "
						+ "{} does not load ({}); install it with 'apt-get install {}' (Debian 12, Ubuntu 24.04)",
						LIBRARY, ex.getMessage(), PACKAGE);
				return Optional.empty();
			}
		}

	}

	/**
	 * What the file's frame header says, or empty when TurboJPEG cannot read it.
	 */
	Optional<Header> header(MemorySegment jpeg) {
		return withHandle(this.initDecompress, (handle, arena) -> {
			MemorySegment values = arena.allocate(JAVA_INT, 4);
			int result = (int) this.decompressHeader.invokeExact(handle, jpeg, jpeg.byteSize(), values,
					values.asSlice(4), values.asSlice(8), values.asSlice(12));
			return (result != 0) ? Optional.empty() : Optional.of(new Header(values.getAtIndex(JAVA_INT, 0),
					values.getAtIndex(JAVA_INT, 1), values.getAtIndex(JAVA_INT, 2), values.getAtIndex(JAVA_INT, 3)));
		});
	}

	/**
	 * Decodes {@code jpeg} into {@code planes} (Y, then Cb and Cr unless gray; rows
	 * {@code strides} bytes apart), each sized as TurboJPEG's {@code tjPlaneWidth} and
	 * {@code tjPlaneHeight} say: a luma plane's sides rounded up to its sampling's
	 * multiple.
	 * @throws JpegException when the data is corrupt; a warning (such as a truncated
	 * scan) counts as failure too, so the caller can take the path that tolerates it
	 */
	void decodeToPlanes(MemorySegment jpeg, Header header, List<MemorySegment> planes, int[] strides) {
		withHandle(this.initDecompress, (handle, arena) -> {
			int result = (int) this.decompressToPlanes.invokeExact(handle, jpeg, jpeg.byteSize(),
					pointers(arena, planes), header.width(), arena.allocateFrom(JAVA_INT, strides), header.height(),
					FLAG_ACCURATE_DCT);
			if (result != 0) {
				throw new JpegException(error(handle));
			}
			return null;
		});
	}

	/**
	 * Encodes {@code planes} (Y, then Cb and Cr unless gray; sized and laid out as for
	 * {@link #decodeToPlanes}) of a {@code width} x {@code height} image at
	 * {@code quality}.
	 */
	byte[] encodeFromPlanes(List<MemorySegment> planes, int[] strides, int width, int height, int sampling,
			int quality) {
		return withHandle(this.initCompress, (handle, arena) -> {
			MemorySegment output = arena.allocate(ADDRESS);
			output.set(ADDRESS, 0, MemorySegment.NULL);
			MemorySegment size = arena.allocate(JAVA_LONG);
			int result = (int) this.compressFromPlanes.invokeExact(handle, pointers(arena, planes), width,
					arena.allocateFrom(JAVA_INT, strides), height, sampling, output, size, quality, FLAG_ACCURATE_DCT);
			MemorySegment encoded = output.get(ADDRESS, 0);
			try {
				if (result != 0) {
					throw new IllegalStateException("TurboJPEG could not encode: " + error(handle));
				}
				return encoded.reinterpret(size.get(JAVA_LONG, 0)).toArray(JAVA_BYTE);
			}
			finally {
				if (!encoded.equals(MemorySegment.NULL)) {
					this.free.invokeExact(encoded);
				}
			}
		});
	}

	/**
	 * Runs {@code call} with a fresh handle from {@code init} and a confined arena for
	 * its arguments, and destroys the handle after it.
	 */
	private <T> T withHandle(MethodHandle init, HandleCall<T> call) {
		MemorySegment handle;
		try {
			handle = (MemorySegment) init.invokeExact();
		}
		catch (Throwable ex) {
			throw rethrown(ex);
		}
		if (handle.equals(MemorySegment.NULL)) {
			throw new IllegalStateException("TurboJPEG could not allocate a handle");
		}
		try (Arena arena = Arena.ofConfined()) {
			return call.apply(handle, arena);
		}
		catch (Throwable ex) {
			throw rethrown(ex);
		}
		finally {
			try {
				int ignored = (int) this.destroy.invokeExact(handle);
			}
			catch (Throwable ex) {
				throw rethrown(ex);
			}
		}
	}

	@FunctionalInterface
	private interface HandleCall<T> {

		T apply(MemorySegment handle, Arena arena) throws Throwable;

	}

	private static MemorySegment pointers(Arena arena, List<MemorySegment> planes) {
		MemorySegment pointers = arena.allocate(ADDRESS, planes.size());
		for (int i = 0; i < planes.size(); i++) {
			pointers.setAtIndex(ADDRESS, i, planes.get(i));
		}
		return pointers;
	}

	private String error(MemorySegment handle) throws Throwable {
		int code = (int) this.errorCode.invokeExact(handle);
		MemorySegment text = (MemorySegment) this.errorText.invokeExact(handle);
		return ((code == ERROR_FATAL) ? "" : "warning: ") + text.reinterpret(1024).getString(0);
	}

	private static RuntimeException rethrown(Throwable ex) {
		if (ex instanceof RuntimeException runtime) {
			return runtime;
		}
		if (ex instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(ex);
	}

	private static MethodHandle handle(Linker linker, SymbolLookup library, String name,
			FunctionDescriptor descriptor) {
		return linker.downcallHandle(library.findOrThrow(name), descriptor);
	}

	/**
	 * A JPEG's frame: its size, chroma sampling ({@code SAMPLING_*}) and colour space.
	 */
	record Header(int width, int height, int sampling, int colorspace) {
	}

	/** TurboJPEG refused the data. */
	static final class JpegException extends RuntimeException {

		JpegException(String message) {
			super(message);
		}

	}

}
