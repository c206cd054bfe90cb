package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Retourcode;

/**
 * A toewijzing: the gemeente's assignment of one product for one client to one aanbieder (a JW301
 * ToegewezenProduct). Its toewijzingnummer never changes (IV066); each change makes a new version with who, when and
 * why. Only the changes IV066 allows are possible: the einddatum (verlengen, verkorten, intrekken), the budget, the
 * omvang when its frequentie is 6 (totaal binnen geldigheidsduur), and verwijderen with reden 13.
 */
class Toewijzing {

    private static final LocalDate VARIANTEN_VANAF = LocalDate.of(2021, 1, 1);

    private final Toewijzingnummer nummer;
    private final GemeenteCode gemeente;
    private final Bsn client;
    private final AgbCode aanbieder;
    private final Productaanduiding product;
    private Periode periode;
    private Omvang omvang;
    private Bedrag budget;
    private RedenWijziging redenWijziging;
    private String referentieAanbieder;
    private String teHonorerenReferentie;
    private final String commentaar;
    private int versie;
    private final List<Toewijzingsversie> nieuweVersies = new ArrayList<>();
    private java.time.LocalDateTime toewijzingsmoment;

    private Toewijzing(ToegewezenProduct stand) {
        this.nummer = stand.nummer();
        this.gemeente = stand.gemeente();
        this.client = stand.client();
        this.aanbieder = stand.aanbieder();
        this.product = stand.product();
        this.periode = stand.periode();
        this.omvang = stand.omvang();
        this.budget = stand.budget();
        this.redenWijziging = stand.redenWijziging();
        this.referentieAanbieder = stand.referentieAanbieder();
        this.commentaar = stand.commentaar();
        this.versie = stand.versie();
        this.toewijzingsmoment = stand.toewijzingsmoment();
    }

    /** Rebuilds a stored toewijzing. */
    static Toewijzing herstel(ToegewezenProduct stand) {
        return new Toewijzing(stand);
    }

    /**
     * An initial toekenning: a new number and never a RedenWijziging (IV066). Checks the toewijzingsvariant (CD041,
     * CD075-CD080, CS003, CS338); {@code referentieAanbieder} is filled only when it honours a verzoek (TR379).
     */
    static Toewijzing toewijzen(
            Toewijzingnummer nummer,
            GemeenteCode gemeente,
            Bsn client,
            AgbCode aanbieder,
            Productaanduiding product,
            Periode periode,
            Omvang omvang,
            Bedrag budget,
            String referentieAanbieder,
            String commentaar,
            Bewerking bewerking) {
        Objects.requireNonNull(nummer, "toewijzingnummer");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(aanbieder, "aanbieder");
        Objects.requireNonNull(periode, "periode");
        Productaanduiding gekozen = product == null ? Productaanduiding.generiek() : product;
        controleerVariant(gekozen, periode, omvang, budget);
        Toewijzing toewijzing = new Toewijzing(new ToegewezenProduct(
                nummer,
                gemeente,
                client,
                aanbieder,
                gekozen,
                periode,
                omvang,
                budget,
                bewerking.moment(),
                null,
                leegAlsNull(referentieAanbieder),
                leegAlsNull(commentaar),
                0));
        toewijzing.teHonorerenReferentie = leegAlsNull(referentieAanbieder);
        toewijzing.legVast(bewerking, "Toegewezen");
        return toewijzing;
    }

    /**
     * Moves the einddatum later or opens it (reden 04, or 12 after a verzoek om wijziging). OP380: an extension of the
     * same product keeps this number; an ended toewijzing cannot be extended, a new one is then needed.
     */
    void verlengen(LocalDate nieuweEinddatum, RedenWijziging reden, LocalDate vandaag, Bewerking bewerking) {
        vereisNietVervallen();
        vereisReden(reden);
        if (periode.isOpen()) {
            throw new RegelOvertreden(
                    "OP380", null, "Toewijzing " + nummer + " heeft geen einddatum en kan dus niet worden verlengd.");
        }
        if (nieuweEinddatum != null && !nieuweEinddatum.isAfter(periode.eind())) {
            throw new RegelOvertreden(
                    "OP380",
                    null,
                    "Verlengen vraagt een einddatum na " + Notatie.datum(periode.eind())
                            + ", maar de nieuwe einddatum is " + Notatie.datum(nieuweEinddatum)
                            + ". Gebruik verkorten.");
        }
        if (periode.isVoorbijOp(vandaag)) {
            throw new RegelOvertreden(
                    "OP380",
                    null,
                    "Toewijzing " + nummer + " is op " + Notatie.datum(periode.eind())
                            + " geëindigd; een verlenging daarna is een nieuwe toewijzing.");
        }
        controleerVariant(product, periode.withEind(nieuweEinddatum), omvang, budget);
        periode = periode.withEind(nieuweEinddatum);
        redenWijziging = reden;
        legVast(
                bewerking,
                "Verlengd tot " + (nieuweEinddatum == null ? "onbepaalde tijd" : Notatie.datum(nieuweEinddatum)));
    }

    /**
     * Gives the toewijzing an earlier einddatum: verkorten or intrekken (with any reden but 01 and 13, CS336). An
     * einddatum in the past needs the aanbieder's agreement (OP186).
     */
    void verkorten(
            LocalDate nieuweEinddatum,
            RedenWijziging reden,
            boolean instemmingAanbieder,
            LocalDate vandaag,
            Bewerking bewerking) {
        vereisNietVervallen();
        vereisReden(reden);
        Objects.requireNonNull(nieuweEinddatum, "einddatum");
        if (!periode.isOpen() && !nieuweEinddatum.isBefore(periode.eind())) {
            throw new RegelOvertreden(
                    "CS003",
                    null,
                    "Verkorten vraagt een einddatum voor " + Notatie.datum(periode.eind())
                            + ", maar de nieuwe einddatum is " + Notatie.datum(nieuweEinddatum) + ".");
        }
        if (nieuweEinddatum.isBefore(periode.begin())) {
            throw new RegelOvertreden(
                    "CS003",
                    null,
                    "Einddatum " + Notatie.datum(nieuweEinddatum) + " ligt voor de ingangsdatum "
                            + Notatie.datum(periode.begin())
                            + " van toewijzing " + nummer
                            + ". Verwijder de toewijzing als die ten onrechte is verstuurd.");
        }
        if (nieuweEinddatum.isBefore(vandaag) && !instemmingAanbieder) {
            throw new RegelOvertreden(
                    "OP186",
                    null,
                    "Einddatum " + Notatie.datum(nieuweEinddatum) + " ligt in het verleden (vandaag is "
                            + Notatie.datum(vandaag)
                            + "); dat mag alleen in overeenstemming met aanbieder " + aanbieder + ".");
        }
        periode = periode.withEind(nieuweEinddatum);
        redenWijziging = reden;
        legVast(bewerking, "Einddatum " + Notatie.datum(nieuweEinddatum) + " (" + reden.omschrijving() + ")");
    }

    /**
     * Changes the budget for the whole period (IV066, TR373). Lowering it needs the aanbieder's agreement unless the
     * aanbieder asked for it in a verzoek om wijziging (OP299).
     */
    void wijzigBudget(Bedrag nieuwBudget, RedenWijziging reden, boolean instemmingAanbieder, Bewerking bewerking) {
        vereisNietVervallen();
        vereisReden(reden);
        if (budget == null) {
            throw new RegelOvertreden(
                    "IV066",
                    null,
                    "Toewijzing " + nummer + " heeft geen budget; een budget toevoegen is een nieuwe toewijzing.");
        }
        if (nieuwBudget.isKleinerDan(budget)
                && !instemmingAanbieder
                && reden != RedenWijziging.GEINITIEERD_DOOR_AANBIEDER) {
            throw new RegelOvertreden(
                    "OP299",
                    null,
                    "Budget verlagen van " + budget + " naar " + nieuwBudget
                            + " mag alleen met instemming van aanbieder " + aanbieder + ".");
        }
        controleerVariant(product, periode, omvang, nieuwBudget);
        budget = nieuwBudget;
        redenWijziging = reden;
        legVast(bewerking, "Budget " + nieuwBudget);
    }

    /**
     * Changes the volume when the frequentie is 6, totaal binnen geldigheidsduur (IV066); for other frequenties the
     * toewijzing is ingetrokken and a new one given. Lowering needs the aanbieder's agreement (OP298), unless asked for
     * by the aanbieder.
     */
    void wijzigVolume(Omvang nieuw, RedenWijziging reden, boolean instemmingAanbieder, Bewerking bewerking) {
        vereisNietVervallen();
        vereisReden(reden);
        if (omvang == null || !omvang.isTotaalBinnenGeldigheidsduur()) {
            throw new RegelOvertreden(
                    "IV066",
                    null,
                    "De omvang van toewijzing " + nummer + " (" + omvang
                            + ") kan alleen wijzigen bij frequentie 6 (totaal binnen geldigheidsduur); trek de toewijzing in en wijs opnieuw toe.");
        }
        if (nieuw.eenheid() != omvang.eenheid() || nieuw.frequentie() != omvang.frequentie()) {
            throw new RegelOvertreden(
                    "IV066",
                    null,
                    "Alleen het volume mag wijzigen, niet de eenheid of frequentie (" + omvang + " naar " + nieuw
                            + ").");
        }
        if (nieuw.volume() < omvang.volume()
                && !instemmingAanbieder
                && reden != RedenWijziging.GEINITIEERD_DOOR_AANBIEDER) {
            throw new RegelOvertreden(
                    "OP298",
                    null,
                    "Volume verlagen van " + omvang + " naar " + nieuw + " mag alleen met instemming van aanbieder "
                            + aanbieder + ".");
        }
        omvang = nieuw;
        redenWijziging = reden;
        legVast(bewerking, "Omvang " + nieuw);
    }

    /**
     * Removes a toewijzing sent in error: einddatum becomes the ingangsdatum and reden 13 (CS335, procesbeschrijving
     * 3.3.2). Not allowed once approved declaratieregels exist (TR385, OP362).
     */
    void verwijderen(boolean heeftGoedgekeurdeDeclaraties, Bewerking bewerking) {
        vereisNietVervallen();
        if (heeftGoedgekeurdeDeclaraties) {
            throw new RegelOvertreden(
                    "TR385",
                    Retourcode.TOEWIJZING_HEEFT_GOEDGEKEURDE_DECLARATIES,
                    "Toewijzing " + nummer
                            + " heeft goedgekeurde declaratieregels en kan niet worden verwijderd; verkort of trek hem in.");
        }
        periode = Periode.op(periode.begin());
        redenWijziging = RedenWijziging.VERWIJDERD;
        legVast(bewerking, "Verwijderd (reden 13)");
    }

    ToegewezenProduct stand() {
        return new ToegewezenProduct(
                nummer,
                gemeente,
                client,
                aanbieder,
                product,
                periode,
                omvang,
                budget,
                toewijzingsmoment,
                redenWijziging,
                referentieAanbieder,
                commentaar,
                versie);
    }

    /** Versions made since this object was loaded, oldest first, for the repository to store. */
    List<Toewijzingsversie> nieuweVersies() {
        return List.copyOf(nieuweVersies);
    }

    Toewijzingnummer nummer() {
        return nummer;
    }

    /**
     * The next version honours verzoek {@code referentie}: that version carries its ReferentieAanbieder; later versions
     * made on the gemeente's own initiative do not (TR379: only the first ToegewezenProduct after honouring).
     */
    void koppelAanVerzoek(String referentie) {
        teHonorerenReferentie = leegAlsNull(referentie);
    }

    private void legVast(Bewerking bewerking, String waarom) {
        referentieAanbieder = teHonorerenReferentie;
        versie++;
        toewijzingsmoment = bewerking.moment();
        nieuweVersies.add(new Toewijzingsversie(stand(), bewerking.door(), bewerking.moment(), waarom));
    }

    private void vereisNietVervallen() {
        if (stand().isVervallen()) {
            throw new RegelOvertreden(
                    "CS335", null, "Toewijzing " + nummer + " is verwijderd en kan niet meer worden gewijzigd.");
        }
    }

    private void vereisReden(RedenWijziging reden) {
        if (reden == null) {
            throw new RegelOvertreden(
                    "IV066", null, "Een wijziging van toewijzing " + nummer + " heeft een reden wijziging.");
        }
        if (reden == RedenWijziging.VERWIJDERD || reden.isVervallen()) {
            throw new RegelOvertreden(
                    reden.isVervallen() ? "CS336" : "CS335",
                    null,
                    "Reden wijziging " + reden.code()
                            + " kan hier niet: gebruik verwijderen voor reden 13; reden 01 is vervallen.");
        }
    }

    /**
     * The toewijzingsvarianten (inspanningsgericht and outputgericht) as the JW301 conditions state them: a code needs
     * an omvang (CD041); without a code no omvang (CD080); omvang and budget exclude each other (CD077, CD078); without
     * a budget a product (CD079); a budget or a frequentie per week needs an einddatum (CD075, CD076); eenheden 14, 16,
     * 83 and 84 only per week, per maand or in total (CS338).
     */
    static void controleerVariant(Productaanduiding product, Periode periode, Omvang omvang, Bedrag budget) {
        boolean modern = periode.isOpen() || periode.eind().isAfter(VARIANTEN_VANAF.minusDays(1));
        if (omvang != null && budget != null) {
            throw new RegelOvertreden("CD077", null, "Een toewijzing heeft een omvang of een budget, niet allebei.");
        }
        if (product.isSpecifiek() && omvang == null) {
            throw new RegelOvertreden(
                    "CD041",
                    null,
                    "Bij een specifiek " + product + " hoort een omvang (volume, eenheid en frequentie).");
        }
        if (!product.isSpecifiek() && omvang != null && modern) {
            throw new RegelOvertreden(
                    "CD080",
                    null,
                    "Zonder productcode (" + product + ") blijft de omvang leeg; gebruik eventueel een budget.");
        }
        if (product.isGeneriek() && budget == null) {
            throw new RegelOvertreden("CD079", null, "Een generieke toewijzing (zonder product) heeft een budget.");
        }
        if (budget != null && budget.isNegatief()) {
            throw new RegelOvertreden("RS001", null, "Budget kan niet negatief zijn, maar is " + budget + ".");
        }
        boolean lta = product.categorie() == Productcategorie.LANDELIJK_INGEKOCHTE_ZORG;
        if (budget != null && periode.isOpen() && !lta) {
            throw new RegelOvertreden("CD075", null, "Een toewijzing met budget " + budget + " heeft een einddatum.");
        }
        if (omvang != null && omvang.frequentie() == Frequentie.PER_WEEK && periode.isOpen()) {
            throw new RegelOvertreden(
                    "CD076", null, "Een omvang per week (" + omvang + ") vraagt een einddatum van de toewijzing.");
        }
        if (omvang != null
                && modern
                && (omvang.eenheid() == Eenheid.ETMAAL
                        || omvang.eenheid() == Eenheid.DAGDEEL
                        || omvang.eenheid() == Eenheid.EUROS
                        || omvang.eenheid() == Eenheid.STUKS_INSPANNING)
                && omvang.frequentie() == Frequentie.PER_DAG) {
            throw new RegelOvertreden(
                    "CS338",
                    null,
                    "Eenheid " + omvang.eenheid().omschrijving()
                            + " kan niet per dag; kies per week, per maand of totaal.");
        }
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
