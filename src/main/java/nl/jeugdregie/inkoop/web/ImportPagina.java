package nl.jeugdregie.inkoop.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.jeugdregie.inkoop.Importen;
import nl.jeugdregie.inkoop.Importtaak;
import nl.jeugdregie.inkoop.Importuitkomst;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of one import: while it runs, its progress, refreshed by htmx every second (without JavaScript by the
 * link to refresh); afterwards the summary and every line with its outcome, per page and per outcome.
 */
@Controller
@PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
class ImportPagina {

    static final int REGELS_PER_PAGINA = 50;

    private final Importen importen;

    ImportPagina(Importen importen) {
        this.importen = importen;
    }

    @GetMapping("/inkoop/importen/{id}")
    String taak(
            @PathVariable UUID id,
            @RequestParam(required = false) Importuitkomst uitkomst,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Importtaak taak = vind(id);
        // the status first: once it is no longer BEZIG the report is complete, so the page never shows half of it
        model.addAttribute("bezig", taak.isBezig());
        model.addAttribute("taak", taak);
        model.addAttribute("uitkomst", uitkomst);
        model.addAttribute("uitkomsten", Importuitkomst.values());
        model.addAttribute(
                "pagina", taak.verslag().pagina(uitkomst, new Paginering(Math.max(1, page), REGELS_PER_PAGINA)));
        return "inkoop/import";
    }

    /** The progress block for htmx; once the import is done, the whole page reloads to show the report. */
    @GetMapping("/inkoop/importen/{id}/voortgang")
    String voortgang(@PathVariable UUID id, Model model, HttpServletResponse response) {
        Importtaak taak = vind(id);
        boolean bezig = taak.isBezig();
        if (!bezig) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("bezig", bezig);
        model.addAttribute("taak", taak);
        return "inkoop/import :: voortgang";
    }

    private Importtaak vind(UUID id) {
        return importen.taak(id).orElseThrow(() -> new NietGevonden("Deze import bestaat niet (meer)"));
    }
}
