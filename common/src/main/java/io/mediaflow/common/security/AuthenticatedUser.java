package io.mediaflow.common.security;

import java.util.UUID;

/**
 * Who a verified token speaks for.
 *
 * @param userId the user's id (the {@code sub} claim)
 * @param name the user's e-mail or user name, for logs and display
 */
public record AuthenticatedUser(UUID userId, String name) {
}
