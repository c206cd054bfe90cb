package nl.jeugdregie.ijw;

import java.util.List;
import java.util.function.Function;

/**
 * A berichtklasse named as the aanbieder knows it, for the text of a finding: "prestatie R12 van jeugdige met BSN
 * eindigend op 6782" instead of {@code /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[12]}. It uses only
 * what the message itself holds (the ReferentieNummer, ToewijzingNummer and the last digits of the client's BSN) and
 * what has been read so far; the path stays in the finding for machines.
 */
public final class Aanduiding {

    private Aanduiding() {}

    /**
     * The text of a finding of a check on the stored data (a declaratie against its toewijzing, a start against the
     * zorgtraject), named like the findings of the message checks: the berichtklasse at {@code pad}
     * ({@code /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[12]}) in words, then the explanation.
     * The explanation stays as it is when the path names no class in this message, or when it already starts with the
     * class's name.
     */
    public static String melding(Bericht bericht, String pad, String uitleg) {
        String aanduiding = bericht == null ? null : opPad(bericht.element(), pad);
        if (aanduiding == null || uitleg.startsWith(aanduiding)) {
            return uitleg;
        }
        return melding(aanduiding, uitleg);
    }

    /** The named class deepest on the path, with the Client it lies in; {@code null} when there is none. */
    private static String opPad(Element wortel, String pad) {
        if (pad == null || !pad.startsWith("/" + wortel.name())) {
            return null;
        }
        String[] stappen = pad.substring(1).split("/");
        Element huidig = wortel;
        Element client = null;
        String aanduiding = null;
        for (int i = 1; i < stappen.length && huidig != null; i++) {
            String stap = stappen[i];
            int haak = stap.indexOf('[');
            String naam = haak < 0 ? stap : stap.substring(0, haak);
            int volgnummer = volgnummer(stap);
            List<Element> kinderen = huidig.children(naam);
            int index = volgnummer == 0 ? 0 : volgnummer - 1;
            if (index >= kinderen.size()) {
                break;
            }
            huidig = kinderen.get(index);
            Element omringend = client;
            String hier = van(naam, huidig, kinderen.size() > 1 ? volgnummer : 0, n -> omringend);
            if (hier != null) {
                aanduiding = hier;
            }
            if (naam.equals("Client")) {
                client = huidig;
            }
        }
        return aanduiding;
    }

    /**
     * The class in words, starting with a capital, or {@code null} for a class without a name of its own (the
     * Header).
     *
     * @param volgnummer the 1-based position among its repeated siblings, 0 when the class does not repeat
     * @param voorouders the enclosing elements as far as read (the Client around a Prestatie)
     */
    static String van(String klasse, Element element, int volgnummer, Function<String, Element> voorouders) {
        String zelf = zelf(klasse, element, volgnummer);
        if (zelf == null) {
            return null;
        }
        String tekst = zelf;
        if (!klasse.equals("Client") && !klasse.equals("Declaratie") && !klasse.equals("DeclaratieAntwoord")) {
            Element client = voorouders == null ? null : voorouders.apply("Client");
            if (client != null) {
                tekst += " van " + jeugdige(client, 0);
            }
        }
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }

    /** The text of a finding: "Prestatie R12 van jeugdige met BSN 123456782: " and the explanation. */
    static String melding(String aanduiding, String uitleg) {
        return aanduiding == null ? uitleg : aanduiding + ": " + uitleg;
    }

    private static String zelf(String klasse, Element e, int volgnummer) {
        return switch (klasse) {
            case "Client" -> jeugdige(e, volgnummer);
            case "Prestatie" -> met("prestatie", e.text("ProductReferentie/ReferentieNummer"), volgnummer);
            case "ToegewezenProduct" -> toewijzing("toewijzing", "toegewezen product", e, volgnummer);
            case "StartProduct" -> toewijzing("start bij toewijzing", "start", e, volgnummer);
            case "StopProduct" -> toewijzing("stop bij toewijzing", "stop", e, volgnummer);
            case "OngewijzigdProduct" ->
                toewijzing("ongewijzigd product bij toewijzing", "ongewijzigd product", e, volgnummer);
            case "TeWijzigenProduct" ->
                toewijzing("te wijzigen product bij toewijzing", "te wijzigen product", e, volgnummer);
            case "NieuwProduct" -> product("nieuw product", e, volgnummer);
            case "AangevraagdProduct" ->
                met("aangevraagd product met referentie", e.text("ReferentieAanbieder"), volgnummer);
            case "Verzoek" -> met("verzoek met referentie", e.text("ReferentieAanbieder"), 0);
            case "Antwoord" -> met("antwoord op verzoek", e.text("ReferentieAanbieder"), 0);
            case "Declaratie" -> met("declaratie", e.text("DeclaratieNummer"), 0);
            case "DeclaratieAntwoord" -> met("antwoord op declaratie", e.text("DeclaratieNummer"), 0);
            case "Relatie" -> met("relatie", e.text("Nummer"), volgnummer);
            case "Contact" -> soort("contact", e, volgnummer);
            case "Woonplaatsbeginsel" -> "woonplaatsbeginsel";
            default -> null;
        };
    }

    /**
     * {@code jeugdige met BSN eindigend op 6782}, or {@code 2e jeugdige}. Never the name or the whole BSN: findings are
     * stored and shown with a message's metadata, which holds no personal data; the last four digits let the sender
     * find the jeugdige in its own records.
     */
    private static String jeugdige(Element client, int volgnummer) {
        String bsn = leeg(client.text("Bsn")) ? null : client.text("Bsn").strip();
        if (bsn != null) {
            return "jeugdige met BSN eindigend op " + kort(bsn.length() > 4 ? bsn.substring(bsn.length() - 4) : bsn);
        }
        return volgnummer > 0 ? volgnummer + "e jeugdige" : "jeugdige";
    }

    /** By its ToewijzingNummer, else by its product code or position ("start van product 45A12", "2e start"). */
    private static String toewijzing(String metNummer, String zonderNummer, Element e, int volgnummer) {
        String nummer = e.text("ToewijzingNummer");
        if (!leeg(nummer)) {
            return metNummer + " " + kort(nummer.strip());
        }
        String code = e.text("Product/Code");
        if (!leeg(code) && !zonderNummer.endsWith("product")) {
            return zonderNummer + " van product " + kort(code.strip());
        }
        return product(zonderNummer, e, volgnummer);
    }

    private static String product(String wat, Element e, int volgnummer) {
        String code = e.text("Product/Code");
        if (!leeg(code)) {
            return wat + " " + kort(code.strip());
        }
        return volgnummer > 0 ? volgnummer + "e " + wat : wat;
    }

    private static String soort(String wat, Element e, int volgnummer) {
        String soort = e.text("Soort");
        return leeg(soort) ? met(wat, null, volgnummer) : wat + " van soort " + soort.strip();
    }

    /** {@code prestatie R12}, or by its position when the key is absent: {@code 3e prestatie}. */
    private static String met(String wat, String sleutel, int volgnummer) {
        if (!leeg(sleutel)) {
            return wat + " " + kort(sleutel.strip());
        }
        String zonderSleutel = wat.replace(" met referentie", "");
        return volgnummer > 0 ? volgnummer + "e " + zonderSleutel : zonderSleutel;
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    /** The 1-based index at the end of a path ({@code .../Prestatie[12]}), or 0. */
    static int volgnummer(String pad) {
        if (pad == null || !pad.endsWith("]")) {
            return 0;
        }
        int open = pad.lastIndexOf('[');
        try {
            return Integer.parseInt(pad.substring(open + 1, pad.length() - 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A value quoted from a message, cut short so that a finding stays readable. */
    private static String kort(String waarde) {
        String eenRegel = waarde.replaceAll("[\\r\\n\\t]", " ");
        return eenRegel.length() > 40 ? eenRegel.substring(0, 40) + "…" : eenRegel;
    }
}
