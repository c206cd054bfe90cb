package nl.jeugdregie.portaal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.declaratie.Conceptregel;
import nl.jeugdregie.declaratie.Declaratieconcepten;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.regio.RegioService;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The concept declaratie from a file of prestaties ({@link Prestatiebestand}), the route of the VNG Berichtenapp. Each
 * row must name a toewijzing the signed-in aanbieder received from the gemeente, for the jeugdige of that toewijzing (a
 * toewijzing of another aanbieder gets the same answer as one that does not exist); a missing product code, eenheid or
 * amount comes from the toewijzing and the contract tariff ({@link Declaratieconcepten#metVolume}); every prestatie
 * gets a new ReferentieNummer. The concept is stored in one transaction, only when no row has an error: otherwise
 * nothing is stored and every error is given. From then on it is the same concept as a prefilled one: previewed by the
 * gemeente's checks, corrected, and sent with {@link Conceptdeclaraties#dienIn}. Storing is logged per jeugdige.
 *
 * <p>A page starts an upload in the background ({@link #start}) and follows its progress ({@link #upload}); the API
 * waits for it ({@link #importeer}). Uploads are kept in memory, the last {@value #BEWAARD} for at most a day: a restart
 * forgets the progress, never a stored concept.
 */
@Service
public class Prestatieimport {

    static final int BEWAARD = 50;
    static final Duration BEWAARTIJD = Duration.ofHours(24);
    private static final YearMonth EERSTE_MAAND = YearMonth.of(2015, 1);
    private static final Logger log = LoggerFactory.getLogger(Prestatieimport.class);

    private final Berichtenbus bus;
    private final ToewijzingService toewijzingen;
    private final Declaratieconcepten concepten;
    private final ConceptRepository opslag;
    private final PortaalRepository portaal;
    private final RegioService regio;
    private final Toegangslog toegangslog;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final Map<UUID, Prestatieupload> uploads = new LinkedHashMap<>();
    private final ThreadPoolTaskExecutor uitvoerder = new ThreadPoolTaskExecutor();

    Prestatieimport(
            Berichtenbus bus,
            ToewijzingService toewijzingen,
            Declaratieconcepten concepten,
            ConceptRepository opslag,
            PortaalRepository portaal,
            RegioService regio,
            Toegangslog toegangslog,
            PlatformTransactionManager transacties,
            Clock clock) {
        this.bus = bus;
        this.toewijzingen = toewijzingen;
        this.concepten = concepten;
        this.opslag = opslag;
        this.portaal = portaal;
        this.regio = regio;
        this.toegangslog = toegangslog;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
        uitvoerder.setCorePoolSize(1);
        uitvoerder.setMaxPoolSize(1);
        uitvoerder.setThreadNamePrefix("portaal-upload-");
        uitvoerder.initialize();
    }

    /**
     * Reads, checks and stores the file as a new concept of the signed-in aanbieder for the gemeente and month, and
     * answers its id. Any error in the file is an {@link OngeldigeInvoer} listing every one, and nothing is stored.
     */
    public long importeer(GemeenteCode gemeente, YearMonth maand, String bestandsnaam, byte[] bestand, String waar) {
        Gebruiker gebruiker = bus.vereisIndiener();
        Prestatieupload upload =
                new Prestatieupload(UUID.randomUUID(), gebruiker.aanbieder(), gemeente, maand, clock.instant());
        return importeer(gebruiker, upload, bestandsnaam, bestand, waar);
    }

    /** Starts the upload in the background and answers at once; {@link #upload} tells how far it is. */
    public Prestatieupload start(
            GemeenteCode gemeente, YearMonth maand, String bestandsnaam, byte[] bestand, String waar) {
        Gebruiker gebruiker = bus.vereisIndiener();
        Instant nu = clock.instant();
        Prestatieupload upload = new Prestatieupload(UUID.randomUUID(), gebruiker.aanbieder(), gemeente, maand, nu);
        bewaar(upload, nu);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        uitvoerder.execute(new DelegatingSecurityContextRunnable(
                () -> voerUit(gebruiker, upload, bestandsnaam, bestand, waar), context));
        return upload;
    }

    /** An upload of the signed-in aanbieder; another aanbieder's upload is not found. */
    public Optional<Prestatieupload> upload(UUID id) {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        synchronized (uploads) {
            return Optional.ofNullable(uploads.get(id))
                    .filter(u -> u.aanbieder().equals(aanbieder));
        }
    }

    private void voerUit(Gebruiker gebruiker, Prestatieupload upload, String naam, byte[] bestand, String waar) {
        try {
            upload.klaar(importeer(gebruiker, upload, naam, bestand, waar));
        } catch (OngeldigeInvoer e) {
            upload.geweigerd(e.parameters());
        } catch (Conflict e) {
            upload.geweigerd(List.of(new OngeldigeParameter("bestand", e.getMessage())));
        } catch (RuntimeException e) {
            log.error("Upload {} van prestaties mislukt", upload.id(), e);
            upload.mislukt();
        }
    }

    private long importeer(Gebruiker gebruiker, Prestatieupload upload, String naam, byte[] bestand, String waar) {
        AgbCode aanbieder = gebruiker.aanbieder();
        GemeenteCode gemeente = upload.gemeente();
        YearMonth maand = upload.maand();
        vereisGemeenteEnMaand(gemeente, maand);
        Prestatiebestand.Inhoud inhoud = Prestatiebestand.lees(bestand);
        List<OngeldigeParameter> fouten = new ArrayList<>(inhoud.fouten());
        List<Prestatiebestand.Rij> rijen = inhoud.rijen();
        upload.fase(Prestatieupload.Fase.CONTROLEREN, rijen.size());
        Map<Long, ToegewezenProduct> eigen = toewijzingen(aanbieder, gemeente, rijen);
        Contractbedragen berekend = new Contractbedragen(aanbieder);
        List<Conceptregel> regels = new ArrayList<>();
        // Numbers are taken before the check, so no line is copied to number it; an upload refused leaves a gap.
        List<Long> nummers = opslag.uploadnummers(rijen.size() + 1);
        int gedaan = 0;
        for (Prestatiebestand.Rij rij : rijen) {
            Conceptregel regel = regel(
                    "JU" + nummers.get(gedaan + 1),
                    aanbieder,
                    gemeente,
                    rij,
                    eigen.get(rij.toewijzingnummer()),
                    berekend,
                    fouten);
            if (regel != null) {
                regels.add(regel);
            }
            if (++gedaan % 100 == 0) {
                upload.verwerkt(gedaan);
            }
        }
        upload.verwerkt(rijen.size());
        if (!fouten.isEmpty()) {
            fouten.sort(Comparator.comparingInt(Prestatieimport::rijnummer));
            throw new OngeldigeInvoer(fouten);
        }
        upload.fase(Prestatieupload.Fase.OPSLAAN, regels.size());
        Long id = transactie.execute(status -> {
            portaal.vergrendel(aanbieder, "declaratieconcept " + gemeente.value() + " " + maand);
            long concept = opslag.bewaar(
                    aanbieder,
                    gemeente,
                    maand,
                    "JU" + nummers.get(0),
                    regels,
                    List.of("Ingelezen uit " + (naam == null || naam.isBlank() ? "een bestand" : naam) + ": "
                            + regels.size() + " prestaties."),
                    gebruiker.gebruikersnaam(),
                    clock.instant());
            Set<Bsn> jeugdigen = new LinkedHashSet<>();
            regels.forEach(r -> jeugdigen.add(r.prestatie().client()));
            toegangslog.registreer(jeugdigen.stream()
                    .map(bsn -> new Gebeurtenis(
                            bsn,
                            Actie.AANMAKEN,
                            "conceptdeclaratie " + concept + " uit bestand (" + gemeente.value() + ", "
                                    + Notatie.maand(maand) + ")",
                            "aanbieder " + aanbieder.value(),
                            waar))
                    .toList());
            return concept;
        });
        upload.verwerkt(regels.size());
        return id;
    }

    private void vereisGemeenteEnMaand(GemeenteCode gemeente, YearMonth maand) {
        LocalDate vandaag = LocalDate.now(clock);
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (!regio.gemeentenVanPlatformregio(vandaag).contains(gemeente)) {
            fouten.add(
                    new OngeldigeParameter("gemeente", "Gemeente " + gemeente.value() + " hoort niet bij de regio."));
        }
        if (maand.isBefore(EERSTE_MAAND) || maand.isAfter(YearMonth.from(vandaag))) {
            fouten.add(new OngeldigeParameter(
                    "maand",
                    "Een declaratie gaat over een maand van januari 2015 tot en met "
                            + Notatie.maand(YearMonth.from(vandaag)) + ", niet over " + Notatie.maand(maand) + "."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    /**
     * The toewijzingen of the aanbieder in the gemeente the rows name: those valid in the rows' period in one query,
     * any other (a credit for an older period) one by one. A toewijzing of another aanbieder is left out.
     */
    private Map<Long, ToegewezenProduct> toewijzingen(
            AgbCode aanbieder, GemeenteCode gemeente, List<Prestatiebestand.Rij> rijen) {
        Map<Long, ToegewezenProduct> eigen = new HashMap<>();
        if (rijen.isEmpty()) {
            return eigen;
        }
        LocalDate begin = rijen.stream()
                .map(Prestatiebestand.Rij::begindatum)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate eind = rijen.stream()
                .map(Prestatiebestand.Rij::einddatum)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        for (ToegewezenProduct t : toewijzingen.geldigBijAanbieder(aanbieder, gemeente, Periode.van(begin, eind))) {
            eigen.put(t.nummer().value(), t);
        }
        Set<Long> overig = new LinkedHashSet<>();
        rijen.forEach(r -> overig.add(r.toewijzingnummer()));
        overig.removeAll(eigen.keySet());
        for (long nummer : overig) {
            toewijzingen
                    .toewijzing(gemeente, new Toewijzingnummer(nummer))
                    .filter(t -> t.aanbieder().equals(aanbieder))
                    .ifPresent(t -> eigen.put(nummer, t));
        }
        return eigen;
    }

    /** The line of one row with its ReferentieNummer, or null after adding its errors. */
    private Conceptregel regel(
            String referentie,
            AgbCode aanbieder,
            GemeenteCode gemeente,
            Prestatiebestand.Rij rij,
            ToegewezenProduct t,
            Contractbedragen berekend,
            List<OngeldigeParameter> fouten) {
        int aantal = fouten.size();
        if (t == null) {
            fouten.add(fout(
                    rij,
                    Prestatiebestand.Kolom.TOEWIJZING,
                    "toewijzing " + rij.toewijzingnummer() + " bestaat niet bij gemeente " + gemeente.value()
                            + " of is niet aan u toegewezen."));
            return null;
        }
        if (!t.client().equals(rij.bsn())) {
            fouten.add(fout(
                    rij,
                    Prestatiebestand.Kolom.BSN,
                    "toewijzing " + rij.toewijzingnummer() + " is voor een andere jeugdige (BSN eindigt op "
                            + t.client().value().substring(5) + ")."));
        }
        Productaanduiding product = t.product();
        String code = rij.productcode();
        if (product.isGeneriek()) {
            fouten.add(fout(
                    rij,
                    Prestatiebestand.Kolom.TOEWIJZING,
                    "toewijzing " + rij.toewijzingnummer() + " is generiek (een budget zonder product); declareer die"
                            + " in het vooraf ingevulde concept."));
        } else if (product.isSpecifiek() && code != null && !code.equals(product.code())) {
            fouten.add(fout(
                    rij,
                    Prestatiebestand.Kolom.PRODUCTCODE,
                    "toewijzing " + rij.toewijzingnummer() + " is voor product " + product.code() + ", niet " + code
                            + "."));
        } else if (!product.isSpecifiek() && code == null) {
            fouten.add(fout(
                    rij,
                    Prestatiebestand.Kolom.PRODUCTCODE,
                    "toewijzing " + rij.toewijzingnummer() + " noemt alleen de categorie "
                            + product.categorie().code() + "; vul de productcode in."));
        }
        Eenheid eenheid = rij.eenheid();
        if (eenheid == null) {
            eenheid = t.omvangIndienGevuld()
                    .map(o -> o.eenheid())
                    .orElse(t.budgetIndienGevuld().isPresent() ? Eenheid.EUROS : null);
            if (eenheid == null) {
                fouten.add(fout(
                        rij,
                        Prestatiebestand.Kolom.EENHEID,
                        "toewijzing " + rij.toewijzingnummer() + " heeft geen omvang; vul de eenheid in."));
            }
        }
        if (fouten.size() > aantal) {
            return null;
        }
        Prestatie voorlopig = new Prestatie(
                referentie,
                rij.vorigReferentienummer(),
                rij.bsn(),
                t.nummer(),
                product.categorie(),
                code == null ? product.code() : code,
                Periode.van(rij.begindatum(), rij.einddatum()),
                rij.volume(),
                eenheid,
                null,
                rij.bedrag() == null ? Bedrag.NUL : rij.bedrag(),
                rij.debetCredit());
        String toelichting = "uit het bestand, rij " + rij.rij();
        if (rij.bedrag() != null) {
            return new Conceptregel(voorlopig, toelichting);
        }
        Object uitkomst = berekend.bereken(voorlopig);
        if (uitkomst instanceof String reden) {
            fouten.add(fout(rij, Prestatiebestand.Kolom.BEDRAG, reden + " Vul het bedrag in."));
            return null;
        }
        Prestatie berekendeRegel = (Prestatie) uitkomst;
        return new Conceptregel(
                metBedrag(voorlopig, berekendeRegel.productTarief(), berekendeRegel.ingediendBedrag()),
                toelichting + ", bedrag uit het contracttarief");
    }

    private static OngeldigeParameter fout(Prestatiebestand.Rij rij, Prestatiebestand.Kolom kolom, String melding) {
        return new OngeldigeParameter(
                Prestatiebestand.veld(rij.rij(), kolom.veld()),
                Prestatiebestand.plaats(rij.rij(), kolom) + ": " + melding);
    }

    /** The row of an error named rijen[i].veld, for sorting; 0 for an error of the whole file. */
    private static int rijnummer(OngeldigeParameter p) {
        String naam = p.name();
        if (!naam.startsWith("rijen[")) {
            return 0;
        }
        return Integer.parseInt(naam.substring("rijen[".length(), naam.indexOf(']'))) + 1;
    }

    /** Keeps the upload, forgetting finished ones beyond the last {@value #BEWAARD} or older than a day. */
    private void bewaar(Prestatieupload upload, Instant nu) {
        synchronized (uploads) {
            uploads.values()
                    .removeIf(
                            u -> !u.isBezig() && u.gestartOp().plus(BEWAARTIJD).isBefore(nu));
            var oudste = uploads.values().iterator();
            while (uploads.size() >= BEWAARD && oudste.hasNext()) {
                if (!oudste.next().isBezig()) {
                    oudste.remove();
                }
            }
            uploads.put(upload.id(), upload);
        }
    }

    /**
     * The amounts of rows that give none: volume × the contract tariff of the prestatie's first day, as
     * {@link Declaratieconcepten#metVolume} computes it for a corrected line (minutes on an hourly tariff included).
     * Rows sharing product, first day, eenheid and volume are computed once.
     */
    private final class Contractbedragen {
        private final AgbCode aanbieder;
        private final Map<List<Object>, Object> berekend = new HashMap<>();

        Contractbedragen(AgbCode aanbieder) {
            this.aanbieder = aanbieder;
        }

        /** The prestatie with its tariff and amount, or why there is none (Dutch). */
        Object bereken(Prestatie p) {
            return berekend.computeIfAbsent(
                    Arrays.asList(
                            p.productcategorie(),
                            p.productcode(),
                            p.productperiode().begin(),
                            p.eenheid(),
                            p.geleverdVolume()),
                    s -> {
                        try {
                            return concepten.metVolume(aanbieder, p, p.geleverdVolume());
                        } catch (OngeldigeInvoer e) {
                            return e.parameters().get(0).reason();
                        }
                    });
        }
    }

    private static Prestatie metBedrag(Prestatie p, Bedrag tarief, Bedrag bedrag) {
        return new Prestatie(
                p.referentienummer(),
                p.vorigReferentienummer(),
                p.client(),
                p.toewijzingnummer(),
                p.productcategorie(),
                p.productcode(),
                p.productperiode(),
                p.geleverdVolume(),
                p.eenheid(),
                tarief,
                bedrag,
                p.debetCredit());
    }

    @PreDestroy
    void stop() {
        uitvoerder.shutdown();
    }
}
