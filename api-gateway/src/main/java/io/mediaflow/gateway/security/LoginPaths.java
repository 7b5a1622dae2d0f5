package io.mediaflow.gateway.security;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UrlPathHelper;

/**
 * Which requests are logins, whatever their spelling: both Tomcat's servlet path and
 * Spring's view of the request URI are percent-decoded and stripped of path parameters
 * ({@code ;x}); repeated and trailing slashes and letter case are ignored here too, so
 * that {@code /%6Cogin}, {@code /login;x}, {@code /login/} and {@code /LOGIN} are all
 * counted as {@code /login}. Counting a path that no route serves costs nothing; missing
 * one would be a bypass.
 */
final class LoginPaths {

	private static final Set<String> LOGIN = Set.of("/login", "/auth");

	private LoginPaths() {
	}

	static boolean isLogin(HttpServletRequest request) {
		if (!"POST".equalsIgnoreCase(request.getMethod())) {
			return false;
		}
		String servletPath = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		return LOGIN.contains(normalized(servletPath))
				|| LOGIN.contains(normalized(UrlPathHelper.defaultInstance.getPathWithinApplication(request)));
	}

	static String normalized(String decodedPath) {
		String path = decodedPath.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path;
	}

}
