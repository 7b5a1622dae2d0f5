package io.mediaflow.platform.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link PlaceholderSecretException} as what to change, without a stack trace.
 */
class PlaceholderSecretFailureAnalyzer extends AbstractFailureAnalyzer<PlaceholderSecretException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PlaceholderSecretException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Replace every change-me value in .env (docs/docker.md) and start again.", null);
	}

}
