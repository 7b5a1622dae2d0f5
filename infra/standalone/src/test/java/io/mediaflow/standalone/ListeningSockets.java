package io.mediaflow.standalone;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The addresses TCP ports listen on, as the kernel reports them ({@code /proc/net/tcp}
 * and {@code tcp6}, Linux): what {@code ss -ltn} shows.
 */
final class ListeningSockets {

	private static final String LISTEN = "0A";

	private ListeningSockets() {
	}

	/** Every address something listens on at this port (empty when nothing does). */
	static List<InetAddress> addressesOf(int port) throws IOException {
		List<InetAddress> addresses = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.isReadable(file)) {
				continue;
			}
			List<String> lines = Files.readAllLines(file);
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.trim().split("\\s+");
				String[] local = fields[1].split(":");
				if (LISTEN.equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
					addresses.add(decode(local[0]));
				}
			}
		}
		return addresses;
	}

	/**
	 * An IPv4 address of this machine other than loopback, to connect from "another
	 * machine" without one.
	 */
	static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
		return NetworkInterface.networkInterfaces().filter((network) -> {
			try {
				return network.isUp() && !network.isLoopback();
			}
			catch (SocketException ex) {
				return false;
			}
		}).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst();
	}

	/**
	 * The kernel prints each 32-bit word of the address in host (little-endian) order.
	 */
	private static InetAddress decode(String hex) throws UnknownHostException {
		byte[] raw = HexFormat.of().parseHex(hex);
		byte[] address = new byte[raw.length];
		for (int word = 0; word < raw.length; word += 4) {
			for (int i = 0; i < 4; i++) {
				address[word + i] = raw[word + 3 - i];
			}
		}
		return InetAddress.getByAddress(address);
	}

}
