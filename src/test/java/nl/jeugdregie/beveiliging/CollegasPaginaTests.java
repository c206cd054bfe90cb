package nl.jeugdregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.AgbCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A zorgaanbieder manages its own colleagues: its beheerder adds one who can then log in with the aanbieder's AGB code
 * and nothing more, ends that colleague's access, and never reaches the users of another aanbieder; a medewerker
 * without AANBIEDERBEHEER cannot.
 */
@JeugdregieTest
class CollegasPaginaTests {

    static final String WACHTWOORD = "zonnebloem kapstok rivier lantaarn";
    static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    LokaleGebruikers gebruikers;

    String beheer;
    AgbCode agb;

    @BeforeEach
    void eenAanbiederMetBeheerder() {
        int n = VOLGNUMMER.incrementAndGet();
        agb = new AgbCode("9782%04d".formatted((int) (System.nanoTime() % 10_000)));
        beheer = "beheer" + n + "." + agb.value();
        gebruikers.voegToe(
                new Gebruiker(
                        beheer,
                        "Bea Praktijk",
                        "Praktijk " + agb.value(),
                        EnumSet.of(Rol.AANBIEDER, Rol.AANBIEDERBEHEER),
                        Set.of(),
                        agb),
                WACHTWOORD);
    }

    @Test
    void theBeheerderAddsAColleagueWhoWorksOnlyForTheSameAanbieder() {
        String collega = "collega." + beheer;
        assertThat(mvc.post()
                        .uri("/organisatie/collegas")
                        .param("gebruikersnaam", collega)
                        .param("naam", "Cas Collega")
                        .param("wachtwoord", WACHTWOORD)
                        .with(als(beheer))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic(collega, WACHTWOORD)))
                .hasStatusOk()
                .bodyText()
                .contains(agb.value())
                .contains("AANBIEDER")
                .doesNotContain("AANBIEDERBEHEER");
        Gebruiker opgeslagen = gebruikers.vind(collega).orElseThrow().gebruiker();
        assertThat(opgeslagen.aanbieder()).isEqualTo(agb);
        assertThat(opgeslagen.organisatie()).isEqualTo("Praktijk " + agb.value());
        assertThat(opgeslagen.rollen()).containsExactly(Rol.AANBIEDER);
        assertThat(mvc.get().uri("/organisatie/collegas").with(als(beheer)))
                .hasStatusOk()
                .bodyText()
                .contains("Cas Collega")
                .contains("Bea Praktijk");

        assertThat(mvc.post()
                        .uri("/organisatie/collegas/{naam}/toegang", collega)
                        .param("actief", "false")
                        .with(als(beheer))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(gebruikers.vind(collega).orElseThrow().actief()).isFalse();
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic(collega, WACHTWOORD)))
                .hasStatus(401);
    }

    @Test
    void nobodyReachesAnotherAanbiedersUsersOrWidensAColleague() {
        assertThat(mvc.post()
                        .uri("/organisatie/collegas/{naam}/toegang", "beheerder")
                        .param("actief", "false")
                        .with(als(beheer))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/organisatie/collegas")
                        .param("gebruikersnaam", "zwak." + beheer)
                        .param("naam", "Zwak Wachtwoord")
                        .param("wachtwoord", "kort")
                        .with(als(beheer))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer");
        assertThat(gebruikers.vind("zwak." + beheer)).isEmpty();

        String medewerker = "medewerker." + beheer;
        gebruikers.voegToe(
                new Gebruiker(medewerker, "Mo Medewerker", "Praktijk", EnumSet.of(Rol.AANBIEDER), Set.of(), agb),
                WACHTWOORD);
        assertThat(mvc.get().uri("/organisatie/collegas").with(als(medewerker))).hasStatus(403);
    }

    @Test
    void managingColleaguesWidensNothingElse() {
        assertThat(mvc.get().uri("/inkoop/aanbieders").with(als(beheer)))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/inkoop/aanbieders/" + agb.value());
        assertThat(mvc.get().uri("/inkoop/mijn-organisatie").with(als(beheer)))
                .hasRedirectedUrl("/inkoop/aanbieders/" + agb.value());
        assertThat(mvc.get().uri("/inkoop/aanbieders/99000002").with(als(beheer)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/beheer/gebruikers").with(als(beheer))).hasStatus(403);
        assertThat(mvc.get().uri("/declaraties").with(als(beheer))).hasStatusOk();
    }

    /** The local user as the identity provider's token would describe it, roles and AGB code as stored. */
    private RequestPostProcessor als(String gebruikersnaam) {
        Gebruiker g = gebruikers.vind(gebruikersnaam).orElseThrow().gebruiker();
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(gebruikersnaam)
                        .claim("preferred_username", gebruikersnaam)
                        .claim("organisatie", g.organisatie())
                        .claim("roles", g.rollen().stream().map(Rol::name).toList())
                        .claim("agb", g.aanbieder().value()))
                .authorities(g.rollen().stream()
                        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                        .toList());
    }
}
