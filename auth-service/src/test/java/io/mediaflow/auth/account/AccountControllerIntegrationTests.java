package io.mediaflow.auth.account;

import java.time.Clock;
import java.util.UUID;

import io.mediaflow.common.security.AuthenticatedUser;
import io.mediaflow.common.security.JwtProperties;
import io.mediaflow.common.security.JwtVerifier;
import io.mediaflow.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "spring.config.name=auth-service",
		"mediaflow.jwt.secret=auth-service-tests-secret-0123456789abcdef" })
@AutoConfigureMockMvc
class AccountControllerIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.registerPostgres(registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JwtProperties jwtProperties;

	private final String email = "ann-" + UUID.randomUUID() + "@example.com";

	@Test
	void registersAUserWithAHashedPasswordAndReturnsAValidToken() throws Exception {
		MvcTestResult result = post("/registration", """
				{"email": "%s", "password": "correct horse battery", "first_name": "Ann", "last_name": "Lee"}
				""".formatted(this.email));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.token_type").isEqualTo("Bearer");
		assertThat(result).bodyJson().extractingPath("$.expires_in").isEqualTo(3600);
		String userId = result.getResponse().getContentAsString().replaceAll(".*\"user_id\":\"([^\"]+)\".*", "$1");
		String token = result.getResponse().getContentAsString().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
		AuthenticatedUser user = new JwtVerifier(this.jwtProperties, Clock.systemUTC()).verify(token);
		assertThat(user.userId()).hasToString(userId);
		assertThat(user.name()).isEqualTo(this.email);

		String hash = this.jdbc.sql("select password_hash from auth.users where id = ?")
			.param(UUID.fromString(userId))
			.query(String.class)
			.single();
		assertThat(hash).startsWith("$2").doesNotContain("correct horse battery");
		assertThat(this.jdbc.sql("select first_name from auth.users where id = ?")
			.param(UUID.fromString(userId))
			.query(String.class)
			.single()).isEqualTo("Ann");
	}

	@Test
	void registersWithAUserNameInsteadOfAnEmail() throws Exception {
		String name = "bob_" + UUID.randomUUID().toString().substring(0, 8);

		assertThat(post("/registration", "{\"user_name\": \"%s\", \"password\": \"s3cret-pass\"}".formatted(name)))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo(name);
		assertThat(post("/auth", "{\"user_name\": \"%s\", \"password\": \"s3cret-pass\"}".formatted(name)))
			.hasStatus(HttpStatus.OK);
	}

	@Test
	void refusesATakenEmailWhateverItsCase() throws Exception {
		register();

		MvcTestResult again = post("/registration",
				"{\"email\": \"%s\", \"password\": \"another password\"}".formatted(this.email.toUpperCase()));

		assertThat(again).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again).bodyJson().extractingPath("$.title").isEqualTo("User already exists");
		assertThat(this.jdbc.sql("select count(*) from auth.users where lower(email) = ?")
			.param(this.email)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void refusesInvalidFieldsWithOneErrorPerField() throws Exception {
		MvcTestResult result = post("/registration", "{\"email\": \"not-an-email\", \"password\": \"short\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors.email").isEqualTo("must be a valid e-mail address");
		assertThat(result).bodyJson().extractingPath("$.errors.password").isEqualTo("must be 8 to 128 characters long");
	}

	@Test
	void refusesARegistrationWithoutEmailOrUserName() throws Exception {
		MvcTestResult result = post("/registration", "{\"password\": \"long enough password\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.errors.email_or_user_name")
			.isEqualTo("either email or user_name is required");
	}

	@Test
	void refusesAMalformedBody() throws Exception {
		MvcTestResult result = post("/registration", "{\"email\": ");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("at io.");
	}

	@Test
	void logsInWithTheRightPassword() throws Exception {
		register();

		assertThat(post("/login", "{\"email\": \"%s\", \"password\": \"correct horse battery\"}".formatted(this.email)))
			.hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.access_token")
			.isNotNull();
	}

	@Test
	void answersAWrongPasswordAndAnUnknownUserAlike() throws Exception {
		register();

		MvcTestResult wrongPassword = post("/login",
				"{\"email\": \"%s\", \"password\": \"wrong password\"}".formatted(this.email));
		MvcTestResult unknownUser = post("/login",
				"{\"email\": \"nobody-%s\", \"password\": \"wrong password\"}".formatted(this.email));

		assertThat(wrongPassword).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(unknownUser).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(wrongPassword.getResponse().getContentAsString())
			.isEqualTo(unknownUser.getResponse().getContentAsString());
	}

	private void register() {
		assertThat(post("/registration",
				"{\"email\": \"%s\", \"password\": \"correct horse battery\"}".formatted(this.email)))
			.hasStatus(HttpStatus.CREATED);
	}

	private MvcTestResult post(String path, String json) {
		return this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

}
