package nl.jeugdregie.portaal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens.Bevindingregel;
import nl.jeugdregie.berichtenverkeer.Berichtstatus;
import nl.jeugdregie.berichtenverkeer.Proefverwerking;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.declaratie.Declaratieconcept;
import nl.jeugdregie.declaratie.Declaratieconcepten;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Jw323;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.portaal.Conceptdeclaratie.Regel;
import nl.jeugdregie.portaal.Conceptdeclaratie.Regelstand;
import nl.jeugdregie.portaal.Conceptdeclaratie.Stand;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.ClientService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly declaratie of the signed-in aanbieder, prepared in the portal: a concept JW323 prefilled by
 * {@link Declaratieconcepten}, kept so the aanbieder can correct or remove a line after seeing what the gemeente's own
 * checks say of it ({@link Proefverwerking}, without effect), and sent once as a JW323 through the inbox. Nothing the
 * gemeente would reject is sent. After sending the concept shows the JW325 answer line by line. Only the aanbieder
 * itself sees its concepts; every read of the jeugdigen in a concept is logged in the toegangslog.
 */
@Service
public class Conceptdeclaraties {

    private static final int HOOGSTENS_IN_LIJST = 50;

    private final Berichtenbus bus;
    private final Proefverwerking proefverwerking;
    private final Declaratieconcepten concepten;
    private final ConceptRepository opslag;
    private final PortaalRepository portaal;
    private final Eenmaligeindiening eenmalig;
    private final ClientService clienten;
    private final Toegangslog toegangslog;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Conceptdeclaraties(
            Berichtenbus bus,
            Proefverwerking proefverwerking,
            Declaratieconcepten concepten,
            ConceptRepository opslag,
            PortaalRepository portaal,
            Eenmaligeindiening eenmalig,
            ClientService clienten,
            Toegangslog toegangslog,
            PlatformTransactionManager transacties,
            Clock clock) {
        this.bus = bus;
        this.proefverwerking = proefverwerking;
        this.concepten = concepten;
        this.opslag = opslag;
        this.portaal = portaal;
        this.eenmalig = eenmalig;
        this.clienten = clienten;
        this.toegangslog = toegangslog;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
    }

    /** A concept as made or found, and whether it was made by this request. */
    public record Aanmaak(Conceptdeclaratie concept, boolean nieuw) {}

    /**
     * The concept of the aanbieder for the gemeente and month: the one not yet sent if there is one (so a repeated
     * request makes no second), else a new one prefilled from its toewijzingen, leveringen and contract tariffs.
     */
    public Aanmaak maak(GemeenteCode gemeente, YearMonth maand, String waar) {
        Gebruiker gebruiker = bus.vereisIndiener();
        AgbCode aanbieder = gebruiker.aanbieder();
        long[] id = new long[1];
        boolean nieuw = Boolean.TRUE.equals(transactie.execute(status -> {
            portaal.vergrendel(aanbieder, "declaratieconcept " + gemeente.value() + " " + maand);
            Optional<ConceptRepository.Kop> open = opslag.open(aanbieder, gemeente, maand);
            if (open.isPresent()) {
                id[0] = open.get().id();
                return false;
            }
            Declaratieconcept concept = concepten.maak(aanbieder, gemeente, maand);
            id[0] = opslag.bewaar(
                    aanbieder,
                    gemeente,
                    maand,
                    concept.declaratieIndienGevuld()
                            .map(d -> d.declaratienummer())
                            .orElse(null),
                    concept.regels(),
                    concept.opmerkingen(),
                    gebruiker.gebruikersnaam(),
                    clock.instant());
            return true;
        }));
        return new Aanmaak(concept(id[0], waar), nieuw);
    }

    /** A concept of the aanbieder with what the gemeente's checks say of each line, or its answer once sent. */
    public Conceptdeclaratie concept(long id, String waar) {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        ConceptRepository.Kop kop = opslag.kop(aanbieder, id, false).orElseThrow(() -> nietGevonden(id));
        List<ConceptRepository.Opgeslagen> prestaties = opslag.prestaties(id);
        Map<Bsn, String> namen = namen(kop.gemeente(), prestaties);
        registreer(namen, aanbieder, Actie.RAADPLEGEN, "conceptdeclaratie " + naam(kop), waar);
        Map<Integer, String> paden = new HashMap<>();
        byte[] inhoud = prestaties.isEmpty() ? null : jw323(kop, prestaties, "JRC%09d".formatted(id), paden);
        if (kop.bericht() == null) {
            List<Bevindingregel> bevindingen =
                    inhoud == null ? List.of() : proefverwerking.proef(inhoud).bevindingen();
            return samenstellen(
                    kop, prestaties, namen, paden, bevindingen, Stand.CONCEPT, null, Regelstand.VERWACHT_GOEDGEKEURD);
        }
        Berichtgegevens bericht = bus.gegevens(kop.bericht());
        Optional<Berichtgegevens> retour = bus.retourVan(kop.bericht());
        Conceptdeclaratie.Verzending verzending = new Conceptdeclaratie.Verzending(
                kop.bericht(),
                kop.identificatie(),
                kop.ingediendDoor(),
                kop.ingediendOp(),
                bericht.status(),
                retour.map(Berichtgegevens::identificatie).orElse(null));
        if (retour.isPresent()) {
            return samenstellen(
                    kop,
                    prestaties,
                    namen,
                    paden,
                    retour.get().bevindingen(),
                    Stand.BEANTWOORD,
                    verzending,
                    Regelstand.GOEDGEKEURD);
        }
        if (bericht.status() == Berichtstatus.AFGEKEURD) {
            return samenstellen(
                    kop, prestaties, namen, paden, bericht.bevindingen(), Stand.AFGEKEURD, verzending, null);
        }
        return samenstellen(kop, prestaties, namen, paden, List.of(), Stand.VERSTUURD, verzending, null);
    }

    /** The aanbieder's concepts and sent declaraties, newest first, without personal data. */
    public List<Conceptoverzicht> overzicht() {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        return opslag.vanAanbieder(aanbieder, HOOGSTENS_IN_LIJST).stream()
                .map(s -> new Conceptoverzicht(
                        s.kop().id(),
                        s.kop().gemeente(),
                        s.kop().maand(),
                        s.kop().declaratienummer(),
                        s.prestaties(),
                        new Bedrag(s.saldo()),
                        s.kop().gemaaktOp(),
                        s.kop().bericht() == null
                                ? null
                                : bus.gegevens(s.kop().bericht()).status()))
                .toList();
    }

    /** Corrects the GeleverdVolume of one line of a concept not yet sent; the amount follows from the tariff. */
    public Conceptdeclaratie wijzigVolume(long id, int volgnummer, long volume, String waar) {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        transactie.executeWithoutResult(status -> {
            ConceptRepository.Opgeslagen regel = wijzigbareRegel(aanbieder, id, volgnummer);
            Prestatie gewijzigd = concepten.metVolume(aanbieder, regel.prestatie(), volume);
            opslag.wijzig(id, volgnummer, gewijzigd, clock.instant());
            logRegel(regel, aanbieder, Actie.WIJZIGEN, "geleverd volume naar " + volume, id, waar);
        });
        return concept(id, waar);
    }

    /** Removes one line from a concept not yet sent. */
    public Conceptdeclaratie verwijderRegel(long id, int volgnummer, String waar) {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        transactie.executeWithoutResult(status -> {
            ConceptRepository.Opgeslagen regel = wijzigbareRegel(aanbieder, id, volgnummer);
            opslag.verwijder(id, volgnummer, clock.instant());
            logRegel(regel, aanbieder, Actie.VERWIJDEREN, "verwijderd", id, waar);
        });
        return concept(id, waar);
    }

    /** Discards a concept not yet sent, for instance to fill it again after a new toewijzing. */
    public void verwijder(long id, String waar) {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        transactie.executeWithoutResult(status -> {
            ConceptRepository.Kop kop = wijzigbaar(aanbieder, id);
            List<ConceptRepository.Opgeslagen> prestaties = opslag.prestaties(id);
            opslag.verwijder(kop.id());
            registreer(
                    namen(kop.gemeente(), prestaties),
                    aanbieder,
                    Actie.VERWIJDEREN,
                    "conceptdeclaratie " + naam(kop) + " verwijderd",
                    waar);
        });
    }

    private void logRegel(
            ConceptRepository.Opgeslagen regel, AgbCode aanbieder, Actie actie, String wat, long id, String waar) {
        toegangslog.registreer(new Gebeurtenis(
                regel.prestatie().client(),
                actie,
                "regel " + regel.volgnummer() + " (prestatie "
                        + regel.prestatie().referentienummer() + ") van conceptdeclaratie " + id + ": " + wat,
                "aanbieder " + aanbieder.value(),
                waar));
    }

    /**
     * Sends the concept as a JW323, once: sending it again answers the message of the first time. A concept with a
     * line the gemeente would reject is refused with the retourcodes and nothing is sent.
     */
    public Indiening dienIn(long id) {
        Gebruiker gebruiker = bus.vereisIndiener();
        AgbCode aanbieder = gebruiker.aanbieder();
        return eenmalig.dienIn(gebruiker, "declaratieconcept " + id, identificatie -> {
            ConceptRepository.Kop kop = wijzigbaar(aanbieder, id);
            List<ConceptRepository.Opgeslagen> prestaties = opslag.prestaties(id);
            if (prestaties.isEmpty() || kop.declaratienummer() == null) {
                throw new OngeldigeInvoer("regels", "Dit concept heeft geen prestaties: er is niets te declareren.");
            }
            Map<Integer, String> paden = new HashMap<>();
            byte[] inhoud = jw323(kop, prestaties, identificatie, paden);
            List<Bevindingregel> bevindingen = proefverwerking.proef(inhoud).bevindingen();
            if (!bevindingen.isEmpty()) {
                throw weigering(bevindingen, prestaties, paden, namen(kop.gemeente(), prestaties));
            }
            return new Eenmaligeindiening.Voorbereid(BerichtType.JW323, inhoud, bericht -> {
                opslag.verstuurd(id, bericht, identificatie, gebruiker.gebruikersnaam(), clock.instant());
                registreer(
                        namen(kop.gemeente(), prestaties),
                        aanbieder,
                        Actie.VERSTUREN,
                        "JW323 " + identificatie + " (declaratie " + kop.declaratienummer() + ")",
                        "aanbiedersportaal, aan gemeente " + kop.gemeente().value());
            });
        });
    }

    private ConceptRepository.Kop wijzigbaar(AgbCode aanbieder, long id) {
        ConceptRepository.Kop kop = opslag.kop(aanbieder, id, true).orElseThrow(() -> nietGevonden(id));
        if (kop.identificatie() != null) {
            throw new OngeldigeInvoer(
                    "concept",
                    "Declaratie " + kop.declaratienummer() + " is al verstuurd en kan niet meer worden gewijzigd; "
                            + "maak een nieuw concept voor een correctie.");
        }
        return kop;
    }

    private ConceptRepository.Opgeslagen wijzigbareRegel(AgbCode aanbieder, long id, int volgnummer) {
        wijzigbaar(aanbieder, id);
        return opslag.prestaties(id).stream()
                .filter(r -> r.volgnummer() == volgnummer)
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Concept " + id + " heeft geen regel " + volgnummer + "."));
    }

    private static NietGevonden nietGevonden(long id) {
        return new NietGevonden("Conceptdeclaratie " + id + " bestaat niet of is niet van u.");
    }

    /**
     * The JW323 of a concept: the prestaties grouped per client in the order of their first line, with in
     * {@code paden} the path of each line's Prestatie in the message, so findings can be put back on their line.
     */
    private byte[] jw323(
            ConceptRepository.Kop kop,
            List<ConceptRepository.Opgeslagen> prestaties,
            String identificatie,
            Map<Integer, String> paden) {
        LocalDate vandaag = LocalDate.now(clock);
        Map<Bsn, List<ConceptRepository.Opgeslagen>> perClient = new LinkedHashMap<>();
        for (ConceptRepository.Opgeslagen p : prestaties) {
            perClient
                    .computeIfAbsent(p.prestatie().client(), b -> new ArrayList<>())
                    .add(p);
        }
        List<Jw323.Client> clienten = new ArrayList<>();
        int c = 0;
        for (Map.Entry<Bsn, List<ConceptRepository.Opgeslagen>> e : perClient.entrySet()) {
            c++;
            List<Jw323.Prestatie> regels = new ArrayList<>();
            for (ConceptRepository.Opgeslagen o : e.getValue()) {
                Prestatie p = o.prestatie();
                regels.add(new Jw323.Prestatie(
                        new Basistypen.Referentie(p.referentienummer(), p.vorigReferentienummer()),
                        p.toewijzingnummer().value(),
                        p.productcategorie().code(),
                        p.productcode(),
                        new Basistypen.GeslotenPeriode(
                                p.productperiode().begin(), p.productperiode().eind()),
                        p.geleverdVolume(),
                        p.eenheid().code(),
                        p.productTarief() == null ? null : p.productTarief().eurocent(),
                        new Basistypen.BedragMetDC(
                                p.ingediendBedrag().eurocent(), p.debetCredit().code())));
                paden.put(
                        o.volgnummer(),
                        "/Bericht/Declaratie/Clienten/Client[" + c + "]/Prestaties/Prestatie[" + regels.size() + "]");
            }
            clienten.add(new Jw323.Client(e.getKey().value(), regels));
        }
        Bedrag totaal =
                Bedrag.som(prestaties.stream().map(p -> p.prestatie().saldo()).toList());
        return Portaalbericht.bytes(new Jw323(
                Portaalbericht.header(BerichtType.JW323, kop.aanbieder(), kop.gemeente(), identificatie, vandaag),
                new Jw323.Declaratie(
                        kop.declaratienummer() == null ? "JRLEEG" : kop.declaratienummer(),
                        new Basistypen.GeslotenPeriode(
                                kop.maand().atDay(1), kop.maand().atEndOfMonth()),
                        vandaag,
                        new Basistypen.TotaalBedragMetDC(totaal.absoluut().eurocent(), totaal.isNegatief() ? "C" : "D"),
                        clienten)));
    }

    /**
     * The concept with each finding on its line: a finding within a line's Prestatie is that line's, any other is the
     * declaratie's. {@code zonder} is the state of a line without findings; null when lines have no state of their
     * own yet (sent, not answered) or none at all (the message was refused as a whole).
     */
    private static Conceptdeclaratie samenstellen(
            ConceptRepository.Kop kop,
            List<ConceptRepository.Opgeslagen> prestaties,
            Map<Bsn, String> namen,
            Map<Integer, String> paden,
            List<Bevindingregel> bevindingen,
            Stand stand,
            Conceptdeclaratie.Verzending verzending,
            Regelstand zonder) {
        List<Bevindingregel> vanDeDeclaratie = new ArrayList<>();
        Map<Integer, List<Bevindingregel>> perRegel = new HashMap<>();
        for (Bevindingregel b : bevindingen) {
            Integer regel = regel(b.pad(), paden);
            if (regel == null) {
                vanDeDeclaratie.add(b);
            } else {
                perRegel.computeIfAbsent(regel, r -> new ArrayList<>()).add(b);
            }
        }
        Regelstand afgekeurd = stand == Stand.CONCEPT ? Regelstand.VERWACHT_AFGEKEURD : Regelstand.AFGEKEURD;
        List<Regel> regels = new ArrayList<>();
        for (ConceptRepository.Opgeslagen o : prestaties) {
            List<Bevindingregel> eigen = perRegel.getOrDefault(o.volgnummer(), List.of());
            Regelstand regelstand;
            if (!eigen.isEmpty() || (!vanDeDeclaratie.isEmpty() && stand != Stand.VERSTUURD)) {
                regelstand = afgekeurd;
            } else if (zonder != null) {
                regelstand = zonder;
            } else {
                regelstand = stand == Stand.AFGEKEURD ? Regelstand.AFGEKEURD : Regelstand.IN_BEHANDELING;
            }
            regels.add(new Regel(
                    o.volgnummer(),
                    o.prestatie(),
                    namen.get(o.prestatie().client()),
                    o.voorgesteldVolume(),
                    o.toelichting(),
                    regelstand,
                    eigen));
        }
        return new Conceptdeclaratie(
                kop.id(),
                kop.aanbieder(),
                kop.gemeente(),
                kop.maand(),
                kop.declaratienummer(),
                stand,
                regels,
                kop.opmerkingen(),
                vanDeDeclaratie,
                kop.gemaaktOp(),
                verzending);
    }

    private static Integer regel(String pad, Map<Integer, String> paden) {
        if (pad == null) {
            return null;
        }
        for (Map.Entry<Integer, String> e : paden.entrySet()) {
            if (pad.equals(e.getValue()) || pad.startsWith(e.getValue() + "/")) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * The findings that stop a concept from being sent, each named by its line (regels[i], in the order of the
     * concept) with the prestatie and jeugdige in the message, and the retourcode as the code.
     */
    private static OngeldigeInvoer weigering(
            List<Bevindingregel> bevindingen,
            List<ConceptRepository.Opgeslagen> prestaties,
            Map<Integer, String> paden,
            Map<Bsn, String> namen) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        for (Bevindingregel b : bevindingen) {
            Integer volgnummer = regel(b.pad(), paden);
            String melding = b.melding() + (b.regel() == null || b.regel().isBlank() ? "" : " (" + b.regel() + ")");
            String retourcode = b.retourcode() == null || b.retourcode().isBlank() ? null : b.retourcode();
            if (volgnummer == null) {
                fouten.add(new OngeldigeParameter("declaratie", melding, retourcode));
                continue;
            }
            for (int i = 0; i < prestaties.size(); i++) {
                ConceptRepository.Opgeslagen o = prestaties.get(i);
                if (o.volgnummer() == volgnummer) {
                    String prestatie = "Prestatie " + o.prestatie().referentienummer();
                    String uitleg = melding.startsWith(prestatie + " ") && melding.contains(": ")
                            ? melding.substring(melding.indexOf(": ") + 2)
                            : melding;
                    fouten.add(new OngeldigeParameter(
                            "regels[" + i + "]",
                            prestatie + " van " + namen.get(o.prestatie().client()) + ": " + uitleg,
                            retourcode));
                }
            }
        }
        return new OngeldigeInvoer(fouten);
    }

    private Map<Bsn, String> namen(GemeenteCode gemeente, List<ConceptRepository.Opgeslagen> prestaties) {
        Map<Bsn, String> namen = new LinkedHashMap<>();
        for (ConceptRepository.Opgeslagen o : prestaties) {
            namen.computeIfAbsent(
                    o.prestatie().client(),
                    bsn -> clienten.gegevens(gemeente, bsn)
                            .map(r -> {
                                Persoonsgegevens g = r.gegevens();
                                return Naamweergave.van(g.voorletters(), g.voorvoegsel(), g.achternaam());
                            })
                            .orElse("(gegevens nog niet bekend)"));
        }
        return namen;
    }

    private void registreer(Map<Bsn, String> namen, AgbCode aanbieder, Actie actie, String wat, String waar) {
        toegangslog.registreer(namen.keySet().stream()
                .map(bsn -> new Gebeurtenis(bsn, actie, wat, "aanbieder " + aanbieder.value(), waar))
                .toList());
    }

    private static String naam(ConceptRepository.Kop kop) {
        return (kop.declaratienummer() == null ? "zonder nummer" : kop.declaratienummer()) + " ("
                + kop.gemeente().value() + ", " + Notatie.maand(kop.maand()) + ")";
    }
}
