package nl.jeugdregie.toewijzing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.GeldendTarief;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Productperiode;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * A toewijzing that the gemeente enters is checked against what the region bought before it is given: the aanbieder
 * is in the aanbiedersregister, and for a specific product a contract of that aanbieder has a tariff for it on the
 * ingangsdatum and, for a closed period, still on the einddatum. Otherwise the aanbieder would get a toewijzing it
 * cannot declare (TR387, TR388), and the worker learns why only months later. A verzoek om toewijzing (JW315) gets
 * the same check as a warning on its page: the gemeente decides, knowing it.
 */
@Component
class Inkoopcontrole {

    private final AanbiederService aanbieders;
    private final ContractService contracten;
    private final Namen namen;

    Inkoopcontrole(AanbiederService aanbieders, ContractService contracten, Namen namen) {
        this.aanbieders = aanbieders;
        this.contracten = contracten;
        this.namen = namen;
    }

    /** Puts each finding on the form field it concerns; true when there is none. */
    boolean controleer(NieuweToewijzing opdracht, Errors fouten) {
        try {
            Plausibel.beleidsperiode("De toewijzing", opdracht.periode());
        } catch (OngeldigeWaarde e) {
            fouten.rejectValue("ingangsdatum", "onmogelijk", e.getMessage());
            return false;
        }
        Optional<Bevinding> bevinding = bevinding(
                opdracht.aanbieder(),
                opdracht.product().code(),
                opdracht.periode().begin(),
                opdracht.periode().eind());
        bevinding.ifPresent(b -> fouten.rejectValue(b.veld(), "inkoop", b.melding()));
        return bevinding.isEmpty();
    }

    /**
     * What a decision on a verzoek om toewijzing should know before it gives the aanbieder a toewijzing: for each
     * product asked for, why the inkoop does not cover it. Empty when everything is covered.
     */
    List<String> bijVerzoek(AgbCode aanbieder, List<Productperiode> producten) {
        List<String> meldingen = new ArrayList<>();
        for (Productperiode p : producten) {
            bevinding(
                            aanbieder,
                            p.productcode(),
                            p.periode().begin(),
                            p.periode().eind())
                    .ifPresent(b -> meldingen.add(b.melding()));
        }
        return meldingen.stream().distinct().toList();
    }

    /** A reason the inkoop does not cover this product for this aanbieder in this period, at a form field. */
    record Bevinding(String veld, String melding) {}

    private Optional<Bevinding> bevinding(AgbCode agb, String product, LocalDate ingang, LocalDate eind) {
        if (aanbieders.aanbieder(agb).isEmpty()) {
            return Optional.of(new Bevinding(
                    "aanbieder", "AGB-code " + agb + " staat niet in het aanbiedersregister van de regio."));
        }
        if (product == null) {
            return Optional.empty();
        }
        List<GeldendTarief> bijBegin = contracten.tarievenOp(agb, product, ingang);
        if (bijBegin.isEmpty()) {
            return Optional.of(new Bevinding(
                    "productcode",
                    namen.aanbieder(agb) + " heeft op " + Notatie.datum(ingang) + " geen contract met een tarief"
                            + " voor " + namen.product(product) + "."));
        }
        if (eind != null && contracten.tarievenOp(agb, product, eind).isEmpty()) {
            return Optional.of(new Bevinding(
                    "einddatum",
                    "Het contract " + bijBegin.get(0).contractnummer() + " heeft op " + Notatie.datum(eind)
                            + " geen tarief meer voor " + namen.product(product) + "; kies een einddatum binnen het"
                            + " contract."));
        }
        return Optional.empty();
    }
}
