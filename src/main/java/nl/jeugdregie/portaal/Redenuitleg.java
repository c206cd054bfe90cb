package nl.jeugdregie.portaal;

import java.util.Map;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;

/**
 * When to choose each reden beëindiging, after the use the iJw code list JZ588 gives each code and the explanation of
 * the Beleidsinformatie Jeugd (bijlage 2, 3.7): shown next to every choice on the stop form.
 */
public final class Redenuitleg {

    private static final Map<RedenBeeindiging, String> UITLEG = Map.ofEntries(
            Map.entry(RedenBeeindiging.OVERLIJDEN, "De jeugdige is overleden."),
            Map.entry(
                    RedenBeeindiging.TIJDELIJK_BEEINDIGD,
                    "De jeugdige kan even geen zorg krijgen, maar u verwacht dat die weer begint, bijvoorbeeld bij een"
                            + " ziekenhuisopname. De levering loopt daarna door op dezelfde start."),
            Map.entry(
                    RedenBeeindiging.VOLGENS_PLAN_BEEINDIGD,
                    "Het traject is gelopen zoals gepland en niet voortijdig gestopt; kleine wijzigingen in het plan"
                            + " horen daarbij. Ook als de jongere 18 wordt en de hulp stopt of onder een andere wet"
                            + " doorgaat."),
            Map.entry(
                    RedenBeeindiging.VOORTIJDIG_DOOR_CLIENT,
                    "De jeugdige of ouders stoppen zelf terwijl u nog mogelijkheden zag: ontevreden, geen hulp meer"
                            + " willen, niet meer verschijnen. Dit telt als uitval."),
            Map.entry(
                    RedenBeeindiging.VOORTIJDIG_DOOR_AANBIEDER,
                    "U stopt, en de jeugdige deelt die conclusie niet: u kunt geen passende hulp bieden, het is niet"
                            + " verantwoord (bijvoorbeeld agressie) of er is geen perspectief."),
            Map.entry(
                    RedenBeeindiging.VOORTIJDIG_IN_OVERLEG,
                    "U en de jeugdige of ouders besluiten samen dat de afgesproken hulp niet meer past, omdat de"
                            + " situatie is veranderd of andere hulp nodig is."),
            Map.entry(
                    RedenBeeindiging.VOORTIJDIG_EXTERNE_OMSTANDIGHEDEN,
                    "Door omstandigheden buiten u en de jeugdige, zoals een verhuizing, vermissing of ontvoering."),
            Map.entry(
                    RedenBeeindiging.GEINITIEERD_DOOR_GEMEENTE,
                    "De gemeente heeft de toewijzing beëindigd of gewijzigd, bijvoorbeeld bij een nieuwe beschikking."),
            Map.entry(
                    RedenBeeindiging.WIJZIGINGSVERZOEK,
                    "U stopt de levering na een verzoek om wijziging (JW317) of ander overleg met de gemeente."),
            Map.entry(RedenBeeindiging.OVERSTAP_ANDERE_AANBIEDER, "De jeugdige gaat verder bij een andere aanbieder."),
            Map.entry(
                    RedenBeeindiging.UITSTROOM_ANDER_DOMEIN,
                    "De jeugdige stroomt uit naar een ander domein: Wmo, Wet langdurige zorg of Zorgverzekeringswet."));

    private Redenuitleg() {}

    public static String bij(RedenBeeindiging reden) {
        return UITLEG.get(reden);
    }
}
