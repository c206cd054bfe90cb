package nl.jeugdregie.toegang.beschikking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.jeugdregie.platform.PdfUa;

/**
 * Renders a {@link Beschikkingtekst} as an accessible PDF (PDF/UA-1): tagged, with its title, language and author in
 * the metadata and its one font embedded. The letter is the Thymeleaf template {@code toegang/beschikking-pdf.html},
 * rendered by a template engine of its own, so this class needs no Spring context.
 *
 * <p>The same text gives the same bytes: the creation date is the dagtekening and the document identifier is
 * derived from the kenmerk and the dagtekening, so a hash stored with the beschikking identifies the letter.
 *
 * <p>Thread-safe: one instance may render many letters at once.
 */
public final class BeschikkingPdf {

    private static final String SJABLOON = "toegang/beschikking-pdf";
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM_VOLUIT = DateTimeFormatter.ofPattern("d MMMM uuuu", NEDERLANDS);
    private static final int LEEFTIJD_EIGEN_RECHTEN = 12;

    private final PdfUa pdf = new PdfUa();

    /** The letter as PDF/UA-1. */
    public byte[] maak(Beschikkingtekst tekst) {
        return pdf.maak(
                SJABLOON,
                variabelen(tekst),
                tekst.dagtekening(),
                tekst.gemeentenaam() + "\n" + tekst.kenmerk() + "\n" + tekst.dagtekening());
    }

    /** A date in words, as a letter writes it: {@code 3 december 2026}. */
    private static String datumVoluit(LocalDate datum) {
        return DATUM_VOLUIT.format(datum);
    }

    private static String titel(Beschikkingtekst tekst) {
        return "Besluit over jeugdhulp voor " + tekst.jeugdige().naam();
    }

    private static String auteur(Beschikkingtekst tekst) {
        return "Gemeente " + tekst.gemeentenaam();
    }

    private static Map<String, Object> variabelen(Beschikkingtekst tekst) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("t", tekst);
        variabelen.put("titel", titel(tekst));
        variabelen.put("auteur", auteur(tekst));
        variabelen.put("onderwerp", "Beschikking jeugdhulp, kenmerk " + tekst.kenmerk());
        variabelen.put("dagtekening", datumVoluit(tekst.dagtekening()));
        variabelen.put("aanvraagdatum", datumVoluit(tekst.aanvraagdatum()));
        variabelen.put("geboortedatum", datumVoluit(tekst.jeugdige().geboortedatum()));
        variabelen.put("aanhef", aanhef(tekst.geadresseerden()));
        variabelen.put(
                "aanbieders",
                tekst.onderdelen().stream()
                        .map(onderdeel -> onderdeel.aanbiedernaam() + " (AGB-code " + onderdeel.aanbiedercode() + ")")
                        .distinct()
                        .toList());
        variabelen.put("motivering", alineas(tekst.motivering()));
        variabelen.put("vanaf12", tekst.leeftijdOpDagtekening() >= LEEFTIJD_EIGEN_RECHTEN);
        return variabelen;
    }

    /** "Beste Anna de Vries en Pieter de Vries," or with three names "Beste A, B en C,". */
    private static String aanhef(List<Beschikkingtekst.Geadresseerde> geadresseerden) {
        List<String> namen = geadresseerden.stream()
                .map(Beschikkingtekst.Geadresseerde::naam)
                .toList();
        String opsomming = namen.size() == 1
                ? namen.get(0)
                : String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.get(namen.size() - 1);
        return "Beste " + opsomming + ",";
    }

    private static List<String> alineas(String tekst) {
        return Arrays.stream(tekst.strip().split("\\R\\s*\\R"))
                .map(alinea -> alinea.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(alinea -> !alinea.isEmpty())
                .toList();
    }
}
