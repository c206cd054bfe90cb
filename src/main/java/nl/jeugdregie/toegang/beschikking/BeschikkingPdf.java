package nl.jeugdregie.toegang.beschikking;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.jeugdregie.kern.Notatie;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

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

    private static final String PRODUCENT = "Jeugdregie";

    private static final String SJABLOON = "toegang/beschikking-pdf";
    private static final String LETTERTYPE = "Liberation Sans";
    private static final String LETTERTYPE_BESTAND = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    // Read once: the font is parsed for each letter, but not fetched from the jar again.
    private static final byte[] LETTERTYPE_BYTES = leesLettertype();
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM_VOLUIT = DateTimeFormatter.ofPattern("d MMMM uuuu", NEDERLANDS);
    private static final int LEEFTIJD_EIGEN_RECHTEN = 12;

    private final SpringTemplateEngine sjablonen;

    public BeschikkingPdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(BeschikkingPdf.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        // Spring's engine for its expression language (SpEL, as the pages use), not for a Spring context: it
        // runs without one.
        sjablonen = new SpringTemplateEngine();
        sjablonen.setTemplateResolver(resolver);
    }

    /** The letter as PDF/UA-1. */
    public byte[] maak(Beschikkingtekst tekst) {
        String html = sjablonen.process(SJABLOON, new Context(NEDERLANDS, variabelen(tekst)));
        try (PdfBoxRenderer renderer = builder(html).buildPdfRenderer();
                PDDocument pdf = renderer.createPDFKeepOpen()) {
            legVast(pdf, tekst);
            ByteArrayOutputStream uit = new ByteArrayOutputStream(64 * 1024);
            pdf.save(uit, CompressParameters.DEFAULT_COMPRESSION);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("De beschikking " + tekst.kenmerk() + " kon niet als PDF worden gemaakt", e);
        }
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

    private static PdfRendererBuilder builder(String html) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCENT);
        builder.useFont(BeschikkingPdf::lettertype, LETTERTYPE, 400, FontStyle.NORMAL, true);
        // The template asks for no bold, but should a heading or cell ever do so, the embedded font is used
        // rather than a standard font that is not embedded, which PDF/UA forbids.
        builder.useFont(BeschikkingPdf::lettertype, LETTERTYPE, 700, FontStyle.NORMAL, true);
        // Everything the letter shows is in the template: no file, image or style sheet is fetched.
        builder.useExternalResourceAccessControl(
                (uri, soort) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(html, null);
        return builder;
    }

    private static InputStream lettertype() {
        return new ByteArrayInputStream(LETTERTYPE_BYTES);
    }

    private static byte[] leesLettertype() {
        try (InputStream bestand = PDDocument.class.getResourceAsStream(LETTERTYPE_BESTAND)) {
            if (bestand == null) {
                throw new IllegalStateException("Het lettertype " + LETTERTYPE_BESTAND + " ontbreekt in PDFBox");
            }
            return bestand.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fixes what the renderer would take from the clock, and the language: the catalog says nl-NL, while the
     * template's {@code lang="nl"} holds for the text itself.
     */
    private static void legVast(PDDocument pdf, Beschikkingtekst tekst) {
        GregorianCalendar dagtekening =
                GregorianCalendar.from(tekst.dagtekening().atStartOfDay(Notatie.NEDERLAND));
        PDDocumentInformation informatie = pdf.getDocumentInformation();
        informatie.setCreationDate(dagtekening);
        informatie.setModificationDate(dagtekening);
        informatie.setCreator(PRODUCENT);
        pdf.getDocumentCatalog().setLanguage("nl-NL");
        byte[] id = documentId(tekst);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] documentId(Beschikkingtekst tekst) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((tekst.gemeentenaam() + "\n" + tekst.kenmerk() + "\n" + tekst.dagtekening())
                            .getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}
