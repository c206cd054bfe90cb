package nl.jeugdregie.berichtenverkeer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens.Bevindingregel;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtLezer;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.IjwBericht;
import nl.jeugdregie.kern.codelijst.Retourcode;
import org.springframework.stereotype.Component;

/**
 * JW302 and JW320: the aanbieder's retourbericht on a JW301 or JW319 the gemeente sent. It is linked to that message
 * (by the BerichtIdentificatie it repeats, IV028) and gives it its outcome: BEVESTIGD when it carries no retourcode
 * other than 0200, TERUGGEWEZEN otherwise, with every retourcode and its meaning for the backoffice to act on. A
 * retourbericht for a message the gemeente never sent to this aanbieder, for another client or verzoek than the one
 * that message is about, or a second one for the same message (IV028: one retour per heenbericht), is set aside with
 * the reason and changes nothing; a message sent to another aanbieder is answered exactly as one never sent.
 */
@Component
class Retourverwerking implements Inhoudelijkecontrole {

    private static final String GOED = "0200";

    private final BerichtRepository opslag;
    private final Clock clock;

    Retourverwerking(BerichtRepository opslag, Clock clock) {
        this.opslag = opslag;
        this.clock = clock;
    }

    @Override
    public Set<BerichtType> berichttypen() {
        return Set.of(BerichtType.JW302, BerichtType.JW320);
    }

    @Override
    public List<Retourcodes> verwerk(Bericht bericht, Berichtgegevens gegevens) {
        BerichtType heentype = bericht.type() == BerichtType.JW302 ? BerichtType.JW301 : BerichtType.JW319;
        String identificatie = bericht.header().child("BerichtIdentificatie").text("Identificatie");
        Optional<Berichtgegevens> heen = opslag.verzondenHeenbericht(
                        heentype.name(), identificatie, gegevens.afzender())
                .filter(h -> h.afzender().equals(gegevens.ontvanger()))
                .filter(h -> zelfdeOnderwerp(bericht, h));
        if (heen.isEmpty()) {
            return List.of(new Retourcodes(
                    "/Bericht/Header",
                    "",
                    "IV028",
                    "Gemeente " + gegevens.ontvanger() + " heeft geen " + heentype + " met identificatie "
                            + identificatie + " over "
                            + (bericht.type() == BerichtType.JW302 ? "deze client" : "dit verzoek")
                            + " aan aanbieder " + gegevens.afzender() + " verstuurd; dit retourbericht hoort nergens"
                            + " bij."));
        }
        Berichtgegevens verzonden = heen.get();
        if (verzonden.status() == Berichtstatus.BEVESTIGD || verzonden.status() == Berichtstatus.TERUGGEWEZEN) {
            return List.of(new Retourcodes(
                    "/Bericht/Header",
                    "",
                    "IV028",
                    heentype + " " + identificatie + " heeft al een retourbericht; per heenbericht is er één."));
        }
        List<Bevindingregel> fouten = new ArrayList<>();
        Map<String, List<String>> codes = ((IjwBericht.Retour) Berichtmodel.model(bericht)).retourCodes();
        codes.forEach((pad, lijst) -> lijst.stream()
                .filter(code -> !GOED.equals(code))
                .forEach(code -> fouten.add(new Bevindingregel(
                        "RETOUR",
                        code,
                        pad,
                        "Aanbieder " + gegevens.afzender() + " keurde af: "
                                + Retourcode.find(code)
                                        .map(Retourcode::omschrijving)
                                        .orElse("onbekende retourcode " + code)))));
        opslag.koppelRetour(
                gegevens.id(),
                verzonden.id(),
                fouten.isEmpty() ? Berichtstatus.BEVESTIGD : Berichtstatus.TERUGGEWEZEN,
                clock.instant(),
                fouten);
        return List.of();
    }

    /**
     * A retourbericht repeats the heenbericht it answers (IV028): a JW302 the client (BSN) of the JW301, a JW320 the
     * ReferentieAanbieder of the JW319. One naming another client or verzoek does not answer that message.
     */
    private boolean zelfdeOnderwerp(Bericht retour, Berichtgegevens heen) {
        String pad = retour.type() == BerichtType.JW302 ? "Client/Bsn" : "Antwoord/ReferentieAanbieder";
        String genoemd = retour.element().text(pad);
        if (genoemd == null) {
            return true;
        }
        byte[] inhoud = opslag.inhoud(heen.id()).orElseThrow();
        return genoemd.equals(BerichtLezer.lees(inhoud).element().text(pad));
    }
}
