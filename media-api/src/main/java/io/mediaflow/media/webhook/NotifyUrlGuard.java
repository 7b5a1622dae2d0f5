package io.mediaflow.media.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import io.mediaflow.common.problem.ProblemType;
import org.jspecify.annotations.Nullable;

/**
 * The SSRF guard: a callback goes to an absolute http(s) URL whose host resolves only to
 * public addresses (loopback and private networks when configuration allows). Checked
 * when the upload names the URL and again right before every attempt, since a name may
 * resolve elsewhere later (DNS rebinding).
 */
class NotifyUrlGuard {

	private static final int MAX_LENGTH = 2000;

	private final WebhookProperties properties;

	NotifyUrlGuard(WebhookProperties properties) {
		this.properties = properties;
	}

	/**
	 * @return the URL, parsed
	 * @throws NotifyUrlRefusedException when it may not be called
	 */
	URI check(String notifyUrl) {
		URI uri = parse(notifyUrl);
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new NotifyUrlRefusedException(ProblemType.NOTIFY_URL_REFUSED,
					"The host of notify_url (" + uri.getHost() + ") does not resolve");
		}
		for (InetAddress address : addresses) {
			String refusal = refusal(address);
			if (refusal != null) {
				throw new NotifyUrlRefusedException(ProblemType.NOTIFY_URL_REFUSED, "notify_url resolves to "
						+ address.getHostAddress() + ", " + refusal + "; callbacks go to public addresses only");
			}
		}
		return uri;
	}

	private static URI parse(String notifyUrl) {
		if (notifyUrl.length() > MAX_LENGTH) {
			throw new NotifyUrlRefusedException(ProblemType.NOTIFY_URL_INVALID,
					"notify_url is longer than " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(notifyUrl.strip());
		}
		catch (URISyntaxException ex) {
			throw new NotifyUrlRefusedException(ProblemType.NOTIFY_URL_INVALID, "notify_url is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new NotifyUrlRefusedException(ProblemType.NOTIFY_URL_INVALID,
					"notify_url must be an absolute http:// or https:// URL with a host");
		}
		if (uri.getRawUserInfo() != null) {
			throw new NotifyUrlRefusedException(ProblemType.NOTIFY_URL_INVALID,
					"notify_url may not carry user information");
		}
		return uri;
	}

	/**
	 * Why the address is refused, or null when a callback may go there (the JDK resolves
	 * IPv4-mapped IPv6 addresses to IPv4 ones).
	 */
	private @Nullable String refusal(InetAddress address) {
		if (address.isAnyLocalAddress()) {
			return "a wildcard address";
		}
		if (address.isMulticastAddress()) {
			return "a multicast address";
		}
		if (address.isLinkLocalAddress()) {
			return "a link-local address";
		}
		if (address.isLoopbackAddress()) {
			return this.properties.allowLoopback() ? null : "a loopback address";
		}
		if (isPrivate(address)) {
			return this.properties.allowPrivateNetworks() ? null : "a private network address";
		}
		return null;
	}

	private static boolean isPrivate(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xFF;
			int second = bytes[1] & 0xFF;
			return address.isSiteLocalAddress() || first == 0 || (first == 100 && second >= 64 && second < 128)
					|| (first == 198 && (second == 18 || second == 19)) || first >= 240;
		}
		return address.isSiteLocalAddress() || (bytes[0] & 0xFE) == 0xFC;
	}

}
