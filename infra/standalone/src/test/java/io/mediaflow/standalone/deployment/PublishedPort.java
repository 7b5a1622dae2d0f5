package io.mediaflow.standalone.deployment;

import java.util.Map;

/**
 * A published port: {@code [host_ip:][host_port:]container_port[/protocol]} or the long
 * form.
 */
record PublishedPort(String hostIp, String hostPort, int containerPort) {

	static PublishedPort parse(String shortForm) {
		String[] parts = shortForm.replaceFirst("/(tcp|udp)$", "").split(":");
		int containerPort = Integer.parseInt(parts[parts.length - 1]);
		String hostPort = (parts.length > 1) ? parts[parts.length - 2] : "";
		String hostIp = (parts.length > 2) ? parts[0] : "";
		return new PublishedPort(hostIp, hostPort, containerPort);
	}

	static PublishedPort of(Map<String, Object> longForm) {
		return new PublishedPort(String.valueOf(longForm.getOrDefault("host_ip", "")),
				String.valueOf(longForm.getOrDefault("published", "")),
				Integer.parseInt(String.valueOf(longForm.get("target"))));
	}

}
