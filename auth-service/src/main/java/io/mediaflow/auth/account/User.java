package io.mediaflow.auth.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A Mediaflow user. Logs in with an e-mail or a user name; {@code passwordHash} is a
 * bcrypt hash, absent for users that only authenticate with access tokens.
 */
@Entity
@Table(name = "users")
class User {

	@Id
	private UUID id;

	private @Nullable String email;

	private @Nullable String userName;

	private @Nullable String passwordHash;

	private @Nullable String firstName;

	private @Nullable String lastName;

	@Column(updatable = false)
	private Instant createdAt;

	protected User() {
		this.id = UUID.randomUUID();
		this.createdAt = Instant.now();
	}

	User(@Nullable String email, @Nullable String userName, @Nullable String passwordHash, @Nullable String firstName,
			@Nullable String lastName) {
		this();
		this.email = email;
		this.userName = userName;
		this.passwordHash = passwordHash;
		this.firstName = firstName;
		this.lastName = lastName;
	}

	UUID getId() {
		return this.id;
	}

	@Nullable String getEmail() {
		return this.email;
	}

	@Nullable String getUserName() {
		return this.userName;
	}

	@Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	/** The name the user logs in with, for display and logs. */
	String loginName() {
		return (this.email != null) ? this.email : String.valueOf(this.userName);
	}

}
