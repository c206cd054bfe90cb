package nl.jeugdregie.berichtenverkeer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.ijw.Basistypen;
import nl.jeugdregie.ijw.Bericht;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtmodel;
import nl.jeugdregie.ijw.Jw315;
import nl.jeugdregie.ijw.Jw317;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.toewijzing.AangevraagdProduct;
import nl.jeugdregie.toewijzing.ClientService;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Uitkomst;
import nl.jeugdregie.toewijzing.VerzoekOmToewijzing;
import nl.jeugdregie.toewijzing.VerzoekOmWijziging;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * JW315 and JW317: a verzoek that passes its checks (TR347, TR349, TR374, ...) becomes a work item for
 * the backoffice with its legal deadline; a rejected one gets its retourcodes at the class concerned.
 */
@Component
class Verzoekverwerking implements Inhoudelijkecontrole {

    private static final Logger log = LoggerFactory.getLogger(Verzoekverwerking.class);

    private final VerzoekService verzoeken;
    private final ClientService clienten;
    private final Clock clock;

    Verzoekverwerking(VerzoekService verzoeken, ClientService clienten, Clock clock) {
        this.verzoeken = verzoeken;
        this.clienten = clienten;
        this.clock = clock;
    }

    @Override
    public Set<BerichtType> berichttypen() {
        return Set.of(BerichtType.JW315, BerichtType.JW317);
    }

    @Override
    public List<Retourcodes> verwerk(Bericht bericht, Berichtgegevens gegevens) {
        GemeenteCode gemeente = new GemeenteCode(gegevens.ontvanger());
        AgbCode aanbieder = new AgbCode(gegevens.afzender());
        LocalDate ontvangen = LocalDate.ofInstant(gegevens.ontvangenOp(), clock.getZone());
        Object model = Berichtmodel.model(bericht);
        if (model instanceof Jw315 vot) {
            List<AangevraagdProduct> producten = vot.client().aangevraagdeProducten().stream()
                    .map(Verzoekverwerking::aangevraagd)
                    .toList();
            Uitkomst<List<Werkitem>> uitkomst = verzoeken.ontvang(new VerzoekOmToewijzing(
                    gemeente,
                    aanbieder,
                    new Bsn(vot.client().bsn()),
                    gegevens.dagtekening(),
                    ontvangen,
                    vot.client().commentaar(),
                    producten));
            if (uitkomst.isGeaccepteerd()) {
                neemClientOver(gemeente, aanbieder, vot.client());
            }
            return StartStopverwerking.codes("/Bericht/Client", List.of(uitkomst));
        }
        if (model instanceof Jw317 vow) {
            Jw317.Verzoek verzoek = vow.client().verzoek();
            return StartStopverwerking.codes(
                    "/Bericht/Client/Verzoek",
                    List.of(verzoeken.ontvang(new VerzoekOmWijziging(
                            gemeente,
                            aanbieder,
                            new Bsn(vow.client().bsn()),
                            gegevens.dagtekening(),
                            ontvangen,
                            verzoek.referentieAanbieder(),
                            RedenVerzoek.vanCode(verzoek.redenVerzoek()),
                            lijst(verzoek.ongewijzigdeProducten()).stream()
                                    .map(p -> StartStopverwerking.nummer(p.toewijzingNummer()))
                                    .toList(),
                            lijst(verzoek.teWijzigenProducten()).stream()
                                    .map(p -> new VerzoekOmWijziging.TeWijzigenProduct(
                                            StartStopverwerking.nummer(p.toewijzingNummer()),
                                            p.gewensteIngangsdatum(),
                                            p.einddatum(),
                                            omvang(p.omvang()),
                                            bedrag(p.budget())))
                                    .toList(),
                            lijst(verzoek.nieuweProducten()).stream()
                                    .map(p -> new VerzoekOmWijziging.NieuwProduct(
                                            StartStopverwerking.product(p.product()),
                                            p.gewensteIngangsdatum(),
                                            p.einddatum(),
                                            omvang(p.omvang()),
                                            bedrag(p.budget())))
                                    .toList()))));
        }
        return List.of();
    }

    /**
     * The name, birth date and sex the aanbieder sent, for the JW301 that may follow; never over what the gemeente
     * recorded itself or what another aanbieder sent ({@link ClientService}). Gegevens a JW301 could not carry are left
     * out rather than refuse the verzoek.
     */
    private void neemClientOver(GemeenteCode gemeente, AgbCode aanbieder, Jw315.Client client) {
        try {
            Basistypen.VerkorteNaam naam = client.naam();
            clienten.neemOverUitVerzoek(
                    gemeente,
                    aanbieder,
                    new Bsn(client.bsn()),
                    new Persoonsgegevens(
                            client.geboortedatum().datum(),
                            client.geboortedatum().datumGebruik() == null
                                    ? null
                                    : Datumgebruik.vanCode(
                                            client.geboortedatum().datumGebruik()),
                            Geslacht.vanCode(client.geslacht()),
                            naam.geslachtsnaam().achternaam(),
                            naam.geslachtsnaam().voorvoegsel(),
                            null,
                            null,
                            naam.voornamen(),
                            naam.voorletters(),
                            null,
                            null));
        } catch (OngeldigeWaarde e) {
            log.warn("Cliëntgegevens uit verzoek niet overgenomen: {}", e.getMessage());
        }
    }

    private static AangevraagdProduct aangevraagd(Jw315.AangevraagdProduct p) {
        return new AangevraagdProduct(
                p.referentieAanbieder(),
                StartStopverwerking.product(p.product()),
                p.toewijzingEinddatum() == null
                        ? Periode.vanaf(p.toewijzingIngangsdatum())
                        : Periode.van(p.toewijzingIngangsdatum(), p.toewijzingEinddatum()),
                omvang(p.omvang()),
                bedrag(p.budget()),
                p.verwijzer() == null || p.verwijzer().type() == null
                        ? null
                        : Verwijzer.vanCode(p.verwijzer().type()),
                p.commentaar());
    }

    static Omvang omvang(Basistypen.Omvang omvang) {
        if (omvang == null || omvang.volume() == null) {
            return null;
        }
        return new Omvang(omvang.volume(), Eenheid.vanCode(omvang.eenheid()), Frequentie.vanCode(omvang.frequentie()));
    }

    static Bedrag bedrag(Long eurocent) {
        return eurocent == null ? null : new Bedrag(eurocent);
    }

    private static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : lijst;
    }
}
