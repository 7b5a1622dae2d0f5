package io.mediaflow.platform.operations;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator account for Actuator endpoints other than health.
 *
 * @param username operator user name ({@code MEDIAFLOW_OPERATOR_USERNAME})
 * @param password operator password ({@code MEDIAFLOW_OPERATOR_PASSWORD}); without one,
 * every endpoint but health is closed
 */
@ConfigurationProperties("mediaflow.operator")
public record OperatorProperties(@DefaultValue("operator") String username, @Nullable String password) {

	@Override
	public String toString() {
		return "OperatorProperties[username=" + this.username + ", password=<hidden>]";
	}

}
