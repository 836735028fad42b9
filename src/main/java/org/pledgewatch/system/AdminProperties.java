package org.pledgewatch.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The editor's login ({@code dashboard.admin.*}, env {@code DASHBOARD_ADMIN_USERNAME} /
 * {@code DASHBOARD_ADMIN_PASSWORD}). There is deliberately no default password: when none is set, a random one is
 * generated at start-up and logged once.
 *
 * @param username the editor's user name
 * @param password the editor's password, plain or with a Spring Security encoder prefix such as {@code {bcrypt}}
 */
@ConfigurationProperties("dashboard.admin")
public record AdminProperties(@DefaultValue("editor") String username, @Nullable String password) {
}
