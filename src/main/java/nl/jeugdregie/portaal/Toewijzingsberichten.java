package nl.jeugdregie.portaal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.berichtenverkeer.Berichtfilter;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.berichtenverkeer.Richting;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtLezer;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Jw301;
import nl.jeugdregie.ijw.RetourberichtBuilder;
import nl.jeugdregie.ijw.Validatieresultaat;
import nl.jeugdregie.ijw.Validator;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toewijzing.Omvang;
import org.springframework.stereotype.Service;

/**
 * The toewijzingsberichten (JW301) the gemeenten sent the signed-in aanbieder, read in words, and their
 * acknowledgement: the JW302 the aanbieder's software would send, built from the JW301 itself by the iJw rules (IV028:
 * only the header when the message has no errors) and taken in through the inbox, where it marks the JW301 as
 * confirmed.
 */
@Service
public class Toewijzingsberichten {

    private final Berichtenbus bus;
    private final Eenmaligeindiening eenmalig;
    private final Clock clock;

    Toewijzingsberichten(Berichtenbus bus, Eenmaligeindiening eenmalig, Clock clock) {
        this.bus = bus;
        this.eenmalig = eenmalig;
        this.clock = clock;
    }

    /** A page of the JW301s sent to the aanbieder, newest first, each read in words. */
    public Resultaatpagina<Toewijzingsbericht> berichten(Paginering paginering) {
        String aanbieder = bus.vereisIndiener().aanbieder().value();
        Resultaatpagina<Berichtgegevens> pagina = bus.zoek(
                new Berichtfilter(Richting.UIT, BerichtType.JW301.name(), null, aanbieder, null, null, null),
                paginering);
        return pagina.map(this::lees);
    }

    /** Acknowledges a JW301 with its JW302; a second acknowledgement of the same JW301 sends nothing. */
    public Indiening bevestig(UUID jw301) {
        Gebruiker gebruiker = bus.vereisIndiener();
        Berichtgegevens heen = eigenToewijzingsbericht(jw301, gebruiker);
        return eenmalig.dienIn(gebruiker, "JW302 " + jw301, identificatie -> {
            if (!Toewijzingsbericht.teBevestigen(heen.status())) {
                throw new Conflict("Toewijzingsbericht " + heen.identificatie() + " is al beantwoord ("
                        + heen.status().omschrijving().toLowerCase(java.util.Locale.ROOT) + ").");
            }
            byte[] inhoud = bus.inhoud(jw301, "aanbiedersportaal: toewijzingsbericht bevestigen");
            Validator.Beoordeling beoordeling = Validator.standaard().beoordeel(new ByteArrayInputStream(inhoud));
            Validatieresultaat resultaat = beoordeling.resultaat();
            Bericht retour = RetourberichtBuilder.voor(beoordeling.bericht(), resultaat)
                    .identificatie(identificatie)
                    .dagtekening(LocalDate.now(clock))
                    .build();
            return new Eenmaligeindiening.Voorbereid(BerichtType.JW302, BerichtSchrijver.bytes(retour), bericht -> {});
        });
    }

    private Berichtgegevens eigenToewijzingsbericht(UUID id, Gebruiker gebruiker) {
        Berichtgegevens gegevens = bus.gegevens(id);
        if (gegevens.richting() != Richting.UIT
                || !BerichtType.JW301.name().equals(gegevens.berichttype())
                || !gegevens.ontvanger().equals(gebruiker.aanbieder().value())) {
            throw new NietGevonden("Er is geen toewijzingsbericht " + id + " aan u.");
        }
        return gegevens;
    }

    private Toewijzingsbericht lees(Berichtgegevens gegevens) {
        byte[] inhoud = bus.inhoud(gegevens.id(), "aanbiedersportaal: toewijzingsberichten");
        Jw301 bericht = (Jw301) Berichtmodel.model(BerichtLezer.lees(inhoud));
        Jw301.Client client = bericht.client();
        List<Toewijzingsbericht.Product> producten = client.toegewezenProducten().stream()
                .map(p -> new Toewijzingsbericht.Product(
                        p.toewijzingNummer(),
                        p.product() == null ? null : p.product().categorie(),
                        p.product() == null ? null : p.product().code(),
                        p.ingangsdatum(),
                        p.einddatum(),
                        omvang(p),
                        p.redenWijziging() == null
                                ? null
                                : RedenWijziging.find(p.redenWijziging())
                                        .map(r -> r.omschrijving() + " (" + r.code() + ")")
                                        .orElse(p.redenWijziging())))
                .toList();
        return new Toewijzingsbericht(
                gegevens.id(),
                gegevens.identificatie(),
                gegevens.dagtekening(),
                gegevens.afzender(),
                gegevens.status(),
                naam(client),
                client.geboortedatum() == null ? null : client.geboortedatum().datum(),
                producten);
    }

    private static String omvang(Jw301.ToegewezenProduct p) {
        if (p.omvang() != null) {
            return new Omvang(
                            p.omvang().volume(),
                            Eenheid.vanCode(p.omvang().eenheid()),
                            Frequentie.vanCode(p.omvang().frequentie()))
                    .toString();
        }
        return p.budget() == null ? "geen omvang" : new Bedrag(p.budget()).format() + " budget";
    }

    private static String naam(Jw301.Client client) {
        if (client.naam() == null || client.naam().geslachtsnaam() == null) {
            return "(naam onbekend)";
        }
        return Naamweergave.van(
                client.naam().voorletters(),
                client.naam().geslachtsnaam().voorvoegsel(),
                client.naam().geslachtsnaam().achternaam());
    }
}
