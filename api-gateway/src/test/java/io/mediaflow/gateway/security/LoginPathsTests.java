package io.mediaflow.gateway.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPathsTests {

	@Test
	void countsEverySpellingOfALoginPath() {
		for (String decoded : new String[] { "/login", "/auth", "/login/", "/LOGIN", "/Auth//", "//login" }) {
			assertThat(LoginPaths.isLogin(post(decoded))).as(decoded).isTrue();
		}
	}

	@Test
	void decodesTheRequestUriWhenTheServletPathIsNotSet() {
		for (String raw : new String[] { "/%6Cogin", "/login;x=1", "/%61uth/", "/Login;jsessionid=1" }) {
			assertThat(LoginPaths.isLogin(new MockHttpServletRequest("POST", raw))).as(raw).isTrue();
		}
	}

	@Test
	void leavesOtherPathsAndMethodsAlone() {
		assertThat(LoginPaths.isLogin(post("/registration"))).isFalse();
		assertThat(LoginPaths.isLogin(post("/login/x"))).isFalse();
		MockHttpServletRequest get = post("/login");
		get.setMethod("GET");
		assertThat(LoginPaths.isLogin(get)).isFalse();
	}

	private static MockHttpServletRequest post(String servletPath) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", servletPath);
		request.setServletPath(servletPath);
		return request;
	}

}
