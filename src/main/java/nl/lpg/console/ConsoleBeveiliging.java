package nl.lpg.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.nio.file.Path;

/**
 * Who may see what. Everything needs a login (form login, session cookie; the session expires after
 * {@code server.servlet.session.timeout}, 30 minutes by default), except the login page, the style sheet and
 * Actuator's health status. Every form carries a CSRF token (Spring Security's default, not switched off anywhere).
 * Roles per page: see {@link Rol}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class ConsoleBeveiliging {

    private static final String R = Rol.REVIEWER.name();
    private static final String A = Rol.AUDITOR.name();
    private static final String O = Rol.OPERATOR.name();

    @Bean
    UserDetailsService consoleGebruikers(@Value("${" + ConsoleConfiguratie.GEBRUIKERS + "}") String bestand) {
        return new InMemoryUserDetailsManager(ConsoleGebruikers.lees(Path.of(bestand)));
    }

    @Bean
    PasswordEncoder wachtwoorden() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Actuator: health for anyone (status only), metrics for operators (HTTP Basic, so a collector can log in). */
    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(O))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/console.css", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/geweigerd").authenticated()
                        .requestMatchers("/runs/*/files/**", "/parameters/download/**").hasAnyRole(A, O)
                        .requestMatchers("/held/*/decision").hasRole(R)
                        .requestMatchers("/held", "/held/**", "/trail", "/trail/**").hasAnyRole(R, A)
                        .requestMatchers("/parameters", "/parameters/**").hasAnyRole(A, O)
                        .requestMatchers("/", "/runs", "/runs/**", "/signals", "/signals/**", "/nota", "/nota/**")
                        .hasAnyRole(R, A, O)
                        .anyRequest().denyAll())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/runs", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired").sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedPage("/geweigerd"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " style-src 'self'; script-src 'none'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
