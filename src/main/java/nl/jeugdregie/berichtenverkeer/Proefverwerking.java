package nl.jeugdregie.berichtenverkeer;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.ijw.Aanduiding;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Bevinding;
import nl.jeugdregie.ijw.Element;
import nl.jeugdregie.ijw.OnleesbaarBericht;
import nl.jeugdregie.ijw.Validator;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.regio.RegioService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every check the gemeente runs on a heenbericht of an aanbieder (the XSD, the message rules and the checks
 * against the stored toewijzingen, starts, stops and declaraties) without taking the message in: the effects are
 * applied in a transaction of their own that is always rolled back. So the aanbiedersportaal tells the aanbieder before
 * sending which parts the gemeente would reject and why, by the very code that will judge the real message.
 */
@Service
public class Proefverwerking {

    private final Berichtenbus bus;
    private final List<Inhoudelijkecontrole> controles;
    private final RegioService regio;
    private final TransactionTemplate terugdraaien;
    private final Clock clock;

    Proefverwerking(
            Berichtenbus bus,
            List<Inhoudelijkecontrole> controles,
            RegioService regio,
            PlatformTransactionManager transacties,
            Clock clock) {
        this.bus = bus;
        this.controles = controles;
        this.regio = regio;
        this.terugdraaien = new TransactionTemplate(transacties);
        this.terugdraaien.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What the gemeente would answer: every finding with its rule, retourcode, place and Dutch explanation. */
    public record Proefuitkomst(String berichttype, List<Berichtgegevens.Bevindingregel> bevindingen) {

        public Proefuitkomst {
            bevindingen = List.copyOf(bevindingen);
        }

        public boolean zonderBevindingen() {
            return bevindingen.isEmpty();
        }
    }

    /**
     * Checks a heenbericht (JW305, JW307, JW315, JW317, JW323) of the signed-in aanbieder as the gemeente would process
     * it, and forgets every effect. Refuses with {@link NietGeautoriseerd} a user who may not submit it, and with
     * {@link OngeldigBerichtbestand} what is no iJw heenbericht to a gemeente of the region.
     */
    public Proefuitkomst proef(byte[] inhoud) {
        AgbCode indiener = bus.vereisIndiener().aanbieder();
        Validator.Beoordeling beoordeling;
        try {
            beoordeling = Validator.standaard().beoordeel(new ByteArrayInputStream(inhoud));
        } catch (OnleesbaarBericht e) {
            throw new OngeldigBerichtbestand("ONLEESBAAR", e.getMessage());
        }
        Bericht bericht = beoordeling.bericht();
        List<Berichtgegevens.Bevindingregel> bevindingen = new ArrayList<>();
        for (Bevinding b : beoordeling.resultaat().bevindingen()) {
            bevindingen.add(new Berichtgegevens.Bevindingregel(b.regel(), b.retourcode(), b.pad(), b.melding()));
        }
        if (bericht == null || !beoordeling.resultaat().geldig()) {
            return new Proefuitkomst(bericht == null ? "" : bericht.type().name(), bevindingen);
        }
        BerichtType type = bericht.type();
        if (!type.isHeenbericht() || !Berichtenbus.VAN_AANBIEDER.contains(type)) {
            throw new OngeldigBerichtbestand(
                    "RICHTING", type + " is geen heenbericht van een aanbieder aan de gemeente.");
        }
        Element header = bericht.header();
        String afzender = header.child("Afzender").text();
        String ontvanger = header.child("Ontvanger").text();
        if (!indiener.value().equals(afzender)) {
            throw new NietGeautoriseerd(
                    "Dit bericht heeft afzender " + afzender + "; u controleert alleen berichten met"
                            + " uw eigen AGB-code " + indiener.value() + " als afzender.");
        }
        Instant nu = clock.instant();
        if (!regio.gemeentenVanPlatformregio(LocalDate.ofInstant(nu, clock.getZone()))
                .contains(new GemeenteCode(ontvanger))) {
            throw new OngeldigBerichtbestand(
                    "GEMEENTE",
                    "Het bericht is gericht aan gemeente " + ontvanger + ", die niet tot jeugdregio "
                            + regio.platformregio() + " behoort.");
        }
        Element identificatie = header.child("BerichtIdentificatie");
        Berichtgegevens gegevens = new Berichtgegevens(
                UUID.randomUUID(),
                Richting.IN,
                type.name(),
                afzender,
                ontvanger,
                identificatie.child("Identificatie").text(),
                LocalDate.parse(identificatie.child("Dagtekening").text()),
                Kanaal.PORTAAL,
                null,
                Berichtstatus.ONTVANGEN,
                inhoud.length,
                nu,
                null,
                null,
                null,
                null,
                null,
                List.of());
        List<Retourcodes> codes = terugdraaien.execute(status -> {
            status.setRollbackOnly();
            List<Retourcodes> gevonden = new ArrayList<>();
            for (Inhoudelijkecontrole controle : controles) {
                if (controle.berichttypen().contains(type)) {
                    gevonden.addAll(controle.verwerk(bericht, gegevens));
                }
            }
            return gevonden;
        });
        for (Retourcodes c : codes) {
            bevindingen.add(new Berichtgegevens.Bevindingregel(
                    c.regel(), c.retourcode(), c.pad(), Aanduiding.melding(bericht, c.pad(), c.melding())));
        }
        return new Proefuitkomst(type.name(), bevindingen);
    }
}
