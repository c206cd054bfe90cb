package nl.jeugdregie.regio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.platform.Codesoort;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Region reference data: jeugdregio's, gemeenten and memberships. The platform serves one region
 * ({@code jeugdregie.regio}); the model holds them all.
 */
@Service
public class RegioService {

    private final RegioRepository repository;
    private final Clock clock;
    private final String platformregio;
    private final Namen namen;

    RegioService(
            RegioRepository repository,
            Clock clock,
            @Value("${jeugdregie.regio:JZ14}") String platformregio,
            Namen namen) {
        this.repository = repository;
        this.clock = clock;
        this.platformregio = platformregio;
        this.namen = namen;
    }

    /** The CBS code of the region this platform serves, e.g. {@code JZ14}. */
    public String platformregio() {
        return platformregio;
    }

    public Jeugdregio platformregioGegevens() {
        return jeugdregio(platformregio)
                .orElseThrow(() -> new IllegalStateException(
                        "Ingestelde regio " + platformregio + " (jeugdregie.regio) bestaat niet"));
    }

    /** The gemeenten that belong to the platform's region on that day. */
    public Set<GemeenteCode> gemeentenVanPlatformregio(LocalDate peildatum) {
        return new LinkedHashSet<>(gemeentenVan(platformregio, peildatum).stream()
                .map(Gemeente::code)
                .toList());
    }

    public List<Gemeente> gemeentenVan(String jeugdregio, LocalDate peildatum) {
        return repository.gemeentenVan(jeugdregio, peildatum);
    }

    public List<Jeugdregio> jeugdregios() {
        return repository.jeugdregios();
    }

    public Optional<Jeugdregio> jeugdregio(String code) {
        return repository.jeugdregio(code);
    }

    /** The region a gemeente belongs to on that day, if any. */
    public Optional<String> regioVan(GemeenteCode gemeente, LocalDate peildatum) {
        return repository.regioVan(gemeente, peildatum);
    }

    /** Gemeenten filtered on part of the name and on the region they belong to today. */
    public Resultaatpagina<Gemeente> zoekGemeenten(String naam, String jeugdregio, Paginering paginering) {
        return repository.zoekGemeenten(leegAlsNull(naam), leegAlsNull(jeugdregio), LocalDate.now(clock), paginering);
    }

    public Optional<Gemeente> gemeente(GemeenteCode code) {
        return repository.gemeente(code);
    }

    @Transactional
    public Gemeente voegGemeenteToe(GemeenteCode code, String naam, String provincie) {
        if (gemeente(code).isPresent()) {
            throw new Conflict("Gemeente met code " + code + " bestaat al");
        }
        Gemeente gemeente = new Gemeente(code, naam.trim(), leegAlsNull(provincie));
        repository.voegGemeenteToe(gemeente);
        namen.vergeet(Codesoort.GEMEENTE);
        return gemeente;
    }

    @Transactional
    public Gemeente wijzigGemeente(GemeenteCode code, String naam, String provincie) {
        Gemeente gemeente = new Gemeente(code, naam.trim(), leegAlsNull(provincie));
        if (!repository.wijzigGemeente(gemeente)) {
            throw new NietGevonden("Gemeente " + code + " bestaat niet");
        }
        namen.vergeet(Codesoort.GEMEENTE);
        return gemeente;
    }

    public List<Lidmaatschap> lidmaatschappen(GemeenteCode gemeente) {
        return repository.lidmaatschappen(gemeente);
    }

    /**
     * Adds a membership. A gemeente belongs to one region at a time: an overlapping period is refused
     * (the database enforces it too).
     */
    @Transactional
    public Lidmaatschap voegLidmaatschapToe(
            GemeenteCode gemeente, String jeugdregio, LocalDate begindatum, LocalDate einddatum) {
        if (gemeente(gemeente).isEmpty()) {
            throw new NietGevonden("Gemeente " + gemeente + " bestaat niet");
        }
        plausibel("begindatum", begindatum);
        plausibel("einddatum", einddatum);
        if (jeugdregio(jeugdregio).isEmpty()) {
            throw new OngeldigeInvoer("jeugdregio", "Jeugdregio " + jeugdregio + " bestaat niet");
        }
        if (einddatum != null && einddatum.isBefore(begindatum)) {
            throw new OngeldigeInvoer("einddatum", "Einddatum ligt voor de begindatum");
        }
        try {
            long id = repository.voegLidmaatschapToe(gemeente, jeugdregio, begindatum, einddatum);
            return new Lidmaatschap(id, gemeente, jeugdregio, begindatum, einddatum);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("Gemeente " + gemeente + " is in die periode al lid van een jeugdregio");
        }
    }

    /** Ends a membership on {@code einddatum} (inclusive), e.g. when a gemeente changes region. */
    @Transactional
    public void beeindigLidmaatschap(long id, LocalDate einddatum) {
        plausibel("einddatum", einddatum);
        boolean beeindigd;
        try {
            beeindigd = repository.beeindigLidmaatschap(id, einddatum);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("Deze einddatum laat het lidmaatschap overlappen met een ander");
        }
        if (!beeindigd) {
            throw new OngeldigeInvoer("einddatum", "Lidmaatschap bestaat niet of einddatum ligt voor de begindatum");
        }
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }

    /** A membership date within the years of the Jeugdwet ({@link Plausibel}). */
    private static void plausibel(String veld, LocalDate datum) {
        try {
            Plausibel.beleidsdatum("De " + veld, datum);
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer(veld, e.getMessage());
        }
    }
}
