package org.xiaoneng.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The two languages of the platform: Simplified Chinese first, English complete. A user switches with
 * {@code ?lang=en} or {@code ?lang=zh-CN} and the choice is remembered for a year in a cookie. Pages without that
 * cookie are Chinese whatever the browser says; API clients without it may ask for English with Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final String COOKIE = "xiaoneng-lang";

	static final String PARAMETER = "lang";

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(Languages::defaultLocale);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**", "/css/**", "/images/**", "/webjars/**");
	}

	/** Maps any locale to one the platform speaks: English, or else Chinese. */
	static Locale supported(Locale locale) {
		return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
	}

	private static Locale defaultLocale(HttpServletRequest request) {
		if (ApiRequests.isApi(request) && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			return supported(request.getLocale());
		}
		return CHINESE;
	}

	/** {@code ?lang=…} on a page: only the two supported languages are stored; anything else goes back to Chinese. */
	static final class LanguageSwitch extends LocaleChangeInterceptor {

		LanguageSwitch() {
			setParamName(PARAMETER);
			setHttpMethods("GET");
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			return supported(Locale.forLanguageTag(value.replace('_', '-')));
		}
	}
}
