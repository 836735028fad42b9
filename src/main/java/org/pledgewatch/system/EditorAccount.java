package org.pledgewatch.system;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The one editor login, from {@code dashboard.admin.*}. Without a configured password a random one is generated and
 * logged once at WARN, as Spring Boot does for its default user; there is no default password anywhere. The password
 * is hashed on another thread: bcrypt is a noticeable part of the start on a small machine, and the first page needs
 * no login; a sign-in waits for the hash.
 */
final class EditorAccount implements UserDetailsService, UserDetailsPasswordService {

	private static final Logger log = LoggerFactory.getLogger(EditorAccount.class);

	private static final Pattern BCRYPT_HASH = Pattern.compile("\\{bcrypt\\}\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

	private final CompletableFuture<InMemoryUserDetailsManager> account;

	private EditorAccount(CompletableFuture<InMemoryUserDetailsManager> account) {
		this.account = account;
	}

	static EditorAccount from(AdminProperties admin) {
		String password = admin.password();
		if (password == null || password.isBlank()) {
			password = generatePassword();
			log.warn(String.format("%n%nUsing generated editor password for user '%s': %s%n%n"
					+ "This password changes at every start. Set dashboard.admin.password "
					+ "(environment variable DASHBOARD_ADMIN_PASSWORD) to choose one.%n", admin.username(), password));
		}
		String configured = password;
		return new EditorAccount(CompletableFuture.supplyAsync(() -> {
			PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
			String stored = isBcryptHash(configured) ? configured : encoder.encode(configured);
			UserDetails editor = User.withUsername(admin.username())
				.password(stored)
				.roles(SecurityConfiguration.EDITOR)
				.build();
			return new InMemoryUserDetailsManager(editor);
		}));
	}

	@Override
	public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
		return account.join().loadUserByUsername(username);
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		return account.join().updatePassword(user, newPassword);
	}

	/**
	 * Whether the configured value is a bcrypt hash ({@code {bcrypt}$2a$10$} and 53 characters of salt and hash), the
	 * one encoded form README offers. Anything else, {@code {noop}x} or {@code a{b}c} included, is the password itself:
	 * reading other {@code {id}} prefixes would make {@code {noop}x} accept "x" and an unknown id fail every login.
	 */
	static boolean isBcryptHash(String password) {
		return BCRYPT_HASH.matcher(password).matches();
	}

	static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
