package nl.jeugdregie.demoregio;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.IjwBericht;
import nl.jeugdregie.ijw.Jw305;
import nl.jeugdregie.ijw.Jw307;
import nl.jeugdregie.ijw.Jw315;
import nl.jeugdregie.ijw.Jw323;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The messages an aanbieder's software sends to the gemeente, as iJw 3.2 XML built with the typed model of {@code
 * ijw}: JW315, JW305, JW307 (one client each, as the standard has it) and the monthly JW323 with every client of the
 * aanbieder in that gemeente.
 */
final class Berichtmaker {

    private Berichtmaker() {}

    /** A client as the aanbieder names it in a message. */
    record Client(
            String bsn, LocalDate geboren, String geslacht, String achternaam, String voorvoegsel, String voorletters) {

        static Client van(Demoregioplan.Casus casus) {
            Demoregioplan.Persoon p = casus.persoon();
            return new Client(
                    casus.bsn().value(),
                    p.geboortedatum(),
                    p.geslacht().code(),
                    p.achternaam(),
                    p.voorvoegsel(),
                    p.voorletters());
        }

        Basistypen.VerkorteNaam naam() {
            return new Basistypen.VerkorteNaam(new Basistypen.Achternaam(achternaam, voorvoegsel), null, voorletters);
        }

        Basistypen.Geboortedatum geboortedatum() {
            return new Basistypen.Geboortedatum(geboren, null);
        }
    }

    /** Who sends what to whom, when, under which identification. */
    record Afzending(AgbCode aanbieder, GemeenteCode gemeente, String identificatie, LocalDate dagtekening) {

        Header header(String berichtcode) {
            return new Header(
                    berichtcode,
                    3L,
                    2L,
                    aanbieder.value(),
                    gemeente.value(),
                    new Basistypen.BerichtIdentificatie(identificatie, dagtekening),
                    new Basistypen.XsdVersie("1.0.0", "1.0.0"));
        }
    }

    static byte[] verzoekOmToewijzing(
            Afzending afzending,
            Client client,
            Demoregioplan.Traject traject,
            Herkomst herkomst,
            String verwijzerCode) {
        Demoregioplan.Aanbod aanbod = traject.aanbod();
        String type = herkomst.verwijzertype();
        boolean metCode = List.of("02", "03", "05").contains(type);
        Basistypen.Verwijzer verwijzer = new Basistypen.Verwijzer(
                type,
                metCode ? null : herkomst == Herkomst.RECHTER ? "Rechtbank Overijssel" : "Jeugdbescherming Overijssel",
                metCode ? verwijzerCode : null);
        return bytes(new Jw315(
                afzending.header("446"),
                new Jw315.Client(
                        client.bsn(),
                        client.geboortedatum(),
                        client.geslacht(),
                        client.naam(),
                        null,
                        null,
                        List.of(new Jw315.AangevraagdProduct(
                                traject.sleutel(),
                                null,
                                product(aanbod),
                                null,
                                traject.besluit(),
                                traject.eind(),
                                omvang(aanbod),
                                null,
                                verwijzer,
                                null,
                                null)))));
    }

    static byte[] start(Afzending afzending, Client client, Demoregioplan.Traject traject, long toewijzing) {
        return bytes(new Jw305(
                afzending.header("438"),
                new Jw305.Client(
                        client.bsn(),
                        client.geboortedatum(),
                        client.geslacht(),
                        client.naam(),
                        List.of(new Jw305.StartProduct(
                                toewijzing, product(traject.aanbod()), traject.besluit(), traject.start(), "1")))));
    }

    static byte[] stop(Afzending afzending, Client client, Demoregioplan.Traject traject, long toewijzing) {
        return bytes(new Jw307(
                afzending.header("440"),
                new Jw307.Client(
                        client.bsn(),
                        client.geboortedatum(),
                        client.geslacht(),
                        client.naam(),
                        List.of(new Jw307.StopProduct(
                                toewijzing,
                                product(traject.aanbod()),
                                traject.besluit(),
                                traject.start(),
                                traject.reden().code(),
                                traject.stop(),
                                "1")))));
    }

    /** One line of a declaratie: what was delivered to a client in a part of the month, at the tarief. */
    record Prestatieregel(
            String bsn,
            String referentie,
            long toewijzing,
            Demoregioplan.Aanbod aanbod,
            LocalDate van,
            LocalDate tot,
            long volume,
            long tarief) {

        long bedrag() {
            return volume * tarief;
        }
    }

    static byte[] declaratie(
            Afzending afzending, String nummer, LocalDate van, LocalDate tot, List<Prestatieregel> regels) {
        List<Jw323.Client> clienten = regels.stream()
                .map(Prestatieregel::bsn)
                .distinct()
                .map(bsn -> new Jw323.Client(
                        bsn,
                        regels.stream()
                                .filter(r -> r.bsn().equals(bsn))
                                .map(r -> new Jw323.Prestatie(
                                        new Basistypen.Referentie(r.referentie(), null),
                                        r.toewijzing(),
                                        r.aanbod().code().substring(0, 2),
                                        r.aanbod().code(),
                                        new Basistypen.GeslotenPeriode(r.van(), r.tot()),
                                        r.volume(),
                                        r.aanbod().eenheid().code(),
                                        r.tarief(),
                                        new Basistypen.BedragMetDC(r.bedrag(), "D")))
                                .toList()))
                .toList();
        long totaal = regels.stream().mapToLong(Prestatieregel::bedrag).sum();
        return bytes(new Jw323(
                afzending.header("490"),
                new Jw323.Declaratie(
                        nummer,
                        new Basistypen.GeslotenPeriode(van, tot),
                        afzending.dagtekening(),
                        new Basistypen.TotaalBedragMetDC(totaal, "D"),
                        clienten)));
    }

    private static Basistypen.Product product(Demoregioplan.Aanbod aanbod) {
        return new Basistypen.Product(aanbod.code().substring(0, 2), aanbod.code());
    }

    private static Basistypen.Omvang omvang(Demoregioplan.Aanbod aanbod) {
        return new Basistypen.Omvang(
                aanbod.volume(), aanbod.eenheid().code(), aanbod.frequentie().code());
    }

    private static byte[] bytes(IjwBericht model) {
        return BerichtSchrijver.bytes(Berichtmodel.bericht(model));
    }
}
