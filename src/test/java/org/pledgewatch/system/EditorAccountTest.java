package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The configured password is the password, braces and all; only a real {bcrypt} hash is read as a hash. */
class EditorAccountTest {

	static boolean signsIn(String configured, String typed) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(
				EditorAccount.from(new AdminProperties("editor", configured)));
		try {
			return provider.authenticate(new UsernamePasswordAuthenticationToken("editor", typed)).isAuthenticated();
		}
		catch (BadCredentialsException ex) {
			return false;
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "{noop}x", "a{b}c", "{unknown}pw", "{bcrypt}not-a-hash", "{}", "{sha256}abc{def}" })
	void aPasswordWithBracesIsTheLiteralPassword(String configured) {
		assertThat(signsIn(configured, configured)).isTrue();
	}

	@Test
	void noopIsNotAPrefixThatShortensThePassword() {
		assertThat(signsIn("{noop}x", "x")).isFalse();
	}

	@Test
	void aBcryptHashIsStillReadAsAHash() {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("s3cret");
		assertThat(signsIn(hash, "s3cret")).isTrue();
		assertThat(signsIn(hash, hash)).isFalse();
	}

	@Test
	void aWrongPasswordIsRefused() {
		assertThatThrownBy(() -> new DaoAuthenticationProvider(EditorAccount.from(new AdminProperties("editor", "a{b}c")))
			.authenticate(new UsernamePasswordAuthenticationToken("editor", "abc")))
			.isInstanceOf(BadCredentialsException.class);
	}

}
