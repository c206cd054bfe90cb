package nl.jeugdregie.inkoop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts with aanbieders: the products they may deliver, with a tariff per eenheid for periods
 * that never overlap and lie within the contract's looptijd. Every change is recorded with who made
 * it and when.
 */
@Service
public class ContractService {

    private static final String KOLOMMEN = "c.id, c.nummer, a.agb, a.naam, c.perceel, c.toelichting, "
            + Datumbereik.kolommen("c.looptijd", "looptijd");

    private final JdbcClient jdbc;
    private final AanbiederService aanbieders;
    private final ProductService producten;
    private final Inkooprechten toegang;
    private final Clock clock;

    ContractService(
            JdbcClient jdbc,
            AanbiederService aanbieders,
            ProductService producten,
            Inkooprechten toegang,
            Clock clock) {
        this.jdbc = jdbc;
        this.aanbieders = aanbieders;
        this.producten = producten;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** Contracts filtered on aanbieder, part of the perceel and whether they run on a day. */
    public Resultaatpagina<Contract> zoek(AgbCode agb, String perceel, LocalDate loptOp, Paginering paginering) {
        String filter = """
                from inkoop.contract c join inkoop.aanbieder a on a.id = c.aanbieder_id
                where (cast(:agb as text) is null or a.agb = cast(:agb as text))
                  and (cast(:perceel as text) is null or c.perceel ilike '%' || cast(:perceel as text) || '%')
                  and (cast(:dag as date) is null or c.looptijd @> cast(:dag as date))""";
        Map<String, Object> params = new HashMap<>();
        params.put("agb", agb == null ? null : agb.value());
        params.put("perceel", perceel == null || perceel.isBlank() ? null : perceel.trim());
        params.put("dag", loptOp);
        return Paginaquery.pagina(
                jdbc,
                KOLOMMEN,
                filter,
                "a.naam, lower(c.looptijd) desc, c.nummer",
                params,
                paginering,
                ContractService::contract);
    }

    public Optional<Contract> contract(long id) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from inkoop.contract c join inkoop.aanbieder a on a.id = c.aanbieder_id where c.id = :id")
                .param("id", id)
                .query(ContractService::contract)
                .optional();
    }

    public Contract vereis(long id) {
        return contract(id).orElseThrow(() -> new NietGevonden("Contract " + id + " bestaat niet"));
    }

    /** The contracted products with their tariffs, in product code order. */
    public List<Contractproduct> producten(long contractId) {
        record Rij(long id, String productcode, String omschrijving, String eenheid) {}
        List<Rij> rijen = jdbc.sql("""
                        select cp.id, cp.productcode, p.omschrijving, cp.eenheid from inkoop.contractproduct cp
                        join inkoop.product p on p.code = cp.productcode
                        where cp.contract_id = :id order by cp.productcode""").param("id", contractId).query(Rij.class).list();
        Map<Long, List<Tarief>> tarieven = new HashMap<>();
        jdbc.sql("select t.id, t.contractproduct_id, t.eurocent, " + Datumbereik.kolommen("t.geldig", "geldig") + """
                         from inkoop.tarief t join inkoop.contractproduct cp on cp.id = t.contractproduct_id
                        where cp.contract_id = :id order by lower(t.geldig)""")
                .param("id", contractId)
                .query((rs, i) -> Map.entry(
                        rs.getLong("contractproduct_id"),
                        new Tarief(
                                rs.getLong("id"), new Bedrag(rs.getLong("eurocent")), Datumbereik.lees(rs, "geldig"))))
                .list()
                .forEach(e -> tarieven.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rijen.stream()
                .map(r -> new Contractproduct(
                        r.id(),
                        r.productcode(),
                        r.omschrijving(),
                        Eenheid.vanCode(r.eenheid()),
                        tarieven.getOrDefault(r.id(), List.of())))
                .toList();
    }

    public List<Contractwijziging> historie(long contractId) {
        return jdbc.sql("""
                        select tijdstip, gebruiker, soort, omschrijving from inkoop.contractwijziging
                        where contract_id = :id order by tijdstip desc, id desc""")
                .param("id", contractId)
                .query(Contractwijziging.class)
                .list();
    }

    @Transactional
    public Contract voegToe(Contractgegevens gegevens) {
        long aanbiederId = aanbieders.id(gegevens.agb());
        String nummer = gegevens.nummer().trim();
        if (jdbc.sql("select count(*) from inkoop.contract where nummer = :nummer")
                        .param("nummer", nummer)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new Conflict("Er is al een contract met nummer " + nummer);
        }
        long id = jdbc.sql(
                        "insert into inkoop.contract (nummer, aanbieder_id, perceel, looptijd, toelichting, aangemaakt_op)"
                                + " values (:nummer, :aanbieder, :perceel, " + Datumbereik.SQL
                                + ", :toelichting, :nu) returning id")
                .param("nummer", nummer)
                .param("aanbieder", aanbiederId)
                .param("perceel", gegevens.perceel().trim())
                .param("begin", gegevens.looptijd().begin())
                .param("eind", gegevens.looptijd().eind())
                .param("toelichting", AanbiederService.leegAlsNull(gegevens.toelichting()))
                .param("nu", OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
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
        Contract oud = vereis(id);
        if (!oud.agb().equals(gegevens.agb())) {
            throw new OngeldigeInvoer("agb", "Een contract kan niet naar een andere aanbieder worden overgezet");
        }
        if (!oud.nummer().equals(gegevens.nummer().trim())) {
            throw new OngeldigeInvoer("nummer", "Het contractnummer kan niet worden gewijzigd");
        }
        for (Contractproduct product : producten(id)) {
            for (Tarief tarief : product.tarieven()) {
                if (!gegevens.looptijd().omvat(tarief.geldig())) {
                    throw new OngeldigeInvoer(
                            "looptijd",
                            "Het tarief voor " + product.productcode() + " (" + Datumbereik.tekst(tarief.geldig())
                                    + ") valt dan buiten de looptijd; pas eerst dat tarief aan");
                }
            }
        }
        jdbc.sql("update inkoop.contract set perceel = :perceel, looptijd = " + Datumbereik.SQL
                        + ", toelichting = :toelichting where id = :id")
                .param("id", id)
                .param("perceel", gegevens.perceel().trim())
                .param("begin", gegevens.looptijd().begin())
                .param("eind", gegevens.looptijd().eind())
                .param("toelichting", AanbiederService.leegAlsNull(gegevens.toelichting()))
                .update();
        List<String> wijzigingen = new ArrayList<>();
        if (!oud.perceel().equals(gegevens.perceel().trim())) {
            wijzigingen.add(
                    "perceel " + oud.perceel() + " → " + gegevens.perceel().trim());
        }
        if (!oud.looptijd().equals(gegevens.looptijd())) {
            wijzigingen.add(
                    "looptijd " + Datumbereik.tekst(oud.looptijd()) + " → " + Datumbereik.tekst(gegevens.looptijd()));
        }
        if (!java.util.Objects.equals(oud.toelichting(), AanbiederService.leegAlsNull(gegevens.toelichting()))) {
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
            jdbc.sql("insert into inkoop.contractproduct (contract_id, productcode, eenheid) values (:c, :p, :e)")
                    .param("c", contractId)
                    .param("p", product.code())
                    .param("e", eenheid.code())
                    .update();
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
     * Adds a tariff for a contracted product. Refused: a negative amount, a period outside the
     * looptijd, a period overlapping another tariff of the same product (409).
     */
    @Transactional
    public Tarief voegTariefToe(long contractId, String productcode, Bedrag bedrag, Periode geldig) {
        Contractproduct product = contractproduct(contractId, productcode);
        controleerTarief(vereis(contractId), product, null, bedrag, geldig);
        long id;
        try {
            id = jdbc.sql("insert into inkoop.tarief (contractproduct_id, eurocent, geldig) values (:cp, :eurocent, "
                            + Datumbereik.SQL + ") returning id")
                    .param("cp", product.id())
                    .param("eurocent", bedrag.eurocent())
                    .param("begin", geldig.begin())
                    .param("eind", geldig.eind())
                    .query(Long.class)
                    .single();
        } catch (DataIntegrityViolationException e) {
            throw overlap(product, geldig);
        }
        registreer(
                contractId,
                "TARIEF",
                "Tarief " + product.productcode() + " " + bedrag.format() + " per "
                        + product.eenheid().omschrijving().toLowerCase() + " " + Datumbereik.tekst(geldig)
                        + " toegevoegd");
        return new Tarief(id, bedrag, geldig);
    }

    /** Changes the amount or period of a tariff, with the same checks as a new one. */
    @Transactional
    public Tarief wijzigTarief(long contractId, long tariefId, Bedrag bedrag, Periode geldig) {
        Contract contract = vereis(contractId);
        Contractproduct product = producten(contractId).stream()
                .filter(p -> p.tarieven().stream().anyMatch(t -> t.id() == tariefId))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Tarief " + tariefId + " hoort niet bij contract " + contractId));
        Tarief oud = product.tarieven().stream()
                .filter(t -> t.id() == tariefId)
                .findFirst()
                .orElseThrow();
        controleerTarief(contract, product, tariefId, bedrag, geldig);
        try {
            jdbc.sql("update inkoop.tarief set eurocent = :eurocent, geldig = " + Datumbereik.SQL + " where id = :id")
                    .param("id", tariefId)
                    .param("eurocent", bedrag.eurocent())
                    .param("begin", geldig.begin())
                    .param("eind", geldig.eind())
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw overlap(product, geldig);
        }
        registreer(
                contractId,
                "TARIEF",
                "Tarief " + product.productcode() + " gewijzigd: "
                        + oud.bedrag().format() + " " + Datumbereik.tekst(oud.geldig()) + " → " + bedrag.format() + " "
                        + Datumbereik.tekst(geldig));
        return new Tarief(tariefId, bedrag, geldig);
    }

    @Transactional
    public void verwijderTarief(long contractId, long tariefId) {
        Contractproduct product = producten(contractId).stream()
                .filter(p -> p.tarieven().stream().anyMatch(t -> t.id() == tariefId))
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Tarief " + tariefId + " hoort niet bij contract " + contractId));
        Tarief tarief = product.tarieven().stream()
                .filter(t -> t.id() == tariefId)
                .findFirst()
                .orElseThrow();
        jdbc.sql("delete from inkoop.tarief where id = :id")
                .param("id", tariefId)
                .update();
        registreer(
                contractId,
                "TARIEF",
                "Tarief " + product.productcode() + " " + tarief.bedrag().format() + " "
                        + Datumbereik.tekst(tarief.geldig()) + " verwijderd");
    }

    /**
     * The tariffs that price a delivery of this product by this aanbieder on that day: one per
     * contract that holds the product with a tariff valid on the day (usually exactly one).
     */
    public List<GeldendTarief> tarievenOp(AgbCode agb, String productcode, LocalDate leverdatum) {
        return jdbc.sql("select c.id, c.nummer, a.agb, cp.productcode, cp.eenheid, t.eurocent, "
                        + Datumbereik.kolommen("t.geldig", "geldig") + """
                         from inkoop.tarief t
                        join inkoop.contractproduct cp on cp.id = t.contractproduct_id
                        join inkoop.contract c on c.id = cp.contract_id
                        join inkoop.aanbieder a on a.id = c.aanbieder_id
                        where a.agb = :agb and cp.productcode = :product and t.geldig @> cast(:dag as date)
                        order by c.nummer""")
                .param("agb", agb.value())
                .param("product", productcode == null ? "" : productcode.trim().toUpperCase(java.util.Locale.ROOT))
                .param("dag", leverdatum)
                .query((rs, i) -> new GeldendTarief(
                        rs.getLong("id"),
                        rs.getString("nummer"),
                        new AgbCode(rs.getString("agb")),
                        rs.getString("productcode"),
                        Eenheid.vanCode(rs.getString("eenheid")),
                        new Bedrag(rs.getLong("eurocent")),
                        Datumbereik.lees(rs, "geldig")))
                .list();
    }

    /** The tariff of this product under this contract on that day, if any. */
    public Optional<GeldendTarief> tariefOp(long contractId, String productcode, LocalDate leverdatum) {
        Contract contract = vereis(contractId);
        return tarievenOp(contract.agb(), productcode, leverdatum).stream()
                .filter(t -> t.contractId() == contractId)
                .findFirst();
    }

    Contractproduct contractproduct(long contractId, String productcode) {
        String code = productcode == null ? "" : productcode.trim().toUpperCase(java.util.Locale.ROOT);
        return producten(contractId).stream()
                .filter(p -> p.productcode().equals(code))
                .findFirst()
                .orElseThrow(() -> new OngeldigeInvoer(
                        "productcode", "Product " + productcode + " staat niet in contract " + contractId));
    }

    private void controleerTarief(
            Contract contract, Contractproduct product, Long zelf, Bedrag bedrag, Periode geldig) {
        if (bedrag == null || bedrag.isNegatief()) {
            throw new OngeldigeInvoer("bedrag", "Een tarief kan niet negatief zijn");
        }
        if (!contract.looptijd().omvat(geldig)) {
            throw new OngeldigeInvoer(
                    "geldig",
                    "De tariefperiode " + Datumbereik.tekst(geldig) + " valt buiten de looptijd van het contract ("
                            + Datumbereik.tekst(contract.looptijd()) + ")");
        }
        product.tarieven().stream()
                .filter(t -> zelf == null || t.id() != zelf)
                .filter(t -> t.geldig().overlaptMet(geldig))
                .findFirst()
                .ifPresent(t -> {
                    throw overlap(product, t.geldig());
                });
    }

    private static Conflict overlap(Contractproduct product, Periode bestaand) {
        return new Conflict("Voor product " + product.productcode() + " geldt in deze periode al een tarief ("
                + Datumbereik.tekst(bestaand) + "); tariefperiodes mogen elkaar niet overlappen");
    }

    void registreer(long contractId, String soort, String omschrijving) {
        jdbc.sql("""
                        insert into inkoop.contractwijziging (contract_id, tijdstip, gebruiker, soort, omschrijving)
                        values (:contract, :nu, :gebruiker, :soort, :omschrijving)""")
                .param("contract", contractId)
                .param("nu", OffsetDateTime.now(clock))
                .param("gebruiker", toegang.gebruikersnaam())
                .param("soort", soort)
                .param("omschrijving", omschrijving)
                .update();
    }

    private static Contract contract(ResultSet rs, int rij) throws SQLException {
        return new Contract(
                rs.getLong("id"),
                rs.getString("nummer"),
                new AgbCode(rs.getString("agb")),
                rs.getString("naam"),
                rs.getString("perceel"),
                Datumbereik.lees(rs, "looptijd"),
                rs.getString("toelichting"));
    }
}
