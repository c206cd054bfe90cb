package nl.jeugdregie.portaal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.portaal.Prestatiebestand;
import nl.jeugdregie.portaal.Prestatieimport;
import nl.jeugdregie.portaal.Prestatieupload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Prestaties uploaded as a CSV or XLSX file (the route of the VNG Berichtenapp) become a concept declaratie: the
 * upload runs in the background while its page shows the progress, refreshed by htmx every second (without JavaScript
 * by the link to refresh); then the concept opens, or the page lists every error of the file, nothing stored. The
 * template CSV has the header row.
 */
@Controller
@RequestMapping("/portaal/declaraties")
@PreAuthorize("hasRole('AANBIEDER')")
class PrestatieUploadPagina {

    private final Prestatieimport importen;

    PrestatieUploadPagina(Prestatieimport importen) {
        this.importen = importen;
    }

    @PostMapping("/uploads")
    String start(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String maand,
            @RequestParam(required = false) MultipartFile bestand,
            RedirectAttributes redirect)
            throws IOException {
        try {
            GemeenteCode g = DeclaratiePortaalPagina.gemeente(gemeente);
            YearMonth m = DeclaratiePortaalPagina.maand(maand);
            if (bestand == null || bestand.isEmpty()) {
                throw new OngeldigeInvoer("bestand", "Kies een CSV- of Excel-bestand (XLSX) met uw prestaties.");
            }
            Prestatieupload upload = importen.start(
                    g, m, bestand.getOriginalFilename(), bestand.getBytes(), "/portaal/declaraties/uploads");
            return "redirect:/portaal/declaraties/uploads/" + upload.id();
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fout", "Niet ingelezen: " + tekst(e));
            return "redirect:/portaal/declaraties";
        }
    }

    @GetMapping("/uploads/{id}")
    String upload(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Prestatieupload upload = vind(id);
        if (upload.status() == Prestatieupload.Status.KLAAR) {
            redirect.addFlashAttribute(
                    "succes",
                    "Uw bestand is ingelezen als concept voor " + Notatie.maand(upload.maand())
                            + ". Hieronder ziet u per prestatie wat de gemeente ervan zou zeggen; controleer de regels"
                            + " en verstuur het.");
            return "redirect:/portaal/declaraties/" + upload.concept();
        }
        model.addAttribute("upload", upload);
        model.addAttribute("bezig", upload.isBezig());
        return "portaal/upload";
    }

    /** The progress block for htmx; once the upload is done the whole page reloads to open the concept or errors. */
    @GetMapping("/uploads/{id}/voortgang")
    String voortgang(@PathVariable UUID id, Model model, HttpServletResponse response) {
        Prestatieupload upload = vind(id);
        boolean bezig = upload.isBezig();
        if (!bezig) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("upload", upload);
        model.addAttribute("bezig", bezig);
        return "portaal/upload :: voortgang";
    }

    @GetMapping("/sjabloon.csv")
    ResponseEntity<byte[]> sjabloon() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("prestaties-sjabloon.csv")
                                .build()
                                .toString())
                .body(("\uFEFF" + Prestatiebestand.KOPREGEL + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private Prestatieupload vind(UUID id) {
        return importen.upload(id).orElseThrow(() -> new NietGevonden("Deze upload bestaat niet (meer)."));
    }

    private static String tekst(OngeldigeInvoer e) {
        return String.join(
                " ", e.parameters().stream().map(OngeldigeParameter::reason).toList());
    }
}
