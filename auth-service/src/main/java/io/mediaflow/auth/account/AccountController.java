package io.mediaflow.auth.account;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.IssuedToken;
import io.mediaflow.common.security.JwtIssuer;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

	private final AccountService accounts;

	private final JwtIssuer jwtIssuer;

	AccountController(AccountService accounts, JwtIssuer jwtIssuer) {
		this.accounts = accounts;
		this.jwtIssuer = jwtIssuer;
	}

	@PostMapping("/registration")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse register(@Valid @RequestBody RegistrationRequest request) {
		return tokenFor(this.accounts.register(request));
	}

	@PostMapping({ "/login", "/auth" })
	TokenResponse login(@Valid @RequestBody LoginRequest request) {
		return tokenFor(this.accounts.authenticate(request));
	}

	private TokenResponse tokenFor(User user) {
		IssuedToken token = this.jwtIssuer.issue(new AuthenticatedUser(user.getId(), user.loginName()));
		long expiresIn = this.jwtIssuer.ttl().toSeconds();
		return new TokenResponse(user.getId(), user.loginName(), token.value(), "Bearer", expiresIn);
	}

}
