package org.pledgewatch.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Viewing is public; changing the data needs the editor. Browser forms log in on {@code /login} and carry a CSRF
 * token; the API ({@code /api/**}) uses HTTP Basic or an API token ({@link ApiTokenFilter}), no session and no CSRF,
 * and answers 401/403 in JSON. In both, a
 * write sent by another site's page is refused ({@link CrossSiteWriteFilter}) and repeated wrong passwords are
 * throttled ({@link LoginThrottleFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AdminProperties.class, LoginThrottleProperties.class, ApiTokenProperties.class })
public class SecurityConfiguration {

	/** The role that may upload and activate dataset versions. */
	public static final String EDITOR = "EDITOR";

	/** Scripts only from this site (no inline scripts anywhere), nothing framed, forms only to this site. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, FailedLogins failedLogins, ApiTokenProperties apiTokens)
			throws Exception {
		JsonSecurityErrors errors = new JsonSecurityErrors();
		http.securityMatcher("/api/**")
			.addFilterBefore(new CrossSiteWriteFilter(), CsrfFilter.class)
			.addFilterBefore(new ApiTokenFilter(apiTokens.tokens(), failedLogins), BasicAuthenticationFilter.class)
			.addFilterBefore(LoginThrottleFilter.forBasicAuthentication(failedLogins), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
				// Every change to the data goes through /api/datasets. Other endpoints only read, so a wrong
				// method there is answered 405, not 401. A new write endpoint must be listed here.
				.requestMatchers("/api/datasets", "/api/datasets/**").hasRole(EDITOR)
				.anyRequest().permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(errors))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Reads may come from the signed-in editor's pages (a draft's charts); see ApiSecurityContexts.
			.securityContext(context -> context.securityContextRepository(new ApiSecurityContexts()))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/** As {@link #CONTENT_SECURITY_POLICY}, but any site may frame the page: only the embed pages send it. */
	static final String EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
			"frame-ancestors *");

	/** Embed pages are read-only and public; they alone may be framed by other sites. */
	@Bean
	@Order(2)
	SecurityFilterChain embedSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/embed/**")
			// HEAD answers as GET does (a link checker or a CMS probing the frame's address).
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/embed/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/embed/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(EMBED_CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain siteSecurity(HttpSecurity http, FailedLogins failedLogins, UploadProperties limits)
			throws Exception {
		http.addFilterBefore(new CrossSiteWriteFilter(), CsrfFilter.class)
			.addFilterBefore(LoginThrottleFilter.forLoginForm(failedLogins), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/upload", "/upload/**").hasRole(EDITOR)
				.requestMatchers("/datasets/*/activate", "/datasets/*/discard").hasRole(EDITOR)
				.anyRequest().permitAll())
			// Every form's token travels in its body; an upload too large to read goes back to the upload page.
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new UnreadableBodyCsrfTokenHandler()))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new TooLargeUploadHandler(limits)))
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	FailedLogins failedLogins(LoginThrottleProperties properties) {
		return new FailedLogins(properties, Clock.systemUTC());
	}

	@Bean
	UserDetailsService editorAccount(AdminProperties admin) {
		return EditorAccount.from(admin);
	}

}
