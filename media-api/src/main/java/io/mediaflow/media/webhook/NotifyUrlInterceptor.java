package io.mediaflow.media.webhook;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the {@code notify_url} (query parameter or form field) of a creating POST before
 * the upload is read, so that a refused URL leaves nothing behind, and hands it to
 * {@link NotifyRegistration} for the task the request creates.
 */
class NotifyUrlInterceptor implements HandlerInterceptor {

	static final String PARAMETER = "notify_url";

	private static final String ATTRIBUTE = NotifyUrlInterceptor.class.getName() + ".url";

	private final NotifyUrlGuard guard;

	NotifyUrlInterceptor(NotifyUrlGuard guard) {
		this.guard = guard;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String notifyUrl = request.getParameter(PARAMETER);
		if ("POST".equals(request.getMethod()) && notifyUrl != null && !notifyUrl.isBlank()) {
			URI checked = this.guard.check(notifyUrl);
			request.setAttribute(ATTRIBUTE, checked.toString());
		}
		return true;
	}

	/** The checked notify_url of the request being handled on this thread, if any. */
	static @Nullable String current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes != null) ? (String) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
				: null;
	}

}
