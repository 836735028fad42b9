package org.pledgewatch.system;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tokens that let scripts change the data without the editor's password ({@code dashboard.api.tokens[i].name} and
 * {@code .sha256}): a script sends {@code Authorization: Bearer <token>} to {@code /api/**}. Only each token's SHA-256
 * is configured, so configuration never holds a usable secret; a fast hash is enough because a token is 32 random
 * bytes, not a password anyone could guess. None by default.
 *
 * @param tokens the accepted tokens; each one's name is what the audit log records as the editor ("token:name")
 */
@ConfigurationProperties("dashboard.api")
public record ApiTokenProperties(@DefaultValue List<Token> tokens) {

	public ApiTokenProperties {
		tokens = List.copyOf(tokens);
	}

	/**
	 * @param name a label for the script or person holding the token, e.g. {@code nightly-import}
	 * @param sha256 the token's SHA-256 in hex (64 digits), e.g. from {@code printf %s "$TOKEN" | sha256sum}
	 */
	public record Token(String name, String sha256) {

		public Token {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("dashboard.api.tokens[].name must be set");
			}
			if (sha256 == null || !sha256.strip().matches("(?i)[0-9a-f]{64}")) {
				throw new IllegalArgumentException("dashboard.api.tokens[].sha256 of token \"" + name
						+ "\" must be the token's SHA-256 as 64 hex digits (printf %s \"$TOKEN\" | sha256sum)");
			}
			name = name.strip();
			sha256 = sha256.strip().toLowerCase(Locale.ROOT);
		}

		byte[] digest() {
			return HexFormat.of().parseHex(sha256);
		}

	}

}
