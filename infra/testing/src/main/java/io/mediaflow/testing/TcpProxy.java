package io.mediaflow.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * A TCP proxy on a local port in front of a real service, for fault tests: {@link #cut()}
 * drops every connection and refuses new ones, as a service that went away would;
 * {@link #restore()} brings it back on the same port. The service itself is never
 * touched.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile @Nullable ServerSocket server;

	private TcpProxy(String targetHost, int targetPort, int port) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.port = port;
	}

	public static TcpProxy start(String targetHost, int targetPort) {
		try (ServerSocket probe = new ServerSocket(0)) {
			TcpProxy proxy = new TcpProxy(targetHost, targetPort, probe.getLocalPort());
			probe.close();
			proxy.restore();
			return proxy;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start a TCP proxy", ex);
		}
	}

	public int port() {
		return this.port;
	}

	/** Stops listening and closes every open connection. */
	public synchronized void cut() {
		ServerSocket current = this.server;
		this.server = null;
		closeQuietly(current);
		this.sockets.forEach(TcpProxy::closeQuietly);
		this.sockets.clear();
	}

	/** Listens again on the same port. */
	public synchronized void restore() {
		if (this.server != null) {
			return;
		}
		try {
			ServerSocket listening = new ServerSocket();
			listening.setReuseAddress(true);
			listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.server = listening;
			Thread acceptor = new Thread(() -> accept(listening), "tcp-proxy-" + this.port);
			acceptor.setDaemon(true);
			acceptor.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot listen on port " + this.port + " again", ex);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket target;
				try {
					target = new Socket(this.targetHost, this.targetPort);
				}
				catch (IOException ex) {
					closeQuietly(client);
					continue;
				}
				client.setTcpNoDelay(true);
				target.setTcpNoDelay(true);
				this.sockets.add(client);
				this.sockets.add(target);
				pipe(client, target);
				pipe(target, client);
			}
			catch (IOException ex) {
				// closed by cut(), or the target refused: the client sees its connection
				// end
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
				}
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		}, "tcp-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	private static void closeQuietly(@Nullable AutoCloseable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// already closed
			}
		}
	}

}
