package nl.jeugdregie.berichtenverkeer;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens.Bevindingregel;
import nl.jeugdregie.ijw.Aanduiding;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Bevinding;
import nl.jeugdregie.ijw.RetourberichtBuilder;
import nl.jeugdregie.ijw.Validatieresultaat;
import nl.jeugdregie.ijw.Validator;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processes one received message in one transaction: its checks, its effects and its retourbericht
 * commit together with the status VERWERKT, so a crash halfway leaves the message waiting and it is
 * processed again after a restart, never twice.
 */
@Component
class Berichtverwerking {

    private static final Logger log = LoggerFactory.getLogger(Berichtverwerking.class);

    private final BerichtRepository opslag;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<Inhoudelijkecontrole> controles;
    private final Toegangslog toegangslog;

    Berichtverwerking(
            BerichtRepository opslag,
            JdbcClient jdbc,
            Clock clock,
            List<Inhoudelijkecontrole> controles,
            Toegangslog toegangslog) {
        this.toegangslog = toegangslog;
        this.opslag = opslag;
        this.jdbc = jdbc;
        this.clock = clock;
        this.controles = controles;
    }

    /** Processes the message if it still waits and no other node has it; answers whether it did. */
    @Transactional
    public boolean verwerk(UUID id) {
        if (!opslag.claim(id)) {
            return false;
        }
        Berichtgegevens gegevens = opslag.gegevens(id).orElseThrow();
        byte[] inhoud = opslag.inhoud(id).orElseThrow();
        Validator.Beoordeling beoordeling = Validator.standaard().beoordeel(new ByteArrayInputStream(inhoud));
        Bericht bericht = beoordeling.bericht();
        Validatieresultaat resultaat = beoordeling.resultaat();
        List<Retourcodes> codes = new ArrayList<>();
        Berichtstatus status;
        if (gegevens.status() == Berichtstatus.DUBBEL) {
            codes.add(new Retourcodes(
                    "/Bericht/Header",
                    "9056",
                    "TR056",
                    "Identificatie "
                            + gegevens.identificatie() + " is al eerder ontvangen van " + gegevens.afzender()
                            + "; dit bericht wordt niet verwerkt."));
            status = Berichtstatus.DUBBEL;
        } else if (!resultaat.geldig()) {
            status = Berichtstatus.AFGEKEURD;
        } else {
            for (Inhoudelijkecontrole controle : controles) {
                if (controle.berichttypen().contains(bericht.type())) {
                    codes.addAll(controle.verwerk(bericht, gegevens));
                }
            }
            // A heenbericht with findings is answered with them in its retour; a retourbericht has no answer, so
            // one that cannot be placed is set aside.
            status = !bericht.type().isHeenbericht() && !codes.isEmpty()
                    ? Berichtstatus.AFGEKEURD
                    : Berichtstatus.VERWERKT;
        }
        List<Bevindingregel> bevindingen = new ArrayList<>();
        for (Bevinding b : resultaat.bevindingen()) {
            bevindingen.add(new Bevindingregel(b.regel(), b.retourcode(), b.pad(), b.melding()));
        }
        for (Retourcodes c : codes) {
            bevindingen.add(new Bevindingregel(
                    c.regel(), c.retourcode(), c.pad(), Aanduiding.melding(bericht, c.pad(), c.melding())));
        }
        Instant nu = clock.instant();
        if (bericht.type().isHeenbericht()) {
            RetourberichtBuilder retour = RetourberichtBuilder.voor(bericht, resultaat)
                    .identificatie(opslag.volgendeIdentificatie())
                    .dagtekening(LocalDate.ofInstant(nu, clock.getZone()));
            codes.stream()
                    .filter(c -> !c.retourcode().isBlank())
                    .forEach(c -> retour.metCodes(c.pad(), c.retourcode()));
            Bericht retourbericht = retour.build();
            byte[] retourbytes = BerichtSchrijver.bytes(retourbericht);
            opslag.bewaar(new BerichtRepository.NieuwBericht(
                    UUID.randomUUID(),
                    Richting.UIT,
                    retourbericht.type().name(),
                    gegevens.ontvanger(),
                    gegevens.afzender(),
                    tekst(retourbericht.header(), "IdentificatieRetour", "BerichtIdentificatie"),
                    LocalDate.ofInstant(nu, clock.getZone()),
                    Kanaal.SYSTEEM,
                    null,
                    "systeem",
                    retourbytes,
                    Berichtenbus.sha256(retourbytes),
                    Berichtstatus.KLAAR,
                    nu,
                    null,
                    id));
        }
        opslag.markeerVerwerkt(id, status, nu, aantalClienten(bericht), bevindingen);
        registreerVerwerking(bericht, gegevens, status);
        log.info(
                "{} {} van {} verwerkt: {}",
                gegevens.berichttype(),
                gegevens.identificatie(),
                gegevens.afzender(),
                status);
        return true;
    }

    /** Counts a failed attempt; after five the message is set aside as AFGEKEURD for a person to look at. */
    @Transactional
    public void registreerMislukking(UUID id) {
        int pogingen = jdbc.sql(
                        "update berichtenverkeer.bericht set pogingen = pogingen + 1 where id = :id returning pogingen")
                .param("id", id)
                .query(Integer.class)
                .single();
        if (pogingen >= 5) {
            opslag.markeerVerwerkt(
                    id,
                    Berichtstatus.AFGEKEURD,
                    clock.instant(),
                    null,
                    List.of(new Bevindingregel(
                            "VERWERKING",
                            "",
                            "/Bericht",
                            "Verwerking mislukte vijf keer; neem contact op met beheer.")));
        }
    }

    /** Clients in the message: directly under the root, or under Declaratie/Clienten in a JW323. */
    static int aantalClienten(Bericht bericht) {
        return Berichtclienten.clienten(bericht).size();
    }

    /**
     * The platform read and applied the personal data of every jeugdige in the message: one entry per jeugdige, by
     * the platform itself (processing runs without a user), written last so the transaction holds the head of the log
     * only briefly.
     */
    private void registreerVerwerking(Bericht bericht, Berichtgegevens gegevens, Berichtstatus status) {
        String wat = gegevens.berichttype() + " " + gegevens.identificatie() + " van aanbieder " + gegevens.afzender()
                + " (" + onderwerp(bericht.type()) + ")";
        toegangslog.registreer(Berichtclienten.bsns(bericht).stream()
                .map(bsn -> new Gebeurtenis(
                        bsn,
                        Actie.VERWERKEN,
                        wat,
                        "gemeente " + gegevens.ontvanger(),
                        "automatische verwerking van ontvangen berichten door het platform; uitkomst: "
                                + status.omschrijving().toLowerCase(Locale.ROOT)))
                .toList());
    }

    private static String onderwerp(BerichtType type) {
        return switch (type) {
            case JW305 -> "start van de levering";
            case JW307 -> "stop van de levering";
            case JW315 -> "verzoek om toewijzing en cliëntgegevens";
            case JW317 -> "verzoek om wijziging";
            case JW323 -> "declaratie";
            case JW302 -> "retourbericht op een toewijzingsbericht";
            case JW320 -> "retourbericht op een antwoordbericht";
            default -> "bericht";
        };
    }

    private static String tekst(nl.jeugdregie.ijw.Element header, String... namen) {
        for (String naam : namen) {
            nl.jeugdregie.ijw.Element kind = header.child(naam);
            if (kind != null) {
                return kind.isSimple()
                        ? kind.text()
                        : kind.child("Identificatie").text();
            }
        }
        return "";
    }
}
