package nl.jeugdregie.portaal;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import nl.jeugdregie.toewijzing.Toewijzingsstatus;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.springframework.stereotype.Service;

/**
 * The toewijzingen the signed-in aanbieder received from the gemeenten of the region, readable: the most recently
 * changed first, each with the jeugdige's name and birth date as the gemeente sent them in the JW301. Showing a
 * jeugdige's name is a read of personal data and is logged in the toegangslog.
 */
@Service
public class Ontvangentoewijzingen {

    private final Berichtenbus bus;
    private final ToewijzingService toewijzingen;
    private final ZorgtrajectService zorgtrajecten;
    private final ClientService clienten;
    private final PortaalRepository opslag;
    private final Toegangslog toegangslog;

    Ontvangentoewijzingen(
            Berichtenbus bus,
            ToewijzingService toewijzingen,
            ZorgtrajectService zorgtrajecten,
            ClientService clienten,
            PortaalRepository opslag,
            Toegangslog toegangslog) {
        this.bus = bus;
        this.toewijzingen = toewijzingen;
        this.zorgtrajecten = zorgtrajecten;
        this.clienten = clienten;
        this.opslag = opslag;
        this.toegangslog = toegangslog;
    }

    /** A page of the aanbieder's toewijzingen, optionally of one gemeente and in one state today. */
    public Resultaatpagina<Toewijzingsregel> toewijzingen(
            GemeenteCode gemeente, Toewijzingsstatus status, Paginering paginering, String waar) {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        Resultaatpagina<ToegewezenProduct> pagina = toewijzingen.vanAanbieder(aanbieder, gemeente, status, paginering);
        List<Toewijzingsregel> regels = new ArrayList<>();
        for (ToegewezenProduct t : pagina.items()) {
            regels.add(regel(t));
        }
        registreer(pagina.items(), aanbieder, "toewijzingen (naam en geboortedatum)", waar);
        return new Resultaatpagina<>(regels, pagina.totaal(), paginering);
    }

    /** One toewijzing of the aanbieder with its versions and outcomes; another's is answered as not existing. */
    public Toewijzingsdossier dossier(GemeenteCode gemeente, Toewijzingnummer nummer, String waar) {
        AgbCode aanbieder = bus.vereisIndiener().aanbieder();
        ToegewezenProduct t = toewijzingen
                .toewijzing(gemeente, nummer)
                .filter(x -> x.aanbieder().equals(aanbieder))
                .orElseThrow(() -> new NietGevonden("Toewijzing " + nummer + " van gemeente " + gemeente.value()
                        + " bestaat niet of is niet aan u" + " toegewezen."));
        registreer(List.of(t), aanbieder, "toewijzing " + nummer + " met versies en levering", waar);
        return new Toewijzingsdossier(
                regel(t), toewijzingen.versies(gemeente, nummer), opslag.metingen(gemeente, nummer));
    }

    private Toewijzingsregel regel(ToegewezenProduct t) {
        Persoonsgegevens g = clienten.gegevens(t.gemeente(), t.client())
                .map(r -> r.gegevens())
                .orElse(null);
        return new Toewijzingsregel(
                t,
                g == null
                        ? "(gegevens nog niet bekend)"
                        : Naamweergave.van(g.voorletters(), g.voorvoegsel(), g.achternaam()),
                g == null ? null : g.geboortedatum(),
                zorgtrajecten.zorgtraject(t.gemeente(), t.nummer()));
    }

    private void registreer(List<ToegewezenProduct> getoond, AgbCode aanbieder, String wat, String waar) {
        toegangslog.registreer(getoond.stream()
                .map(ToegewezenProduct::client)
                .distinct()
                .map(bsn -> new Gebeurtenis(bsn, Actie.RAADPLEGEN, wat, "aanbieder " + aanbieder.value(), waar))
                .toList());
    }
}
