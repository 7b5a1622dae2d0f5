package io.mediaflow.auth.account;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService {

	private static final Logger logger = LoggerFactory.getLogger(AccountService.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	/** Checked against when the user is unknown, so that both failures take as long. */
	private final String decoyHash;

	AccountService(UserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.decoyHash = passwordEncoder.encode("decoy-password-for-unknown-users");
	}

	@Transactional
	User register(RegistrationRequest request) {
		String email = normalize(request.email());
		String userName = normalize(request.userName());
		if (email != null && this.users.existsByEmail(email)) {
			throw new AccountExistsException("e-mail");
		}
		if (userName != null && this.users.existsByUserName(userName)) {
			throw new AccountExistsException("user name");
		}
		User user = new User((email != null) ? email.toLowerCase(Locale.ROOT) : null, userName,
				this.passwordEncoder.encode(request.password()), normalize(request.firstName()),
				normalize(request.lastName()));
		try {
			this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent registration took the name between the check and the insert
			throw new AccountExistsException((email != null) ? "e-mail" : "user name");
		}
		logger.info("Registered user {}", user.getId());
		return user;
	}

	@Transactional(readOnly = true)
	User authenticate(LoginRequest request) {
		String email = normalize(request.email());
		String userName = normalize(request.userName());
		Optional<User> user = (email != null) ? this.users.findByEmail(email)
				: this.users.findByUserName(String.valueOf(userName));
		String hash = user.map(User::getPasswordHash).orElse(this.decoyHash);
		boolean matches = this.passwordEncoder.matches(request.password(), hash);
		if (user.isEmpty() || user.get().getPasswordHash() == null || !matches) {
			logger.info("Failed login");
			throw new InvalidCredentialsException();
		}
		return user.get();
	}

	private static @Nullable String normalize(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
