package dev.craft.server.security;

import dev.craft.server.api.ProblemResponses;
import dev.craft.server.api.ProblemType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains. {@code /api/**}: stateless, HTTP Basic for users and bearer API keys, no CSRF
 * (no cookies), every error as problem+json; which endpoint needs what is decided per handler method by
 * {@link EndpointAuthorization}. {@code /ui/**}: form login with a session and CSRF protection, ready
 * for the web UI. Everything else: health and metrics public, the rest closed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return username -> accounts.user(username)
                .map(u -> new CallerUserDetails(
                        new Caller.User(u.id(), u.username(), u.instanceAdmin(), u.mustChangePassword()),
                        u.passwordHash(), u.disabled()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    boolean dbDown = e instanceof InternalAuthenticationServiceException && e.getCause() instanceof DataAccessException;
                    problems.write(response, dbDown ? ProblemType.DATABASE_UNAVAILABLE : ProblemType.UNAUTHENTICATED,
                            dbDown ? "the database is unavailable, so the password cannot be checked; retry shortly"
                                    : "the user name or password is wrong, or the account is disabled",
                            request.getRequestURI());
                }))
                .addFilterBefore(new ApiKeyAuthenticationFilter(accounts, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problems.write(response, ProblemType.UNAUTHENTICATED,
                                "sign in with HTTP Basic (user) or 'Authorization: Bearer craft_...' (API key)", request.getRequestURI()))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, ProblemType.FORBIDDEN,
                                e.getMessage(), request.getRequestURI())))
                // Per-endpoint permissions are checked by EndpointAuthorization, which fails closed.
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        http.securityMatcher("/ui/**", "/login", "/logout")
                .formLogin(form -> form.defaultSuccessUrl("/ui/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain rest(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
