package nl.jeugdregie.berichtenverkeer;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.beveiliging.Rol;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtLezer;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Bevinding;
import nl.jeugdregie.ijw.Element;
import nl.jeugdregie.ijw.OnleesbaarBericht;
import nl.jeugdregie.ijw.Validator;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Werkdagen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.regio.RegioService;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.WachtendToewijzingsbericht;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gemeente's inbox and outbox. {@link #ontvang} takes a message in: it is checked against the
 * XSD (level 1: refused with a foutmelding, nothing stored, as the iJw process prescribes), then
 * stored with its raw bytes before anything else happens; {@link Berichtverwerking} processes it
 * afterwards, exactly once.
 */
@Service
public class Berichtenbus {

    /** OP179: a message is at most 25 MB. */
    public static final int MAXIMALE_GROOTTE = 25 * 1024 * 1024;

    /** Heenberichten an aanbieder sends to the gemeente, and the retourberichten it sends back. */
    static final Set<BerichtType> VAN_AANBIEDER = Set.of(
            BerichtType.JW305,
            BerichtType.JW307,
            BerichtType.JW315,
            BerichtType.JW317,
            BerichtType.JW323,
            BerichtType.JW302,
            BerichtType.JW320);

    private final BerichtRepository opslag;
    private final Uitgaandeberichten uitgaand;
    private final JdbcClient jdbc;
    private final Autorisatie autorisatie;
    private final RegioService regioService;
    private final ApplicationEventPublisher events;
    private final Toegangslog toegangslog;
    private final Clock clock;
    private final Werkdagen werkdagen = Werkdagen.volgensTermijnenwet();

    Berichtenbus(
            BerichtRepository opslag,
            Uitgaandeberichten uitgaand,
            JdbcClient jdbc,
            Autorisatie autorisatie,
            RegioService regioService,
            ApplicationEventPublisher events,
            Toegangslog toegangslog,
            Clock clock) {
        this.toegangslog = toegangslog;
        this.opslag = opslag;
        this.uitgaand = uitgaand;
        this.jdbc = jdbc;
        this.autorisatie = autorisatie;
        this.regioService = regioService;
        this.events = events;
        this.clock = clock;
    }

    /** What was taken in: the stored message's id, type and whether it repeats an earlier one. */
    public record Ontvangst(UUID id, String berichttype, String identificatie, Berichtstatus status) {}

    /**
     * Takes a message in. On the channels of a user (upload, API) only a user with role AANBIEDER submits, and only
     * messages with its own AGB code as afzender: every other user is refused with {@link NietGeautoriseerd} before
     * the message is read. The watched directory is the gemeente's own channel and has no user. Refuses (with {@link
     * OngeldigBerichtbestand}, after writing an error record) what cannot be an iJw message for this region.
     */
    @Transactional(noRollbackFor = OngeldigBerichtbestand.class)
    public Ontvangst ontvang(byte[] inhoud, Kanaal kanaal, String bestandsnaam) {
        Instant nu = clock.instant();
        AgbCode indiener = kanaal.doorGebruiker() ? vereisIndiener().aanbieder() : null;
        String door =
                autorisatie.huidigeGebruiker().map(Gebruiker::gebruikersnaam).orElse("systeem");
        try {
            return neemIn(inhoud, kanaal, bestandsnaam, door, indiener, nu);
        } catch (OngeldigBerichtbestand fout) {
            registreerFout(kanaal, bestandsnaam, door, inhoud == null ? 0 : inhoud.length, fout, nu);
            throw fout;
        }
    }

    /**
     * The signed-in user, if it may submit messages of an aanbieder: one with role AANBIEDER and an AGB code. The
     * backoffice and other roles check a message on the validator page instead.
     */
    public Gebruiker vereisIndiener() {
        Gebruiker gebruiker = autorisatie
                .huidigeGebruiker()
                .orElseThrow(() -> new NietGeautoriseerd("Log in als aanbieder om een bericht aan te bieden."));
        if (!gebruiker.heeftRol(Rol.AANBIEDER)) {
            throw new NietGeautoriseerd("Alleen een aanbieder biedt berichten aan, met de eigen AGB-code als afzender."
                    + " Controleer een bericht zonder het te versturen met de iJw-validator (/ijw/validatie).");
        }
        if (gebruiker.aanbieder() == null) {
            throw new NietGeautoriseerd(
                    "Uw account heeft geen AGB-code; vraag de beheerder die toe te voegen voordat u berichten aanbiedt.");
        }
        return gebruiker;
    }

    private Ontvangst neemIn(
            byte[] inhoud, Kanaal kanaal, String bestandsnaam, String door, AgbCode indiener, Instant nu) {
        if (inhoud == null || inhoud.length == 0) {
            throw new OngeldigBerichtbestand("LEEG", "Het bestand is leeg.");
        }
        if (inhoud.length > MAXIMALE_GROOTTE) {
            throw new OngeldigBerichtbestand(
                    "IB012", "Het bestand is groter dan 25 MB (OP179) en wordt niet in behandeling genomen.");
        }
        Validator.Beoordeling beoordeling;
        try {
            // Intake needs only the header and level 1 (the XSD); all other checks run once, when the
            // message is processed.
            beoordeling = Validator.alleenSchema().beoordeel(new ByteArrayInputStream(inhoud));
        } catch (OnleesbaarBericht e) {
            throw new OngeldigBerichtbestand("ONLEESBAAR", e.getMessage());
        }
        List<Bevinding> schemafouten = beoordeling.resultaat().bevindingen().stream()
                .filter(b -> b.niveau() == 1)
                .toList();
        if (beoordeling.bericht() == null || !schemafouten.isEmpty()) {
            throw new OngeldigBerichtbestand(
                    "XSD",
                    "Het bericht voldoet niet aan het XSD (controleniveau 1); er volgt geen retourbericht. "
                            + schemafouten.stream()
                                    .limit(10)
                                    .map(b -> b.pad() + ": " + b.melding())
                                    .collect(Collectors.joining("; ")));
        }
        Bericht bericht = beoordeling.bericht();
        BerichtType type = bericht.type();
        if (!VAN_AANBIEDER.contains(type)) {
            throw new OngeldigBerichtbestand("RICHTING", type + " wordt door de gemeente verstuurd, niet ontvangen.");
        }
        Element header = bericht.header();
        // A retourbericht keeps the Afzender, Ontvanger and BerichtIdentificatie of the heenbericht it answers
        // (IV028): the aanbieder sending it is its Ontvanger, and its own identity is IdentificatieRetour.
        boolean retour = !type.isHeenbericht();
        String afzender = tekst(header, retour ? "Ontvanger" : "Afzender");
        String ontvanger = tekst(header, retour ? "Afzender" : "Ontvanger");
        Element berichtIdentificatie = header.child("BerichtIdentificatie");
        String identificatie =
                retour ? tekst(header, "IdentificatieRetour") : tekst(berichtIdentificatie, "Identificatie");
        LocalDate dagtekening = LocalDate.parse(
                retour ? tekst(header, "DagtekeningRetour") : tekst(berichtIdentificatie, "Dagtekening"));
        LocalDate vandaag = LocalDate.ofInstant(nu, clock.getZone());
        if (!regioService.gemeentenVanPlatformregio(vandaag).contains(new GemeenteCode(ontvanger))) {
            throw new OngeldigBerichtbestand(
                    "GEMEENTE",
                    "Het bericht is gericht aan gemeente " + ontvanger + ", die niet tot jeugdregio "
                            + regioService.platformregio() + " behoort.");
        }
        if (indiener != null && !indiener.value().equals(afzender)) {
            throw new NietGeautoriseerd("Dit bericht heeft afzender " + afzender + "; u biedt alleen berichten aan met"
                    + " uw eigen AGB-code " + indiener.value() + " als afzender.");
        }
        UUID id = UUID.randomUUID();
        BerichtRepository.NieuwBericht nieuw = new BerichtRepository.NieuwBericht(
                id,
                Richting.IN,
                type.name(),
                afzender,
                ontvanger,
                identificatie,
                dagtekening,
                kanaal,
                bestandsnaam,
                door,
                inhoud,
                sha256(inhoud),
                Berichtstatus.ONTVANGEN,
                nu,
                type.isHeenbericht() ? werkdagen.plus(vandaag, 3) : null,
                null);
        Berichtstatus status = opslag.bewaarEenmalig(nieuw);
        events.publishEvent(new BerichtOntvangen(id, type.name()));
        return new Ontvangst(id, type.name(), identificatie, status);
    }

    /** Messages the caller may see, filtered. */
    public Resultaatpagina<Berichtgegevens> zoek(Berichtfilter filter, Paginering paginering) {
        return opslag.zoek(binnenScope(filter), paginering);
    }

    public Berichtgegevens gegevens(UUID id) {
        Berichtgegevens gegevens = opslag.gegevens(id).orElseThrow(() -> new NietGevonden("Bericht bestaat niet"));
        vereisScope(gegevens);
        return gegevens;
    }

    /**
     * The raw message, for a caller that may see it. Reading is logged in the toegangslog for every jeugdige in the
     * message ({@code toelichting}: where it was read) and changes nothing else: an aanbieder marks an outgoing
     * message as fetched with {@link #markeerOpgehaald}.
     */
    @Transactional
    public byte[] inhoud(UUID id, String toelichting) {
        Berichtgegevens gegevens = gegevens(id);
        byte[] inhoud = opslag.inhoud(id).orElseThrow(() -> new NietGevonden("Bericht bestaat niet"));
        toegangslog.registreer(jeugdigen(inhoud).stream()
                .map(bsn -> new Gebeurtenis(
                        bsn,
                        Actie.RAADPLEGEN,
                        "iJw-bericht " + gegevens.berichttype() + " " + gegevens.identificatie()
                                + " (volledige inhoud)",
                        null,
                        toelichting))
                .toList());
        return inhoud;
    }

    /**
     * The aanbieder the outgoing message is addressed to confirms it fetched the message: a message still waiting
     * (KLAAR) becomes OPGEHAALD. One already fetched, sent, confirmed or sent back stays as it is, so asking twice is
     * harmless.
     */
    @Transactional
    public Berichtgegevens markeerOpgehaald(UUID id) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        Berichtgegevens gegevens = gegevens(id);
        if (gegevens.richting() != Richting.UIT) {
            throw new nl.jeugdregie.platform.OngeldigeInvoer(
                    "richting",
                    "Alleen een bericht van de gemeente aan de aanbieder kan als opgehaald worden gemarkeerd.");
        }
        if (!gebruiker.heeftRol(Rol.AANBIEDER)
                || gebruiker.aanbieder() == null
                || !gebruiker.aanbieder().value().equals(gegevens.ontvanger())) {
            throw new NietGeautoriseerd(
                    "Alleen de aanbieder aan wie het bericht is gericht, markeert het als opgehaald.");
        }
        opslag.markeerAfgeleverd(id, Berichtstatus.OPGEHAALD, clock.instant());
        return gegevens(id);
    }

    private static Set<Bsn> jeugdigen(byte[] inhoud) {
        try {
            return Berichtclienten.bsns(BerichtLezer.lees(inhoud));
        } catch (OnleesbaarBericht e) {
            return Set.of();
        }
    }

    /**
     * The backoffice marks an outgoing message as sent, when it left by another channel than the aanbieder fetching
     * it here. Only a message still waiting (KLAAR) can be marked.
     */
    @Transactional
    public Berichtgegevens markeerVerzonden(UUID id) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (!gebruiker.heeftRol(Rol.BACKOFFICE) && !gebruiker.heeftRol(Rol.BEHEERDER)) {
            throw new NietGeautoriseerd("Alleen de backoffice markeert berichten als verzonden");
        }
        Berichtgegevens gegevens = gegevens(id);
        if (gegevens.richting() != Richting.UIT || gegevens.status() != Berichtstatus.KLAAR) {
            throw new nl.jeugdregie.platform.OngeldigeInvoer(
                    "status",
                    "Alleen een uitgaand bericht dat klaarstaat kan als verzonden worden gemarkeerd; dit bericht is "
                            + gegevens.status().omschrijving().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        opslag.markeerAfgeleverd(id, Berichtstatus.VERZONDEN, clock.instant());
        return gegevens(id);
    }

    /** Toewijzingen whose JW301 waits for the client's gegevens; for the backoffice. */
    public List<WachtendToewijzingsbericht> wachtendOpClientgegevens() {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (!gebruiker.heeftRol(Rol.BACKOFFICE) && !gebruiker.heeftRol(Rol.BEHEERDER)) {
            return List.of();
        }
        return uitgaand.wachtend(autorisatie.zichtbareGemeenten());
    }

    /** The retourbericht of a heenbericht, received or sent, once there is one. */
    public java.util.Optional<Berichtgegevens> retourVan(UUID heenbericht) {
        gegevens(heenbericht);
        return opslag.retourVan(heenbericht);
    }

    private Berichtfilter binnenScope(Berichtfilter filter) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (gebruiker.heeftRol(Rol.BACKOFFICE) || gebruiker.heeftRol(Rol.BEHEERDER)) {
            return filter;
        }
        if (gebruiker.heeftRol(Rol.AANBIEDER) && gebruiker.aanbieder() != null) {
            return new Berichtfilter(
                    filter.richting(),
                    filter.berichttype(),
                    filter.status(),
                    gebruiker.aanbieder().value(),
                    filter.gemeenten(),
                    filter.van(),
                    filter.tot());
        }
        throw new NietGeautoriseerd("Alleen de backoffice en aanbieders zien berichten");
    }

    private void vereisScope(Berichtgegevens gegevens) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (gebruiker.heeftRol(Rol.BACKOFFICE) || gebruiker.heeftRol(Rol.BEHEERDER)) {
            return;
        }
        if (gebruiker.heeftRol(Rol.AANBIEDER)
                && gebruiker.aanbieder() != null
                && (gebruiker.aanbieder().value().equals(gegevens.afzender())
                        || gebruiker.aanbieder().value().equals(gegevens.ontvanger()))) {
            return;
        }
        throw new NietGeautoriseerd("Geen toegang tot dit bericht");
    }

    private void registreerFout(
            Kanaal kanaal, String bestandsnaam, String door, long grootte, OngeldigBerichtbestand fout, Instant nu) {
        jdbc.sql("""
                        insert into berichtenverkeer.foutrecord (tijdstip, kanaal, bestandsnaam, ingediend_door, grootte, foutcode, melding)
                        values (:tijdstip, :kanaal, :bestandsnaam, :door, :grootte, :code, :melding)""")
                .param("tijdstip", Timestamp.from(nu))
                .param("kanaal", kanaal.name())
                .param("bestandsnaam", bestandsnaam)
                .param("door", door)
                .param("grootte", grootte)
                .param("code", fout.foutcode())
                .param("melding", fout.getMessage())
                .update();
    }

    private static String tekst(Element ouder, String naam) {
        Element kind = ouder == null ? null : ouder.child(naam);
        return kind == null ? null : kind.text();
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
