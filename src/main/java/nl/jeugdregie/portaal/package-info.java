/**
 * The aanbiedersportaal: an aanbieder without software of its own reads the toewijzingen it received and acknowledges
 * them (JW302), and reports the start and stop of care (JW305, JW307, with deletions and corrections) from a form or a
 * JSON request. Every action becomes an exact iJw 3.2 message that is first checked by the gemeente's own checks
 * ({@code berichtenverkeer.Proefverwerking}) and then taken in through the same inbox as the messages of aanbieders
 * with their own software. Repeated requests send one message. At a stop it records the outcome questions of the
 * Beleidsinformatie Jeugd. It keeps the monthly concept declaratie (JW323) the aanbieder prepares, prefilled by
 * {@code declaratie.Declaratieconcepten}, corrected line by line after the preview of the gemeente's checks, sent once,
 * and shown with the JW325 answer per line. Publishes the view {@code portaal.v_uitkomstmetingen} (no BSN).
 */
@ApplicationModule(
        displayName = "Aanbiedersportaal",
        allowedDependencies = {
            "kern",
            "kern :: codelijst",
            "platform",
            "beveiliging",
            "regio",
            "toegangslog",
            "ijw",
            "jeugdige",
            "toewijzing",
            "berichtenverkeer",
            "declaratie"
        })
package nl.jeugdregie.portaal;

import org.springframework.modulith.ApplicationModule;
