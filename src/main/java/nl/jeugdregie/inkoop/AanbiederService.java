package nl.jeugdregie.inkoop;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.platform.Codesoort;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of aanbieders with their locations, contact persons and other names. */
@Service
public class AanbiederService {

    private final AanbiederRepository repository;
    private final Inkooprechten toegang;
    private final Clock clock;
    private final Namen namen;

    AanbiederService(AanbiederRepository repository, Inkooprechten toegang, Clock clock, Namen namen) {
        this.repository = repository;
        this.toegang = toegang;
        this.clock = clock;
        this.namen = namen;
    }

    /**
     * Aanbieders filtered on part of the name, AGB or KvK ({@code tekst}), relation and status; with
     * {@code alleen} just that one aanbieder (the scope of an AANBIEDER user).
     */
    public Resultaatpagina<Aanbieder> zoek(
            String tekst, Relatie relatie, AanbiederStatus status, AgbCode alleen, Paginering paginering) {
        return repository.zoek(leegAlsNull(tekst), relatie, status, alleen, paginering);
    }

    public Optional<Aanbieder> aanbieder(AgbCode agb) {
        return repository.aanbieder(agb);
    }

    public Aanbieder vereis(AgbCode agb) {
        return aanbieder(agb).orElseThrow(() -> bestaatNiet(agb));
    }

    @Transactional
    public Aanbieder voegToe(Aanbiedergegevens gegevens) {
        if (aanbieder(gegevens.agb()).isPresent()) {
            throw new Conflict("Er is al een aanbieder met AGB-code " + gegevens.agb());
        }
        Aanbiedergegevens schoon = gecontroleerd(gegevens);
        long id = repository.voegToe(schoon, OffsetDateTime.now(clock), toegang.gebruikersnaam());
        repository.vervangAliassen(id, schoon.aliassen());
        namen.vergeet(Codesoort.AANBIEDER);
        return vereis(gegevens.agb());
    }

    @Transactional
    public Aanbieder wijzig(AgbCode agb, Aanbiedergegevens gegevens) {
        long id = id(agb);
        if (!agb.equals(gegevens.agb())) {
            throw new OngeldigeInvoer("agb", "De AGB-code van een aanbieder kan niet worden gewijzigd");
        }
        Aanbiedergegevens schoon = gecontroleerd(gegevens);
        repository.wijzig(schoon, OffsetDateTime.now(clock), toegang.gebruikersnaam());
        repository.vervangAliassen(id, schoon.aliassen());
        namen.vergeet(Codesoort.AANBIEDER);
        return vereis(agb);
    }

    public List<Locatie> locaties(AgbCode agb) {
        return repository.locaties(agb);
    }

    @Transactional
    public Locatie voegLocatieToe(AgbCode agb, String naam, String adres, String postcode, String plaats) {
        long aanbiederId = id(agb);
        Locatie locatie = locatie(0, naam, adres, postcode, plaats);
        try {
            long id = repository.voegLocatieToe(aanbiederId, locatie);
            return new Locatie(id, locatie.naam(), locatie.adres(), locatie.postcode(), locatie.plaats());
        } catch (DataIntegrityViolationException e) {
            throw dubbeleLocatie(naam);
        }
    }

    @Transactional
    public Locatie wijzigLocatie(AgbCode agb, long id, String naam, String adres, String postcode, String plaats) {
        long aanbiederId = id(agb);
        Locatie locatie = locatie(id, naam, adres, postcode, plaats);
        boolean gewijzigd;
        try {
            gewijzigd = repository.wijzigLocatie(aanbiederId, locatie);
        } catch (DataIntegrityViolationException e) {
            throw dubbeleLocatie(naam);
        }
        if (!gewijzigd) {
            throw hoortNiet("Locatie", id, agb);
        }
        return locatie;
    }

    @Transactional
    public void verwijderLocatie(AgbCode agb, long id) {
        if (!repository.verwijderLocatie(id(agb), id)) {
            throw hoortNiet("Locatie", id, agb);
        }
    }

    public Locatie locatie(AgbCode agb, long id) {
        return locaties(agb).stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> hoortNiet("Locatie", id, agb));
    }

    public List<Contactpersoon> contactpersonen(AgbCode agb) {
        return repository.contactpersonen(agb);
    }

    public Contactpersoon contactpersoon(AgbCode agb, long id) {
        return contactpersonen(agb).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow(() -> hoortNiet("Contactpersoon", id, agb));
    }

    @Transactional
    public Contactpersoon voegContactpersoonToe(
            AgbCode agb, String naam, String functie, String email, String telefoon) {
        long aanbiederId = id(agb);
        Contactpersoon persoon = contactpersoon(0, naam, functie, email, telefoon);
        long id = repository.voegContactpersoonToe(aanbiederId, persoon);
        return new Contactpersoon(id, persoon.naam(), persoon.functie(), persoon.email(), persoon.telefoon());
    }

    @Transactional
    public Contactpersoon wijzigContactpersoon(
            AgbCode agb, long id, String naam, String functie, String email, String telefoon) {
        long aanbiederId = id(agb);
        Contactpersoon persoon = contactpersoon(id, naam, functie, email, telefoon);
        if (!repository.wijzigContactpersoon(aanbiederId, persoon)) {
            throw hoortNiet("Contactpersoon", id, agb);
        }
        return persoon;
    }

    @Transactional
    public void verwijderContactpersoon(AgbCode agb, long id) {
        if (!repository.verwijderContactpersoon(id(agb), id)) {
            throw hoortNiet("Contactpersoon", id, agb);
        }
    }

    /** Every name key (own name and other names) with the AGB code it belongs to, for linking feeds. */
    Map<String, AgbCode> naamsleutels() {
        return repository.naamsleutels();
    }

    /** The name of every aanbieder in the register by its AGB code. */
    Map<AgbCode, String> namen() {
        return repository.namen();
    }

    /** The internal id of an aanbieder; throws {@link NietGevonden} when it does not exist. */
    long id(AgbCode agb) {
        return repository.id(agb).orElseThrow(() -> bestaatNiet(agb));
    }

    /** Whether the register holds no aanbieder at all (a first start). */
    boolean isLeeg() {
        return repository.isLeeg();
    }

    /** Marks the aanbieder as fictitious demo data. */
    void markeerAlsDemo(AgbCode agb) {
        repository.markeerAlsDemo(agb);
    }

    /** The entered values, trimmed and checked: KvK number, a name, and other names no other aanbieder uses. */
    private Aanbiedergegevens gecontroleerd(Aanbiedergegevens gegevens) {
        String kvk = leegAlsNull(gegevens.kvk());
        if (kvk != null && !kvk.matches("[0-9]{8}")) {
            throw new OngeldigeInvoer("kvk", "KvK-nummer moet uit precies 8 cijfers bestaan");
        }
        if (Naamsleutel.van(gegevens.naam()).isEmpty()) {
            throw new OngeldigeInvoer("naam", "Vul de naam in");
        }
        if (!Plausibel.isWebadres(gegevens.website())) {
            throw new OngeldigeInvoer(
                    "website", "De website moet een volledig webadres zijn dat begint met https:// of http://");
        }
        for (String alias : gegevens.aliassen()) {
            repository.aanbiederMetAlias(Naamsleutel.van(alias), gegevens.agb()).ifPresent(ander -> {
                throw new Conflict("De naam '" + alias + "' is al in gebruik voor " + ander);
            });
        }
        return new Aanbiedergegevens(
                gegevens.agb(),
                kvk,
                gegevens.naam().trim(),
                gegevens.relatie(),
                gegevens.status(),
                leegAlsNull(gegevens.website()),
                gegevens.aliassen());
    }

    private static Locatie locatie(long id, String naam, String adres, String postcode, String plaats) {
        return new Locatie(id, naam.trim(), leegAlsNull(adres), postcode(postcode), leegAlsNull(plaats));
    }

    private static Contactpersoon contactpersoon(long id, String naam, String functie, String email, String telefoon) {
        controleerEmail(email);
        return new Contactpersoon(id, naam.trim(), leegAlsNull(functie), leegAlsNull(email), leegAlsNull(telefoon));
    }

    private static String postcode(String postcode) {
        String code =
                postcode == null || postcode.isBlank() ? null : postcode.trim().toUpperCase(Locale.ROOT);
        if (code != null && !code.matches("[1-9][0-9]{3} ?[A-Z]{2}")) {
            throw new OngeldigeInvoer("postcode", "Postcode moet zijn als 7511 AB");
        }
        return code;
    }

    private static void controleerEmail(String email) {
        if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new OngeldigeInvoer("email", "E-mailadres is ongeldig");
        }
    }

    private static Conflict dubbeleLocatie(String naam) {
        return new Conflict("Deze aanbieder heeft al een locatie met de naam " + naam.trim());
    }

    private static NietGevonden bestaatNiet(AgbCode agb) {
        return new NietGevonden("Aanbieder met AGB-code " + agb + " bestaat niet");
    }

    private static NietGevonden hoortNiet(String wat, long id, AgbCode agb) {
        return new NietGevonden(wat + " " + id + " hoort niet bij aanbieder " + agb);
    }

    static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }
}
