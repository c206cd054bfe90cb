package nl.jeugdregie.portaal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.berichtenverkeer.Proefverwerking;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.IjwBericht;
import nl.jeugdregie.ijw.Jw315;
import nl.jeugdregie.ijw.Jw317;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.Aanvraagstand;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.VerzoekService;
import org.springframework.stereotype.Service;

/**
 * The verzoeken of the signed-in aanbieder: a verzoek om toewijzing (JW315) for a jeugdige referred to it, and a
 * verzoek om wijziging (JW317) of one of its toewijzingen. Each is written as the exact message, judged first by the
 * gemeente's checks ({@link Proefverwerking}) and refused with their retourcodes when they would reject it, and sent
 * once per request key. Its ReferentieAanbieder is the message's own Identificatie, so every answer (JW316, JW319,
 * the JW301 of a toewijzing) finds its way back to it in {@link #verzoeken}.
 */
@Service
public class Verzoekmeldingen {

    private static final int HOOGSTENS = 50;

    private final Berichtenbus bus;
    private final Proefverwerking proefverwerking;
    private final ToewijzingService toewijzingen;
    private final VerzoekService verzoeken;
    private final ClientService clienten;
    private final PortaalRepository opslag;
    private final Eenmaligeindiening eenmalig;
    private final Toegangslog toegangslog;
    private final Clock clock;

    Verzoekmeldingen(
            Berichtenbus bus,
            Proefverwerking proefverwerking,
            ToewijzingService toewijzingen,
            VerzoekService verzoeken,
            ClientService clienten,
            PortaalRepository opslag,
            Eenmaligeindiening eenmalig,
            Toegangslog toegangslog,
            Clock clock) {
        this.bus = bus;
        this.proefverwerking = proefverwerking;
        this.toewijzingen = toewijzingen;
        this.verzoeken = verzoeken;
        this.clienten = clienten;
        this.opslag = opslag;
        this.eenmalig = eenmalig;
        this.toegangslog = toegangslog;
        this.clock = clock;
    }

    /** Sends a verzoek om toewijzing (JW315) for a jeugdige referred to the aanbieder. */
    public Indiening vraagToewijzing(Toewijzingsverzoek v, String sleutel) {
        List<OngeldigeParameter> ontbreekt = new ArrayList<>();
        vereis(ontbreekt, v.gemeente(), "gemeente", "Kies de gemeente van de jeugdige.");
        vereis(ontbreekt, v.bsn(), "bsn", "Vul het BSN van de jeugdige in (9 cijfers).");
        vereis(ontbreekt, v.geboortedatum(), "geboortedatum", "Vul de geboortedatum in.");
        vereis(ontbreekt, v.geslacht(), "geslacht", "Kies het geslacht.");
        vereis(ontbreekt, leeg(v.achternaam()), "achternaam", "Vul de achternaam in.");
        vereis(ontbreekt, v.gezagsdragerBekend(), "gezagsdragerBekend", "Geef aan of de gezagsdrager bekend is.");
        vereis(ontbreekt, v.product(), "productcode", "Vul de productcode in, zoals 45A48.");
        vereis(ontbreekt, v.ingangsdatum(), "ingangsdatum", "Vul de gewenste ingangsdatum in.");
        vereis(ontbreekt, v.verwijzer(), "verwijzer", "Kies wie de jeugdige verwees.");
        if (v.omvang() == null && v.budget() == null) {
            ontbreekt.add(
                    new OngeldigeParameter("volume", "Vul de omvang in (volume, eenheid, frequentie) of een budget."));
        }
        if (!ontbreekt.isEmpty()) {
            throw new OngeldigeInvoer(ontbreekt);
        }
        return dienIn(
                sleutel, v.gemeente(), v.bsn(), BerichtType.JW315, "verzoek om toewijzing", (identificatie, header) -> {
                    Jw315.AangevraagdProduct product = new Jw315.AangevraagdProduct(
                            identificatie,
                            null,
                            product(v.product()),
                            null,
                            v.ingangsdatum(),
                            v.einddatum(),
                            omvang(v.omvang()),
                            v.budget() == null ? null : v.budget().eurocent(),
                            new Basistypen.Verwijzer(
                                    v.verwijzer().code(), leeg(v.verwijzerNaam()), leeg(v.zorgverlenerCode())),
                            null,
                            null);
                    return new Jw315(
                            header,
                            new Jw315.Client(
                                    v.bsn().value(),
                                    new Basistypen.Geboortedatum(v.geboortedatum(), null),
                                    v.geslacht().code(),
                                    new Basistypen.VerkorteNaam(
                                            new Basistypen.Achternaam(
                                                    v.achternaam().strip(), leeg(v.voorvoegsel())),
                                            null,
                                            leeg(v.voorletters())),
                                    v.gezagsdragerBekend().code(),
                                    leeg(v.commentaar()),
                                    List.of(product)));
                });
    }

    /**
     * Sends a verzoek om wijziging (JW317) of one of the aanbieder's toewijzingen; its other current toewijzingen for
     * the same jeugdige go along as unchanged.
     */
    public Indiening vraagWijziging(Wijzigingsverzoek v, String sleutel) {
        List<OngeldigeParameter> ontbreekt = new ArrayList<>();
        vereis(ontbreekt, v.reden(), "reden", "Kies de reden van het verzoek.");
        vereis(
                ontbreekt,
                v.gewensteIngangsdatum(),
                "gewensteIngangsdatum",
                "Vul de datum in vanaf wanneer de wijziging geldt.");
        if (v.omvang() == null && v.budget() == null && v.einddatum() == null) {
            ontbreekt.add(new OngeldigeParameter(
                    "volume", "Vul in wat er verandert: een nieuwe omvang, een budget of een einddatum."));
        }
        if (!ontbreekt.isEmpty()) {
            throw new OngeldigeInvoer(ontbreekt);
        }
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        ToegewezenProduct t = Leveringsmeldingen.eigenToewijzing(toewijzingen, aanbieder, v.gemeente(), v.nummer());
        return dienIn(
                sleutel,
                v.gemeente(),
                t.client(),
                BerichtType.JW317,
                "verzoek om wijziging",
                (identificatie, header) -> {
                    List<Jw317.OngewijzigdProduct> ongewijzigd =
                            toewijzingen.geldigOp(t.gemeente(), t.client(), aanbieder, LocalDate.now(clock)).stream()
                                    .filter(x -> !x.nummer().equals(t.nummer()) && !x.isVervallen())
                                    .map(x -> new Jw317.OngewijzigdProduct(
                                            x.nummer().value()))
                                    .toList();
                    return new Jw317(
                            header,
                            new Jw317.Client(
                                    t.client().value(),
                                    new Jw317.Verzoek(
                                            identificatie,
                                            v.reden().code(),
                                            ongewijzigd,
                                            List.of(new Jw317.TeWijzigenProduct(
                                                    t.nummer().value(),
                                                    v.gewensteIngangsdatum(),
                                                    v.einddatum() != null
                                                            ? v.einddatum()
                                                            : t.periode().eind(),
                                                    omvang(
                                                            v.omvang() != null || v.budget() != null
                                                                    ? v.omvang()
                                                                    : t.omvang()),
                                                    v.budget() != null
                                                            ? Long.valueOf(
                                                                    v.budget().eurocent())
                                                            : v.omvang() == null && t.budget() != null
                                                                    ? Long.valueOf(t.budget()
                                                                            .eurocent())
                                                                    : null)),
                                            List.of())));
                });
    }

    /** The aanbieder's verzoeken, newest first, each with the answers of the gemeente. */
    public List<Verzoekoverzicht> verzoeken(String waar) {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        Map<String, UUID> berichten = opslag.berichten(aanbieder, List.of("JW315", "JW317"));
        List<Verzoekoverzicht> overzicht = new ArrayList<>();
        List<Gebeurtenis> gelezen = new ArrayList<>();
        for (Aanvraagstand a : verzoeken.eigenAanvragen(HOOGSTENS)) {
            UUID bericht = berichten.get(a.werkitem().referentieAanbieder());
            Berichtgegevens gegevens = bericht == null ? null : bus.gegevens(bericht);
            Berichtgegevens retour =
                    bericht == null ? null : bus.retourVan(bericht).orElse(null);
            String naam = clienten.gegevens(
                            a.werkitem().gemeente(), a.werkitem().client())
                    .map(r -> Naamweergave.van(
                            r.gegevens().voorletters(),
                            r.gegevens().voorvoegsel(),
                            r.gegevens().achternaam()))
                    .orElse("(nog niet bij de gemeente bekend)");
            overzicht.add(new Verzoekoverzicht(a, naam, gegevens, retour));
            gelezen.add(new Gebeurtenis(
                    a.werkitem().client(),
                    Actie.RAADPLEGEN,
                    "verzoek " + a.werkitem().referentieAanbieder() + " en het antwoord van de gemeente",
                    "aanbieder " + aanbieder.value(),
                    waar));
        }
        toegangslog.registreer(gelezen);
        return overzicht;
    }

    /** Builds a message given its Identificatie (also its ReferentieAanbieder) and header. */
    @FunctionalInterface
    private interface Opbouw {
        IjwBericht bouw(String identificatie, nl.jeugdregie.ijw.Header header);
    }

    private Indiening dienIn(
            String sleutel, GemeenteCode gemeente, Bsn client, BerichtType type, String wat, Opbouw opbouw) {
        Gebruiker gebruiker = bus.vereisIndiener();
        AgbCode aanbieder = gebruiker.aanbieder();
        String eigenSleutel = type.name() + " " + (sleutel == null ? UUID.randomUUID() : sleutel);
        return eenmalig.dienIn(gebruiker, eigenSleutel, identificatie -> {
            byte[] inhoud = Portaalbericht.bytes(opbouw.bouw(
                    identificatie,
                    Portaalbericht.header(type, aanbieder, gemeente, identificatie, LocalDate.now(clock))));
            Proefverwerking.Proefuitkomst proef = proefverwerking.proef(inhoud);
            if (!proef.zonderBevindingen()) {
                throw Leveringsmeldingen.weigering(proef.bevindingen());
            }
            return new Eenmaligeindiening.Voorbereid(
                    type,
                    inhoud,
                    bericht -> toegangslog.registreer(new Gebeurtenis(
                            client,
                            Actie.VERSTUREN,
                            type.name() + " " + identificatie + " (" + wat + ")",
                            "aanbieder " + aanbieder.value(),
                            "aanbiedersportaal, aan gemeente " + gemeente.value())));
        });
    }

    private static Basistypen.Product product(Productaanduiding p) {
        return p.isGeneriek()
                ? null
                : new Basistypen.Product(p.categorie().code(), p.productcode().orElse(null));
    }

    private static Basistypen.Omvang omvang(Omvang o) {
        return o == null
                ? null
                : new Basistypen.Omvang(
                        o.volume(), o.eenheid().code(), o.frequentie().code());
    }

    private static String leeg(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static void vereis(List<OngeldigeParameter> ontbreekt, Object waarde, String veld, String melding) {
        if (waarde == null) {
            ontbreekt.add(new OngeldigeParameter(veld, melding));
        }
    }
}
