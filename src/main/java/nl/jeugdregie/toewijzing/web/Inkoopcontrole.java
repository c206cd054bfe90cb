package nl.jeugdregie.toewijzing.web;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.GeldendTarief;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * A toewijzing that the gemeente enters is checked against what the region bought before it is given: the aanbieder
 * is in the aanbiedersregister, and for a specific product a contract of that aanbieder has a tariff for it on the
 * ingangsdatum and, for a closed period, still on the einddatum. Otherwise the aanbieder would get a toewijzing it
 * cannot declare (TR387, TR388), and the worker learns why only months later.
 */
@Component
class Inkoopcontrole {

    private final AanbiederService aanbieders;
    private final ContractService contracten;

    Inkoopcontrole(AanbiederService aanbieders, ContractService contracten) {
        this.aanbieders = aanbieders;
        this.contracten = contracten;
    }

    /** Puts each finding on the form field it concerns; true when there is none. */
    boolean controleer(NieuweToewijzing opdracht, Errors fouten) {
        int voor = fouten.getErrorCount();
        try {
            Plausibel.beleidsperiode("De toewijzing", opdracht.periode());
        } catch (OngeldigeWaarde e) {
            fouten.rejectValue("ingangsdatum", "onmogelijk", e.getMessage());
        }
        AgbCode agb = opdracht.aanbieder();
        if (aanbieders.aanbieder(agb).isEmpty()) {
            fouten.rejectValue(
                    "aanbieder", "onbekend", "AGB-code " + agb + " staat niet in het aanbiedersregister van de regio.");
            return false;
        }
        String product = opdracht.product().code();
        if (product == null || fouten.getErrorCount() > voor) {
            return fouten.getErrorCount() == voor;
        }
        LocalDate ingang = opdracht.periode().begin();
        List<GeldendTarief> bijBegin = contracten.tarievenOp(agb, product, ingang);
        if (bijBegin.isEmpty()) {
            fouten.rejectValue(
                    "productcode",
                    "geenContract",
                    "Aanbieder " + agb + " heeft op " + Notatie.datum(ingang) + " geen contract met een tarief voor"
                            + " product " + product + ".");
            return false;
        }
        LocalDate eind = opdracht.periode().eind();
        if (eind != null && contracten.tarievenOp(agb, product, eind).isEmpty()) {
            fouten.rejectValue(
                    "einddatum",
                    "naContract",
                    "Het contract " + bijBegin.get(0).contractnummer() + " heeft op " + Notatie.datum(eind)
                            + " geen tarief meer voor product " + product + "; kies een einddatum binnen het"
                            + " contract.");
            return false;
        }
        return true;
    }
}
