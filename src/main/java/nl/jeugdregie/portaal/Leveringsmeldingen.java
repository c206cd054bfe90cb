package nl.jeugdregie.portaal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.berichtenverkeer.Proefverwerking;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Header;
import nl.jeugdregie.ijw.IjwBericht;
import nl.jeugdregie.ijw.Jw305;
import nl.jeugdregie.ijw.Jw307;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import nl.jeugdregie.toewijzing.Zorgtraject;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.springframework.stereotype.Service;

/**
 * The start and stop of care as the signed-in aanbieder reports them in the portal or through the API. Each report
 * becomes one JW305 or JW307 with the client as the gemeente knows it; the message is first judged by the gemeente's
 * own checks ({@link Proefverwerking}) and refused with their retourcodes when they would reject it, so nothing is
 * sent that the gemeente would send back. What passes is taken in through the inbox like any aanbieder's message.
 * A request repeated with the same key (a double click, a retried POST) returns the message of the first one.
 */
@Service
public class Leveringsmeldingen {

    private final Berichtenbus bus;
    private final Proefverwerking proefverwerking;
    private final ToewijzingService toewijzingen;
    private final ZorgtrajectService zorgtrajecten;
    private final ClientService clienten;
    private final PortaalRepository opslag;
    private final Eenmaligeindiening eenmalig;
    private final Toegangslog toegangslog;
    private final Clock clock;

    Leveringsmeldingen(
            Berichtenbus bus,
            Proefverwerking proefverwerking,
            ToewijzingService toewijzingen,
            ZorgtrajectService zorgtrajecten,
            ClientService clienten,
            PortaalRepository opslag,
            Eenmaligeindiening eenmalig,
            Toegangslog toegangslog,
            Clock clock) {
        this.bus = bus;
        this.proefverwerking = proefverwerking;
        this.toewijzingen = toewijzingen;
        this.zorgtrajecten = zorgtrajecten;
        this.clienten = clienten;
        this.opslag = opslag;
        this.toegangslog = toegangslog;
        this.eenmalig = eenmalig;
        this.clock = clock;
    }

    /**
     * Reports, corrects or withdraws the start of care on a toewijzing of the aanbieder (JW305). {@code sleutel}
     * recognises a repeated request; without one, the same request on the same state of the levering is one.
     */
    public Indiening meldStart(Startopdracht opdracht, String sleutel) {
        return dienIn(
                sleutel(sleutel, "start", opdracht, opdracht.gemeente(), opdracht.nummer()),
                opdracht.gemeente(),
                opdracht.nummer(),
                BerichtType.JW305,
                (t, header) -> {
                    List<Jw305.StartProduct> producten = switch (opdracht.wijze()) {
                        case MELDEN -> List.of(startproduct(t, vereis(opdracht.begindatum(), "begindatum"), "1"));
                        case CORRIGEREN ->
                            List.of(
                                    startproduct(t, vereis(opdracht.vorigeBegindatum(), "vorigeBegindatum"), "3"),
                                    startproduct(t, vereis(opdracht.begindatum(), "begindatum"), "1"));
                        case INTREKKEN -> List.of(startproduct(t, vereis(opdracht.begindatum(), "begindatum"), "3"));
                    };
                    Client c = client(t);
                    return new Jw305(
                            header, new Jw305.Client(c.bsn(), c.geboortedatum(), c.geslacht(), c.naam(), producten));
                },
                (t, door) -> {});
    }

    /**
     * Reports, corrects or withdraws the stop of the levering that began on the opdracht's begindatum (JW307), and
     * keeps the outcome measured at the end.
     */
    public Indiening meldStop(Stopopdracht opdracht, String sleutel) {
        LocalDate begin = vereis(opdracht.begindatum(), "begindatum");
        return dienIn(
                sleutel(sleutel, "stop", opdracht, opdracht.gemeente(), opdracht.nummer()),
                opdracht.gemeente(),
                opdracht.nummer(),
                BerichtType.JW307,
                (t, header) -> {
                    List<Jw307.StopProduct> producten = new ArrayList<>();
                    if (opdracht.wijze() != Leveringswijze.MELDEN) {
                        Zorgtraject.Periode eerder = eerdereStop(t, begin);
                        producten.add(stopproduct(t, begin, eerder.einddatum(), eerder.reden(), "3"));
                    }
                    if (opdracht.wijze() != Leveringswijze.INTREKKEN) {
                        producten.add(stopproduct(
                                t,
                                begin,
                                vereis(opdracht.einddatum(), "einddatum"),
                                vereis(opdracht.reden(), "reden"),
                                "1"));
                    }
                    Client c = client(t);
                    return new Jw307(
                            header, new Jw307.Client(c.bsn(), c.geboortedatum(), c.geslacht(), c.naam(), producten));
                },
                (t, door) -> {
                    if (opdracht.wijze() == Leveringswijze.INTREKKEN) {
                        opslag.verwijderMetingen(t.gemeente(), t.nummer(), begin);
                    } else {
                        opslag.bewaarMetingen(
                                t.gemeente(),
                                t.nummer(),
                                t.aanbieder(),
                                begin,
                                opdracht.einddatum(),
                                opdracht.metingen().stream()
                                        .filter(Uitkomstmeting::isIngevuld)
                                        .toList(),
                                door,
                                clock.instant());
                    }
                });
    }

    /**
     * The caller's key; without one a digest of the request and of where the levering stands now, so the same request
     * sent twice before it is processed sends one message, while the same start reported again after it was withdrawn
     * is a new one.
     */
    private String sleutel(
            String gegeven, String soort, Object opdracht, GemeenteCode gemeente, Toewijzingnummer nummer) {
        if (gegeven != null) {
            return soort + " " + gegeven;
        }
        eigenToewijzing(bus.vereisIndiener().aanbieder(), gemeente, nummer);
        String inhoud = opdracht + " " + zorgtrajecten.zorgtraject(gemeente, nummer);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inhoud.getBytes(StandardCharsets.UTF_8));
            return soort + " inhoud " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome measurements the aanbieder recorded for the leveringen on one of its toewijzingen. */
    public List<Leveringsuitkomst> uitkomsten(GemeenteCode gemeente, Toewijzingnummer nummer) {
        eigenToewijzing(bus.vereisIndiener().aanbieder(), gemeente, nummer);
        return opslag.metingen(gemeente, nummer);
    }

    /** Builds a message for a toewijzing of the aanbieder: its header given, the rest from the toewijzing. */
    @FunctionalInterface
    private interface Berichtopbouw {
        IjwBericht bouw(ToegewezenProduct toewijzing, Header header);
    }

    private Indiening dienIn(
            String sleutel,
            GemeenteCode gemeente,
            Toewijzingnummer nummer,
            BerichtType type,
            Berichtopbouw opbouw,
            BiConsumer<ToegewezenProduct, String> daarna) {
        Gebruiker gebruiker = bus.vereisIndiener();
        AgbCode aanbieder = gebruiker.aanbieder();
        return eenmalig.dienIn(gebruiker, sleutel, identificatie -> {
            ToegewezenProduct toewijzing = eigenToewijzing(aanbieder, gemeente, nummer);
            Header header = Portaalbericht.header(type, aanbieder, gemeente, identificatie, LocalDate.now(clock));
            byte[] inhoud = Portaalbericht.bytes(opbouw.bouw(toewijzing, header));
            Proefverwerking.Proefuitkomst proef = proefverwerking.proef(inhoud);
            if (!proef.zonderBevindingen()) {
                throw weigering(proef.bevindingen());
            }
            return new Eenmaligeindiening.Voorbereid(type, inhoud, bericht -> {
                daarna.accept(toewijzing, gebruiker.gebruikersnaam());
                toegangslog.registreer(new Gebeurtenis(
                        toewijzing.client(),
                        Actie.VERSTUREN,
                        type.name() + " " + identificatie + " ("
                                + type.berichtcode().omschrijving() + ") op toewijzing " + nummer,
                        "aanbieder " + aanbieder.value(),
                        "aanbiedersportaal, aan gemeente " + gemeente.value()));
            });
        });
    }

    /**
     * The toewijzing when it is one of this aanbieder; otherwise the same refusal whether it does not exist or belongs
     * to another aanbieder (TR019, retourcode 9019), so the answer reveals nothing of other aanbieders.
     */
    private ToegewezenProduct eigenToewijzing(AgbCode aanbieder, GemeenteCode gemeente, Toewijzingnummer nummer) {
        return eigenToewijzing(toewijzingen, aanbieder, gemeente, nummer);
    }

    static ToegewezenProduct eigenToewijzing(
            ToewijzingService toewijzingen, AgbCode aanbieder, GemeenteCode gemeente, Toewijzingnummer nummer) {
        return toewijzingen
                .toewijzing(gemeente, nummer)
                .filter(t -> t.aanbieder().equals(aanbieder) && !t.isVervallen())
                .orElseThrow(() -> new OngeldigeInvoer(List.of(new OngeldigeParameter(
                        "toewijzing",
                        "Aanbieder " + aanbieder.value() + " heeft bij gemeente " + gemeente.value()
                                + " geen toewijzing " + nummer + " (TR019).",
                        Retourcode.REGIEBERICHT_ZONDER_TOEWIJZING.code()))));
    }

    private Zorgtraject.Periode eerdereStop(ToegewezenProduct t, LocalDate begin) {
        return zorgtrajecten.zorgtraject(t.gemeente(), t.nummer()).perioden().stream()
                .filter(p -> p.begindatum().equals(begin) && p.einddatum() != null)
                .findFirst()
                .orElseThrow(() -> new OngeldigeInvoer(List.of(new OngeldigeParameter(
                        "begindatum",
                        "Voor de levering die begon op " + Notatie.datum(begin) + " is geen stop gemeld die u kunt"
                                + " corrigeren of intrekken (TR063).",
                        Retourcode.GEEN_EERDER_BERICHT.code()))));
    }

    /** The client as the gemeente sent it in the JW301, for the Client class of the message. */
    private record Client(
            String bsn, Basistypen.Geboortedatum geboortedatum, String geslacht, Basistypen.VerkorteNaam naam) {}

    private Client client(ToegewezenProduct t) {
        Bsn bsn = t.client();
        Persoonsgegevens g = clienten.gegevens(t.gemeente(), bsn)
                .orElseThrow(() -> new OngeldigeInvoer(
                        "toewijzing",
                        "Van de jeugdige van toewijzing " + t.nummer() + " zijn nog geen gegevens bekend bij de"
                                + " gemeente; neem contact op met de gemeente."))
                .gegevens();
        return new Client(
                bsn.value(),
                new Basistypen.Geboortedatum(
                        g.geboortedatum(),
                        g.datumgebruik() == null ? null : g.datumgebruik().code()),
                g.geslacht().code(),
                new Basistypen.VerkorteNaam(
                        new Basistypen.Achternaam(g.achternaam(), g.voorvoegsel()), null, g.voorletters()));
    }

    private static Jw305.StartProduct startproduct(ToegewezenProduct t, LocalDate begin, String status) {
        return new Jw305.StartProduct(
                t.nummer().value(), product(t.product()), t.periode().begin(), begin, status);
    }

    private static Jw307.StopProduct stopproduct(
            ToegewezenProduct t, LocalDate begin, LocalDate eind, RedenBeeindiging reden, String status) {
        return new Jw307.StopProduct(
                t.nummer().value(), product(t.product()), t.periode().begin(), begin, reden.code(), eind, status);
    }

    private static Basistypen.Product product(Productaanduiding p) {
        return p.isGeneriek()
                ? null
                : new Basistypen.Product(p.categorie().code(), p.productcode().orElse(null));
    }

    /**
     * The findings of the gemeente's checks as invalid fields: each at the field of the form it concerns where the
     * element says so, with the rule and its Dutch explanation, and the retourcode as the code.
     */
    static OngeldigeInvoer weigering(List<Berichtgegevens.Bevindingregel> bevindingen) {
        return new OngeldigeInvoer(bevindingen.stream()
                .map(b -> new OngeldigeParameter(
                        veld(b.pad()),
                        b.melding() + (b.regel() == null || b.regel().isBlank() ? "" : " (" + b.regel() + ")"),
                        b.retourcode() == null || b.retourcode().isBlank() ? null : b.retourcode()))
                .toList());
    }

    private static String veld(String pad) {
        String p = pad == null ? "" : pad;
        if (p.contains("Einddatum")) {
            return "einddatum";
        }
        if (p.contains("Begindatum")) {
            return "begindatum";
        }
        if (p.contains("RedenBeeindiging")) {
            return "reden";
        }
        if (p.contains("ToewijzingNummer")) {
            return "toewijzing";
        }
        if (p.contains("Verwijzer")) {
            return "verwijzer";
        }
        if (p.contains("Omvang")) {
            return "volume";
        }
        if (p.contains("Bsn")) {
            return "bsn";
        }
        return "melding";
    }

    private static <T> T vereis(T waarde, String veld) {
        if (waarde == null) {
            throw new OngeldigeInvoer(
                    veld,
                    switch (veld) {
                        case "begindatum" -> "Vul de begindatum van de levering in.";
                        case "vorigeBegindatum" -> "Kies de start die u corrigeert.";
                        case "einddatum" -> "Vul de einddatum van de levering in.";
                        case "reden" -> "Kies de reden beëindiging.";
                        default -> "Vul dit veld in.";
                    });
        }
        return waarde;
    }
}
