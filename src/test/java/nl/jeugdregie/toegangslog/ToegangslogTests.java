package nl.jeugdregie.toegangslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.platform.Paginering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@JeugdregieTest
class ToegangslogTests {

    static final Bsn BSN = new Bsn("111222333");

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Pseudonimisering pseudonimisering;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transacties;

    @AfterEach
    void meldAf() {
        SecurityContextHolder.clearContext();
    }

    static void meldAanAls(String gebruikersnaam, String organisatie, String... rollen) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "none")
                .subject(gebruikersnaam)
                .claim("preferred_username", gebruikersnaam)
                .claim("organisatie", organisatie)
                .claim("roles", List.of(rollen))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }

    Logregel laatsteRegel() {
        return toegangslog.zoek(Zoekvraag.alles(), new Paginering(1, 1)).items().get(0);
    }

    @Test
    void recordsWhoWhenWhatAndAPseudonymInsteadOfTheBsn() {
        meldAanAls("toegang-enschede", "Gemeente Enschede", "TOEGANG");

        toegangslog.registreer(
                new Gebeurtenis(BSN, Actie.RAADPLEGEN, "hulpvraag 7", "0153", "/toegang/hulpvragen/7 bsn 111222333"));

        Logregel regel = laatsteRegel();
        assertThat(regel.gebruiker()).isEqualTo("toegang-enschede");
        assertThat(regel.rollen()).isEqualTo("TOEGANG");
        assertThat(regel.organisatie()).isEqualTo("Gemeente Enschede");
        assertThat(regel.namens()).isEqualTo("0153");
        assertThat(regel.tijdstip()).isEqualTo(JeugdregieTest.NU);
        assertThat(regel.actie()).isEqualTo(Actie.RAADPLEGEN);
        assertThat(regel.jeugdige()).isEqualTo(pseudonimisering.pseudoniem(BSN));
        assertThat(regel.toelichting()).isEqualTo("/toegang/hulpvragen/7 bsn *****2333");
        assertThat(jdbc.queryForList("select l::text from toegangslog.logregel l", String.class))
                .noneMatch(rij -> rij.contains(BSN.value()));
    }

    @Test
    void recordsWorkWithoutASignedInUserAsSysteem() {
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.ONTVANGEN, "JW315 verzoek om toewijzing"));

        Logregel regel = laatsteRegel();
        assertThat(regel.gebruiker()).isEqualTo(Toegangslog.SYSTEEM);
        assertThat(regel.rollen()).isEmpty();
    }

    @Test
    void filtersByUserPeriodActionAndJeugdige() {
        meldAanAls("filter-test", "Regio Twente", "BACKOFFICE");
        Bsn ander = new Bsn("123456782");
        toegangslog.registreer(List.of(
                Gebeurtenis.van(BSN, Actie.WIJZIGEN, "beschikking 1"),
                Gebeurtenis.van(ander, Actie.WIJZIGEN, "beschikking 2"),
                Gebeurtenis.van(BSN, Actie.EXPORTEREN, "export")));

        var vandaag = JeugdregieTest.NU
                .atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .toLocalDate();
        var vraag = new Zoekvraag("filter-test", vandaag, vandaag, Actie.WIJZIGEN, pseudonimisering.pseudoniem(BSN));
        assertThat(toegangslog.zoek(vraag, new Paginering(1, 10)).items())
                .extracting(Logregel::gegevens)
                .containsExactly("beschikking 1");
        assertThat(toegangslog
                        .zoek(new Zoekvraag("filter-test", null, null, null, null), new Paginering(1, 2))
                        .totaal())
                .isEqualTo(3);
        assertThat(toegangslog
                        .zoek(
                                new Zoekvraag("filter-test", vandaag.plusDays(1), null, null, null),
                                new Paginering(1, 10))
                        .totaal())
                .isZero();
    }

    @Test
    void entryCommitsAndRollsBackWithTheCallersTransaction() {
        TransactionTemplate transactie = new TransactionTemplate(transacties);
        transactie.executeWithoutResult(status -> {
            toegangslog.registreer(Gebeurtenis.van(BSN, Actie.VERWIJDEREN, "teruggedraaid"));
            status.setRollbackOnly();
        });
        transactie.setReadOnly(true);
        transactie.executeWithoutResult(
                status -> toegangslog.registreer(Gebeurtenis.van(BSN, Actie.RAADPLEGEN, "gelezen")));

        assertThat(aantal("teruggedraaid")).isZero();
        assertThat(aantal("gelezen")).isEqualTo(1);
        assertThat(toegangslog.controleer().intact()).isTrue();
    }

    @Test
    void databaseRefusesUpdateDeleteAndTruncate() {
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.AANMAKEN, "onveranderlijk"));

        assertThatThrownBy(() -> jdbc.update("update toegangslog.logregel set gegevens = 'anders'"))
                .hasStackTraceContaining("niet toegestaan");
        assertThatThrownBy(() -> jdbc.update("delete from toegangslog.logregel"))
                .hasStackTraceContaining("niet toegestaan");
        assertThatThrownBy(() -> jdbc.execute("truncate toegangslog.logregel"))
                .hasStackTraceContaining("niet toegestaan");
        assertThatThrownBy(() -> jdbc.execute("truncate toegangslog.ketenkop"))
                .hasStackTraceContaining("niet toegestaan");
        assertThat(aantal("onveranderlijk")).isEqualTo(1);
    }

    @Test
    void checkDetectsAChangedEntryAndRecoversWhenRestored() {
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.RAADPLEGEN, "origineel"));
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.RAADPLEGEN, "daarna"));
        long id = jdbc.queryForObject("select id from toegangslog.logregel where gegevens = 'origineel'", Long.class);

        buitenDeTriggersOm("update toegangslog.logregel set gegevens = 'vervalst' where id = " + id);
        try {
            Ketencontroleresultaat resultaat = toegangslog.controleer();
            assertThat(resultaat.intact()).isFalse();
            assertThat(resultaat.eersteFouteRegel()).isEqualTo(id);
            assertThat(resultaat.melding()).contains("gewijzigd");
        } finally {
            buitenDeTriggersOm("update toegangslog.logregel set gegevens = 'origineel' where id = " + id);
        }
        assertThat(toegangslog.controleer().intact()).isTrue();
    }

    @Test
    void checkDetectsAForgedEntryAppendedAroundTheApplication() {
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.RAADPLEGEN, "echt"));
        Logregel laatste = laatsteRegel();
        Logregel vervalst = Hashketen.verzegel(new Logregel(
                laatste.id() + 1000,
                Instant.parse("2026-03-02T09:30:00Z"),
                "indringer",
                "",
                "",
                "",
                laatste.jeugdige(),
                Actie.RAADPLEGEN,
                "vervalst",
                "",
                laatste.hash(),
                null));

        buitenDeTriggersOm("insert into toegangslog.logregel (id, tijdstip, gebruiker, rollen, organisatie, namens,"
                + " jeugdige, actie, gegevens, toelichting, vorige_hash, hash) values (" + vervalst.id()
                + ", now(), 'indringer', '', '', '', '" + vervalst.jeugdige() + "', 'raadplegen', 'vervalst', '', '"
                + vervalst.vorigeHash() + "', '" + "f".repeat(64) + "')");
        try {
            Ketencontroleresultaat resultaat = toegangslog.controleer();
            assertThat(resultaat.intact()).isFalse();
            assertThat(resultaat.eersteFouteRegel()).isEqualTo(vervalst.id());
        } finally {
            buitenDeTriggersOm("delete from toegangslog.logregel where id = " + vervalst.id());
        }
        assertThat(toegangslog.controleer().intact()).isTrue();
    }

    @Test
    void checkDetectsARemovedEntry() {
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.RAADPLEGEN, "wordt verwijderd"));
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.RAADPLEGEN, "erna"));
        Map<String, Object> rij =
                jdbc.queryForMap("select * from toegangslog.logregel where gegevens = 'wordt verwijderd'");
        long volgende = jdbc.queryForObject(
                "select id from toegangslog.logregel where gegevens = 'erna' order by id desc limit 1", Long.class);

        buitenDeTriggersOm("delete from toegangslog.logregel where id = " + rij.get("id"));
        try {
            Ketencontroleresultaat resultaat = toegangslog.controleer();
            assertThat(resultaat.intact()).isFalse();
            assertThat(resultaat.eersteFouteRegel()).isEqualTo(volgende);
        } finally {
            jdbc.update(
                    "insert into toegangslog.logregel (id, tijdstip, gebruiker, rollen, organisatie, namens, jeugdige,"
                            + " actie, gegevens, toelichting, vorige_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rij.get("id"),
                    rij.get("tijdstip"),
                    rij.get("gebruiker"),
                    rij.get("rollen"),
                    rij.get("organisatie"),
                    rij.get("namens"),
                    rij.get("jeugdige"),
                    rij.get("actie"),
                    rij.get("gegevens"),
                    rij.get("toelichting"),
                    rij.get("vorige_hash"),
                    rij.get("hash"));
        }
        assertThat(toegangslog.controleer().intact()).isTrue();
    }

    /** What only a database superuser can do: change the log with its triggers switched off. */
    void buitenDeTriggersOm(String sql) {
        new TransactionTemplate(transacties).executeWithoutResult(status -> {
            jdbc.execute("alter table toegangslog.logregel disable trigger user");
            jdbc.execute(sql);
            jdbc.execute("alter table toegangslog.logregel enable trigger user");
        });
    }

    long aantal(String gegevens) {
        return jdbc.queryForObject(
                "select count(*) from toegangslog.logregel where gegevens = ?", Long.class, gegevens);
    }
}
