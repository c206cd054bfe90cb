package nl.jeugdregie.berichtenverkeer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens.Bevindingregel;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.IjwBericht;
import nl.jeugdregie.kern.codelijst.Retourcode;
import org.springframework.stereotype.Component;

/**
 * JW302 and JW320: the aanbieder's retourbericht on a JW301 or JW319 the gemeente sent. It is linked to that message
 * (by the BerichtIdentificatie it repeats, IV028) and gives it its outcome: BEVESTIGD when it carries no retourcode
 * other than 0200, TERUGGEWEZEN otherwise, with every retourcode and its meaning for the backoffice to act on. A
 * retourbericht for a message the gemeente never sent, or a second one for the same message (IV028: one retour per
 * heenbericht), is set aside with the reason.
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
        Optional<Berichtgegevens> heen =
                opslag.verzondenHeenbericht(heentype.name(), identificatie, gegevens.afzender());
        if (heen.isEmpty() || !heen.get().afzender().equals(gegevens.ontvanger())) {
            return List.of(new Retourcodes(
                    "/Bericht/Header",
                    "",
                    "IV028",
                    "Gemeente " + gegevens.ontvanger() + " heeft geen " + heentype + " met identificatie "
                            + identificatie + " aan aanbieder " + gegevens.afzender()
                            + " verstuurd; dit retourbericht hoort nergens bij."));
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
}
