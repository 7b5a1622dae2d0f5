package io.mediaflow.auth.account;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * Registration and login rules: what is stored, and the one answer every failed login
 * gets.
 */
class AccountServiceTests {

	private final UserRepository users = mock(UserRepository.class);

	private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);

	private final AccountService accounts = new AccountService(this.users, this.encoder);

	@Test
	void registrationStoresAStrippedLowerCaseEmailAndOnlyAHashOfThePassword() {
		User user = this.accounts
			.register(new RegistrationRequest("  Ann@Example.COM ", null, "correct horse battery", " Ann ", "  "));

		ArgumentCaptor<User> saved = ArgumentCaptor.forClass(User.class);
		then(this.users).should().saveAndFlush(saved.capture());
		assertThat(saved.getValue()).isSameAs(user);
		assertThat(user.getEmail()).isEqualTo("ann@example.com");
		assertThat(user.loginName()).isEqualTo("ann@example.com");
		assertThat(user.getPasswordHash()).startsWith("$2").doesNotContain("correct horse battery");
		assertThat(this.encoder.matches("correct horse battery", user.getPasswordHash())).isTrue();
	}

	@Test
	void aTakenEmailOrUserNameIsAConflictAndNothingIsStored() {
		given(this.users.existsByEmail("ann@example.com")).willReturn(true);
		given(this.users.existsByUserName("bob")).willReturn(true);

		assertThatExceptionOfType(AccountExistsException.class)
			.isThrownBy(() -> this.accounts
				.register(new RegistrationRequest("ann@example.com", null, "pw-12345678", null, null)))
			.satisfies(
					(ex) -> assertThat(ex.getBody().getDetail()).isEqualTo("A user with this e-mail already exists"));
		assertThatExceptionOfType(AccountExistsException.class)
			.isThrownBy(() -> this.accounts.register(new RegistrationRequest(null, " bob ", "pw-12345678", null, null)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
		then(this.users).should(never()).saveAndFlush(any());
	}

	@Test
	void aConcurrentRegistrationOfTheSameNameIsAConflictToo() {
		given(this.users.saveAndFlush(any())).willThrow(new DataIntegrityViolationException("unique"));

		assertThatExceptionOfType(AccountExistsException.class)
			.isThrownBy(() -> this.accounts.register(new RegistrationRequest(null, "bob", "pw-12345678", null, null)))
			.satisfies((ex) -> assertThat(ex.getBody().getDetail())
				.isEqualTo("A user with this user name already exists"));
	}

	@Test
	void theRightPasswordLogsInByEmailOrUserName() {
		User ann = new User("ann@example.com", "ann", this.encoder.encode("correct horse"), null, null);
		given(this.users.findByEmail("ann@example.com")).willReturn(Optional.of(ann));
		given(this.users.findByUserName("ann")).willReturn(Optional.of(ann));

		assertThat(this.accounts.authenticate(new LoginRequest(" ann@example.com ", null, "correct horse")))
			.isSameAs(ann);
		assertThat(this.accounts.authenticate(new LoginRequest(null, "ann", "correct horse"))).isSameAs(ann);
	}

	@Test
	void aWrongPasswordAnUnknownUserAndANameOnlyUserGetTheSameAnswer() {
		given(this.users.findByEmail("ann@example.com")).willReturn(
				Optional.of(new User("ann@example.com", null, this.encoder.encode("correct horse"), null, null)));
		given(this.users.findByUserName("named")).willReturn(Optional.of(new User(null, "named", null, null, null)));

		for (LoginRequest login : new LoginRequest[] { new LoginRequest("ann@example.com", null, "wrong"),
				new LoginRequest("nobody@example.com", null, "correct horse"),
				new LoginRequest(null, "named", "decoy-password-for-unknown-users") }) {
			assertThatExceptionOfType(InvalidCredentialsException.class)
				.isThrownBy(() -> this.accounts.authenticate(login))
				.satisfies((ex) -> assertThat(ex.getBody().getDetail())
					.isEqualTo("The user name, e-mail or password is wrong"));
		}
	}

}
