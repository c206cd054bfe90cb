package nl.jeugdregie.berichtenverkeer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.declaratie.Afkeuring;
import nl.jeugdregie.declaratie.Beoordeling;
import nl.jeugdregie.declaratie.Declaratie;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.declaratie.Prestatiebeoordeling;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Jw323;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import org.springframework.stereotype.Component;

/**
 * JW323: every prestatie is checked against toewijzing and contract by {@link DeclaratieService};
 * the rejected ones get their retourcodes at their own Prestatie, so the JW325 carries exactly those.
 */
@Component
class Declaratieverwerking implements Inhoudelijkecontrole {

    private final DeclaratieService declaraties;

    Declaratieverwerking(DeclaratieService declaraties) {
        this.declaraties = declaraties;
    }

    @Override
    public Set<BerichtType> berichttypen() {
        return Set.of(BerichtType.JW323);
    }

    @Override
    public List<Retourcodes> verwerk(Bericht bericht, Berichtgegevens gegevens) {
        Jw323 jw323 = (Jw323) Berichtmodel.model(bericht);
        Jw323.Declaratie declaratie = jw323.declaratie();
        List<Prestatie> prestaties = new ArrayList<>();
        List<String> paden = new ArrayList<>();
        int c = 0;
        for (Jw323.Client client : declaratie.clienten()) {
            String clientPad = "/Bericht/Declaratie/Clienten/Client[" + (++c) + "]";
            Bsn bsn = new Bsn(client.bsn());
            int p = 0;
            for (Jw323.Prestatie prestatie : client.prestaties()) {
                paden.add(clientPad + "/Prestaties/Prestatie[" + (++p) + "]");
                prestaties.add(new Prestatie(
                        prestatie.productReferentie().referentieNummer(),
                        prestatie.productReferentie().vorigReferentieNummer(),
                        bsn,
                        StartStopverwerking.nummer(prestatie.toewijzingNummer()),
                        Productcategorie.vanCode(prestatie.productCategorie()),
                        prestatie.productCode(),
                        Periode.van(
                                prestatie.productPeriode().begindatum(),
                                prestatie.productPeriode().einddatum()),
                        prestatie.geleverdVolume(),
                        Eenheid.vanCode(prestatie.eenheid()),
                        prestatie.productTarief() == null ? null : new Bedrag(prestatie.productTarief()),
                        new Bedrag(prestatie.ingediendBedrag().bedrag()),
                        DebetCredit.vanCode(prestatie.ingediendBedrag().debetCredit())));
            }
        }
        Beoordeling beoordeling = declaraties.beoordeel(new Declaratie(
                new GemeenteCode(gegevens.ontvanger()),
                new AgbCode(gegevens.afzender()),
                gegevens.identificatie(),
                declaratie.declaratieNummer(),
                Periode.van(
                        declaratie.declaratiePeriode().begindatum(),
                        declaratie.declaratiePeriode().einddatum()),
                declaratie.declaratieDagtekening(),
                new Bedrag(declaratie.totaalIngediendBedrag().totaalBedrag()),
                DebetCredit.vanCode(declaratie.totaalIngediendBedrag().debetCredit()),
                prestaties));
        List<Retourcodes> codes = new ArrayList<>();
        beoordeling.afkeuringVanDeclaratie().ifPresent(a -> codes.add(retourcode("/Bericht/Declaratie", a)));
        for (int i = 0; i < beoordeling.prestaties().size(); i++) {
            Prestatiebeoordeling prestatie = beoordeling.prestaties().get(i);
            for (Afkeuring afkeuring : prestatie.afkeuringen()) {
                codes.add(retourcode(paden.get(i), afkeuring));
            }
        }
        return codes;
    }

    private static Retourcodes retourcode(String pad, Afkeuring afkeuring) {
        return new Retourcodes(
                pad,
                afkeuring.retourcode() == null ? "" : afkeuring.retourcode().code(),
                afkeuring.regel(),
                afkeuring.toelichting());
    }
}
