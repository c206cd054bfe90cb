package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wachttijden- en capaciteitsregister: per aanbieder and product or offer (and location) the
 * current waiting time, kept by the aanbieder, the region or a feed, with every confirmation kept
 * as history. An entry confirmed longer ago than {@code jeugdregie.inkoop.wachttijd-verouderd-na-dagen}
 * (default 30) is verouderd.
 */
@Service
public class WachttijdService {

    static final BigDecimal MAXIMUM_WEKEN = BigDecimal.valueOf(520);

    private final WachttijdRepository repository;
    private final AanbiederService aanbieders;
    private final ProductService producten;
    private final Inkooprechten toegang;
    private final Clock clock;
    private final int verouderdNaDagen;

    WachttijdService(
            WachttijdRepository repository,
            AanbiederService aanbieders,
            ProductService producten,
            Inkooprechten toegang,
            Clock clock,
            @Value("${jeugdregie.inkoop.wachttijd-verouderd-na-dagen:30}") int verouderdNaDagen) {
        this.repository = repository;
        this.aanbieders = aanbieders;
        this.producten = producten;
        this.toegang = toegang;
        this.clock = clock;
        this.verouderdNaDagen = verouderdNaDagen;
    }

    /** Filter for the overview; every field is optional. */
    public record Filter(
            AgbCode agb,
            String tekst,
            Productcategorie categorie,
            String productcode,
            Hulpvorm hulpvorm,
            BigDecimal maximumWekenTotIntake,
            boolean alleenActueel,
            boolean zonderAanmeldstop) {

        public static Filter alles() {
            return new Filter(null, null, null, null, null, null, false, false);
        }

        public Filter voorAanbieder(AgbCode aanbieder) {
            return new Filter(
                    aanbieder,
                    tekst,
                    categorie,
                    productcode,
                    hulpvorm,
                    maximumWekenTotIntake,
                    alleenActueel,
                    zonderAanmeldstop);
        }
    }

    /** Orders of the overview. */
    public enum Sortering {
        WACHTTIJD,
        TOTAAL,
        BEVESTIGD,
        AANBIEDER,
        VRIJE_PLAATSEN;

        public static Sortering lees(String tekst) {
            if (tekst == null || tekst.isBlank()) {
                return WACHTTIJD;
            }
            try {
                return valueOf(tekst.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new OngeldigeInvoer(
                        "sorteer", "Sorteer op wachttijd, totaal, bevestigd, aanbieder of vrije_plaatsen");
            }
        }
    }

    public int verouderdNaDagen() {
        return verouderdNaDagen;
    }

    public Resultaatpagina<Wachttijd> zoek(Filter filter, Sortering sortering, Paginering paginering) {
        Filter schoon = new Filter(
                filter.agb(),
                AanbiederService.leegAlsNull(filter.tekst()),
                filter.categorie(),
                filter.productcode() == null || filter.productcode().isBlank()
                        ? null
                        : filter.productcode().trim().toUpperCase(Locale.ROOT),
                filter.hulpvorm(),
                filter.maximumWekenTotIntake(),
                filter.alleenActueel(),
                filter.zonderAanmeldstop());
        return repository.zoek(schoon, sortering, grens(), paginering);
    }

    public Optional<Wachttijd> wachttijd(long id) {
        return repository.wachttijd(id, grens());
    }

    public Wachttijd vereis(long id) {
        return wachttijd(id).orElseThrow(() -> new NietGevonden("Wachttijd " + id + " bestaat niet"));
    }

    /** Every confirmation of this entry, oldest first. */
    public List<Wachttijdmeting> historie(long id) {
        return repository.historie(id);
    }

    /**
     * Registers the waiting time of an offer: a new entry, or new values for the entry with the same
     * aanbieder, product, aanbod and locatie. Each registration is kept as a meting.
     */
    @Transactional
    public Wachttijd registreer(Wachttijdgegevens gegevens, Wachttijdbron bron) {
        return vereis(slaOp(gegevens, bron));
    }

    /** {@link #registreer} without reading the entry back, for an import; answers the entry's id. */
    long slaOp(Wachttijdgegevens gegevens, Wachttijdbron bron) {
        long aanbiederId = aanbieders.id(gegevens.agb());
        String productcode = productcode(gegevens.productcode());
        String aanbod = aanbod(gegevens.aanbod(), productcode);
        controleer(gegevens);
        return repository.registreer(
                aanbiederId,
                productcode,
                aanbod,
                AanbiederService.leegAlsNull(gegevens.locatie()),
                waarden(gegevens, bron));
    }

    /** New values for an existing entry; its aanbieder, product, aanbod and locatie stay. */
    @Transactional
    public Wachttijd wijzig(long id, Wachttijdgegevens gegevens, Wachttijdbron bron) {
        Wachttijd bestaand = vereis(id);
        if (gegevens.agb() != null && !gegevens.agb().equals(bestaand.agb())) {
            throw new OngeldigeInvoer("agb", "Een wachttijd kan niet naar een andere aanbieder worden overgezet");
        }
        controleer(gegevens);
        repository.wijzig(id, waarden(gegevens, bron));
        return vereis(id);
    }

    /** Whether an entry with this identity exists (an empty aanbod means the product's description). */
    boolean bestaat(AgbCode agb, String productcode, String aanbod, String locatie) {
        String code = productcode(productcode);
        return repository.bestaat(agb, code, aanbod(aanbod, code), AanbiederService.leegAlsNull(locatie));
    }

    private WachttijdRepository.Waarden waarden(Wachttijdgegevens gegevens, Wachttijdbron bron) {
        return new WachttijdRepository.Waarden(
                weken(gegevens.wekenTotIntake()),
                weken(gegevens.wekenTotStart()),
                gegevens.vrijePlaatsen(),
                gegevens.aanmeldstop(),
                AanbiederService.leegAlsNull(gegevens.toelichting()),
                bron,
                AanbiederService.leegAlsNull(gegevens.bronUrl()),
                gegevens.bevestigdOp() == null ? LocalDate.now(clock) : gegevens.bevestigdOp(),
                OffsetDateTime.now(clock),
                toegang.gebruikersnaam());
    }

    private void controleer(Wachttijdgegevens gegevens) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        controleerWeken("wekenTotIntake", gegevens.wekenTotIntake(), fouten);
        controleerWeken("wekenTotStart", gegevens.wekenTotStart(), fouten);
        if (gegevens.vrijePlaatsen() != null && gegevens.vrijePlaatsen() < 0) {
            fouten.add(new OngeldigeParameter("vrijePlaatsen", "Het aantal vrije plaatsen kan niet negatief zijn"));
        }
        if (gegevens.bevestigdOp() != null && gegevens.bevestigdOp().isAfter(LocalDate.now(clock))) {
            fouten.add(new OngeldigeParameter("bevestigdOp", "De bevestigingsdatum ligt in de toekomst"));
        } else if (gegevens.bevestigdOp() != null && gegevens.bevestigdOp().isBefore(Plausibel.EERSTE_DAG)) {
            fouten.add(new OngeldigeParameter("bevestigdOp", "De bevestigingsdatum ligt voor 2015"));
        }
        if (!Plausibel.isWebadres(gegevens.bronUrl())) {
            fouten.add(new OngeldigeParameter(
                    "bronUrl", "De bron moet een volledig webadres zijn dat begint met https:// of http://"));
        }
        if (gegevens.wekenTotIntake() == null
                && gegevens.wekenTotStart() == null
                && gegevens.vrijePlaatsen() == null
                && !gegevens.aanmeldstop()) {
            fouten.add(new OngeldigeParameter(
                    "wekenTotIntake", "Vul een wachttijd of het aantal vrije plaatsen in, of meld een aanmeldstop"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    private static void controleerWeken(String veld, BigDecimal weken, List<OngeldigeParameter> fouten) {
        if (weken != null && (weken.signum() < 0 || weken.compareTo(MAXIMUM_WEKEN) > 0)) {
            fouten.add(new OngeldigeParameter(veld, "Het aantal weken ligt tussen 0 en 520"));
        }
    }

    private static BigDecimal weken(BigDecimal weken) {
        return weken == null ? null : weken.setScale(1, RoundingMode.HALF_UP);
    }

    private String productcode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return producten
                .product(code)
                .map(Product::code)
                .orElseThrow(() -> new OngeldigeInvoer("productcode", "Product " + code.trim() + " bestaat niet"));
    }

    private String aanbod(String aanbod, String productcode) {
        if (aanbod != null && !aanbod.isBlank()) {
            return aanbod.trim();
        }
        if (productcode == null) {
            throw new OngeldigeInvoer("aanbod", "Kies een product of vul de naam van het aanbod in");
        }
        return producten.vereis(productcode).omschrijving();
    }

    private LocalDate grens() {
        return LocalDate.now(clock).minusDays(verouderdNaDagen);
    }
}
