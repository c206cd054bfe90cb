package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.jeugdregie.berichtenverkeer.Aanbiederkant.Jeugdige;
import nl.jeugdregie.berichtenverkeer.Aanbiederkant.Maand;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens.Bevindingregel;
import nl.jeugdregie.ijw.Jw317;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.jeugdige.Persoonsregistratie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
import nl.jeugdregie.toewijzing.Zorgtraject;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One aanbieder never reaches another's data through a message. For every processing path of a received message
 * (JW305 and JW307 with StatusAanlevering 1, 2 and 3, JW315, JW317, JW323 and the retourberichten JW302 and JW320)
 * aanbieder B tries it on what aanbieder A was given and sent, is refused with the official retourcode, and A's data
 * stays exactly as it was. A message naming A's toewijzing or outgoing message with another client is refused too.
 */
class AanbiederscheidingTests extends BerichtenverkeerContext {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final AgbCode A = new AgbCode("97800001");
    static final AgbCode B = new AgbCode("97800002");
    static final LocalDate INGANG = LocalDate.of(2026, 2, 2);
    static final LocalDate EIND = LocalDate.of(2026, 8, 31);
    static final LocalDate STOP = LocalDate.of(2026, 2, 27);
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    ZorgtrajectService zorgtrajecten;

    @Autowired
    ClientService clienten;

    /** What A was given and sent for one jeugdige, and the side of B; every case starts from its own. */
    record Stand(
            Aanbiederkant a,
            Aanbiederkant b,
            Jeugdige jeugdige,
            Jeugdige andere,
            long toewijzing,
            byte[] jw301,
            byte[] jw319,
            UUID jw301Id,
            UUID jw319Id) {}

    /** Everything of A's that a message of B could change. */
    record Momentopname(
            Zorgtraject traject,
            int versies,
            List<String> verzoekenVanA,
            Berichtstatus jw301,
            Berichtstatus jw319,
            Persoonsregistratie registratie,
            long goedgekeurdePrestaties) {}

    enum Poging {
        START_DOOR_B(false, "TR019", "9019", s -> s.b().start(s.jeugdige(), s.toewijzing(), INGANG, INGANG, "1")),
        // StatusAanlevering 2 does not exist for starts and stops (CS058): refused before any toewijzing is read.
        START_GEWIJZIGD_DOOR_B(
                false, "CS058", "0001", s -> s.b().start(s.jeugdige(), s.toewijzing(), INGANG, INGANG, "2")),
        START_VERWIJDERD_DOOR_B(
                false, "TR063", "9063", s -> s.b().start(s.jeugdige(), s.toewijzing(), INGANG, INGANG, "3")),
        START_VERWIJDERD_VOOR_ANDERE_CLIENT(
                false, "TR063", "9063", s -> s.a().start(s.andere(), s.toewijzing(), INGANG, INGANG, "3")),
        STOP_DOOR_B(
                false, "TR019", "9019", s -> s.b().stop(s.jeugdige(), s.toewijzing(), INGANG, INGANG, "31", STOP, "1")),
        STOP_GEWIJZIGD_DOOR_B(
                true, "CS058", "0001", s -> s.b().stop(s.jeugdige(), s.toewijzing(), INGANG, INGANG, "31", STOP, "2")),
        STOP_VERWIJDERD_DOOR_B(
                true, "TR063", "9063", s -> s.b().stop(s.jeugdige(), s.toewijzing(), INGANG, INGANG, "31", STOP, "3")),
        STOP_VERWIJDERD_VOOR_ANDERE_CLIENT(
                true, "TR063", "9063", s -> s.a().stop(s.andere(), s.toewijzing(), INGANG, INGANG, "31", STOP, "3")),
        VERZOEK_OM_WIJZIGING_DOOR_B(
                false,
                "TR304",
                "8187",
                s -> s.b().verzoekOmWijziging(
                                s.jeugdige(),
                                "W" + s.toewijzing(),
                                List.of(),
                                List.of(new Jw317.TeWijzigenProduct(
                                        s.toewijzing(),
                                        LocalDate.of(2026, 3, 9),
                                        LocalDate.of(2026, 12, 31),
                                        Aanbiederkant.TIEN_UUR_PER_WEEK,
                                        null)))),
        // B may ask a toewijzing for any jeugdige; that is B's own verzoek and leaves A's as it was.
        VERZOEK_OM_TOEWIJZING_DOOR_B(
                false, null, null, s -> s.b().verzoekOmToewijzing(s.jeugdige(), "T" + s.toewijzing(), INGANG, EIND)),
        DECLARATIE_DOOR_B(
                false,
                "TR338",
                "9338",
                s -> s.b().declaratie(
                                s.jeugdige(),
                                s.toewijzing(),
                                8400,
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 2, 28),
                                List.of(new Maand("P" + s.toewijzing(), INGANG, LocalDate.of(2026, 2, 28), 4)))),
        JW302_DOOR_B(false, "IV028", "", s -> alsB(s.b().retourOp(s.jw301(), null))),
        JW302_VOOR_ANDERE_CLIENT(
                false,
                "IV028",
                "",
                s -> vervang(
                        s.a().retourOp(s.jw301(), "/Bericht/Client", "0200"),
                        s.jeugdige().bsn(),
                        s.andere().bsn())),
        JW320_DOOR_B(false, "IV028", "", s -> alsB(s.b().retourOp(s.jw319(), null)));

        final boolean aGestopt;
        final String regel;
        final String retourcode;
        final Function<Stand, byte[]> bericht;

        Poging(boolean aGestopt, String regel, String retourcode, Function<Stand, byte[]> bericht) {
            this.aGestopt = aGestopt;
            this.regel = regel;
            this.retourcode = retourcode;
            this.bericht = bericht;
        }
    }

    @ParameterizedTest
    @EnumSource(Poging.class)
    void anotherAanbiederOrClientIsRefusedAndChangesNothing(Poging poging) {
        Stand stand = stand(poging.aGestopt);
        Momentopname voor = momentopname(stand);

        UUID id = ontvangEnVerwerk(poging.bericht.apply(stand));

        Berichtgegevens verwerkt = opslag.gegevens(id).orElseThrow();
        if (poging.regel == null) {
            assertThat(verwerkt.bevindingen()).isEmpty();
        } else {
            assertThat(verwerkt.bevindingen())
                    .extracting(Bevindingregel::regel, Bevindingregel::retourcode)
                    .contains(tuple(poging.regel, poging.retourcode));
            // The explanation never names what another aanbieder was given.
            assertThat(verwerkt.bevindingen())
                    .extracting(Bevindingregel::melding)
                    .noneSatisfy(m -> assertThat(m).contains("andere aanbieder"));
        }
        assertThat(momentopname(stand)).isEqualTo(voor);
    }

    private Stand stand(boolean gestopt) {
        int n = VOLGNUMMER.incrementAndGet();
        Aanbiederkant a = new Aanbiederkant(A.value(), ENSCHEDE.value(), "SA" + n);
        Aanbiederkant b = new Aanbiederkant(B.value(), ENSCHEDE.value(), "SB" + n);
        Jeugdige jeugdige = new Jeugdige(Startberichten.bsn(800 + n), LocalDate.of(2013, 4, 4), "2", "Aal", "Z");
        Jeugdige andere = new Jeugdige(Startberichten.bsn(900 + n), LocalDate.of(2012, 1, 1), "1", "Eik", "Y");
        String referentie = "SA" + n + "-VOT";
        ontvangEnVerwerk(a.verzoekOmToewijzing(jeugdige, referentie, INGANG, EIND));
        verzoeken.zetInOnderzoek(A, referentie).waarde();
        clienten.legVast(
                ENSCHEDE,
                new Bsn(jeugdige.bsn()),
                new Persoonsgegevens(
                        jeugdige.geboren(),
                        null,
                        Geslacht.vanCode(jeugdige.geslacht()),
                        jeugdige.achternaam(),
                        null,
                        null,
                        null,
                        null,
                        jeugdige.voorletters(),
                        null,
                        new Persoonsgegevens.Adres("Oude Markt", 2, null, null, "7511GA", "Enschede")));
        ToegewezenProduct toewijzing = verzoeken.wijsToe(A, referentie).waarde().get(0);
        long nummer = toewijzing.nummer().value();
        assertThat(bevindingen(ontvangEnVerwerk(a.start(jeugdige, nummer, INGANG, INGANG, "1"))))
                .isEmpty();
        if (gestopt) {
            assertThat(bevindingen(ontvangEnVerwerk(a.stop(jeugdige, nummer, INGANG, INGANG, "31", STOP, "1"))))
                    .isEmpty();
        }
        UUID jw301 = uitgaand("JW301", jeugdige.bsn());
        UUID jw319 = uitgaand("JW319", referentie);
        return new Stand(
                a,
                b,
                jeugdige,
                andere,
                nummer,
                opslag.inhoud(jw301).orElseThrow(),
                opslag.inhoud(jw319).orElseThrow(),
                jw301,
                jw319);
    }

    private Momentopname momentopname(Stand s) {
        Bsn client = new Bsn(s.jeugdige().bsn());
        ToegewezenProduct toewijzing = toewijzingen.vanClient(ENSCHEDE, client).get(0);
        return new Momentopname(
                zorgtrajecten.zorgtraject(ENSCHEDE, toewijzing.nummer()),
                toewijzingen.versies(ENSCHEDE, toewijzing.nummer()).size(),
                verzoeken.verzoekenVanClient(ENSCHEDE, client).stream()
                        .filter(w -> w.aanbieder().equals(A))
                        .map(Werkitem::toString)
                        .toList(),
                opslag.gegevens(s.jw301Id()).orElseThrow().status(),
                opslag.gegevens(s.jw319Id()).orElseThrow().status(),
                clienten.gegevens(ENSCHEDE, client).orElseThrow(),
                jdbc.sql("""
                                select count(*) from declaratie.prestatie
                                where gemeente = '0153' and toewijzingnummer = :nummer and goedgekeurd""").param("nummer", s.toewijzing()).query(Long.class).single());
    }

    private UUID ontvangEnVerwerk(byte[] bericht) {
        Berichtenbus.Ontvangst ontvangst = bus.ontvang(bericht, Kanaal.MAP, null);
        verwerker.verwerkWachtende();
        return ontvangst.id();
    }

    private List<Bevindingregel> bevindingen(UUID id) {
        return opslag.gegevens(id).orElseThrow().bevindingen();
    }

    /** The one outgoing message of this type to A whose content mentions {@code kenmerk}. */
    private UUID uitgaand(String type, String kenmerk) {
        return jdbc.sql("""
                        select id from berichtenverkeer.bericht where richting = 'UIT' and berichttype = :type
                        and ontvanger = :aanbieder and convert_from(inhoud, 'UTF8') like :kenmerk""")
                .param("type", type)
                .param("aanbieder", A.value())
                .param("kenmerk", "%" + kenmerk + "%")
                .query(UUID.class)
                .single();
    }

    /** A retourbericht as B would send it on a message the gemeente sent to A. */
    private static byte[] alsB(byte[] retour) {
        return vervang(retour, A.value(), B.value());
    }

    private static byte[] vervang(byte[] bericht, String wat, String door) {
        return new String(bericht, StandardCharsets.UTF_8).replace(wat, door).getBytes(StandardCharsets.UTF_8);
    }
}
