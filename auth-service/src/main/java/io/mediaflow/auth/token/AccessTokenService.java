package io.mediaflow.auth.token;

import java.util.Optional;
import java.util.UUID;

import io.mediaflow.common.problem.ProblemType;
import io.mediaflow.common.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Name-only users and their UUID access tokens.
 */
@Service
class AccessTokenService {

	private static final Logger logger = LoggerFactory.getLogger(AccessTokenService.class);

	private final JdbcClient jdbc;

	AccessTokenService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	NameUserCreated createUser(String name) {
		String trimmed = name.strip();
		if (this.jdbc.sql("SELECT count(*) FROM auth.users WHERE lower(user_name) = lower(?)")
			.param(trimmed)
			.query(Long.class)
			.single() > 0) {
			throw userExists();
		}
		UUID userId = UUID.randomUUID();
		String token = UUID.randomUUID().toString();
		try {
			this.jdbc.sql("INSERT INTO auth.users (id, user_name) VALUES (?, ?)").params(userId, trimmed).update();
		}
		catch (DuplicateKeyException ex) {
			throw userExists();
		}
		this.jdbc.sql("INSERT INTO auth.access_tokens (id, user_id, token_hash) VALUES (?, ?, ?)")
			.params(UUID.randomUUID(), userId, AccessTokens.hash(token))
			.update();
		logger.info("Created name-only user {}", userId);
		return new NameUserCreated(userId, trimmed, token);
	}

	@Transactional(readOnly = true)
	Optional<TokenCheckResult> check(String userId, String accessToken) {
		UUID id;
		try {
			id = UUID.fromString(userId);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT u.id, coalesce(u.email, u.user_name) AS name
				FROM auth.access_tokens t JOIN auth.users u ON u.id = t.user_id
				WHERE t.user_id = ? AND t.token_hash = ? AND t.revoked_at IS NULL
				""")
			.params(id, AccessTokens.hash(accessToken))
			.query((rs, row) -> new TokenCheckResult(rs.getObject("id", UUID.class), rs.getString("name")))
			.optional();
	}

	private static ErrorResponseException userExists() {
		return Problems.exception(ProblemType.USER_EXISTS, "A user with this name already exists");
	}

}
