package nl.jeugdregie.toegang.beschikking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * Everything a beschikking says, already in words: the caller has looked up names, addresses, products and
 * aanbieders, so rendering the letter needs no database and no other module.
 *
 * @param gemeentenaam the gemeente that decides, without "Gemeente" ("Utrecht")
 * @param afzenderadres the lines of the gemeente's postal address, also where a bezwaarschrift goes
 * @param kenmerk the reference under which the beschikking is filed
 * @param dagtekening the date of the letter; the bezwaartermijn runs from it
 * @param geadresseerden the gezagdragers, and the jeugdige from 12 years
 * @param jeugdige the jeugdige the decision is about
 * @param aanvraagdatum the day the hulpvraag was made
 * @param besluit what was decided
 * @param onderdelen the granted help, one row per product; empty only for an afwijzing
 * @param motivering why the gemeente decided so, paragraphs separated by an empty line
 * @param ondertekening who signs on behalf of the college
 */
public record Beschikkingtekst(
        String gemeentenaam,
        List<String> afzenderadres,
        String kenmerk,
        LocalDate dagtekening,
        List<Geadresseerde> geadresseerden,
        Personalia jeugdige,
        LocalDate aanvraagdatum,
        Besluitsoort besluit,
        List<Onderdeel> onderdelen,
        String motivering,
        Ondertekening ondertekening) {

    public Beschikkingtekst {
        vereist(gemeentenaam, "gemeentenaam");
        afzenderadres = List.copyOf(Objects.requireNonNull(afzenderadres, "afzenderadres"));
        vereist(kenmerk, "kenmerk");
        Objects.requireNonNull(dagtekening, "dagtekening");
        geadresseerden = List.copyOf(Objects.requireNonNull(geadresseerden, "geadresseerden"));
        Objects.requireNonNull(jeugdige, "jeugdige");
        Objects.requireNonNull(aanvraagdatum, "aanvraagdatum");
        Objects.requireNonNull(besluit, "besluit");
        onderdelen = List.copyOf(Objects.requireNonNull(onderdelen, "onderdelen"));
        Objects.requireNonNull(ondertekening, "ondertekening");
        if (afzenderadres.isEmpty()) {
            throw new OngeldigeWaarde("Een beschikking vermeldt het adres van de gemeente");
        }
        if (geadresseerden.isEmpty()) {
            throw new OngeldigeWaarde("Een beschikking heeft ten minste één geadresseerde");
        }
        if (motivering == null || motivering.isBlank()) {
            throw new OngeldigeWaarde("Een beschikking is gemotiveerd: de motivering ontbreekt");
        }
        if (besluit.kentHulpToe() && onderdelen.isEmpty()) {
            throw new OngeldigeWaarde(
                    "Een beschikking die jeugdhulp " + besluit.omschrijving() + " noemt ten minste één onderdeel");
        }
        if (!besluit.kentHulpToe() && !onderdelen.isEmpty()) {
            throw new OngeldigeWaarde(
                    "Een afwijzing kent geen jeugdhulp toe, maar noemt " + onderdelen.size() + " onderdeel/onderdelen");
        }
        if (aanvraagdatum.isAfter(dagtekening)) {
            throw new OngeldigeWaarde("De aanvraagdatum " + aanvraagdatum + " ligt na de dagtekening " + dagtekening);
        }
    }

    /** The jeugdige's age in whole years on the dagtekening. */
    public int leeftijdOpDagtekening() {
        return jeugdige.geboortedatum().until(dagtekening).getYears();
    }

    /**
     * One addressee of the letter.
     *
     * @param rol why the letter goes to this person, e.g. "ouder met gezag", "voogd", "jeugdige"
     */
    public record Geadresseerde(String naam, List<String> adresregels, String rol) {
        public Geadresseerde {
            vereist(naam, "naam van de geadresseerde");
            adresregels = List.copyOf(Objects.requireNonNull(adresregels, "adresregels"));
            vereist(rol, "rol van de geadresseerde");
            if (adresregels.isEmpty()) {
                throw new OngeldigeWaarde("De geadresseerde " + naam + " heeft geen adres");
            }
        }
    }

    /** Who the decision is about. */
    public record Personalia(String naam, LocalDate geboortedatum) {
        public Personalia {
            vereist(naam, "naam van de jeugdige");
            Objects.requireNonNull(geboortedatum, "geboortedatum");
        }
    }

    /**
     * One granted product, in words.
     *
     * @param omvang e.g. "4 uur per week"
     * @param periode e.g. "1 januari 2027 tot en met 30 juni 2027"
     * @param aanbiedercode the aanbieder's AGB-code
     */
    public record Onderdeel(
            String productcode,
            String productnaam,
            String omvang,
            String periode,
            String aanbiedernaam,
            String aanbiedercode) {
        public Onderdeel {
            vereist(productcode, "productcode");
            vereist(productnaam, "productnaam");
            vereist(omvang, "omvang");
            vereist(periode, "periode");
            vereist(aanbiedernaam, "aanbiedernaam");
            vereist(aanbiedercode, "aanbiedercode");
        }
    }

    /** Who signs on behalf of the college van burgemeester en wethouders. */
    public record Ondertekening(String naam, String functie) {
        public Ondertekening {
            vereist(naam, "naam van de ondertekenaar");
            vereist(functie, "functie van de ondertekenaar");
        }
    }

    private static void vereist(String waarde, String wat) {
        if (waarde == null || waarde.isBlank()) {
            throw new OngeldigeWaarde("In de beschikking ontbreekt: " + wat);
        }
    }
}
