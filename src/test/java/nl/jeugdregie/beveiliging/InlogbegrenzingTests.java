package nl.jeugdregie.beveiliging;

import static nl.jeugdregie.beveiliging.Inlogtestdata.STERK_WACHTWOORD;
import static nl.jeugdregie.beveiliging.Inlogtestdata.toegang;
import static nl.jeugdregie.beveiliging.Inlogtestdata.uniekAdres;
import static nl.jeugdregie.beveiliging.Inlogtestdata.uniekeNaam;
import static nl.jeugdregie.beveiliging.Inlogtestdata.vanAdres;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Login throttling per account and per client address, kept in PostgreSQL for every node. */
@JeugdregieTest
class InlogbegrenzingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    LokaleGebruikers gebruikers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        String naam = uniekeNaam("geraden");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        String adres = uniekAdres();
        for (int i = 0; i < 5; i++) {
            assertThat(formulier(naam, "fout-" + i, adres)).hasRedirectedUrl("/inloggen?fout");
        }

        assertThat(formulier(naam, STERK_WACHTWOORD, adres)).hasRedirectedUrl("/inloggen?geblokkeerd=1");
        assertThat(formulier(naam, STERK_WACHTWOORD, uniekAdres()))
                .as("the account is locked, from any address")
                .hasRedirectedUrl("/inloggen?geblokkeerd=1");
        assertThat(mvc.get().uri("/inloggen?geblokkeerd=1"))
                .bodyText()
                .contains("Te veel mislukte inlogpogingen. Probeer het over 1 minuut opnieuw.");
    }

    @Test
    void anUnknownAccountIsLockedExactlyLikeAnExistingOne() {
        String bestaand = uniekeNaam("bestaand");
        gebruikers.voegToe(toegang(bestaand, "0153"), STERK_WACHTWOORD);
        String onbekend = uniekeNaam("onbekend");
        for (int i = 0; i < 5; i++) {
            assertThat(formulier(bestaand, "fout", uniekAdres())).hasRedirectedUrl("/inloggen?fout");
            assertThat(formulier(onbekend, "fout", uniekAdres())).hasRedirectedUrl("/inloggen?fout");
        }
        assertThat(formulier(bestaand, "fout", uniekAdres())).hasRedirectedUrl("/inloggen?geblokkeerd=1");
        assertThat(formulier(onbekend, "fout", uniekAdres())).hasRedirectedUrl("/inloggen?geblokkeerd=1");
    }

    @Test
    void theApiAnswers429WithRetryAfterWhileTheAccountIsLocked() {
        String naam = uniekeNaam("api.geraden");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        String adres = uniekAdres();
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.get()
                            .uri("/api/v1/mij")
                            .with(httpBasic(naam, "fout"))
                            .with(vanAdres(adres)))
                    .hasStatus(HttpStatus.UNAUTHORIZED);
        }

        assertThat(mvc.get()
                        .uri("/api/v1/mij")
                        .with(httpBasic(naam, STERK_WACHTWOORD))
                        .with(vanAdres(adres)))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .hasHeader("Retry-After", "60")
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Probeer het over 1 minuut opnieuw");
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedWhileOtherAddressesAreNot() {
        String adres = uniekAdres();
        for (int i = 0; i < Inlogbegrenzer.ADRES.pogingen(); i++) {
            assertThat(formulier(uniekeNaam("gespoten"), "Welkom2026!", adres)).hasRedirectedUrl("/inloggen?fout");
        }
        String naam = uniekeNaam("slachtoffer");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);

        assertThat(formulier(naam, STERK_WACHTWOORD, adres)).hasRedirectedUrl("/inloggen?geblokkeerd=1");
        assertThat(formulier(naam, STERK_WACHTWOORD, uniekAdres())).hasRedirectedUrl("/");
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsCounter() {
        String naam = uniekeNaam("typfout");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        for (int ronde = 0; ronde < 3; ronde++) {
            for (int i = 0; i < 4; i++) {
                formulier(naam, "typfout", uniekAdres());
            }
            assertThat(formulier(naam, STERK_WACHTWOORD, uniekAdres())).hasRedirectedUrl("/");
        }
    }

    @Test
    void anOverLongPasswordIsAFailedLoginNotAServerError() {
        String naam = uniekeNaam("lang.wachtwoord");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        String teLang = STERK_WACHTWOORD + "x".repeat(200);
        assertThat(formulier(naam, teLang, uniekAdres())).hasRedirectedUrl("/inloggen?fout");
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic(naam, teLang)).with(vanAdres(uniekAdres())))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(formulier(uniekeNaam("onbekend"), "é".repeat(50), uniekAdres()))
                .hasRedirectedUrl("/inloggen?fout");
    }

    @Test
    void theLockoutGrowsWithEachFurtherFailureUpToAQuarterOfAnHour() {
        Inlogbegrenzer.Drempel account = Inlogbegrenzer.ACCOUNT;
        assertThat(account.blokkade(4)).isZero();
        assertThat(account.blokkade(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(account.blokkade(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(account.blokkade(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(account.blokkade(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(account.blokkade(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aLockoutEndsWhenItsTimeIsUpAndTheNextFailureLocksLonger() {
        VerschuifbareKlok klok = new VerschuifbareKlok(Instant.parse("2026-03-02T09:00:00Z"));
        Inlogbegrenzer begrenzer = new Inlogbegrenzer(jdbc, klok);
        String naam = uniekeNaam("klok");
        String adres = uniekAdres();
        for (int i = 0; i < 5; i++) {
            begrenzer.mislukt(naam, adres);
        }
        assertThat(begrenzer.geblokkeerdTot(naam, adres))
                .hasValue(klok.instant().plus(Duration.ofMinutes(1)));

        klok.verzet(Duration.ofSeconds(61));
        assertThat(begrenzer.geblokkeerdTot(naam, adres)).isEmpty();

        begrenzer.mislukt(naam, adres);
        assertThat(begrenzer.geblokkeerdTot(naam, adres))
                .hasValue(klok.instant().plus(Duration.ofMinutes(2)));

        klok.verzet(Inlogbegrenzer.ACCOUNT.vergeten().plusMinutes(1));
        begrenzer.mislukt(naam, adres);
        assertThat(begrenzer.geblokkeerdTot(naam, adres))
                .as("forgotten after a day")
                .isEmpty();
    }

    private MvcTestResult formulier(String naam, String wachtwoord, String adres) {
        return Inlogtestdata.inloggen(mvc, naam, wachtwoord, adres);
    }

    /** A clock the test moves forward. */
    static final class VerschuifbareKlok extends Clock {
        private Instant nu;

        VerschuifbareKlok(Instant nu) {
            this.nu = nu;
        }

        void verzet(Duration duur) {
            nu = nu.plus(duur);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Amsterdam");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }
}
