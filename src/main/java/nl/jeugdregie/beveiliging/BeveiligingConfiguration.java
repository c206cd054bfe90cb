package nl.jeugdregie.beveiliging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.platform.Api;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the API (stateless; HTTP Basic with local users, bearer tokens when OIDC is
 * configured), actuator (health public, metrics for BEHEERDER) and the pages (form login, OIDC login
 * when a client registration is configured). Scoping itself is enforced by {@link Autorisatie}.
 *
 * <p>Local logins, on the login page and with HTTP Basic, go through {@link Inlogcontrole}
 * (throttling, failed logins published). Every chain publishes the refusals of signed-in users
 * ({@link Weigeringen}) and sends the same {@code Permissions-Policy}; sessions of the pages follow
 * changes of the user's rights at once ({@link Sessiecontrole}). Behind a TLS proxy the original
 * scheme and client address come from the proxy's {@code X-Forwarded-*} headers only when the proxy is
 * trusted ({@code server.forward-headers-strategy=native}); HSTS and Secure cookies then follow.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class BeveiligingConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";

    /** Browser features the platform never uses, denied to every page and response. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), bluetooth=(), camera=(),"
            + " display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(),"
            + " microphone=(), midi=(), payment=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ObjectProvider<JwtDecoder> jwtDecoder,
            GebruikerBron gebruikerBron,
            ApplicationEventPublisher gebeurtenissen)
            throws Exception {
        http.securityMatcher(Api.BASIS + "/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, Api.BASIS + "/openapi.json")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.realmName("Jeugdregie").authenticationEntryPoint(API_NIET_INGELOGD))
                .exceptionHandling(e -> e.authenticationEntryPoint(API_NIET_INGELOGD)
                        .accessDeniedHandler((request, response, ex) ->
                                probleem(response, 403, "Geen toegang", "U heeft geen toegang tot deze gegevens.")))
                .headers(h -> {
                    h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"));
                    permissionsPolicy(h);
                })
                .addFilterAfter(new Weigeringen(gebruikerBron, gebeurtenissen), SecurityContextHolderFilter.class);
        if (jwtDecoder.getIfAvailable() != null) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(
                    jwt -> new HashSet<>(gebruikerBron.authorities(jwt.getSubject(), jwt.getClaims())));
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(
            HttpSecurity http, GebruikerBron gebruikerBron, ApplicationEventPublisher gebeurtenissen) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Rol.BEHEERDER.name()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.realmName("Jeugdregie").authenticationEntryPoint(API_NIET_INGELOGD))
                .headers(BeveiligingConfiguration::permissionsPolicy)
                .addFilterAfter(new Weigeringen(gebruikerBron, gebeurtenissen), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain paginas(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidc,
            LokaleGebruikers gebruikers,
            GebruikerBron gebruikerBron,
            ApplicationEventPublisher gebeurtenissen)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/inloggen", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/inloggen")
                        .loginProcessingUrl("/inloggen")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(INLOGGEN_MISLUKT))
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd"))
                .headers(h -> {
                    h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
                    permissionsPolicy(h);
                })
                .addFilterAfter(new Weigeringen(gebruikerBron, gebeurtenissen), SecurityContextHolderFilter.class)
                .addFilterBefore(new Sessiecontrole(gebruikers), AuthorizationFilter.class);
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o ->
                    o.loginPage("/inloggen").userInfoEndpoint(u -> u.userAuthoritiesMapper(oidcRollen(gebruikerBron))));
        }
        return http.build();
    }

    private static void permissionsPolicy(HeadersConfigurer<HttpSecurity> headers) {
        headers.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }

    /**
     * A failed login on the login page: the same message for every reason, except a lockout, which
     * says how long to wait (the same for an existing and an unknown account).
     */
    static final AuthenticationFailureHandler INLOGGEN_MISLUKT = (request, response, fout) -> {
        String doel = fout instanceof Geblokkeerd geblokkeerd
                ? "/inloggen?geblokkeerd=" + geblokkeerd.minuten()
                : "/inloggen?fout";
        response.sendRedirect(request.getContextPath() + doel);
    };

    /**
     * The API's answer to a missing or failed login: 401, or 429 with {@code Retry-After} while the
     * account or the client address is locked after too many failures.
     */
    static final AuthenticationEntryPoint API_NIET_INGELOGD = BeveiligingConfiguration::nietIngelogd;

    private static void nietIngelogd(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException fout) throws IOException {
        if (fout instanceof Geblokkeerd geblokkeerd) {
            response.setHeader(
                    "Retry-After", Long.toString(geblokkeerd.wachttijd().toSeconds()));
            probleem(response, HttpStatus.TOO_MANY_REQUESTS.value(), "Te veel inlogpogingen", geblokkeerd.melding());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Jeugdregie\"");
        probleem(response, 401, "Niet ingelogd", "Deze API vraagt om authenticatie.");
    }

    /**
     * Maps the roles in an OIDC login's claims (ID token and user info together) onto the platform's
     * role authorities; a forbidden combination gives none.
     */
    static GrantedAuthoritiesMapper oidcRollen(GebruikerBron gebruikerBron) {
        return authorities -> {
            Set<GrantedAuthority> resultaat = new HashSet<>();
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Map<String, Object> claims = new HashMap<>(oidc.getIdToken().getClaims());
                    Set<String> rollen = new LinkedHashSet<>();
                    GebruikerBron.rollen(oidc.getIdToken().getClaims()).forEach(r -> rollen.add(r.name()));
                    if (oidc.getUserInfo() != null) {
                        claims.putAll(oidc.getUserInfo().getClaims());
                        GebruikerBron.rollen(oidc.getUserInfo().getClaims()).forEach(r -> rollen.add(r.name()));
                    }
                    claims.remove("realm_access");
                    claims.put("roles", List.copyOf(rollen));
                    resultaat.addAll(gebruikerBron.authorities(oidc.getIdToken().getSubject(), claims));
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
