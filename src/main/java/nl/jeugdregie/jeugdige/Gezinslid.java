package nl.jeugdregie.jeugdige;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.kern.Tekst;

/**
 * A member of the jeugdige's household, or a parent with gezag who lives elsewhere. Who has gezag must consent to
 * jeugdhulp and receives the beschikking.
 *
 * @param id {@code null} until stored
 * @param adres where the member lives when not in the jeugdige's home, in words; {@code null} otherwise
 */
public record Gezinslid(
        UUID id,
        Relatie relatie,
        String naam,
        LocalDate geboortedatum,
        boolean gezag,
        boolean woontInHuis,
        String adres) {

    public Gezinslid {
        naam = naam == null ? null : naam.strip();
        adres = adres == null || adres.isBlank() ? null : adres.strip();
        if (relatie == null) {
            throw new OngeldigeWaarde("Kies de relatie tot de jeugdige.");
        }
        if (naam == null || naam.isEmpty()) {
            throw new OngeldigeWaarde("Vul de naam van het gezinslid in.");
        }
        if (naam.length() > 200 || (adres != null && adres.length() > 200)) {
            throw new OngeldigeWaarde("Een naam of adres is hoogstens 200 tekens.");
        }
        if (Tekst.heeftStuurteken(naam) || Tekst.heeftStuurteken(adres)) {
            throw new OngeldigeWaarde("Een naam of adres " + Tekst.STUURTEKEN + ".");
        }
        if (geboortedatum != null) {
            Plausibel.geboortedatum(geboortedatum);
        }
        if (gezag && !relatie.kanGezagHebben()) {
            throw new OngeldigeWaarde("Een " + relatie.omschrijving()
                    + " heeft geen gezag; gezag hebben ouders, stiefouders met gezamenlijk gezag en voogden.");
        }
    }
}
