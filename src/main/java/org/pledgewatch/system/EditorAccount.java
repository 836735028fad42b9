package org.pledgewatch.system;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The one editor login, from {@code dashboard.admin.*}. Without a configured password a random one is generated and
 * logged once at WARN, as Spring Boot does for its default user; there is no default password anywhere.
 */
final class EditorAccount {

	private static final Logger log = LoggerFactory.getLogger(EditorAccount.class);

	private EditorAccount() {
	}

	static InMemoryUserDetailsManager from(AdminProperties admin) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String password = admin.password();
		if (password == null || password.isBlank()) {
			password = generatePassword();
			log.warn(String.format("%n%nUsing generated editor password for user '%s': %s%n%n"
					+ "This password changes at every start. Set dashboard.admin.password "
					+ "(environment variable DASHBOARD_ADMIN_PASSWORD) to choose one.%n", admin.username(), password));
		}
		// A value such as {bcrypt}$2a$... is already encoded; anything else is the plain password.
		String stored = password.matches("^\\{[a-zA-Z0-9_-]+\\}.*") ? password : encoder.encode(password);
		UserDetails editor = User.withUsername(admin.username())
			.password(stored)
			.roles(SecurityConfiguration.EDITOR)
			.build();
		return new InMemoryUserDetailsManager(editor);
	}

	static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
