package nl.jeugdregie.inkoop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts with aanbieders: the products they may deliver, with a tariff per eenheid for periods
 * that never overlap and lie within the contract's looptijd. Every change is recorded with who made
 * it and when.
 */
@Service
public class ContractService {

    /** A tariff must fit in the ProductTarief of a declaratie (LDT_Bedrag). */
    static final Bedrag HOOGSTE_TARIEF = Bedrag.IJW_MAXIMUM;

    private final ContractRepository repository;
    private final AanbiederService aanbieders;
    private final ProductService producten;
    private final Inkooprechten toegang;
    private final Clock clock;

    ContractService(
            ContractRepository repository,
            AanbiederService aanbieders,
            ProductService producten,
            Inkooprechten toegang,
            Clock clock) {
        this.repository = repository;
        this.aanbieders = aanbieders;
        this.producten = producten;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** Contracts filtered on aanbieder, part of the perceel and whether they run on a day. */
    public Resultaatpagina<Contract> zoek(AgbCode agb, String perceel, LocalDate loptOp, Paginering paginering) {
        return repository.zoek(agb, AanbiederService.leegAlsNull(perceel), loptOp, paginering);
    }

    public Optional<Contract> contract(long id) {
        return repository.contract(id);
    }

    public Contract vereis(long id) {
        return contract(id).orElseThrow(() -> new NietGevonden("Contract " + id + " bestaat niet"));
    }

    /** The contracted products with their tariffs, in product code order. */
    public List<Contractproduct> producten(long contractId) {
        return repository.producten(contractId);
    }

    public List<Contractwijziging> historie(long contractId) {
        return repository.historie(contractId);
    }

    @Transactional
    public Contract voegToe(Contractgegevens gegevens) {
        plausibel(gegevens);
        long aanbiederId = aanbieders.id(gegevens.agb());
        String nummer = gegevens.nummer().trim();
        if (repository.nummerBestaat(nummer)) {
            throw new Conflict("Er is al een contract met nummer " + nummer);
        }
        long id = repository.voegToe(aanbiederId, schoon(gegevens), OffsetDateTime.now(clock));
        registreer(
                id,
                "CONTRACT",
                "Contract " + nummer + " aangemaakt, perceel "
                        + gegevens.perceel().trim() + ", looptijd " + Datumbereik.tekst(gegevens.looptijd()));
        return vereis(id);
    }

    /** Changes perceel, looptijd and toelichting; a looptijd that would leave a tariff outside it is refused. */
    @Transactional
    public Contract wijzig(long id, Contractgegevens gegevens) {
        plausibel(gegevens);
        Contract oud = vereis(id);
        if (!oud.agb().equals(gegevens.agb())) {
            throw new OngeldigeInvoer("agb", "Een contract kan niet naar een andere aanbieder worden overgezet");
        }
        if (!oud.nummer().equals(gegevens.nummer().trim())) {
            throw new OngeldigeInvoer("nummer", "Het contractnummer kan niet worden gewijzigd");
        }
        for (Contractproduct product : producten(id)) {
            for (Tarief tarief : product.tarieven()) {
                boolean blijftBinnen = tarief.totEindeContract()
                        ? gegevens.looptijd().bevat(tarief.geldig().begin())
                        : gegevens.looptijd().omvat(tarief.geldig());
                if (!blijftBinnen) {
                    throw new OngeldigeInvoer(
                            "looptijd",
                            "Het tarief voor " + product.productcode() + " (" + Datumbereik.tekst(tarief)
                                    + ") valt dan buiten de looptijd; pas eerst dat tarief aan");
                }
            }
        }
        repository.wijzig(id, schoon(gegevens));
        List<String> wijzigingen = new ArrayList<>();
        if (!oud.perceel().equals(gegevens.perceel().trim())) {
            wijzigingen.add(
                    "perceel " + oud.perceel() + " → " + gegevens.perceel().trim());
        }
        if (!oud.looptijd().equals(gegevens.looptijd())) {
            wijzigingen.add(
                    "looptijd " + Datumbereik.tekst(oud.looptijd()) + " → " + Datumbereik.tekst(gegevens.looptijd()));
        }
        if (!Objects.equals(oud.toelichting(), AanbiederService.leegAlsNull(gegevens.toelichting()))) {
            wijzigingen.add("toelichting gewijzigd");
        }
        if (!wijzigingen.isEmpty()) {
            registreer(id, "CONTRACT", "Contract gewijzigd: " + String.join("; ", wijzigingen));
        }
        return vereis(id);
    }

    /** Adds a product the aanbieder may deliver, in an eenheid the product's uitvoeringsvariant allows. */
    @Transactional
    public Contractproduct voegProductToe(long contractId, String productcode, Eenheid eenheid) {
        vereis(contractId);
        Product product = producten
                .product(productcode)
                .orElseThrow(() -> new OngeldigeInvoer("productcode", "Product " + productcode + " bestaat niet"));
        if (product.isVervallen()) {
            throw new OngeldigeInvoer(
                    "productcode",
                    "Product " + product.code() + " is vervallen en kan niet meer worden gecontracteerd");
        }
        if (product.eenheden().isEmpty()) {
            throw new OngeldigeInvoer(
                    "productcode",
                    "Product " + product.code() + " is taakgericht en wordt niet per eenheid gecontracteerd");
        }
        if (eenheid == null || !product.staatToe(eenheid)) {
            throw new OngeldigeInvoer(
                    "eenheid",
                    "Product " + product.code() + " ("
                            + product.uitvoeringsvariant().omschrijving().toLowerCase()
                            + ") kent de eenheden "
                            + String.join(
                                    ", ",
                                    product.eenheden().stream()
                                            .map(Eenheid::omschrijving)
                                            .toList()));
        }
        try {
            repository.voegProductToe(contractId, product.code(), eenheid);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("Product " + product.code() + " staat al in dit contract");
        }
        registreer(
                contractId,
                "PRODUCT",
                "Product " + product.code() + " " + product.omschrijving() + " toegevoegd, eenheid "
                        + eenheid.omschrijving());
        return contractproduct(contractId, product.code());
    }

    /**
     * Adds a tariff for a contracted product; without an end date it runs until the contract ends. Refused: a
     * negative amount, a period outside the looptijd, a period overlapping another tariff of the same product (409).
     */
    @Transactional
    public Tarief voegTariefToe(long contractId, String productcode, Bedrag bedrag, Periode geldig) {
        plausibel(bedrag, geldig);
        Contract contract = vereis(contractId);
        Contractproduct product = contractproduct(contractId, productcode);
        Tarief nieuw = gecontroleerd(contract, product, 0, bedrag, geldig);
        long id;
        try {
            id = repository.voegTariefToe(product.id(), bedrag, geldig);
        } catch (DataIntegrityViolationException e) {
            throw overlap(product, nieuw.geldig());
        }
        registreer(
                contractId,
                "TARIEF",
                "Tarief " + product.productcode() + " " + bedrag.format() + " per "
                        + product.eenheid().omschrijving().toLowerCase() + " " + Datumbereik.tekst(nieuw)
                        + " toegevoegd");
        return new Tarief(id, bedrag, nieuw.geldig(), nieuw.totEindeContract());
    }

    /** Changes the amount or period of a tariff, with the same checks as a new one. */
    @Transactional
    public Tarief wijzigTarief(long contractId, long tariefId, Bedrag bedrag, Periode geldig) {
        plausibel(bedrag, geldig);
        Contract contract = vereis(contractId);
        Contractproduct product = productMetTarief(contractId, tariefId);
        Tarief oud = product.tarief(tariefId).orElseThrow();
        Tarief nieuw = gecontroleerd(contract, product, tariefId, bedrag, geldig);
        try {
            repository.wijzigTarief(tariefId, bedrag, geldig);
        } catch (DataIntegrityViolationException e) {
            throw overlap(product, nieuw.geldig());
        }
        registreer(
                contractId,
                "TARIEF",
                "Tarief " + product.productcode() + " gewijzigd: "
                        + oud.bedrag().format() + " " + Datumbereik.tekst(oud) + " → " + bedrag.format() + " "
                        + Datumbereik.tekst(nieuw));
        return nieuw;
    }

    @Transactional
    public void verwijderTarief(long contractId, long tariefId) {
        Contractproduct product = productMetTarief(contractId, tariefId);
        Tarief tarief = product.tarief(tariefId).orElseThrow();
        repository.verwijderTarief(tariefId);
        registreer(
                contractId,
                "TARIEF",
                "Tarief " + product.productcode() + " " + tarief.bedrag().format() + " " + Datumbereik.tekst(tarief)
                        + " verwijderd");
    }

    /**
     * The tariffs that price a delivery of this product by this aanbieder on that day: one per
     * contract that holds the product with a tariff valid on the day (usually exactly one).
     */
    public List<GeldendTarief> tarievenOp(AgbCode agb, String productcode, LocalDate leverdatum) {
        return repository.tarievenOp(agb, productcode(productcode), leverdatum);
    }

    /** The tariff of this product under this contract on that day, if any. */
    public Optional<GeldendTarief> tariefOp(long contractId, String productcode, LocalDate leverdatum) {
        Contract contract = vereis(contractId);
        return tarievenOp(contract.agb(), productcode, leverdatum).stream()
                .filter(t -> t.contractId() == contractId)
                .findFirst();
    }

    Contractproduct contractproduct(long contractId, String productcode) {
        String code = productcode(productcode);
        return producten(contractId).stream()
                .filter(p -> p.productcode().equals(code))
                .findFirst()
                .orElseThrow(() -> new OngeldigeInvoer(
                        "productcode", "Product " + productcode + " staat niet in contract " + contractId));
    }

    private Contractproduct productMetTarief(long contractId, long tariefId) {
        return producten(contractId).stream()
                .filter(p -> p.tarief(tariefId).isPresent())
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Tarief " + tariefId + " hoort niet bij contract " + contractId));
    }

    /**
     * The tariff as it will apply under the contract, after the checks: not negative, within the looptijd (a tariff
     * without an end date from a day within it), not overlapping another tariff of the product than {@code zelf}.
     */
    private static Tarief gecontroleerd(
            Contract contract, Contractproduct product, long zelf, Bedrag bedrag, Periode geldig) {
        if (bedrag == null || bedrag.isNegatief()) {
            throw new OngeldigeInvoer("bedrag", "Een tarief kan niet negatief zijn");
        }
        boolean binnenLooptijd = geldig.isOpen()
                ? contract.looptijd().bevat(geldig.begin())
                : contract.looptijd().omvat(geldig);
        if (!binnenLooptijd) {
            throw new OngeldigeInvoer(
                    "geldig",
                    "De tariefperiode " + Datumbereik.tekst(geldig) + " valt buiten de looptijd van het contract ("
                            + Datumbereik.tekst(contract.looptijd()) + ")");
        }
        Tarief tarief = Tarief.onder(contract, zelf, bedrag, geldig);
        product.tarieven().stream()
                .filter(t -> t.id() != zelf)
                .filter(t -> t.geldig().overlaptMet(tarief.geldig()))
                .findFirst()
                .ifPresent(t -> {
                    throw overlap(product, t.geldig());
                });
        return tarief;
    }

    private static Conflict overlap(Contractproduct product, Periode bestaand) {
        return new Conflict("Voor product " + product.productcode() + " geldt in deze periode al een tarief ("
                + Datumbereik.tekst(bestaand) + "); tariefperiodes mogen elkaar niet overlappen");
    }

    void registreer(long contractId, String soort, String omschrijving) {
        repository.registreerWijziging(
                contractId,
                new Contractwijziging(OffsetDateTime.now(clock), toegang.gebruikersnaam(), soort, omschrijving));
    }

    /** The entered values, trimmed; an empty toelichting is none. */
    private static Contractgegevens schoon(Contractgegevens gegevens) {
        return new Contractgegevens(
                gegevens.nummer().trim(),
                gegevens.agb(),
                gegevens.perceel().trim(),
                gegevens.looptijd(),
                AanbiederService.leegAlsNull(gegevens.toelichting()));
    }

    private static String productcode(String productcode) {
        return productcode == null ? "" : productcode.trim().toUpperCase(Locale.ROOT);
    }

    /** A looptijd within 2015..2100 ({@link Plausibel}). */
    private static void plausibel(Contractgegevens gegevens) {
        try {
            Plausibel.beleidsperiode("De looptijd", gegevens.looptijd());
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("looptijd", e.getMessage());
        }
    }

    /** A tariff of at most {@link #HOOGSTE_TARIEF} within 2015..2100. */
    private static void plausibel(Bedrag bedrag, Periode geldig) {
        if (bedrag != null && bedrag.compareTo(HOOGSTE_TARIEF) > 0) {
            throw new OngeldigeInvoer("bedrag", "Een tarief is hoogstens " + HOOGSTE_TARIEF.format() + " per eenheid");
        }
        try {
            Plausibel.beleidsperiode("De geldigheid", geldig);
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("geldig", e.getMessage());
        }
    }
}
