package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.transform.stream.StreamSource;
import nl.jeugdregie.berichtenverkeer.Aanbiederkant.Jeugdige;
import nl.jeugdregie.berichtenverkeer.Aanbiederkant.Maand;
import nl.jeugdregie.ijw.Jw317;
import nl.jeugdregie.ijw.Specificatie;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.jeugdige.Persoonsregistratie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
import nl.jeugdregie.toewijzing.Zorgtraject;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flows of the iJw process (berichtstromen) end to end through the inbox and outbox: the aanbieder's messages are
 * built by its own side ({@link Aanbiederkant}), the gemeente's decisions are taken as the backoffice takes them, and
 * every message the gemeente sends is checked against the official XSD.
 */
class BerichtstromenTests extends BerichtenverkeerContext {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final LocalDate JANUARI = LocalDate.of(2026, 1, 5);
    static final LocalDate INGANG = LocalDate.of(2026, 2, 2);
    static final LocalDate EIND = LocalDate.of(2026, 8, 31);
    static final long TARIEF = 8400;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    ZorgtrajectService zorgtrajecten;

    @Autowired
    ClientService clienten;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Test
    void verzoekOmToewijzingTotEnMetStop() throws Exception {
        Aanbiederkant aanbieder = aanbieder("97600001", "VOT");
        Jeugdige jeugdige = new Jeugdige(Startberichten.bsn(601), LocalDate.of(2013, 5, 1), "2", "Jong", "L");
        AgbCode agb = new AgbCode("97600001");

        // JW315 -> JW316, a work item due in 5 working days, the client known from the verzoek.
        UUID vot = ontvangEnVerwerk(aanbieder.verzoekOmToewijzing(jeugdige, "VOT-REF-1", JANUARI, EIND));
        assertThat(retour(vot)).contains("jw316").doesNotContain("RetourCode");
        Werkitem werkitem = werkitem("VOT-REF-1");
        assertThat(werkitem.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 9));
        Persoonsregistratie registratie =
                clienten.gegevens(ENSCHEDE, new Bsn(jeugdige.bsn())).orElseThrow();
        assertThat(registratie.bron()).isEqualTo(Persoonsregistratie.Bron.VERZOEK);
        assertThat(registratie.gegevens().achternaam()).isEqualTo("Jong");

        // Toewijzen: the JW301 waits for the BRP address, then goes with the ReferentieAanbieder of the verzoek.
        ToegewezenProduct toegewezen =
                verzoeken.wijsToe(agb, "VOT-REF-1").waarde().get(0);
        assertThat(uitgaand(agb, "JW301")).isEmpty();
        assertThat(wachtend(toegewezen)).isTrue();
        clienten.legVast(
                ENSCHEDE,
                new Bsn(jeugdige.bsn()),
                registratie
                        .gegevens()
                        .metAdres(new Persoonsgegevens.Adres("Oude Markt", 1, null, null, "7511GA", "Enschede")));
        assertThat(wachtend(toegewezen)).isFalse();
        Berichtgegevens jw301 = enigUitgaand(agb, "JW301");
        assertThat(jw301.status()).isEqualTo(Berichtstatus.KLAAR);
        assertThat(jw301.termijn()).isEqualTo(LocalDate.of(2026, 3, 5));
        String toewijzingsbericht = tekst(jw301.id());
        assertVoldoetAanXsd("jw301", opslag.inhoud(jw301.id()).orElseThrow());
        assertThat(toewijzingsbericht)
                .contains("<jw301:ToewijzingNummer>" + toegewezen.nummer().value() + "<")
                .contains("VOT-REF-1")
                .contains("<ijw:Achternaam>Jong</ijw:Achternaam>")
                .contains("<ijw:Postcode>7511GA</ijw:Postcode>")
                .doesNotContain("RedenWijziging");

        // JW302 without retourcodes: the JW301 is confirmed and the retour linked to it.
        UUID jw302 =
                ontvangEnVerwerk(aanbieder.retourOp(opslag.inhoud(jw301.id()).orElseThrow(), null));
        assertThat(opslag.gegevens(jw302).orElseThrow().heenbericht()).isEqualTo(jw301.id());
        assertThat(opslag.gegevens(jw301.id()).orElseThrow().status()).isEqualTo(Berichtstatus.BEVESTIGD);

        // JW305 -> JW306: the levering has started.
        long nummer = toegewezen.nummer().value();
        UUID start = ontvangEnVerwerk(aanbieder.start(jeugdige, nummer, JANUARI, JANUARI, "1"));
        assertThat(retour(start)).contains("jw306").doesNotContain("RetourCode");
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, toegewezen.nummer()).status())
                .isEqualTo(Zorgtraject.Status.GESTART);

        // JW323 -> JW325, one declaratie per month (CS340): January within the toewijzing is approved and the JW325
        // holds no prestatie; February exceeds 10 hours a week (4 weeks: at most 40 hours) and the JW325 holds it,
        // explained with the numbers.
        UUID januari = ontvangEnVerwerk(aanbieder.declaratie(
                jeugdige,
                nummer,
                TARIEF,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31),
                List.of(new Maand("JANUARI", JANUARI, LocalDate.of(2026, 1, 31), 30))));
        assertThat(retour(januari)).contains("jw325").doesNotContain("JANUARI");
        assertThat(opslag.gegevens(januari).orElseThrow().bevindingen()).isEmpty();
        UUID declaratie = ontvangEnVerwerk(aanbieder.declaratie(
                jeugdige,
                nummer,
                TARIEF,
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28),
                List.of(new Maand("FEBRUARI", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 56))));
        assertThat(retour(declaratie)).contains("jw325", "FEBRUARI", "<jw325:RetourCode>9321</jw325:RetourCode>");
        assertThat(opslag.gegevens(declaratie).orElseThrow().bevindingen())
                .extracting(Berichtgegevens.Bevindingregel::regel)
                .containsOnly("TR321");
        assertThat(opslag.gegevens(declaratie).orElseThrow().bevindingen())
                .extracting(Berichtgegevens.Bevindingregel::melding)
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Prestatie FEBRUARI van jeugdige met BSN eindigend op "
                                + jeugdige.bsn().substring(5) + ": ")
                        .contains("56")
                        .contains("10"));

        // JW307 -> JW308: the levering has stopped.
        UUID stop =
                ontvangEnVerwerk(aanbieder.stop(jeugdige, nummer, JANUARI, JANUARI, "31", LocalDate.of(2026, 2, 27)));
        assertThat(retour(stop)).contains("jw308").doesNotContain("RetourCode");
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, toegewezen.nummer()).status())
                .isEqualTo(Zorgtraject.Status.GESTOPT);

        // Every retour the gemeente sent is valid against the official XSD and was made within three working days.
        for (UUID heen : List.of(vot, start, januari, declaratie, stop)) {
            Berichtgegevens retour = opslag.retourVan(heen).orElseThrow();
            assertVoldoetAanXsd(
                    retour.berichttype().toLowerCase(java.util.Locale.ROOT),
                    opslag.inhoud(retour.id()).orElseThrow());
            assertThat(retour.ontvangenOp())
                    .isBeforeOrEqualTo(
                            opslag.gegevens(heen).orElseThrow().ontvangenOp().plus(java.time.Duration.ofDays(3)));
        }
    }

    @Test
    void verzoekOmWijzigingGeeftEenToewijzingsberichtMetAlleActueleToewijzingen() throws Exception {
        Aanbiederkant aanbieder = aanbieder("97600002", "VOW");
        AgbCode agb = new AgbCode("97600002");
        Jeugdige jeugdige = new Jeugdige(Startberichten.bsn(602), LocalDate.of(2011, 1, 9), "1", "Dijk", "P");
        UUID vot = ontvangEnVerwerk(aanbieder.verzoekOmToewijzing(jeugdige, "VOW-VOT", INGANG, EIND));
        compleet(jeugdige);
        ToegewezenProduct eerste = verzoeken.wijsToe(agb, "VOW-VOT").waarde().get(0);
        Berichtgegevens eersteJw301 = enigUitgaand(agb, "JW301");

        // The aanbieder asks to extend the toewijzing to the end of the year.
        UUID vow = ontvangEnVerwerk(aanbieder.verzoekOmWijziging(
                jeugdige,
                "VOW-1",
                List.of(),
                List.of(new Jw317.TeWijzigenProduct(
                        eerste.nummer().value(),
                        LocalDate.of(2026, 3, 9),
                        LocalDate.of(2026, 12, 31),
                        Aanbiederkant.TIEN_UUR_PER_WEEK,
                        null))));
        assertThat(retour(vow)).contains("jw318").doesNotContain("RetourCode");
        assertThat(werkitem("VOW-1").uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 9));

        List<ToegewezenProduct> na = verzoeken.wijsToe(agb, "VOW-1").waarde();
        assertThat(na).extracting(ToegewezenProduct::nummer).contains(eerste.nummer());
        List<Berichtgegevens> jw301s = uitgaand(agb, "JW301");
        assertThat(jw301s).hasSize(2);
        Berichtgegevens tweede = jw301s.stream()
                .filter(b -> !b.id().equals(eersteJw301.id()))
                .findFirst()
                .orElseThrow();
        String bericht = tekst(tweede.id());
        assertVoldoetAanXsd("jw301", opslag.inhoud(tweede.id()).orElseThrow());
        // IV066: the number stays, reden wijziging 12 after a verzoek om wijziging, with its referentie (TR379).
        assertThat(bericht)
                .contains("<jw301:ToewijzingNummer>" + eerste.nummer().value() + "<")
                .contains("<jw301:Einddatum>2026-12-31</jw301:Einddatum>")
                .contains("<jw301:RedenWijziging>12</jw301:RedenWijziging>")
                .contains("VOW-1");
        assertThat(vot).isNotNull();
    }

    @Test
    void afwijzenGeeftEenAntwoordberichtMetDeReden() throws Exception {
        Aanbiederkant aanbieder = aanbieder("97600003", "AFW");
        AgbCode agb = new AgbCode("97600003");
        Jeugdige jeugdige = new Jeugdige(Startberichten.bsn(603), LocalDate.of(2015, 7, 7), "0", "Mol", "K");
        ontvangEnVerwerk(aanbieder.verzoekOmToewijzing(jeugdige, "AFW-1", INGANG, EIND));

        verzoeken.wijsAf(agb, "AFW-1", RedenAfwijzingVerzoek.GEEN_CONTRACT).waarde();

        Berichtgegevens jw319 = enigUitgaand(agb, "JW319");
        assertVoldoetAanXsd("jw319", opslag.inhoud(jw319.id()).orElseThrow());
        assertThat(tekst(jw319.id()))
                .contains("<jw319:ReferentieAanbieder>AFW-1</jw319:ReferentieAanbieder>")
                .contains("<jw319:VerzoekAntwoord>1</jw319:VerzoekAntwoord>")
                .contains("<jw319:RedenAfwijzingVerzoek>3</jw319:RedenAfwijzingVerzoek>");
        assertThat(uitgaand(agb, "JW301")).isEmpty();

        // The aanbieder's JW320 with a retourcode sends the JW319 back, with the meaning of the code.
        ontvangEnVerwerk(aanbieder.retourOp(opslag.inhoud(jw319.id()).orElseThrow(), "8848"));
        Berichtgegevens teruggewezen = opslag.gegevens(jw319.id()).orElseThrow();
        assertThat(teruggewezen.status()).isEqualTo(Berichtstatus.TERUGGEWEZEN);
        assertThat(teruggewezen.bevindingen())
                .extracting(Berichtgegevens.Bevindingregel::retourcode)
                .containsExactly("8848");
    }

    @Test
    void inOnderzoekVerlengtDeTermijnTotAchtWekenEnDaarnaToewijzen() throws Exception {
        Aanbiederkant aanbieder = aanbieder("97600004", "OND");
        AgbCode agb = new AgbCode("97600004");
        Jeugdige jeugdige = new Jeugdige(Startberichten.bsn(604), LocalDate.of(2012, 2, 29), "2", "Kok", "A");
        ontvangEnVerwerk(aanbieder.verzoekOmToewijzing(jeugdige, "OND-1", INGANG, EIND));
        compleet(jeugdige);

        verzoeken.zetInOnderzoek(agb, "OND-1").waarde();

        Berichtgegevens jw319 = enigUitgaand(agb, "JW319");
        assertVoldoetAanXsd("jw319", opslag.inhoud(jw319.id()).orElseThrow());
        assertThat(tekst(jw319.id()))
                .contains("<jw319:VerzoekAntwoord>2</jw319:VerzoekAntwoord>")
                .doesNotContain("RedenAfwijzingVerzoek");
        assertThat(werkitem("OND-1").uiterlijk()).isEqualTo(LocalDate.of(2026, 4, 27));

        verzoeken.wijsToe(agb, "OND-1").waarde();
        assertThat(uitgaand(agb, "JW301")).hasSize(1);
    }

    @Test
    void woonplaatsbeginselNoemtDeVerantwoordelijkeGemeente() throws Exception {
        Aanbiederkant aanbieder = aanbieder("97600005", "WPB");
        AgbCode agb = new AgbCode("97600005");
        Jeugdige jeugdige = new Jeugdige(Startberichten.bsn(605), LocalDate.of(2010, 10, 10), "1", "Post", "J");
        ontvangEnVerwerk(aanbieder.verzoekOmToewijzing(jeugdige, "WPB-1", INGANG, EIND));

        verzoeken
                .verwijsNaarWoonplaatsgemeente(agb, "WPB-1", new GemeenteCode("0363"))
                .waarde();

        Berichtgegevens jw319 = enigUitgaand(agb, "JW319");
        assertVoldoetAanXsd("jw319", opslag.inhoud(jw319.id()).orElseThrow());
        assertThat(tekst(jw319.id()))
                .contains("<jw319:RedenAfwijzingVerzoek>8</jw319:RedenAfwijzingVerzoek>")
                .contains("<jw319:Gemeente>0363</jw319:Gemeente>");
    }

    @Test
    void verwijderingenEnCorrecties() throws Exception {
        Aanbiederkant aanbieder = aanbieder("97600006", "COR");
        AgbCode agb = new AgbCode("97600006");
        Jeugdige jeugdige = new Jeugdige(Startberichten.bsn(606), LocalDate.of(2014, 3, 3), "2", "Vos", "E");
        ontvangEnVerwerk(aanbieder.verzoekOmToewijzing(jeugdige, "COR-1", INGANG, EIND));
        compleet(jeugdige);
        ToegewezenProduct toegewezen = verzoeken.wijsToe(agb, "COR-1").waarde().get(0);
        long nummer = toegewezen.nummer().value();

        // A start, then its deletion (StatusAanlevering 3): both accepted, the levering is no longer started.
        assertThat(retour(ontvangEnVerwerk(aanbieder.start(jeugdige, nummer, INGANG, INGANG, "1"))))
                .doesNotContain("RetourCode");
        assertThat(retour(ontvangEnVerwerk(aanbieder.start(jeugdige, nummer, INGANG, INGANG, "3"))))
                .doesNotContain("RetourCode");
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, toegewezen.nummer()).status())
                .isEqualTo(Zorgtraject.Status.NIET_GESTART);
        // Deleting it again: there is nothing to delete (TR063, retourcode 9063 at the StartProduct).
        UUID nogmaals = ontvangEnVerwerk(aanbieder.start(jeugdige, nummer, INGANG, INGANG, "3"));
        assertThat(retour(nogmaals)).contains("<jw306:RetourCode>9063</jw306:RetourCode>");

        // The gemeente shortens the toewijzing, then removes it (reden 13): each change is a JW301 with the same
        // number, the reden and all actuele toewijzingen.
        toewijzingen
                .verkort(ENSCHEDE, toegewezen.nummer(), LocalDate.of(2026, 6, 30), RedenWijziging.vanCode("05"), false)
                .waarde();
        toewijzingen.verwijder(ENSCHEDE, toegewezen.nummer()).waarde();
        List<Berichtgegevens> jw301s = uitgaand(agb, "JW301");
        assertThat(jw301s).hasSize(3);
        String verwijderd = tekst(jw301s.get(0).id());
        assertVoldoetAanXsd("jw301", opslag.inhoud(jw301s.get(0).id()).orElseThrow());
        assertThat(verwijderd)
                .contains("<jw301:ToewijzingNummer>" + nummer + "<")
                .contains("<jw301:RedenWijziging>13</jw301:RedenWijziging>")
                .contains("<jw301:Einddatum>2026-02-02</jw301:Einddatum>");
        assertThat(tekst(jw301s.get(1).id())).contains("<jw301:RedenWijziging>05</jw301:RedenWijziging>");
    }

    @Test
    void eenRetourberichtZonderHeenberichtWordtApartGezet() {
        Aanbiederkant aanbieder = aanbieder("97600007", "LOS");
        Aanbiederkant ander = aanbieder("97600008", "AND");
        AgbCode agb = new AgbCode("97600008");
        Jeugdige jeugdige = new Jeugdige(Startberichten.bsn(607), LocalDate.of(2012, 8, 8), "1", "Berg", "T");
        ontvangEnVerwerk(ander.verzoekOmToewijzing(jeugdige, "LOS-1", INGANG, EIND));
        verzoeken.wijsAf(agb, "LOS-1", RedenAfwijzingVerzoek.STAPELING).waarde();
        byte[] jw319 = opslag.inhoud(enigUitgaand(agb, "JW319").id()).orElseThrow();

        // The JW319 went to 97600008; 97600007 answering it in its own name matches nothing the gemeente sent.
        byte[] vreemd = new String(aanbieder.retourOp(jw319, null), StandardCharsets.UTF_8)
                .replace("97600008", "97600007")
                .getBytes(StandardCharsets.UTF_8);
        UUID los = ontvangEnVerwerk(vreemd);
        assertThat(opslag.gegevens(los).orElseThrow().status()).isEqualTo(Berichtstatus.AFGEKEURD);
        assertThat(opslag.gegevens(los).orElseThrow().bevindingen())
                .extracting(Berichtgegevens.Bevindingregel::melding)
                .anySatisfy(m -> assertThat(m).contains("geen JW319"));
    }

    private Aanbiederkant aanbieder(String agb, String voorvoegsel) {
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, new AgbCode(agb), "Aanbieder " + voorvoegsel, "45A48", new Bedrag(TARIEF));
        return new Aanbiederkant(agb, ENSCHEDE.value(), voorvoegsel);
    }

    private void compleet(Jeugdige j) {
        clienten.legVast(
                ENSCHEDE,
                new Bsn(j.bsn()),
                new Persoonsgegevens(
                        j.geboren(),
                        null,
                        Geslacht.vanCode(j.geslacht()),
                        j.achternaam(),
                        null,
                        null,
                        null,
                        null,
                        j.voorletters(),
                        null,
                        new Persoonsgegevens.Adres("Hengelosestraat", 20, "a", null, "7514 AE", "Enschede")));
    }

    private UUID ontvangEnVerwerk(byte[] bericht) {
        Berichtenbus.Ontvangst ontvangst = bus.ontvang(bericht, Kanaal.MAP, null);
        verwerker.verwerkWachtende();
        return ontvangst.id();
    }

    private Werkitem werkitem(String referentie) {
        return verzoeken.werkvoorraad(Set.of(ENSCHEDE)).stream()
                .filter(w -> w.referentieAanbieder().equals(referentie))
                .findFirst()
                .orElseThrow();
    }

    /** The outgoing messages of a type to the aanbieder, newest first (by their Identificatie: the clock stands still). */
    private List<Berichtgegevens> uitgaand(AgbCode aanbieder, String type) {
        Resultaatpagina<Berichtgegevens> pagina = opslag.zoek(
                new Berichtfilter(Richting.UIT, type, null, aanbieder.value(), null, null, null),
                new Paginering(1, 100));
        return pagina.items().stream()
                .sorted(java.util.Comparator.comparingLong((Berichtgegevens b) ->
                                Long.parseLong(b.identificatie().substring(2)))
                        .reversed())
                .toList();
    }

    private Berichtgegevens enigUitgaand(AgbCode aanbieder, String type) {
        List<Berichtgegevens> lijst = uitgaand(aanbieder, type);
        assertThat(lijst).hasSize(1);
        return lijst.get(0);
    }

    private boolean wachtend(ToegewezenProduct t) {
        return jdbc.sql("select count(*) from berichtenverkeer.wachtend_toewijzingsbericht where toewijzingnummer = :n")
                        .param("n", t.nummer().value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private String retour(UUID heenbericht) {
        return tekst(opslag.retourVan(heenbericht).orElseThrow().id());
    }

    private String tekst(UUID id) {
        return new String(opslag.inhoud(id).orElseThrow(), StandardCharsets.UTF_8);
    }

    private static void assertVoldoetAanXsd(String bericht, byte[] inhoud) throws Exception {
        Specificatie.schema(bericht).newValidator().validate(new StreamSource(new ByteArrayInputStream(inhoud)));
    }
}
