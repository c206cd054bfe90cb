package nl.jeugdregie.toegang;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Product;
import nl.jeugdregie.inkoop.ProductService;
import nl.jeugdregie.jeugdige.Gezinslid;
import nl.jeugdregie.jeugdige.Huishouden;
import nl.jeugdregie.jeugdige.Jeugdige;
import nl.jeugdregie.jeugdige.Jeugdigenregister;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.toegang.beschikking.BeschikkingPdf;
import nl.jeugdregie.toegang.beschikking.Beschikkingtekst;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Uitkomst;
import nl.jeugdregie.toewijzing.VerzoekOntvangen;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Verzoeksoort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The gemeente's toegang: hulpvragen from every route, the triage, the advice, the besluit with its beschikking and
 * toewijzing, the plan and the timeline. Every method for users is scoped to the user's gemeenten (anything else is
 * "not found") and logs what it shows or changes in the toegangslog.
 */
@Service
public class ToegangService {

    /** The Awb term for a besluit on an aanvraag under the Jeugdwet: 8 weeks (Awb artikel 4:13). */
    static final int WEKEN_BESLISTERMIJN = 8;

    private static final DateTimeFormatter LANGE_DATUM =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final ToegangRepository repository;
    private final Jeugdigenregister register;
    private final ToewijzingService toewijzingen;
    private final VerzoekService verzoeken;
    private final ContractService contracten;
    private final ProductService producten;
    private final Namen namen;
    private final Autorisatie autorisatie;
    private final Toegangslog toegangslog;
    private final Pseudonimisering pseudonimisering;
    private final BeschikkingPdf pdf = new BeschikkingPdf();
    private final Clock clock;

    ToegangService(
            ToegangRepository repository,
            Jeugdigenregister register,
            ToewijzingService toewijzingen,
            VerzoekService verzoeken,
            ContractService contracten,
            ProductService producten,
            Namen namen,
            Autorisatie autorisatie,
            Toegangslog toegangslog,
            Pseudonimisering pseudonimisering,
            Clock clock) {
        this.repository = repository;
        this.register = register;
        this.toewijzingen = toewijzingen;
        this.verzoeken = verzoeken;
        this.contracten = contracten;
        this.producten = producten;
        this.namen = namen;
        this.autorisatie = autorisatie;
        this.toegangslog = toegangslog;
        this.pseudonimisering = pseudonimisering;
        this.clock = clock;
    }

    // --- hulpvragen ---

    /**
     * Records a hulpvraag for one of the user's gemeenten. Refuses a second open hulpvraag on the same route for the
     * same jeugdige, a date in the future, and a route that cannot carry the maatregel.
     */
    @Transactional
    public Hulpvraag registreer(NieuweHulpvraag nieuw) {
        Jeugdige jeugdige = register.lees(nieuw.jeugdige());
        GemeenteCode gemeente = nieuw.gemeente() != null ? nieuw.gemeente() : jeugdige.gemeente();
        if (gemeente == null) {
            throw new OngeldigeWaarde("Kies de gemeente die verantwoordelijk is (woonplaatsbeginsel).");
        }
        autorisatie.vereisGemeente(gemeente);
        LocalDate ontvangen = nieuw.ontvangen() == null ? vandaag() : nieuw.ontvangen();
        Plausibel.beleidsdatum("De datum van de hulpvraag", ontvangen);
        if (ontvangen.isAfter(vandaag())) {
            throw new OngeldigeWaarde(
                    "De datum van de hulpvraag " + Notatie.datum(ontvangen) + " ligt in de toekomst.");
        }
        if (repository.heeftOpen(jeugdige.id(), gemeente, nieuw.route())) {
            throw new Conflict("Er is al een open hulpvraag via "
                    + nieuw.route().omschrijving().toLowerCase(Locale.ROOT)
                    + " voor deze jeugdige. Vul die aan in plaats van een tweede te maken.");
        }
        Hulpvraag hulpvraag = new Hulpvraag(
                UUID.randomUUID(),
                jeugdige.id(),
                gemeente,
                nieuw.route(),
                new Hulpvraag.Verwijzing(nieuw.route().verwijzer(), nieuw.verwijzerAgb(), nieuw.verwijzerNaam()),
                ontvangen,
                nieuw.omschrijving(),
                nieuw.urgentie(),
                nieuw.toestemming(),
                nieuw.toestemmingDoor(),
                nieuw.maatregel(),
                nieuw.machtigingGesloten(),
                Hulpvraag.Status.OPEN,
                uiterlijk(ontvangen, nieuw.urgentie()),
                null,
                null,
                null,
                null,
                clock.instant(),
                door());
        try {
            repository.voegToe(hulpvraag);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new Conflict("Er is zojuist al een open hulpvraag via "
                    + nieuw.route().omschrijving().toLowerCase(Locale.ROOT) + " voor deze jeugdige vastgelegd.");
        }
        log(jeugdige, Actie.AANMAKEN, "hulpvraag via " + hulpvraag.route().code(), gemeente);
        return hulpvraag;
    }

    /** A crisis is decided today; otherwise the Awb term of 8 weeks runs from the aanvraag. */
    private static LocalDate uiterlijk(LocalDate ontvangen, Urgentie urgentie) {
        return switch (urgentie) {
            case CRISIS -> ontvangen;
            case SPOED -> ontvangen.plusWeeks(1);
            case NORMAAL -> ontvangen.plusWeeks(WEKEN_BESLISTERMIJN);
        };
    }

    /** The hulpvraag when it belongs to one of the user's gemeenten; logs the read. */
    @Transactional(readOnly = true)
    public Hulpvraag hulpvraag(UUID id) {
        Hulpvraag hulpvraag = zichtbaar(id);
        log(hulpvraag, Actie.RAADPLEGEN, "hulpvraag");
        return hulpvraag;
    }

    /**
     * Records consent given after the hulpvraag (a verzoek of a huisarts arrives without it): who gave it, the
     * gezagdragers and the jeugdige from 12.
     */
    @Transactional
    public Hulpvraag legToestemmingVast(UUID id, String door) {
        Hulpvraag hulpvraag = open(id);
        if (door == null
                || door.isBlank()
                || door.strip().length() > 200
                || nl.jeugdregie.kern.Tekst.heeftStuurteken(door)) {
            throw new OngeldigeWaarde("Leg vast wie toestemming gaf (de gezagdragers, en de jeugdige vanaf 12 jaar),"
                    + " in hoogstens 200 tekens.");
        }
        repository.legToestemmingVast(id, door.strip(), clock.instant());
        log(hulpvraag, Actie.WIJZIGEN, "toestemming vastgelegd");
        return repository.hulpvraag(id).orElseThrow();
    }

    /** Extends the Awb term once, by at most 8 weeks, with a reason that is kept (Awb artikel 4:14). */
    @Transactional
    public Hulpvraag verleng(UUID id, LocalDate tot, String reden) {
        Hulpvraag hulpvraag = open(id);
        if (hulpvraag.verlengdTot() != null) {
            throw new Conflict("De termijn is al eens verlengd, tot " + Notatie.datum(hulpvraag.verlengdTot())
                    + "; dat kan maar één keer.");
        }
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeWaarde("Geef de reden van de verlenging; die staat in de kennisgeving aan het gezin.");
        }
        if (tot == null
                || !tot.isAfter(hulpvraag.uiterlijk())
                || tot.isAfter(hulpvraag.uiterlijk().plusWeeks(8))) {
            throw new OngeldigeWaarde("Verleng tot een datum na " + Notatie.datum(hulpvraag.uiterlijk())
                    + " en uiterlijk " + Notatie.datum(hulpvraag.uiterlijk().plusWeeks(8)) + ".");
        }
        repository.verleng(id, tot, reden.strip());
        log(hulpvraag, Actie.WIJZIGEN, "beslistermijn verlengd");
        return repository.hulpvraag(id).orElseThrow();
    }

    /**
     * A verzoek om toewijzing (JW315) with a verwijzer outside the gemeente becomes a hulpvraag on the jeugdige's file,
     * linked to the verzoek, so the gemeente sees every route in one place. Runs at the end of the processing of the
     * message, when the jeugdige's data from the verzoek are in the register.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void bijVerzoek(VerzoekOntvangen verzoek) {
        if (verzoek.soort() != Verzoeksoort.VOT || verzoek.client() == null) {
            return;
        }
        Optional<Route> route = Route.vanVerwijzer(verzoek.verwijzer());
        Optional<Jeugdige> jeugdige = register.metBsn(verzoek.client());
        if (route.isEmpty()
                || jeugdige.isEmpty()
                || repository.heeftOpen(jeugdige.get().id(), verzoek.gemeente(), route.get())) {
            return;
        }
        Hulpvraag hulpvraag = new Hulpvraag(
                UUID.randomUUID(),
                jeugdige.get().id(),
                verzoek.gemeente(),
                route.get(),
                new Hulpvraag.Verwijzing(verzoek.verwijzer(), null, null),
                verzoek.ontvangen(),
                "Verzoek om toewijzing (JW315) van " + namen.aanbieder(verzoek.aanbieder()) + ", referentie "
                        + verzoek.referentieAanbieder() + ": " + verzoek.producten() + ".",
                Urgentie.NORMAAL,
                false,
                null,
                null,
                false,
                Hulpvraag.Status.OPEN,
                verzoek.uiterlijk() != null
                                && verzoek.uiterlijk()
                                        .isBefore(verzoek.ontvangen().plusWeeks(WEKEN_BESLISTERMIJN))
                        ? verzoek.uiterlijk()
                        : verzoek.ontvangen().plusWeeks(WEKEN_BESLISTERMIJN),
                null,
                null,
                verzoek.aanbieder(),
                verzoek.referentieAanbieder(),
                clock.instant(),
                Toegangslog.SYSTEEM);
        repository.voegToe(hulpvraag);
        register.maakBekend(verzoek.client(), verzoek.gemeente(), "verzoek om toewijzing");
        toegangslog.registreer(new Gebeurtenis(
                verzoek.client(),
                Actie.VERWERKEN,
                "hulpvraag via " + route.get().code() + " uit verzoek " + verzoek.referentieAanbieder(),
                "gemeente " + verzoek.gemeente(),
                null));
    }

    // --- triage and advice ---

    /** Records the triage of an open hulpvraag (a new version when there was one) and answers the advice. */
    @Transactional
    public Advies legTriageVast(UUID id, Triage triage) {
        Hulpvraag hulpvraag = open(id);
        Adviseur.Uitkomst uitkomst = Adviseur.adviseer(triage, hulpvraag.machtigingGesloten());
        repository.bewaarTriage(id, triage, uitkomst.trede(), clock.instant(), door());
        log(hulpvraag, Actie.WIJZIGEN, "triage");
        return advies(hulpvraag, triage, uitkomst);
    }

    /** The latest triage, when there is one; logs the read. */
    @Transactional(readOnly = true)
    public Optional<Triage> triage(UUID id) {
        Hulpvraag hulpvraag = zichtbaar(id);
        Optional<Triage> triage = repository.triage(id).map(ToegangRepository.VastgelegdeTriage::triage);
        triage.ifPresent(t -> log(hulpvraag, Actie.RAADPLEGEN, "triage"));
        return triage;
    }

    /** The advice from the latest triage; {@link Conflict} when there is no triage yet. */
    @Transactional(readOnly = true)
    public Advies advies(UUID id) {
        Hulpvraag hulpvraag = zichtbaar(id);
        Triage triage = repository
                .triage(id)
                .map(ToegangRepository.VastgelegdeTriage::triage)
                .orElseThrow(() -> new Conflict("Er is nog geen triage; het advies volgt uit de triage."));
        log(hulpvraag, Actie.RAADPLEGEN, "advies");
        return advies(hulpvraag, triage, Adviseur.adviseer(triage, hulpvraag.machtigingGesloten()));
    }

    private Advies advies(Hulpvraag hulpvraag, Triage triage, Adviseur.Uitkomst uitkomst) {
        List<String> redenen = new ArrayList<>(uitkomst.redenen());
        if (!triage.jeugdigeDeedMee() && triage.wensJeugdige() == null) {
            redenen.add("Let op: de jeugdige deed niet mee en zijn of haar wens is niet vastgelegd.");
        }
        if (hulpvraag.isBindend()) {
            redenen.add("Er is een maatregel (" + hulpvraag.maatregel() + "): de gemeente moet hulp inzetten; de"
                    + " triage bepaalt welke.");
        }
        Trede trede = uitkomst.trede();
        List<Advies.Optie> opties = new ArrayList<>();
        opties.add(new Advies.Optie(trede, repository.aanbod(trede.hulpvormen(), vandaag())));
        if (trede.zwaarder() != trede && trede.zwaarder() != Trede.GESLOTEN) {
            opties.add(new Advies.Optie(
                    trede.zwaarder(), repository.aanbod(trede.zwaarder().hulpvormen(), vandaag())));
        }
        return new Advies(trede, redenen, uitkomst.principe(), hulpvraag.isBindend(), opties);
    }

    // --- besluit and beschikking ---

    /**
     * Decides on an open hulpvraag. Toekennen creates the toewijzing (and with it the JW301) in the same transaction
     * and the beschikking with its PDF; anything refused stores nothing.
     */
    @Transactional
    public Beschikking besluit(UUID id, Besluitvraag gevraagd) {
        Besluitvraag vraag = gevraagd;
        Hulpvraag hulpvraag = repository
                .vergrendel(id)
                .filter(h -> autorisatie.magGemeenteZien(h.gemeente()))
                .orElseThrow(() -> nietGevonden(id));
        if (hulpvraag.status() != Hulpvraag.Status.OPEN) {
            throw new Conflict("Op deze hulpvraag is al besloten.");
        }
        Jeugdige jeugdige = register.lees(hulpvraag.jeugdige());
        Optional<Trede> advies = repository.triage(id).map(ToegangRepository.VastgelegdeTriage::advies);
        if (vraag.soort().kentHulpToe()) {
            controleerToekenning(hulpvraag, vraag, advies);
        } else if (hulpvraag.isBindend()) {
            throw new Conflict("Bij een maatregel (" + hulpvraag.maatregel() + ") moet de gemeente hulp inzetten;"
                    + " afwijzen kan niet. Kies welke hulp past.");
        }
        Huishouden huishouden = register.huishoudenVan(jeugdige);
        LocalDate dagtekening = vandaag();
        String kenmerk = repository.volgendKenmerk(hulpvraag.gemeente(), dagtekening.getYear());
        Long nummer = null;
        ToegewezenProduct viaVerzoek = beantwoordVerzoek(hulpvraag, vraag);
        if (viaVerzoek != null) {
            nummer = viaVerzoek.nummer().value();
            vraag = new Besluitvraag(
                    vraag.soort(),
                    viaVerzoek.product().code(),
                    viaVerzoek.omvang() == null ? vraag.omvang() : viaVerzoek.omvang(),
                    viaVerzoek.periode(),
                    viaVerzoek.aanbieder(),
                    vraag.trede(),
                    vraag.redenZwaarder(),
                    vraag.motivering());
        } else if (vraag.soort().kentHulpToe()) {
            Product product = producten.vereis(vraag.productcode());
            Uitkomst<ToegewezenProduct> uitkomst = toewijzingen.wijsToe(new NieuweToewijzing(
                    hulpvraag.gemeente(),
                    jeugdige.bsn(),
                    vraag.aanbieder(),
                    Productaanduiding.specifiek(product.categorie(), product.code()),
                    vraag.periode(),
                    vraag.omvang(),
                    null,
                    "Beschikking " + kenmerk));
            if (!uitkomst.isGeaccepteerd()) {
                throw new Conflict("De toewijzing kan zo niet: " + uitleg(uitkomst));
            }
            nummer = uitkomst.waarde().nummer().value();
        }
        Besluit besluit = new Besluit(
                UUID.randomUUID(),
                id,
                vraag.soort(),
                advies.orElse(null),
                vraag.soort().kentHulpToe() ? vraag.trede() : null,
                vraag.redenZwaarder(),
                vraag.motivering(),
                vraag.soort().kentHulpToe() ? vraag.productcode() : null,
                vraag.soort().kentHulpToe() ? vraag.aanbieder().value() : null,
                vraag.periode() == null ? null : vraag.periode().begin(),
                vraag.periode() == null ? null : vraag.periode().eind(),
                vraag.omvang() == null ? null : vraag.omvang().toString(),
                nummer,
                clock.instant(),
                door());
        repository.bewaarBesluit(besluit, vraag);
        repository.zetStatus(id, Hulpvraag.Status.BESLOTEN);
        byte[] document = pdf.maak(tekst(hulpvraag, jeugdige, huishouden, besluit, kenmerk, dagtekening));
        Beschikking beschikking = new Beschikking(
                UUID.randomUUID(), besluit.id(), id, kenmerk, dagtekening, sha256(document), clock.instant());
        repository.bewaarBeschikking(beschikking, document);
        log(hulpvraag, Actie.AANMAKEN, "besluit (" + vraag.soort().omschrijving() + ") en beschikking " + kenmerk);
        return beschikking;
    }

    /**
     * A hulpvraag that came with a verzoek om toewijzing (JW315) is answered on that verzoek: granting help at the
     * aanbieder that asked assigns the verzoek (its JW301 carries the aanbieder's ReferentieAanbieder) and answers the
     * toewijzing it made; any other besluit refuses the verzoek (zorginhoudelijke afkeur), so it does not stay open.
     * Answers {@code null} when the besluit makes its own toewijzing.
     */
    private ToegewezenProduct beantwoordVerzoek(Hulpvraag hulpvraag, Besluitvraag vraag) {
        if (hulpvraag.verzoekReferentie() == null) {
            return null;
        }
        AgbCode aanbieder = hulpvraag.verzoekAanbieder();
        String referentie = hulpvraag.verzoekReferentie();
        if (vraag.soort().kentHulpToe() && aanbieder.equals(vraag.aanbieder())) {
            Uitkomst<List<ToegewezenProduct>> uitkomst = verzoeken.wijsToe(aanbieder, referentie);
            if (!uitkomst.isGeaccepteerd()) {
                throw new Conflict("Het verzoek om toewijzing " + referentie + " kan zo niet worden toegewezen: "
                        + uitleg(uitkomst));
            }
            return uitkomst.waarde().get(0);
        }
        verzoeken.wijsAf(aanbieder, referentie, RedenAfwijzingVerzoek.ZORGINHOUDELIJKE_AFKEUR);
        return null;
    }

    private static String uitleg(Uitkomst<?> uitkomst) {
        return uitkomst.schendingen().stream()
                .map(s -> s.uitleg())
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    private void controleerToekenning(Hulpvraag hulpvraag, Besluitvraag vraag, Optional<Trede> advies) {
        if (!hulpvraag.toestemming() && !hulpvraag.isBindend()) {
            throw new Conflict("Er is geen toestemming van de gezagdragers vastgelegd; vrijwillige jeugdhulp kan zonder"
                    + " toestemming niet worden toegekend.");
        }
        if (advies.isEmpty()) {
            throw new Conflict("Leg eerst de triage vast: het besluit volgt op de triage en het advies.");
        }
        Trede vanProduct = producten
                .product(vraag.productcode())
                .flatMap(ToegangService::trede)
                .orElse(null);
        if (vanProduct != null && vanProduct != vraag.trede()) {
            throw new OngeldigeWaarde("Product " + namen.product(vraag.productcode()) + " hoort bij de trede "
                    + vanProduct.omschrijving().toLowerCase(Locale.ROOT) + ", niet bij "
                    + vraag.trede().omschrijving().toLowerCase(Locale.ROOT) + ".");
        }
        if (vraag.trede() == Trede.GESLOTEN && !hulpvraag.machtigingGesloten()) {
            throw new Conflict("Gesloten jeugdhulp kan alleen met een machtiging van de kinderrechter.");
        }
        if (vraag.trede().isZwaarderDan(advies.get()) && vraag.redenZwaarder() == null) {
            throw new OngeldigeWaarde("U kiest zwaardere hulp (" + vraag.trede().omschrijving() + ") dan het advies ("
                    + advies.get().omschrijving() + "). Geef de reden; die wordt bewaard.");
        }
        Plausibel.beleidsperiode("De periode", vraag.periode());
        if (vraag.periode().eind() == null) {
            throw new OngeldigeWaarde("Een beschikking heeft een einddatum.");
        }
        for (LocalDate dag : List.of(vraag.periode().begin(), vraag.periode().eind())) {
            if (contracten
                    .tarievenOp(vraag.aanbieder(), vraag.productcode(), dag)
                    .isEmpty()) {
                throw new Conflict(namen.aanbieder(vraag.aanbieder()) + " heeft op " + Notatie.datum(dag)
                        + " geen contract voor " + namen.product(vraag.productcode())
                        + ". Kies een aanbieder met een contract of een kortere periode.");
            }
        }
    }

    /** The step a product belongs to, by its CBS hulpvorm (or its category when the catalogue has none). */
    static Optional<Trede> trede(Product product) {
        return Trede.van(
                product.cbsHulpvorm().orElse(null),
                product.categorie() == null ? null : product.categorie().code());
    }

    private Beschikkingtekst tekst(
            Hulpvraag hulpvraag,
            Jeugdige jeugdige,
            Huishouden huishouden,
            Besluit besluit,
            String kenmerk,
            LocalDate dagtekening) {
        Persoonsgegevens gegevens = jeugdige.gegevens();
        List<String> eigenAdres = adresregels(gegevens.adres());
        List<Beschikkingtekst.Geadresseerde> aan = new ArrayList<>();
        for (Gezinslid lid : huishouden.gezagdragers()) {
            List<String> regels = lid.woontInHuis() || lid.adres() == null ? eigenAdres : List.of(lid.adres());
            if (!regels.isEmpty()) {
                aan.add(new Beschikkingtekst.Geadresseerde(
                        lid.naam(),
                        regels,
                        lid.relatie() == nl.jeugdregie.jeugdige.Relatie.VOOGD ? "voogd" : "ouder met gezag"));
            }
        }
        int leeftijd = gegevens.geboortedatum().until(dagtekening).getYears();
        if (leeftijd < 18 && huishouden.gezagdragers().isEmpty()) {
            throw new Conflict("Leg in het huishouden vast wie gezag heeft: de gezagdragers van een minderjarige"
                    + " ontvangen de beschikking.");
        }
        if (leeftijd >= 12 && !eigenAdres.isEmpty()) {
            aan.add(new Beschikkingtekst.Geadresseerde(gegevens.naam(), eigenAdres, "jeugdige"));
        }
        if (aan.isEmpty()) {
            throw new Conflict("De beschikking gaat naar de gezagdragers" + (leeftijd >= 12 ? " en de jeugdige" : "")
                    + ". Leg in het huishouden vast wie gezag heeft, met een adres.");
        }
        List<Beschikkingtekst.Onderdeel> onderdelen = besluit.productcode() == null
                ? List.of()
                : List.of(new Beschikkingtekst.Onderdeel(
                        besluit.productcode(),
                        producten
                                .product(besluit.productcode())
                                .map(Product::omschrijving)
                                .orElse(besluit.productcode()),
                        besluit.omvang(),
                        LANGE_DATUM.format(besluit.ingangsdatum()) + " tot en met "
                                + LANGE_DATUM.format(besluit.einddatum()),
                        namen.naam(nl.jeugdregie.platform.Codesoort.AANBIEDER, besluit.aanbieder())
                                .orElse(besluit.aanbieder()),
                        besluit.aanbieder()));
        String gemeentenaam = namen.naam(nl.jeugdregie.platform.Codesoort.GEMEENTE, hulpvraag.gemeente())
                .orElse(hulpvraag.gemeente().value());
        return new Beschikkingtekst(
                gemeentenaam,
                List.of("College van burgemeester en wethouders van " + gemeentenaam, "Team Toegang Jeugd"),
                kenmerk,
                dagtekening,
                aan,
                new Beschikkingtekst.Personalia(gegevens.naam(), gegevens.geboortedatum()),
                hulpvraag.ontvangen(),
                besluit.soort(),
                onderdelen,
                besluit.motivering(),
                new Beschikkingtekst.Ondertekening(
                        autorisatie.huidigeGebruiker().map(Gebruiker::naam).orElse("Team Toegang Jeugd"),
                        "namens het college, medewerker toegang jeugd"));
    }

    private static List<String> adresregels(Persoonsgegevens.Adres adres) {
        if (adres == null) {
            return List.of();
        }
        String nummer = adres.huisnummer()
                + (adres.huisletter() == null ? "" : adres.huisletter())
                + (adres.huisnummertoevoeging() == null ? "" : "-" + adres.huisnummertoevoeging());
        return List.of(
                adres.straatnaam() + " " + nummer,
                adres.postcode().substring(0, 4) + " " + adres.postcode().substring(4) + "  " + adres.plaatsnaam());
    }

    /** The besluit on the hulpvraag, when there is one. */
    @Transactional(readOnly = true)
    public Optional<Besluit> besluitOp(UUID hulpvraag) {
        zichtbaar(hulpvraag);
        return repository.besluitVan(hulpvraag);
    }

    /** The beschikking of the hulpvraag, when decided. */
    @Transactional(readOnly = true)
    public Optional<Beschikking> beschikkingVan(UUID hulpvraag) {
        zichtbaar(hulpvraag);
        return repository.beschikkingVanHulpvraag(hulpvraag);
    }

    /** A beschikking of one of the user's gemeenten; logs the read. */
    @Transactional(readOnly = true)
    public Beschikking beschikking(UUID id) {
        Beschikking beschikking = repository.beschikking(id).orElseThrow(() -> nietGevonden(id));
        Hulpvraag hulpvraag = repository
                .hulpvraag(beschikking.hulpvraag())
                .filter(h -> autorisatie.magGemeenteZien(h.gemeente()))
                .orElseThrow(() -> nietGevonden(id));
        log(hulpvraag, Actie.RAADPLEGEN, "beschikking " + beschikking.kenmerk());
        return beschikking;
    }

    /** A beschikking's PDF exactly as stored, with the name to save it under. */
    public record Beschikkingsbestand(String bestandsnaam, byte[] inhoud) {}

    /** The PDF of a beschikking of one of the user's gemeenten, exactly as stored; logs the print. */
    @Transactional(readOnly = true)
    public Beschikkingsbestand pdf(UUID id) {
        Beschikking beschikking = repository.beschikking(id).orElseThrow(() -> nietGevonden(id));
        Hulpvraag hulpvraag = repository
                .hulpvraag(beschikking.hulpvraag())
                .filter(h -> autorisatie.magGemeenteZien(h.gemeente()))
                .orElseThrow(() -> nietGevonden(id));
        log(hulpvraag, Actie.AFDRUKKEN, "beschikking " + beschikking.kenmerk() + " (PDF)");
        return new Beschikkingsbestand("beschikking-" + beschikking.kenmerk() + ".pdf", repository.pdf(id));
    }

    // --- plan ---

    @Transactional
    public Doel voegDoelToe(
            UUID jeugdige,
            GemeenteCode gemeente,
            String omschrijving,
            String afgesprokenMet,
            LocalDate evaluatiedatum) {
        Jeugdige gelezen = register.lees(jeugdige);
        autorisatie.vereisGemeente(gemeente);
        if (omschrijving == null || omschrijving.isBlank() || afgesprokenMet == null || afgesprokenMet.isBlank()) {
            throw new OngeldigeWaarde("Beschrijf het doel en met wie het is afgesproken.");
        }
        if (omschrijving.strip().length() > 2000
                || afgesprokenMet.strip().length() > 200
                || nl.jeugdregie.kern.Tekst.heeftStuurteken(omschrijving)
                || nl.jeugdregie.kern.Tekst.heeftStuurteken(afgesprokenMet)) {
            throw new OngeldigeWaarde(
                    "Een doel is hoogstens 2000 tekens en 'afgesproken met' hoogstens 200, zonder" + " stuurtekens.");
        }
        if (evaluatiedatum == null || evaluatiedatum.isBefore(vandaag())) {
            throw new OngeldigeWaarde("Kies een evaluatiedatum vanaf vandaag.");
        }
        Plausibel.beleidsdatum("De evaluatiedatum", evaluatiedatum);
        Doel doel = new Doel(
                UUID.randomUUID(),
                gemeente,
                omschrijving.strip(),
                afgesprokenMet.strip(),
                evaluatiedatum,
                null,
                null,
                null);
        repository.voegDoelToe(gelezen.id(), doel, clock.instant(), door());
        log(gelezen, Actie.WIJZIGEN, "plan: doel toegevoegd", gemeente);
        return doel;
    }

    @Transactional
    public void evalueer(UUID jeugdige, UUID doel, Doel.Doeluitkomst uitkomst, String evaluatie) {
        Jeugdige gelezen = register.lees(jeugdige);
        if (uitkomst == null) {
            throw new OngeldigeWaarde("Kies of het doel behaald, deels behaald of niet behaald is.");
        }
        boolean bestaat = repository.doelen(gelezen.id(), autorisatie.zichtbareGemeenten()).stream()
                .anyMatch(d -> d.id().equals(doel));
        if (!bestaat || !repository.evalueer(gelezen.id(), doel, uitkomst, evaluatie, vandaag())) {
            throw new NietGevonden("Dit doel is niet gevonden.");
        }
        log(gelezen, Actie.WIJZIGEN, "plan: doel geëvalueerd", null);
    }

    @Transactional(readOnly = true)
    public List<Doel> plan(UUID jeugdige) {
        Jeugdige gelezen = register.lees(jeugdige);
        log(gelezen, Actie.RAADPLEGEN, "plan en doelen", null);
        return repository.doelen(gelezen.id(), autorisatie.zichtbareGemeenten());
    }

    // --- file, timeline, work queue ---

    /** The hulpvragen of the jeugdige in the user's gemeenten, newest first. */
    @Transactional(readOnly = true)
    public List<Hulpvraag> hulpvragenVan(UUID jeugdige) {
        Jeugdige gelezen = register.lees(jeugdige);
        return repository.vanJeugdige(gelezen.id(), autorisatie.zichtbareGemeenten());
    }

    /**
     * Everything about the jeugdige in the user's gemeenten, newest first: hulpvragen, triage, besluiten,
     * beschikkingen, goals, toewijzingen, start and stop of care, declared totals.
     */
    @Transactional(readOnly = true)
    public List<Tijdlijnitem> tijdlijn(UUID jeugdige) {
        Jeugdige gelezen = register.lees(jeugdige);
        Set<GemeenteCode> gemeenten = autorisatie.zichtbareGemeenten();
        List<Tijdlijnitem> items = new ArrayList<>();
        for (Hulpvraag h : repository.vanJeugdige(gelezen.id(), gemeenten)) {
            items.add(new Tijdlijnitem(
                    h.ontvangen(),
                    "hulpvraag",
                    "Hulpvraag via " + h.route().omschrijving().toLowerCase(Locale.ROOT) + " ("
                            + h.urgentie().code() + (h.isBindend() ? ", maatregel: " + h.maatregel() : "") + "): "
                            + h.omschrijving(),
                    h.gemeente().value(),
                    h.id().toString()));
            repository
                    .triage(h.id())
                    .ifPresent(t -> items.add(new Tijdlijnitem(
                            LocalDate.ofInstant(t.op(), clock.getZone()),
                            "triage",
                            "Triage (versie " + t.versie() + ") door " + t.door() + "; advies: "
                                    + t.advies().omschrijving(),
                            h.gemeente().value(),
                            h.id().toString())));
            repository
                    .besluitVan(h.id())
                    .ifPresent(b -> items.add(new Tijdlijnitem(
                            LocalDate.ofInstant(b.beslotenOp(), clock.getZone()),
                            "besluit",
                            "Besluit: " + b.soort().omschrijving()
                                    + (b.productcode() == null
                                            ? ""
                                            : ", " + namen.product(b.productcode()) + " bij "
                                                    + namen.aanbieder(b.aanbieder()) + ", " + b.omvang())
                                    + (b.redenZwaarder() == null
                                            ? ""
                                            : " (zwaarder dan het advies: " + b.redenZwaarder() + ")"),
                            h.gemeente().value(),
                            h.id().toString())));
            repository
                    .beschikkingVanHulpvraag(h.id())
                    .ifPresent(k -> items.add(new Tijdlijnitem(
                            k.dagtekening(),
                            "beschikking",
                            "Beschikking " + k.kenmerk(),
                            h.gemeente().value(),
                            k.id().toString())));
        }
        for (Doel d : repository.doelen(gelezen.id(), gemeenten)) {
            items.add(new Tijdlijnitem(
                    d.geevalueerdOp() != null ? d.geevalueerdOp() : d.evaluatiedatum(),
                    "doel",
                    "Doel: " + d.omschrijving()
                            + (d.uitkomst() == null
                                    ? " (evaluatie op " + Notatie.datum(d.evaluatiedatum()) + ")"
                                    : " — " + d.uitkomst().omschrijving().toLowerCase(Locale.ROOT)),
                    d.gemeente().value(),
                    d.id().toString()));
        }
        String pseudoniem = pseudonimisering.pseudoniem(gelezen.bsn());
        items.addAll(repository.toewijzingsgebeurtenissen(pseudoniem, gemeenten));
        items.addAll(repository.declaraties(pseudoniem, gemeenten));
        items.sort(Comparator.comparing(Tijdlijnitem::datum, Comparator.nullsLast(Comparator.reverseOrder())));
        log(gelezen, Actie.RAADPLEGEN, "tijdlijn", null);
        return items;
    }

    /** The work queue of toegang: open hulpvragen by urgency and term, reviews due, and the user's own caseload. */
    public record Werkvoorraad(List<Hulpvraag> open, List<Hulpvraag> eigen, List<Review> reviews) {}

    @Transactional
    public Werkvoorraad werkvoorraad() {
        Set<GemeenteCode> gemeenten = autorisatie.zichtbareGemeenten();
        List<Hulpvraag> open = repository.open(gemeenten, 200);
        List<Review> reviews = repository.reviewsTeDoen(gemeenten, vandaag());
        List<Gebeurtenis> inzage = new ArrayList<>();
        open.forEach(h -> register.metId(h.jeugdige())
                .ifPresent(j -> inzage.add(new Gebeurtenis(
                        j.bsn(), Actie.RAADPLEGEN, "hulpvraag in de werkvoorraad", "gemeente " + h.gemeente(), null))));
        reviews.forEach(r -> register.metId(r.jeugdige())
                .ifPresent(j -> inzage.add(new Gebeurtenis(
                        j.bsn(), Actie.RAADPLEGEN, "doel te evalueren in de werkvoorraad", null, null))));
        toegangslog.registreer(inzage);
        String ik = door();
        return new Werkvoorraad(
                open, open.stream().filter(h -> h.aangemaaktDoor().equals(ik)).toList(), reviews);
    }

    // --- helpers ---

    private Hulpvraag zichtbaar(UUID id) {
        return repository
                .hulpvraag(id)
                .filter(h -> autorisatie.magGemeenteZien(h.gemeente()))
                .orElseThrow(() -> nietGevonden(id));
    }

    /** An open hulpvraag of the user's gemeenten, locked until the transaction ends so changes never interleave. */
    private Hulpvraag open(UUID id) {
        Hulpvraag hulpvraag = repository
                .vergrendel(id)
                .filter(h -> autorisatie.magGemeenteZien(h.gemeente()))
                .orElseThrow(() -> nietGevonden(id));
        if (hulpvraag.status() != Hulpvraag.Status.OPEN) {
            throw new Conflict(
                    "Deze hulpvraag is " + hulpvraag.status().omschrijving().toLowerCase(Locale.ROOT)
                            + "; er kan niets meer aan worden veranderd.");
        }
        return hulpvraag;
    }

    private void log(Hulpvraag hulpvraag, Actie actie, String gegevens) {
        log(register.metId(hulpvraag.jeugdige()).orElseThrow(), actie, gegevens, hulpvraag.gemeente());
    }

    private void log(Jeugdige jeugdige, Actie actie, String gegevens, GemeenteCode gemeente) {
        toegangslog.registreer(new Gebeurtenis(
                jeugdige.bsn(), actie, gegevens, gemeente == null ? null : "gemeente " + gemeente, null));
    }

    private String door() {
        return autorisatie.huidigeGebruiker().map(Gebruiker::naam).orElse(Toegangslog.SYSTEEM);
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private static NietGevonden nietGevonden(UUID id) {
        return new NietGevonden("Hulpvraag of beschikking " + id + " bestaat niet of is niet van uw gemeenten.");
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
