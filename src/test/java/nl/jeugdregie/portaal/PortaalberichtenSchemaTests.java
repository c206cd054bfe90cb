package nl.jeugdregie.portaal;

import static nl.jeugdregie.portaal.PortaalFixtures.ENSCHEDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.ijw.Specificatie;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xml.sax.SAXException;

/**
 * Every message the portal writes is exact iJw 3.2: hundreds of them, generated from varied toewijzingen (names with
 * and without voorvoegsel or diacritics, unknown birth days, every geslacht, omvang per week, month, in total, in
 * minutes, and budgets) through every action of the portal (acknowledge, start, correct a start, stop with outcome,
 * withdraw a stop, declare a month), are validated against the official XSDs. The gemeente then processes each one
 * without rejection, so the portal's preview and the real processing agree.
 */
@JeugdregieTest
class PortaalberichtenSchemaTests {

    static final int TOEWIJZINGEN = 80;
    static final LocalDate START = LocalDate.of(2026, 2, 9);
    static final LocalDate GECORRIGEERD = LocalDate.of(2026, 2, 10);

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Toewijzingsberichten toewijzingsberichten;

    @Autowired
    Leveringsmeldingen meldingen;

    @Autowired
    Conceptdeclaraties concepten;

    @Test
    void hundredsOfGeneratedPortalMessagesMatchTheOfficialXsdsAndAreAccepted() throws Exception {
        PortaalFixtures fixtures = new PortaalFixtures(context);
        Random toeval = new Random(20260302L);
        List<AgbCode> aanbieders = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            aanbieders.add(fixtures.aanbiederMetContract());
        }
        List<ToegewezenProduct> toewijzingen = new ArrayList<>();
        for (int i = 0; i < TOEWIJZINGEN; i++) {
            toewijzingen.add(fixtures.toewijzing(
                    aanbieders.get(i % aanbieders.size()),
                    gegevens(i, toeval),
                    i % 7 == 6
                            ? Productaanduiding.aspecifiek(Productcategorie.JEUGDHULP_AMBULANT)
                            : Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A48"),
                    i % 7 == 6 ? null : omvang(i, toeval),
                    i % 7 == 6 ? Bedrag.euro(500 + toeval.nextInt(5000)) : null));
        }

        for (AgbCode agb : aanbieders) {
            for (UUID jw301 :
                    jdbc.sql("""
                            select id from berichtenverkeer.bericht
                             where richting = 'UIT' and berichttype = 'JW301' and ontvanger = :agb""").param("agb", agb.value()).query(UUID.class).list()) {
                als(agb, () -> toewijzingsberichten.bevestig(jw301));
            }
        }
        for (ToegewezenProduct t : toewijzingen) {
            als(
                    t.aanbieder(),
                    () -> meldingen.meldStart(
                            new Startopdracht(t.gemeente(), t.nummer(), START, Leveringswijze.MELDEN, null), null));
        }
        fixtures.verwerk();
        for (int i = 0; i < TOEWIJZINGEN; i += 2) {
            ToegewezenProduct t = toewijzingen.get(i);
            als(
                    t.aanbieder(),
                    () -> meldingen.meldStart(
                            new Startopdracht(t.gemeente(), t.nummer(), GECORRIGEERD, Leveringswijze.CORRIGEREN, START),
                            null));
        }
        fixtures.verwerk();
        for (int n = 0; n < TOEWIJZINGEN; n += 3) {
            int i = n;
            ToegewezenProduct t = toewijzingen.get(i);
            LocalDate begin = i % 2 == 0 ? GECORRIGEERD : START;
            Uitkomstmeting meting = new Uitkomstmeting(
                    i % 2 == 0 ? Uitkomstmeting.Informant.JEUGDIGE : Uitkomstmeting.Informant.OUDER,
                    Uitkomstmeting.VerderZonderHulp.values()[i % Uitkomstmeting.VerderZonderHulp.values().length],
                    1 + i % 10,
                    Uitkomstmeting.Doelbereik.values()[i % 3]);
            als(
                    t.aanbieder(),
                    () -> meldingen.meldStop(
                            new Stopopdracht(
                                    t.gemeente(),
                                    t.nummer(),
                                    begin,
                                    LocalDate.of(2026, 2, 20 + i % 8),
                                    i % 2 == 0 ? RedenBeeindiging.vanCode("31") : RedenBeeindiging.vanCode("32"),
                                    Leveringswijze.MELDEN,
                                    List.of(meting)),
                            null));
        }
        fixtures.verwerk();
        for (int i = 0; i < TOEWIJZINGEN; i += 6) {
            ToegewezenProduct t = toewijzingen.get(i);
            als(
                    t.aanbieder(),
                    () -> meldingen.meldStop(
                            new Stopopdracht(
                                    t.gemeente(),
                                    t.nummer(),
                                    GECORRIGEERD,
                                    null,
                                    null,
                                    Leveringswijze.INTREKKEN,
                                    List.of()),
                            null));
        }
        fixtures.verwerk();
        for (AgbCode agb : aanbieders) {
            Conceptdeclaratie concept = als(
                    agb,
                    () -> concepten
                            .maak(ENSCHEDE, YearMonth.of(2026, 2), "test")
                            .concept());
            assertThat(concept.kanVerstuurdWorden())
                    .as("concept of %s: %s", agb, concept.regels())
                    .isTrue();
            als(agb, () -> concepten.dienIn(concept.id()));
        }
        fixtures.verwerk();

        List<Map<String, Object>> berichten = jdbc.sql("""
                        select id, berichttype, status, inhoud from berichtenverkeer.bericht
                         where kanaal = 'PORTAAL' and afzender in (:agbs)""")
                .param("agbs", aanbieders.stream().map(AgbCode::value).toList())
                .query()
                .listOfRows();
        assertThat(berichten).hasSizeGreaterThan(200);
        for (Map<String, Object> b : berichten) {
            String type = (String) b.get("berichttype");
            byte[] inhoud = (byte[]) b.get("inhoud");
            try {
                Specificatie.schema(type).newValidator().validate(new StreamSource(new ByteArrayInputStream(inhoud)));
            } catch (SAXException e) {
                throw new AssertionError(
                        type + " " + b.get("id") + " volgt het XSD niet: " + e.getMessage() + "\n"
                                + new String(inhoud, java.nio.charset.StandardCharsets.UTF_8),
                        e);
            }
            assertThat(b.get("status")).as("%s %s", type, b.get("id")).isEqualTo("VERWERKT");
        }
        Map<String, Long> perType = berichten.stream()
                .collect(Collectors.groupingBy(b -> (String) b.get("berichttype"), Collectors.counting()));
        assertThat(perType).containsOnlyKeys("JW302", "JW305", "JW307", "JW323");
        assertThat(perType.get("JW323")).isEqualTo(aanbieders.size());
    }

    private static Persoonsgegevens gegevens(int i, Random toeval) {
        String[] achternamen = {"Vries", "Bakker", "Öztürk", "El Amrani", "Jansen-Smit", "Nguyễn", "Hoek", "Dijk"};
        String[] voorvoegsels = {null, "de", "van der", "van 't"};
        String[] voornamen = {"Lotte", "Jan Pieter", "Aïsha", "Noah", "Émilie Sophie", "Daan"};
        String voornaam = voornamen[i % voornamen.length];
        String voorletters = java.util.Arrays.stream(voornaam.split(" "))
                .map(w -> w.substring(0, 1))
                .collect(Collectors.joining());
        // CS139: with an unknown day the date carries the first of the month.
        Datumgebruik datumgebruik = i % 11 == 5 ? Datumgebruik.DAG_ONBEKEND : null;
        return new Persoonsgegevens(
                LocalDate.of(
                        2008 + toeval.nextInt(17),
                        1 + toeval.nextInt(12),
                        datumgebruik == null ? 1 + toeval.nextInt(28) : 1),
                datumgebruik,
                Geslacht.values()[i % Geslacht.values().length],
                achternamen[i % achternamen.length],
                voorvoegsels[i % voorvoegsels.length],
                null,
                null,
                voornaam,
                voorletters,
                null,
                new Persoonsgegevens.Adres("Oude Markt", 1 + i, null, null, "7511GA", "Enschede"));
    }

    private static Omvang omvang(int i, Random toeval) {
        return switch (i % 5) {
            case 0 -> new Omvang(1 + toeval.nextInt(8), Eenheid.UUR, Frequentie.PER_WEEK);
            case 1 -> new Omvang(30 * (1 + toeval.nextInt(6)), Eenheid.MINUUT, Frequentie.PER_WEEK);
            case 2 -> new Omvang(4 + toeval.nextInt(20), Eenheid.UUR, Frequentie.PER_MAAND);
            case 3 -> new Omvang(40 + toeval.nextInt(100), Eenheid.UUR, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR);
            default -> new Omvang(2 + toeval.nextInt(3), Eenheid.UUR, Frequentie.PER_WEEK);
        };
    }

    private static <T> T als(AgbCode agb, Supplier<T> werk) {
        return Testgebruikers.ingelogd("AANBIEDER", agb, werk);
    }
}
