package org.policybriefs.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what in serve mode: pages with form login (CSRF on), the API with HTTP Basic;
 * analysts read and download, operators also start runs; only the login page, health and the
 * messages' unsubscribe link are open.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(UsersProperties.class)
class SecurityConfiguration {

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The unsubscribe link of the messages, open to all: the signed token in it is the permission,
	 * and a mail client posts it without a session or a CSRF token (RFC 8058).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain unsubscribeSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/unsubscribe")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfiguration::headers)
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/runs")
				.hasRole("OPERATOR")
				.anyRequest()
				.hasRole("ANALYST"))
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> {
				if (ex instanceof ThrottledAuthentication.Throttled throttled) {
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.seconds()));
					problem(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
				}
				else {
					problem(response, HttpStatus.UNAUTHORIZED, "log in with HTTP Basic");
				}
			}))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response,
					ex) -> problem(response, HttpStatus.FORBIDDEN, "your role does not allow this")))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// stateless HTTP Basic sends no cookie a forged page could ride on
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfiguration::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/css/**", "/error", "/actuator/health")
				.permitAll()
				.requestMatchers("/generate")
				.hasRole("OPERATOR")
				.anyRequest()
				.hasRole("ANALYST"))
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/runs", true)
				.failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
						+ ((ex instanceof ThrottledAuthentication.Throttled) ? "/login?throttled" : "/login?error")))
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.httpBasic(Customizer.withDefaults())
			.headers(SecurityConfiguration::headers)
			.build();
	}

	/**
	 * Pages load scripts, styles and images from this server only, nothing inline, and are never
	 * framed; a link followed elsewhere carries no address of a page here.
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/**
	 * {@code /error} is where the server shows an error, not a page: asked for directly, by anyone,
	 * it answers 404 (and then shows that error), rather than an error page for an error that did
	 * not happen.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorPageOnlyForErrors() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws IOException {
						response.sendError(HttpStatus.NOT_FOUND.value());
					}
				});
		registration.addUrlPatterns("/error", "/error/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_OPERATOR > ROLE_ANALYST");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(UsersProperties properties, PasswordEncoder encoder) {
		List<UserDetails> users = new ArrayList<>();
		for (UsersProperties.User user : properties.users()) {
			if (user.name() == null || user.name().isBlank() || user.password() == null
					|| !user.password().matches("\\{[a-z0-9]+\\}.*")) {
				throw new IllegalStateException("briefs.users: every user needs a name and a password written"
						+ " {bcrypt}HASH or {noop}TEXT (user '" + user.name() + "')");
			}
			users.add(User.withUsername(user.name())
				.password(user.password())
				.roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
				.build());
		}
		if (users.isEmpty()) {
			String password = randomPassword();
			users.add(User.withUsername("operator").password(encoder.encode(password)).roles("OPERATOR").build());
			logger.warn("No briefs.users configured: log in as 'operator' with password " + password
					+ " (shown once; configure briefs.users to choose your own)");
		}
		// by the name exactly as configured: "Olga" is not "olga" (an in-memory manager would fold case)
		Map<String, UserDetails> byName = new HashMap<>();
		users.forEach((user) -> byName.put(user.getUsername(), user));
		return (name) -> {
			UserDetails user = byName.get(name);
			if (user == null) {
				throw new UsernameNotFoundException("no user " + name);
			}
			// a copy: authentication erases the password of what it is given
			return User.withUserDetails(user).build();
		};
	}

	@Bean
	LoginThrottle loginThrottle() {
		return new LoginThrottle(Clock.systemUTC());
	}

	@Bean
	AuthenticationProvider throttledAuthentication(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ThrottledAuthentication(passwords, throttle);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"policy-briefs\"");
		}
		json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
	}

}
