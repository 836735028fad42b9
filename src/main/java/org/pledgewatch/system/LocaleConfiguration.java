package org.pledgewatch.system;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: {@code ?lang=nl} switches it and a cookie remembers it; without either, the browser's
 * {@code Accept-Language} chooses among the supported languages, and English answers everyone else. A cookie that
 * names no supported language, or does not parse, counts as no cookie.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	static final String COOKIE = "pledgewatch-lang";

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new AddressOnlyLocaleChangeInterceptor();
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Switches language only on GET and HEAD, whose parameters are in the address: reading a parameter of a POST
	 * would parse its body, and an oversized upload must reach its own handler (413), not fail here.
	 */
	static final class AddressOnlyLocaleChangeInterceptor extends LocaleChangeInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws jakarta.servlet.ServletException {
			String method = request.getMethod();
			if (!"GET".equals(method) && !"HEAD".equals(method)) {
				return true;
			}
			return super.preHandle(request, response, handler);
		}

	}

	/** A cookie resolver that only ever stores or answers a language the site has messages for. */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super(COOKIE);
			setCookieMaxAge(Duration.ofDays(365));
			setCookieSameSite("Lax");
			setDefaultLocaleFunction(SupportedLocaleResolver::fromAcceptLanguage);
			// A cookie that does not parse ("nl" in quotes, nl%20x; any service on the host name can write one, and
			// it lives a year) is ignored as if absent, not answered 500 on every page for that year.
			setRejectInvalidCookies(false);
		}

		private static Locale fromAcceptLanguage(HttpServletRequest request) {
			if (request.getHeader("Accept-Language") != null) {
				for (Locale wanted : Collections.list(request.getLocales())) {
					Locale supported = Languages.supported(wanted);
					if (supported != null) {
						return supported;
					}
				}
			}
			return Languages.DEFAULT;
		}

		/** Only a bare language tag as this resolver writes it ({@code nl}, {@code fr-BE}); anything else is no cookie. */
		@Override
		protected @Nullable Locale parseLocaleValue(String value) {
			return value.matches("[A-Za-z]{2,3}(-[A-Za-z]{2})?") ? super.parseLocaleValue(value) : null;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale resolved = Languages.supported(super.resolveLocale(request));
			return resolved == null ? fromAcceptLanguage(request) : resolved;
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			Locale supported = Languages.supported(locale);
			if (supported != null) {
				super.setLocale(request, response, supported);
			}
		}

	}

}
