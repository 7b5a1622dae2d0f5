package io.mediaflow.platform.storage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;

import javax.net.SocketFactory;

import io.minio.MinioClient;
import okhttp3.OkHttpClient;

/**
 * Builds the S3 clients both media-api and media-worker use: the MinIO client and the
 * OkHttp client under it.
 */
public final class S3Clients {

	private S3Clients() {
	}

	static MinioClient create(StorageProperties storage, OkHttpClient http) {
		return MinioClient.builder()
			.endpoint(storage.endpoint())
			.credentials(storage.accessKey(), storage.secretKey())
			.region(storage.region())
			.httpClient(http)
			.build();
	}

	static OkHttpClient http(StorageProperties storage) {
		OkHttpClient.Builder http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
			.readTimeout(Duration.ofMinutes(5))
			.writeTimeout(Duration.ofMinutes(5))
			.retryOnConnectionFailure(true);
		if (storage.tcpNoDelay()) {
			http.socketFactory(new NoDelaySocketFactory());
		}
		return http.build();
	}

	private static final class NoDelaySocketFactory extends SocketFactory {

		private final SocketFactory delegate = SocketFactory.getDefault();

		@Override
		public Socket createSocket() throws IOException {
			return noDelay(this.delegate.createSocket());
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return noDelay(this.delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			return noDelay(this.delegate.createSocket(host, port, localHost, localPort));
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			return noDelay(this.delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			return noDelay(this.delegate.createSocket(address, port, localAddress, localPort));
		}

		private static Socket noDelay(Socket socket) throws IOException {
			socket.setTcpNoDelay(true);
			return socket;
		}

	}

}
