package nl.jeugdregie.demoregio;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.demoregio.Demoregioplan.Casus;
import nl.jeugdregie.demoregio.Demoregioplan.Traject;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Demomodus;
import nl.jeugdregie.platform.Opbouwmelding;
import nl.jeugdregie.platform.Verleden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the history of the demo region (Twente) on the first start of an empty database in demo mode: {@value
 * #STANDAARD_MAANDEN} months up to today of jeugdigen, hulpvragen and verzoeken, toewijzingen, starts, monthly
 * declaraties and stops, through the real services and the real inbox, each dated on its own day ({@link Verleden}),
 * with a fixed seed ({@link Demoregioplan}). It runs on a thread of its own after the start, so the pages already work;
 * the work is split in units (the run-in, then one per month), each recorded when done, and every step taken is
 * remembered, so a load that stopped resumes where it was.
 *
 * <p>Settings: {@code jeugdregie.demoregio.aan} (default {@code true}; only in demo mode), {@code .maanden}, {@code
 * .gemeenten} (CBS codes; default all 14), {@code .schaal} (share of the calibrated volume; default 1, so the figures
 * meet the CBS figures they are calibrated to. A step through the services and the inbox costs 30 to 160 ms on a busy
 * 2-core machine, a besluit with its beschikking PDF the most, and the full volume has some 185 000 steps: 44 000 for
 * the run-in and 3 900 per month, 2 to 3.5 hours in all. A smaller scale loads faster and keeps the shares, but the
 * share of youths with jeugdhulp shrinks with it) and {@code .zaad}. While
 * it runs, every page shows its progress ({@link Opbouwmelding}).
 */
@Component
class Demoregio implements Opbouwmelding {

    static final int STANDAARD_MAANDEN = 36;
    static final String GI_OVERIJSSEL = "99000015";
    static final String GI_LANDELIJK = "99000016";

    private static final Logger log = LoggerFactory.getLogger(Demoregio.class);

    private final Demomodus demomodus;
    private final DemoregioRepository repository;
    private final Demostappen stappen;
    private final Demoinkoop inkoop;
    private final Clock clock;
    private final boolean aan;
    private final int maanden;
    private final Set<GemeenteCode> gemeenten;
    private final double schaal;
    private final long zaad;
    private final AtomicBoolean stoppen = new AtomicBoolean();
    private volatile Thread draad;
    private volatile Stand stand;

    Demoregio(
            Demomodus demomodus,
            DemoregioRepository repository,
            Demostappen stappen,
            Demoinkoop inkoop,
            Clock clock,
            @Value("${jeugdregie.demoregio.aan:true}") boolean aan,
            @Value("${jeugdregie.demoregio.maanden:" + STANDAARD_MAANDEN + "}") int maanden,
            @Value("${jeugdregie.demoregio.gemeenten:}") List<String> gemeenten,
            @Value("${jeugdregie.demoregio.schaal:1}") double schaal,
            @Value("${jeugdregie.demoregio.zaad:14}") long zaad) {
        this.demomodus = demomodus;
        this.repository = repository;
        this.stappen = stappen;
        this.inkoop = inkoop;
        this.clock = clock;
        this.aan = aan;
        this.maanden = maanden;
        this.gemeenten = gemeenten.stream()
                .filter(g -> !g.isBlank())
                .map(g -> new GemeenteCode(g.strip()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.schaal = schaal;
        this.zaad = zaad;
    }

    /** Starts the load in the background after the start, when this is a first start or a load that stopped. */
    @EventListener(ApplicationReadyEvent.class)
    void naDeStart() {
        if (!aan || !demomodus.isAan()) {
            return;
        }
        Optional<Voortgang> voortgang = repository.voortgang();
        boolean eersteStart = voortgang.isEmpty() && repository.aantalToewijzingen() <= 10;
        boolean onderbroken = voortgang.isPresent() && voortgang.get().status() != Voortgang.Status.KLAAR;
        if (!eersteStart && !onderbroken) {
            return;
        }
        Instellingen instellingen = instellingen();
        draad = new Thread(
                () -> {
                    try {
                        bouw(instellingen);
                    } catch (RuntimeException e) {
                        log.error("Het opbouwen van de demoregio is afgebroken", e);
                    }
                },
                "demoregio");
        draad.setDaemon(true);
        draad.start();
    }

    /** A shutdown lets the step under way finish; the load resumes at the next start. */
    @EventListener(ContextClosedEvent.class)
    void bijAfsluiten() throws InterruptedException {
        stoppen.set(true);
        Thread bezig = draad;
        if (bezig != null && bezig != Thread.currentThread()) {
            bezig.join(30_000);
        }
    }

    /** The settings of this application, with today from the clock. */
    Instellingen instellingen() {
        Set<GemeenteCode> regio = gemeenten.isEmpty()
                ? Kalibratie.twente().gemeenten().stream()
                        .map(Kalibratie.Gemeentedoel::gemeente)
                        .collect(Collectors.toCollection(LinkedHashSet::new))
                : gemeenten;
        return new Instellingen(LocalDate.now(clock), maanden, regio, schaal, zaad);
    }

    /** The settings of a load; see {@link Demoregioplan.Instellingen}. */
    record Instellingen(LocalDate vandaag, int maanden, Set<GemeenteCode> gemeenten, double schaal, long zaad) {

        Demoregioplan.Instellingen plan() {
            return new Demoregioplan.Instellingen(vandaag, maanden, gemeenten, schaal, zaad);
        }
    }

    /** What the load did. */
    record Verslag(Voortgang voortgang, int casussen, int trajecten, long milliseconden) {}

    /**
     * Builds (or resumes) the history on this thread and answers what it did. Every step goes through the services
     * and the inbox at its own day; the units already done are skipped.
     */
    Verslag bouw(Instellingen instellingen) {
        long begin = System.nanoTime();
        Demoregioplan plan = new Demoregioplan(instellingen.plan(), Kalibratie.twente());
        List<Casus> casussen = plan.casussen();
        List<Actie> acties = acties(casussen, instellingen);
        LocalDate venster = instellingen.plan().venster();
        int eenheden = instellingen.maanden() + 2;
        repository.begin(eenheden, clock.instant());
        Voortgang voortgang = repository.voortgang().orElseThrow();
        Map<String, String> gedaan = repository.stappen();
        Uitvoering uitvoering = new Uitvoering(gedaan);
        log.info(
                "Demoregio: {} jeugdigen met {} trajecten in {} gemeenten, {} maanden tot {}; {} stappen",
                casussen.size(),
                casussen.stream().mapToInt(c -> c.trajecten().size()).sum(),
                instellingen.gemeenten().size(),
                instellingen.maanden(),
                instellingen.vandaag(),
                acties.size());
        stand = new Stand(voortgang, instellingen.maanden(), 0, acties.size());
        if (voortgang.eenheid() == 0) {
            Verleden.op(moment(instellingen.plan().aanloop(), 0), () -> inkoop.bereidVoor(instellingen));
        }
        int index = 0;
        for (int eenheid = 0; eenheid < eenheden; eenheid++) {
            LocalDate van = eenheid == 0 ? LocalDate.MIN : venster.plusMonths(eenheid - 1);
            LocalDate tot = eenheid == 0 ? venster : venster.plusMonths(eenheid);
            int vanIndex = index;
            while (index < acties.size() && acties.get(index).datum().isBefore(tot)) {
                index++;
            }
            if (eenheid < voortgang.eenheid()) {
                continue;
            }
            voortgang = voortgang.met(Voortgang.Status.BEZIG, eenheid);
            repository.bewaar(voortgang, clock.instant());
            stand = new Stand(voortgang, instellingen.maanden(), vanIndex, acties.size());
            long eenheidBegin = System.nanoTime();
            int perDag = 0;
            LocalDate dag = null;
            for (Actie actie : acties.subList(vanIndex, index)) {
                if (stoppen.get()) {
                    repository.bewaar(voortgang.met(Voortgang.Status.GESTOPT, eenheid), clock.instant());
                    log.info("Demoregio: gestopt in eenheid {}; wordt bij de volgende start hervat", eenheid);
                    stand = null;
                    return new Verslag(voortgang, casussen.size(), 0, (System.nanoTime() - begin) / 1_000_000);
                }
                perDag = actie.datum().equals(dag) ? perDag + 1 : 0;
                dag = actie.datum();
                stand = stand.verder();
                if (gedaan.containsKey(actie.sleutel())) {
                    continue;
                }
                Stapuitkomst uitkomst = Verleden.op(moment(actie.datum(), perDag), () -> uitvoering.voerUit(actie));
                voortgang = voortgang.plus(
                        uitkomst.berichten(), uitkomst.geweigerd(), uitkomst.afgekeurd(), uitkomst.fout() ? 1 : 0);
            }
            repository.bewaar(voortgang, clock.instant());
            log.info(
                    "Demoregio: eenheid {} van {} ({}) klaar in {} s: {} stappen; tot nu {} berichten, {} geweigerd,"
                            + " {} prestaties afgekeurd, {} fouten",
                    eenheid,
                    eenheden - 1,
                    eenheid == 0 ? "aanloop" : YearMonth.from(van),
                    (System.nanoTime() - eenheidBegin) / 1_000_000_000,
                    index - vanIndex,
                    voortgang.berichten(),
                    voortgang.geweigerd(),
                    voortgang.afgekeurdePrestaties(),
                    voortgang.fouten());
        }
        voortgang = voortgang.met(Voortgang.Status.KLAAR, eenheden - 1);
        repository.bewaar(voortgang, clock.instant());
        stand = null;
        long ms = (System.nanoTime() - begin) / 1_000_000;
        log.info("Demoregio opgebouwd in {} s: {}", ms / 1000, voortgang);
        return new Verslag(
                voortgang,
                casussen.size(),
                casussen.stream().mapToInt(c -> c.trajecten().size()).sum(),
                ms);
    }

    /** The moment of the {@code volgnummer}-th step of a day: from eight in the morning, a few seconds apart. */
    private Instant moment(LocalDate dag, int volgnummer) {
        return ZonedDateTime.of(dag, LocalTime.of(8, 0), clock.getZone())
                .plusSeconds(3L * volgnummer)
                .toInstant();
    }

    /** The result of one step. */
    record Stapuitkomst(int berichten, int geweigerd, int afgekeurd, boolean fout) {

        static final Stapuitkomst NIETS = new Stapuitkomst(0, 0, 0, false);
        static final Stapuitkomst FOUT = new Stapuitkomst(0, 0, 0, true);
    }

    /** One step of the history on its day, in a stable order. */
    sealed interface Actie {
        LocalDate datum();

        int volgorde();

        String sleutel();

        record Inschrijving(LocalDate datum, Casus casus) implements Actie {
            public int volgorde() {
                return 0;
            }

            public String sleutel() {
                return casus.nummer() + ":j";
            }
        }

        record Verhuizing(LocalDate datum, Casus casus) implements Actie {
            public int volgorde() {
                return 1;
            }

            public String sleutel() {
                return casus.nummer() + ":v";
            }
        }

        record Aanvraag(LocalDate datum, Casus casus, Traject traject) implements Actie {
            public int volgorde() {
                return 2;
            }

            public String sleutel() {
                return traject.sleutel() + ":a";
            }
        }

        record Besluit(LocalDate datum, Casus casus, Traject traject) implements Actie {
            public int volgorde() {
                return 3;
            }

            public String sleutel() {
                return traject.sleutel() + ":b";
            }
        }

        record Start(LocalDate datum, Casus casus, Traject traject) implements Actie {
            public int volgorde() {
                return 4;
            }

            public String sleutel() {
                return traject.sleutel() + ":s";
            }
        }

        record Stop(LocalDate datum, Casus casus, Traject traject) implements Actie {
            public int volgorde() {
                return 5;
            }

            public String sleutel() {
                return traject.sleutel() + ":e";
            }
        }

        record Declaratie(
                LocalDate datum, String aanbieder, GemeenteCode gemeente, YearMonth maand, List<Lopend> lopend)
                implements Actie {
            public int volgorde() {
                return 6;
            }

            public String sleutel() {
                return "d" + aanbieder + gemeente.value() + maand;
            }
        }
    }

    /** A traject of a casus, for the declaraties. */
    record Lopend(Casus casus, Traject traject) {}

    /** Every step of the plan before today, in order of day, kind and key. */
    static List<Actie> acties(List<Casus> casussen, Instellingen instellingen) {
        LocalDate vandaag = instellingen.vandaag();
        LocalDate venster = instellingen.plan().venster();
        List<Actie> acties = new ArrayList<>();
        Map<String, List<Lopend>> perAanbieder = new HashMap<>();
        for (Casus casus : casussen) {
            acties.add(new Actie.Inschrijving(casus.ingeschrevenOp(), casus));
            if (casus.verhuisdVan() != null) {
                acties.add(
                        new Actie.Verhuizing(casus.trajecten().get(0).aanvraag().minusDays(7), casus));
            }
            for (Traject t : casus.trajecten()) {
                List<Actie> vanTraject = List.of(
                        new Actie.Aanvraag(t.aanvraag(), casus, t),
                        new Actie.Besluit(t.besluit(), casus, t),
                        new Actie.Start(t.start().plusDays(vertraging(t.sleutel(), 5)), casus, t),
                        new Actie.Stop(t.stop().plusDays(vertraging(t.sleutel() + "e", 5)), casus, t));
                vanTraject.stream().filter(a -> a.datum().isBefore(vandaag)).forEach(acties::add);
                perAanbieder
                        .computeIfAbsent(
                                t.aanbieder().value() + casus.gemeente().value(), k -> new ArrayList<>())
                        .add(new Lopend(casus, t));
            }
        }
        for (List<Lopend> lopend : perAanbieder.values()) {
            String aanbieder = lopend.get(0).traject().aanbieder().value();
            GemeenteCode gemeente = lopend.get(0).casus().gemeente();
            for (YearMonth maand = YearMonth.from(venster);
                    maand.isBefore(YearMonth.from(vandaag));
                    maand = maand.plusMonths(1)) {
                LocalDate verzonden = maand.plusMonths(1).atDay(8 + vertraging(aanbieder + gemeente.value(), 6));
                YearMonth deze = maand;
                List<Lopend> inMaand = lopend.stream()
                        .filter(l -> !l.traject().start().isAfter(deze.atEndOfMonth())
                                && !l.traject().stop().isBefore(deze.atDay(1)))
                        .toList();
                if (verzonden.isBefore(vandaag) && !inMaand.isEmpty()) {
                    acties.add(new Actie.Declaratie(verzonden, aanbieder, gemeente, maand, inMaand));
                }
            }
        }
        acties.sort(Comparator.comparing(Actie::datum)
                .thenComparingInt(Actie::volgorde)
                .thenComparing(Actie::sleutel));
        return acties;
    }

    /** A stable delay of 0 to {@code dagen} - 1 days derived from a key. */
    static int vertraging(String sleutel, int dagen) {
        return Math.floorMod(sleutel.hashCode() * 31 + 7, dagen);
    }

    /** Carries out steps and remembers what each produced. */
    private final class Uitvoering {

        private final Map<String, String> gedaan;

        Uitvoering(Map<String, String> gedaan) {
            this.gedaan = gedaan;
        }

        Stapuitkomst voerUit(Actie actie) {
            Stapuitkomst uitkomst;
            try {
                uitkomst = stap(actie);
            } catch (RuntimeException fout) {
                log.warn("Demoregio: stap {} op {} mislukt: {}", actie.sleutel(), actie.datum(), fout.toString());
                if (log.isDebugEnabled()) {
                    log.debug("Demoregio: stap mislukt", fout);
                }
                return Stapuitkomst.FOUT;
            }
            return uitkomst;
        }

        private Stapuitkomst stap(Actie actie) {
            if (actie instanceof Actie.Inschrijving a) {
                return onthoud(a, stappen.schrijfIn(a.casus()));
            }
            if (actie instanceof Actie.Verhuizing a) {
                return metJeugdige(a.casus(), id -> {
                    stappen.verhuis(a.casus(), id, a.datum());
                    return onthoud(a, "1");
                });
            }
            if (actie instanceof Actie.Aanvraag a) {
                return metJeugdige(
                        a.casus(), id -> stappen.vraagAan(a.casus(), a.traject(), id, this::onthoud, a.sleutel()));
            }
            if (actie instanceof Actie.Besluit a) {
                String hulpvraag = gedaan.get(a.traject().sleutel() + ":a");
                if (hulpvraag == null) {
                    return Stapuitkomst.NIETS;
                }
                return metJeugdige(
                        a.casus(),
                        id -> onthoud(a, Long.toString(stappen.besluit(a.casus(), a.traject(), id, hulpvraag))));
            }
            if (actie instanceof Actie.Start a) {
                return metToewijzing(a.traject(), nummer -> {
                    Berichtgegevens verwerkt = stappen.start(a.casus(), a.traject(), nummer, a.datum(), a.sleutel());
                    onthoud(a, "1");
                    return stappen.beoordeel(verwerkt, 0);
                });
            }
            if (actie instanceof Actie.Stop a) {
                if (!gedaan.containsKey(a.traject().sleutel() + ":s")) {
                    return Stapuitkomst.NIETS;
                }
                return metToewijzing(a.traject(), nummer -> {
                    Berichtgegevens verwerkt = stappen.stop(a.casus(), a.traject(), nummer, a.datum(), a.sleutel());
                    onthoud(a, "1");
                    return stappen.beoordeel(verwerkt, 0);
                });
            }
            Actie.Declaratie a = (Actie.Declaratie) actie;
            Map<String, Long> nummers = new HashMap<>();
            for (Lopend l : a.lopend()) {
                String nummer = gedaan.get(l.traject().sleutel() + ":b");
                if (nummer != null && gedaan.containsKey(l.traject().sleutel() + ":s")) {
                    nummers.put(l.traject().sleutel(), Long.parseLong(nummer));
                }
            }
            Stapuitkomst declaratie = stappen.declareer(a, nummers);
            onthoud(a, "1");
            return declaratie;
        }

        private Stapuitkomst metJeugdige(Casus casus, java.util.function.Function<String, Stapuitkomst> stap) {
            String id = gedaan.get(casus.nummer() + ":j");
            return id == null ? Stapuitkomst.NIETS : stap.apply(id);
        }

        private Stapuitkomst metToewijzing(Traject traject, java.util.function.Function<Long, Stapuitkomst> stap) {
            String nummer = gedaan.get(traject.sleutel() + ":b");
            return nummer == null ? Stapuitkomst.NIETS : stap.apply(Long.parseLong(nummer));
        }

        private Stapuitkomst onthoud(Actie actie, String waarde) {
            onthoud(actie.sleutel(), waarde);
            return Stapuitkomst.NIETS;
        }

        void onthoud(String sleutel, String waarde) {
            gedaan.put(sleutel, waarde);
            repository.legStapVast(sleutel, waarde);
        }
    }

    /** The banner line while this application builds the history: "Demoregio wordt opgebouwd: maand 14 van 36 (39 %)". */
    @Override
    public Optional<String> melding() {
        Stand nu = stand;
        return nu == null ? Optional.empty() : Optional.of(nu.tekst());
    }

    /** Where a load under way is: its unit, and the steps passed of all steps. */
    record Stand(Voortgang voortgang, int maanden, int stappenGedaan, int stappen) {

        Stand verder() {
            return new Stand(voortgang, maanden, stappenGedaan + 1, stappen);
        }

        int procent() {
            return stappen == 0 ? 0 : (int) (100L * stappenGedaan / stappen);
        }

        String tekst() {
            int eenheid = voortgang.eenheid();
            String waar = eenheid == 0
                    ? "de zorg die al liep wordt ingelezen"
                    : eenheid > maanden ? "de lopende maand" : "maand " + eenheid + " van " + maanden;
            return "Demoregio wordt opgebouwd: " + waar + " (" + procent()
                    + " %). De pagina's werken al; de cijfers groeien mee.";
        }
    }

    /** The current progress, while a load is under way. */
    Optional<Voortgang> lopend() {
        return repository.voortgang().filter(v -> v.status() != Voortgang.Status.KLAAR);
    }
}
