package nl.jeugdregie.berichtenverkeer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Jw305;
import nl.jeugdregie.ijw.Jw307;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.Regelschending;
import nl.jeugdregie.toewijzing.Startmelding;
import nl.jeugdregie.toewijzing.Stopmelding;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import nl.jeugdregie.toewijzing.Uitkomst;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.springframework.stereotype.Component;

/**
 * JW305 and JW307: each StartProduct or StopProduct is checked against the toewijzingen (TR019,
 * TR063, TR071, TR074, TR326, TR382, TR413-TR415) and applied when it passes; a rejected one gets
 * its retourcode at its own berichtklasse.
 */
@Component
class StartStopverwerking implements Inhoudelijkecontrole {

    private final ZorgtrajectService zorgtrajecten;

    StartStopverwerking(ZorgtrajectService zorgtrajecten) {
        this.zorgtrajecten = zorgtrajecten;
    }

    @Override
    public Set<BerichtType> berichttypen() {
        return Set.of(BerichtType.JW305, BerichtType.JW307);
    }

    @Override
    public List<Retourcodes> verwerk(Bericht bericht, Berichtgegevens gegevens) {
        GemeenteCode gemeente = new GemeenteCode(gegevens.ontvanger());
        AgbCode aanbieder = new AgbCode(gegevens.afzender());
        Object model = Berichtmodel.model(bericht);
        if (model instanceof Jw305 start) {
            return starts(start, gemeente, aanbieder);
        }
        if (model instanceof Jw307 stop) {
            return stops(stop, gemeente, aanbieder);
        }
        return List.of();
    }

    private List<Retourcodes> starts(Jw305 bericht, GemeenteCode gemeente, AgbCode aanbieder) {
        Bsn client = new Bsn(bericht.client().bsn());
        List<Startmelding> meldingen = bericht.client().startProducten().stream()
                .map(p -> new Startmelding(
                        gemeente,
                        aanbieder,
                        client,
                        nummer(p.toewijzingNummer()),
                        product(p.product()),
                        p.toewijzingIngangsdatum(),
                        p.begindatum(),
                        StatusAanlevering.vanCode(p.statusAanlevering())))
                .toList();
        return codes("/Bericht/Client/StartProducten/StartProduct", zorgtrajecten.verwerkStarts(meldingen));
    }

    private List<Retourcodes> stops(Jw307 bericht, GemeenteCode gemeente, AgbCode aanbieder) {
        Bsn client = new Bsn(bericht.client().bsn());
        List<Stopmelding> meldingen = bericht.client().stopProducten().stream()
                .map(p -> new Stopmelding(
                        gemeente,
                        aanbieder,
                        client,
                        nummer(p.toewijzingNummer()),
                        product(p.product()),
                        p.toewijzingIngangsdatum(),
                        p.begindatum(),
                        p.einddatum(),
                        RedenBeeindiging.vanCode(p.redenBeeindiging()),
                        StatusAanlevering.vanCode(p.statusAanlevering())))
                .toList();
        return codes("/Bericht/Client/StopProducten/StopProduct", zorgtrajecten.verwerkStops(meldingen));
    }

    /** The retourcodes of the rejected berichtklassen, at {@code pad[n]} (1-based, as in XPath). */
    static List<Retourcodes> codes(String pad, List<? extends Uitkomst<?>> uitkomsten) {
        List<Retourcodes> codes = new ArrayList<>();
        for (int i = 0; i < uitkomsten.size(); i++) {
            for (Regelschending schending : uitkomsten.get(i).schendingen()) {
                codes.add(new Retourcodes(
                        pad + "[" + (i + 1) + "]",
                        schending.retourcode() == null
                                ? ""
                                : schending.retourcode().code(),
                        schending.regel(),
                        schending.uitleg()));
            }
        }
        return codes;
    }

    static Toewijzingnummer nummer(Long nummer) {
        return nummer == null ? null : new Toewijzingnummer(nummer);
    }

    static Productaanduiding product(Basistypen.Product product) {
        if (product == null || product.categorie() == null) {
            return Productaanduiding.generiek();
        }
        Productcategorie categorie = Productcategorie.vanCode(product.categorie());
        return product.code() == null
                ? Productaanduiding.aspecifiek(categorie)
                : Productaanduiding.specifiek(categorie, product.code());
    }
}
