package io.mediaflow.embedded;

import java.io.IOException;
import java.io.InputStream;

/**
 * The main class of a child JVM that must not outlive the process that started it: it
 * runs the real main class given as the first argument, and exits as soon as its standard
 * input ends. The parent holds the other end of that pipe, and the kernel closes it
 * however the parent dies ({@code kill -9} and the OOM killer included). Copied onto the
 * child's classpath as a lone class file, so it uses the JDK only.
 */
public final class ParentWatchdog {

	private ParentWatchdog() {
	}

	public static void main(String[] args) throws Exception {
		Thread watcher = new Thread(() -> {
			awaitEndOfInput(System.in);
			System.exit(0);
		}, "parent-watchdog");
		watcher.setDaemon(true);
		watcher.start();
		String[] rest = new String[args.length - 1];
		System.arraycopy(args, 1, rest, 0, rest.length);
		Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
	}

	private static void awaitEndOfInput(InputStream input) {
		byte[] buffer = new byte[256];
		try {
			while (input.read(buffer) >= 0) {
				// the parent never writes; anything it did would be ignored
			}
		}
		catch (IOException ex) {
			// a broken pipe means the parent is gone too
		}
	}

}
