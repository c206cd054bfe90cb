package nl.jeugdregie.beveiliging;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import nl.jeugdregie.platform.Api;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the API (stateless; HTTP Basic with local users, bearer tokens when OIDC is
 * configured), actuator (health public, metrics for BEHEERDER) and the pages (form login, OIDC login
 * when a client registration is configured). Scoping itself is enforced by {@link Autorisatie}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class BeveiligingConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        http.securityMatcher(Api.BASIS + "/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, Api.BASIS + "/openapi.json")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.realmName("Jeugdregie").authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Jeugdregie\"");
                    probleem(response, 401, "Niet ingelogd", "Deze API vraagt om authenticatie.");
                }))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"Jeugdregie\"");
                            probleem(response, 401, "Niet ingelogd", "Deze API vraagt om authenticatie.");
                        })
                        .accessDeniedHandler((request, response, ex) ->
                                probleem(response, 403, "Geen toegang", "U heeft geen toegang tot deze gegevens.")))
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        if (jwtDecoder.getIfAvailable() != null) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(
                    jwt -> new HashSet<>(GebruikerBron.authorities(jwt.getClaims())));
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Rol.BEHEERDER.name()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.realmName("Jeugdregie"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain paginas(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/inloggen", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/inloggen")
                        .loginProcessingUrl("/inloggen")
                        .defaultSuccessUrl("/", true)
                        .failureUrl("/inloggen?fout"))
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(
                    o -> o.loginPage("/inloggen").userInfoEndpoint(u -> u.userAuthoritiesMapper(oidcRollen())));
        }
        return http.build();
    }

    /** Maps the roles in an OIDC login's claims onto the platform's role authorities. */
    static GrantedAuthoritiesMapper oidcRollen() {
        return authorities -> {
            Set<GrantedAuthority> resultaat = new HashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    resultaat.addAll(GebruikerBron.authorities(oidc.getIdToken().getClaims()));
                    if (oidc.getUserInfo() != null) {
                        resultaat.addAll(
                                GebruikerBron.authorities(oidc.getUserInfo().getClaims()));
                    }
                }
            }
            return resultaat;
        };
    }

    private static void probleem(HttpServletResponse response, int status, String titel, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Api.PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + titel + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
