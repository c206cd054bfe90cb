package nl.jeugdregie.platform;

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
import java.util.Arrays;
import java.util.GregorianCalendar;
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
 * Renders a Thymeleaf template as an accessible PDF (PDF/UA-1): tagged, with title, language and author in the
 * metadata (the template's {@code title} and {@code meta} elements) and its one font embedded. The template engine is
 * its own, so this needs no Spring context. The same content gives the same bytes: the creation date is a date the
 * caller gives and the document identifier is derived from a key the caller gives.
 *
 * <p>Thread-safe: one instance may render many documents at once.
 */
public final class PdfUa {

    private static final String PRODUCENT = "Jeugdregie";
    private static final String LETTERTYPE = "Liberation Sans";
    private static final String LETTERTYPE_BESTAND = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    // Read once: the font is parsed for each document, but not fetched from the jar again.
    private static final byte[] LETTERTYPE_BYTES = leesLettertype();
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private final SpringTemplateEngine sjablonen;

    public PdfUa() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfUa.class.getClassLoader());
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

    /**
     * The template {@code sjabloon} (under {@code templates/}) with these variables as PDF/UA-1, dated {@code datum},
     * its document identifier derived from {@code sleutel}.
     */
    public byte[] maak(String sjabloon, Map<String, Object> variabelen, LocalDate datum, String sleutel) {
        String html = sjablonen.process(sjabloon, new Context(NEDERLANDS, variabelen));
        try (PdfBoxRenderer renderer = builder(html).buildPdfRenderer();
                PDDocument pdf = renderer.createPDFKeepOpen()) {
            legVast(pdf, datum, sleutel);
            ByteArrayOutputStream uit = new ByteArrayOutputStream(64 * 1024);
            pdf.save(uit, CompressParameters.DEFAULT_COMPRESSION);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Het document " + sleutel + " kon niet als PDF worden gemaakt", e);
        }
    }

    private static PdfRendererBuilder builder(String html) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCENT);
        builder.useFont(PdfUa::lettertype, LETTERTYPE, 400, FontStyle.NORMAL, true);
        // Should a heading or cell ask for bold, the embedded font is used rather than a standard font that is not
        // embedded, which PDF/UA forbids.
        builder.useFont(PdfUa::lettertype, LETTERTYPE, 700, FontStyle.NORMAL, true);
        // Everything the document shows is in the template: no file, image or style sheet is fetched.
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
    private static void legVast(PDDocument pdf, LocalDate datum, String sleutel) {
        GregorianCalendar gemaakt = GregorianCalendar.from(datum.atStartOfDay(Notatie.NEDERLAND));
        PDDocumentInformation informatie = pdf.getDocumentInformation();
        informatie.setCreationDate(gemaakt);
        informatie.setModificationDate(gemaakt);
        informatie.setCreator(PRODUCENT);
        pdf.getDocumentCatalog().setLanguage("nl-NL");
        byte[] id = documentId(sleutel);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] documentId(String sleutel) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}
