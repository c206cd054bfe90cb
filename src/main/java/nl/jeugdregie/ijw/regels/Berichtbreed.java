package nl.jeugdregie.ijw.regels;

import static nl.jeugdregie.ijw.regels.Waarden.bedragMetTeken;
import static nl.jeugdregie.ijw.regels.Waarden.datum;
import static nl.jeugdregie.ijw.regels.Waarden.is;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtcontrole;
import nl.jeugdregie.ijw.Bevinding;
import nl.jeugdregie.ijw.Element;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;

/**
 * Rules that compare berichtklassen within one message. They keep only small keys, never the
 * classes themselves, so memory stays small while a message streams.
 */
final class Berichtbreed {

    private Berichtbreed() {}

    static List<Berichtcontrole> voor(BerichtType bericht) {
        List<Berichtcontrole> controles = new ArrayList<>();
        controles.add(new DubbeleRegels());
        switch (bericht) {
            case JW301 -> {
                controles.add(new Overlap("TR302", "ToegewezenProduct", "Ingangsdatum", "Einddatum", true));
                controles.add(new Verblijfadres());
            }
            case JW315 -> {
                controles.add(new Overlap(
                        "TR386", "AangevraagdProduct", "ToewijzingIngangsdatum", "ToewijzingEinddatum", false));
                controles.add(new UniekeReferentieAanbieder());
            }
            case JW317 ->
                controles.add(new Overlap("TR410", "NieuwProduct", "GewensteIngangsdatum", "Einddatum", false));
            case JW323 -> {
                controles.add(new Referenties());
                controles.add(new Totaal323());
            }
            case JW325 -> controles.add(new Totaal325());
            default -> {
                // no rules across classes
            }
        }
        return controles;
    }

    /** A finding on a class, named as the aanbieder knows it before the explanation. */
    private static Bevinding fout(
            String code, String retourcode, int niveau, String pad, Berichtcontrole.Klasse k, String uitleg) {
        return new Bevinding(code, retourcode, pad, k.melding(uitleg), niveau);
    }

    /**
     * TR101: no duplicate berichtklassen. The logical key of each class (the key elements of
     * bronnen/regels/condities-constraints) is unique below the same parent class; siblings come one
     * after another, so only the keys of the current parent are kept.
     */
    static final class DubbeleRegels implements Berichtcontrole {

        private static final Map<BerichtType, Map<String, List<String>>> SLEUTELS = Map.of(
                BerichtType.JW301,
                        Map.of(
                                "Client", List.of("Bsn"),
                                "Contact", List.of("Soort"),
                                "Relatie", List.of("Nummer"),
                                "ToegewezenProduct", List.of("ToewijzingNummer")),
                BerichtType.JW305,
                        Map.of(
                                "Client",
                                List.of("Bsn"),
                                "StartProduct",
                                List.of("ToewijzingNummer", "Product", "Begindatum")),
                BerichtType.JW307,
                        Map.of(
                                "Client",
                                List.of("Bsn"),
                                "StopProduct",
                                List.of("ToewijzingNummer", "Product", "Begindatum", "Einddatum", "RedenBeeindiging")),
                BerichtType.JW315,
                        Map.of("Client", List.of("Bsn"), "AangevraagdProduct", List.of("ReferentieAanbieder")),
                BerichtType.JW317,
                        Map.of(
                                "Client", List.of("Bsn"),
                                "Verzoek", List.of("ReferentieAanbieder"),
                                "OngewijzigdProduct", List.of("ToewijzingNummer"),
                                "TeWijzigenProduct", List.of("ToewijzingNummer"),
                                "NieuwProduct", List.of("Product", "GewensteIngangsdatum")),
                BerichtType.JW323,
                        Map.of(
                                "Client", List.of("Bsn"),
                                "Declaratie", List.of("DeclaratieNummer"),
                                "Prestatie", List.of("ProductReferentie")),
                BerichtType.JW325,
                        Map.of(
                                "Client", List.of("Bsn"),
                                "DeclaratieAntwoord", List.of("DeclaratieNummer"),
                                "Prestatie", List.of("ProductReferentie")));

        private final Map<String, String> huidigeOuder = new HashMap<>();
        private final Map<String, Set<List<Element>>> gezien = new HashMap<>();

        @Override
        public void bekijk(Klasse klasse, List<Bevinding> uit) {
            List<String> elementen =
                    SLEUTELS.getOrDefault(klasse.bericht(), Map.of()).get(klasse.naam());
            if (elementen == null) {
                return;
            }
            String pad = klasse.pad();
            String ouder = huidigeOuder.get(klasse.naam());
            int slash = pad.lastIndexOf('/');
            if (ouder == null || ouder.length() != slash || !pad.startsWith(ouder)) {
                huidigeOuder.put(klasse.naam(), pad.substring(0, slash));
                gezien.put(klasse.naam(), new HashSet<>());
            }
            List<Element> sleutel = new ArrayList<>(elementen.size());
            for (String element : elementen) {
                sleutel.add(klasse.element().child(element));
            }
            if (!gezien.get(klasse.naam()).add(sleutel)) {
                uit.add(fout(
                        "TR101",
                        "0001",
                        2,
                        klasse.pad(),
                        klasse,
                        "Komt dubbel voor in het bericht (zelfde " + String.join(", ", elementen) + ")"));
            }
        }
    }

    /** TR302, TR386, TR410: the same product only more than once when the periods do not overlap. */
    static final class Overlap implements Berichtcontrole {
        private record Periode(String aanduiding, String categorie, String code, LocalDate begin, LocalDate eind) {}

        private final String code;
        private final String klasse;
        private final String begin;
        private final String eind;
        private final boolean zonderVerwijderde;
        private final List<Periode> gezien = new ArrayList<>();

        Overlap(String code, String klasse, String begin, String eind, boolean zonderVerwijderde) {
            this.code = code;
            this.klasse = klasse;
            this.begin = begin;
            this.eind = eind;
            this.zonderVerwijderde = zonderVerwijderde;
        }

        @Override
        public void bekijk(Klasse k, List<Bevinding> uit) {
            if (!k.naam().equals(klasse)) {
                return;
            }
            Element e = k.element();
            LocalDate van = datum(e, begin);
            LocalDate tot = datum(e, eind);
            if (van == null || (tot == null && e.text(eind) != null)) {
                return;
            }
            if (zonderVerwijderde && van.equals(tot) && is(e, "RedenWijziging", "13", "01")) {
                return;
            }
            Periode nieuw =
                    new Periode(k.aanduidingInZin(), e.text("Product/Categorie"), e.text("Product/Code"), van, tot);
            for (Periode eerder : gezien) {
                if (zelfdeProduct(eerder, nieuw) && overlapt(eerder, nieuw)) {
                    uit.add(fout(
                            code,
                            "0001",
                            2,
                            k.pad(),
                            k,
                            "De periode " + Notatie.periode(nieuw.begin(), nieuw.eind())
                                    + " overlapt met die van hetzelfde product in " + eerder.aanduiding() + " ("
                                    + Notatie.periode(eerder.begin(), eerder.eind()) + ")"));
                    break;
                }
            }
            gezien.add(nieuw);
        }

        private static boolean zelfdeProduct(Periode a, Periode b) {
            if (a.categorie() == null || b.categorie() == null) {
                return true;
            }
            return a.categorie().equals(b.categorie())
                    && (a.code() == null || b.code() == null || a.code().equals(b.code()));
        }

        private static boolean overlapt(Periode a, Periode b) {
            return (a.eind() == null || !a.eind().isBefore(b.begin()))
                    && (b.eind() == null || !b.eind().isBefore(a.begin()));
        }
    }

    /** TR061: a client has at least one address of soort 01, 02 or 03. */
    static final class Verblijfadres implements Berichtcontrole {
        private boolean gevonden;

        @Override
        public void bekijk(Klasse k, List<Bevinding> uit) {
            if (k.naam().equals("Contact")
                    && k.pad().contains("/Contactgegevens/")
                    && is(k.element(), "Soort", "01", "02", "03")) {
                gevonden = true;
            } else if (k.naam().equals("Client")) {
                if (!gevonden) {
                    uit.add(fout(
                            "TR061",
                            "0001",
                            2,
                            k.pad() + "/Contactgegevens",
                            k,
                            "De cliënt heeft geen adres van soort 01 (BRP), 02 (correspondentie) of 03 (verblijf)"));
                }
                gevonden = false;
            }
        }
    }

    /** TR383: ReferentieAanbieder is unique for each AangevraagdProduct in the message. */
    static final class UniekeReferentieAanbieder implements Berichtcontrole {
        private final Set<String> gezien = new HashSet<>();

        @Override
        public void bekijk(Klasse k, List<Bevinding> uit) {
            String referentie = k.text("ReferentieAanbieder");
            if (k.naam().equals("AangevraagdProduct") && referentie != null && !gezien.add(referentie)) {
                uit.add(fout(
                        "TR383",
                        "0001",
                        2,
                        k.pad() + "/ReferentieAanbieder",
                        k,
                        "ReferentieAanbieder komt vaker voor in dit bericht"));
            }
        }
    }

    /**
     * TR314 (level 3, decidable within the message), TR315, TR316 and TR416 on the references and debet
     * lines of the prestaties of a declaratie.
     */
    static final class Referenties implements Berichtcontrole {
        private final Set<String> referenties = new HashSet<>(1 << 15);
        /** A credit prestatie: its path and the finding TR316 gives when it credits a debet of this message. */
        private record Credit(String pad, String melding) {}

        private final Map<String, Credit> vorige = new HashMap<>();
        private final Set<String> debet = new HashSet<>(1 << 15);

        @Override
        public void bekijk(Klasse k, List<Bevinding> uit) {
            if (!k.naam().equals("Prestatie")) {
                return;
            }
            Element p = k.element();
            String referentie = p.text("ProductReferentie/ReferentieNummer");
            if (referentie != null && !referenties.add(referentie)) {
                uit.add(fout(
                        "TR314",
                        "8021",
                        3,
                        k.pad() + "/ProductReferentie/ReferentieNummer",
                        k,
                        "ReferentieNummer '" + referentie + "' komt vaker voor in dit bericht"));
            }
            String vorig = p.text("ProductReferentie/VorigReferentieNummer");
            if (vorig != null && vorige.containsKey(vorig)) {
                uit.add(fout(
                        "TR315",
                        "0001",
                        2,
                        k.pad() + "/ProductReferentie/VorigReferentieNummer",
                        k,
                        "VorigReferentieNummer '" + vorig + "' komt vaker voor in dit bericht"));
            } else if (vorig != null) {
                vorige.put(
                        vorig,
                        new Credit(
                                k.pad(),
                                k.melding("Crediteert prestatie '" + vorig
                                        + "', die in hetzelfde bericht als debet staat; een debet en zijn credit gaan in verschillende"
                                        + " berichten")));
            }
            if (is(p, "IngediendBedrag/DebetCredit", "D")) {
                String sleutel = p.text("ToewijzingNummer")
                        + '|'
                        + p.text("ProductPeriode/Begindatum")
                        + '|'
                        + p.text("ProductPeriode/Einddatum")
                        + '|'
                        + p.text("ProductCategorie")
                        + '|'
                        + p.text("ProductCode");
                if (!debet.add(sleutel)) {
                    uit.add(fout(
                            "TR416",
                            "0001",
                            2,
                            k.pad(),
                            k,
                            "Er is al een debetprestatie voor dezelfde toewijzing, periode en product in dit bericht"));
                }
            }
        }

        @Override
        public void afronden(BerichtType bericht, List<Bevinding> uit) {
            vorige.forEach((vorig, credit) -> {
                if (referenties.contains(vorig)) {
                    uit.add(new Bevinding(
                            "TR316",
                            "0001",
                            credit.pad() + "/ProductReferentie/VorigReferentieNummer",
                            credit.melding(),
                            2));
                }
            });
        }
    }

    /** An amount of the message (eurocent) in euros: "€ 580,00". */
    private static String bedrag(long eurocent) {
        return new Bedrag(eurocent).format();
    }

    /** Sums the IngediendBedrag of the prestaties, debet positive and credit negative. */
    abstract static class Som implements Berichtcontrole {
        long som;
        boolean onleesbaar;

        void telOp(Klasse k) {
            if (k.naam().equals("Prestatie")) {
                Long bedrag = bedragMetTeken(k.element(), "IngediendBedrag/Bedrag", "IngediendBedrag/DebetCredit");
                if (bedrag == null) {
                    onleesbaar = true;
                } else {
                    som += bedrag;
                }
            }
        }
    }

    /** TR358: TotaalIngediendBedrag equals the sum of the prestaties. */
    static final class Totaal323 extends Som {
        @Override
        public void bekijk(Klasse k, List<Bevinding> uit) {
            telOp(k);
            if (k.naam().equals("Declaratie") && !onleesbaar) {
                Long totaal = bedragMetTeken(
                        k.element(), "TotaalIngediendBedrag/TotaalBedrag", "TotaalIngediendBedrag/DebetCredit");
                if (totaal != null && totaal != som) {
                    uit.add(fout(
                            "TR358",
                            "0001",
                            2,
                            k.pad() + "/TotaalIngediendBedrag",
                            k,
                            "TotaalIngediendBedrag is " + bedrag(totaal)
                                    + ", maar de ingediende bedragen van de prestaties zijn samen " + bedrag(som)
                                    + " (debet min credit; verschil " + bedrag(totaal - som) + ")"));
                }
            }
        }
    }

    /**
     * TR342: only rejected prestaties are sent back, so their sum explains the difference between
     * TotaalIngediendBedrag and TotaalToegekendBedrag; when DeclaratieAntwoord itself is rejected,
     * TotaalToegekendBedrag is 0.
     */
    static final class Totaal325 extends Som {
        @Override
        public void bekijk(Klasse k, List<Bevinding> uit) {
            telOp(k);
            if (!k.naam().equals("DeclaratieAntwoord") || onleesbaar) {
                return;
            }
            Element antwoord = k.element();
            Long ingediend =
                    bedragMetTeken(antwoord, "TotaalIngediendBedrag/TotaalBedrag", "TotaalIngediendBedrag/DebetCredit");
            Long toegekend =
                    bedragMetTeken(antwoord, "TotaalToegekendBedrag/TotaalBedrag", "TotaalToegekendBedrag/DebetCredit");
            if (ingediend == null || toegekend == null) {
                return;
            }
            boolean afgekeurd = false;
            Element codes = antwoord.child("RetourCodes");
            for (Element code : codes == null ? List.<Element>of() : codes.children()) {
                afgekeurd |= !code.text().equals("0200") && !code.text().equals("8001");
            }
            if (afgekeurd ? toegekend != 0 : som != ingediend - toegekend) {
                uit.add(fout(
                        "TR342",
                        "0001",
                        2,
                        k.pad() + "/TotaalToegekendBedrag",
                        k,
                        afgekeurd
                                ? "Bij afkeur van de declaratie moet TotaalToegekendBedrag € 0,00 zijn, maar het is "
                                        + bedrag(toegekend)
                                : "De afgewezen prestaties zijn samen " + bedrag(som)
                                        + ", maar het verschil tussen ingediend (" + bedrag(ingediend)
                                        + ") en toegekend (" + bedrag(toegekend) + ") is "
                                        + bedrag(ingediend - toegekend)));
            }
        }
    }
}
