package nl.jeugdregie.beveiliging;

import static nl.jeugdregie.beveiliging.Inlogtestdata.STERK_WACHTWOORD;
import static nl.jeugdregie.beveiliging.Inlogtestdata.uniekeNaam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Defence in depth: whatever the user store or an identity provider says, {@link Autorisatie} grants
 * no gemeente outside the platform's region and no role to a forbidden combination of roles.
 */
@JeugdregieTest
@RecordApplicationEvents
class AutorisatieRegelsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    GebruikerBron gebruikerBron;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ApplicationEvents gebeurtenissen;

    @Test
    void aTokenNamingAGemeenteOutsideTheRegionGetsOnlyTheGemeentenOfTheRegion() {
        RequestPostProcessor token =
                token("buiten.regio", List.of("TOEGANG"), Map.of("gemeenten", List.of("0153", "0363")));

        assertThat(mvc.get().uri("/api/v1/mij").with(token))
                .bodyJson()
                .extractingPath("$.zichtbareGemeenten")
                .asArray()
                .containsExactly("0153");
        assertThat(mvc.get().uri("/api/v1/mij").with(token))
                .bodyJson()
                .extractingPath("$.gemeenten")
                .asArray()
                .containsExactly("0153");
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/0363").with(token)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/0153").with(token)).hasStatusOk();
    }

    @Test
    void aTokenWithAanbiederAndBackofficeGetsNoRoleAtAll() {
        RequestPostProcessor token =
                token("aanbieder.backoffice", List.of("AANBIEDER", "BACKOFFICE"), Map.of("agb", "99000001"));

        assertThat(mvc.get().uri("/api/v1/mij").with(token))
                .bodyJson()
                .extractingPath("$.rollen")
                .asArray()
                .isEmpty();
        assertThat(mvc.get().uri("/api/v1/proef/aanbieders/12345678").with(token))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/proef/aanbieders/99000001").with(token))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/0153").with(token)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theRolesOfATokenOrAnOidcLoginWithAForbiddenCombinationAreRefusedAndTheRefusalPublished() {
        Map<String, Object> claims = Map.of(
                "sub", "abc-123", "preferred_username", "dubbele.pet", "roles", List.of("BEHEERDER", "BACKOFFICE"));

        assertThat(gebruikerBron.authorities("abc-123", claims)).isEmpty();
        assertThat(gebeurtenissen.stream(ToegangGeweigerd.class))
                .singleElement()
                .satisfies(weigering -> {
                    assertThat(weigering.gebruikersnaam()).isEqualTo("dubbele.pet");
                    assertThat(weigering.rollen()).isEqualTo("BACKOFFICE,BEHEERDER");
                    assertThat(weigering.toelichting()).contains("Een beheerder kent rechten toe");
                });

        OidcIdToken idToken = new OidcIdToken(
                "token", Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"), claims);
        Set<GrantedAuthority> rollen = (Set<GrantedAuthority>) BeveiligingConfiguration.oidcRollen(gebruikerBron)
                .mapAuthorities(List.of(new OidcUserAuthority(idToken)));
        assertThat(rollen).isEmpty();

        OidcIdToken toegestaan = new OidcIdToken(
                "token",
                Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-02T10:00:00Z"),
                Map.of("sub", "def-456", "roles", List.of("INKOOP", "ANALIST")));
        assertThat(BeveiligingConfiguration.oidcRollen(gebruikerBron)
                        .mapAuthorities(List.of(new OidcUserAuthority(toegestaan))))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_INKOOP", "ROLE_ANALIST");
    }

    @Test
    void aLocalUserStoredWithAForbiddenCombinationBeforeTheRulesGetsNoRole() {
        String naam = uniekeNaam("oude.combinatie");
        jdbc.sql("""
                        insert into beveiliging.gebruiker (gebruikersnaam, naam, organisatie, wachtwoord, aanbieder)
                        values (:naam, 'Oude Combinatie', 'Demo Jeugdhulp', :wachtwoord, '99000001')""")
                .param("naam", naam)
                .param("wachtwoord", passwordEncoder.encode(STERK_WACHTWOORD))
                .update();
        for (String rol : List.of("AANBIEDER", "BACKOFFICE")) {
            jdbc.sql("insert into beveiliging.gebruiker_rol (gebruikersnaam, rol) values (:naam, :rol)")
                    .param("naam", naam)
                    .param("rol", rol)
                    .update();
        }

        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic(naam, STERK_WACHTWOORD)))
                .bodyJson()
                .extractingPath("$.rollen")
                .asArray()
                .isEmpty();
        assertThat(mvc.get().uri("/api/v1/proef/aanbieders/12345678").with(httpBasic(naam, STERK_WACHTWOORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/berichten").with(httpBasic(naam, STERK_WACHTWOORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static RequestPostProcessor token(String naam, List<String> rollen, Map<String, Object> scope) {
        return jwt().jwt(j -> {
            j.subject(naam).claim("preferred_username", naam).claim("roles", rollen);
            scope.forEach(j::claim);
        });
    }
}
