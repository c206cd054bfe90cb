package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.kern.Bsn;

/** Test fixture: valid JW323 declaraties of any size (also used by the benchmark). */
public final class Declaraties {

    private Declaraties() {}

    /** A declaratie for January 2026 with {@code clienten × prestaties} prestaties of 50 euro debet. */
    public static Bericht jw323(int clienten, int prestatiesPerClient) {
        List<Element> clientElementen = new ArrayList<>();
        Clienten reeks = new Clienten(prestatiesPerClient);
        for (int c = 0; c < clienten; c++) {
            clientElementen.add(reeks.volgende());
        }
        long totaal = 5000L * clienten * prestatiesPerClient;
        return new Bericht(
                BerichtType.JW323,
                Element.of(
                        "Bericht",
                        header("490", "12345678", "0384"),
                        Element.of(
                                "Declaratie",
                                Element.of("DeclaratieNummer", "DN2026001"),
                                periode("DeclaratiePeriode", "2026-01-01", "2026-01-31"),
                                Element.of("DeclaratieDagtekening", "2026-02-10"),
                                Element.of(
                                        "TotaalIngediendBedrag",
                                        Element.of("TotaalBedrag", String.valueOf(totaal)),
                                        Element.of("DebetCredit", "D")),
                                Element.of("Clienten", clientElementen))));
    }

    /**
     * The same declaratie as {@link #jw323}, written piece by piece with the streaming writer: one
     * client at a time in memory.
     */
    public static void schrijf(int clienten, int prestatiesPerClient, java.io.OutputStream out)
            throws java.io.IOException {
        Element volledig = jw323(1, 1).element();
        Element declaratie = volledig.child("Declaratie");
        long totaal = 5000L * clienten * prestatiesPerClient;
        try (BerichtSchrijver schrijver = BerichtSchrijver.open(BerichtType.JW323, out)) {
            schrijver.schrijf(volledig.child("Header")).open("Declaratie");
            schrijver.schrijf(declaratie.child("DeclaratieNummer"));
            schrijver.schrijf(declaratie.child("DeclaratiePeriode"));
            schrijver.schrijf(declaratie.child("DeclaratieDagtekening"));
            schrijver.schrijf(Element.of(
                    "TotaalIngediendBedrag",
                    Element.of("TotaalBedrag", String.valueOf(totaal)),
                    Element.of("DebetCredit", "D")));
            schrijver.open("Clienten");
            Clienten reeks = new Clienten(prestatiesPerClient);
            for (int c = 0; c < clienten; c++) {
                schrijver.schrijf(reeks.volgende());
            }
        }
    }

    /** Clients one after another, each with its own valid BSN and unique references. */
    private static final class Clienten {
        private final int prestatiesPerClient;
        private int referentie;
        private int bsn = 100_000_000;

        Clienten(int prestatiesPerClient) {
            this.prestatiesPerClient = prestatiesPerClient;
        }

        Element volgende() {
            while (!Bsn.voldoetAanElfproef(String.valueOf(bsn))) {
                bsn++;
            }
            List<Element> prestaties = new ArrayList<>();
            for (int p = 0; p < prestatiesPerClient; p++) {
                referentie++;
                prestaties.add(prestatie("R" + referentie, String.valueOf(10_000 + referentie), 5000, "D"));
            }
            return Element.of("Client", Element.of("Bsn", String.valueOf(bsn++)), Element.of("Prestaties", prestaties));
        }
    }

    public static Element prestatie(String referentie, String toewijzing, long bedrag, String debetCredit) {
        return Element.of(
                "Prestatie",
                Element.of(
                        "ProductReferentie",
                        Element.of("ReferentieNummer", referentie),
                        debetCredit.equals("C") ? Element.of("VorigReferentieNummer", "V" + referentie) : null),
                Element.of("ToewijzingNummer", toewijzing),
                Element.of("ProductCategorie", "45"),
                Element.of("ProductCode", "45A03"),
                periode("ProductPeriode", "2026-01-01", "2026-01-31"),
                Element.of("GeleverdVolume", "4"),
                Element.of("Eenheid", "04"),
                Element.of("ProductTarief", "1250"),
                Element.of(
                        "IngediendBedrag",
                        Element.of("Bedrag", String.valueOf(bedrag)),
                        Element.of("DebetCredit", debetCredit)));
    }

    static Element header(String code, String afzender, String ontvanger) {
        return Element.of(
                "Header",
                Element.of("BerichtCode", code),
                Element.of("BerichtVersie", "3"),
                Element.of("BerichtSubversie", "2"),
                Element.of("Afzender", afzender),
                Element.of("Ontvanger", ontvanger),
                Element.of(
                        "BerichtIdentificatie",
                        Element.of("Identificatie", "D2026-0001"),
                        Element.of("Dagtekening", "2026-02-10")),
                Element.of(
                        "XsdVersie",
                        Element.of("BasisschemaXsdVersie", "1.0.0"),
                        Element.of("BerichtXsdVersie", "1.0.0")));
    }

    private static Element periode(String name, String begin, String eind) {
        return Element.of(name, Element.of("Begindatum", begin), Element.of("Einddatum", eind));
    }
}
