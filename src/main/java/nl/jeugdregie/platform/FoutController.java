package nl.jeugdregie.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that no controller handled: problem+json for the API, a Dutch page for everything else.
 * The page never shows a stack trace or internal message.
 */
@Controller
class FoutController implements ErrorController {

    /** Request attribute with a Dutch explanation of this particular error, shown instead of the general one. */
    static final String UITLEG = FoutController.class.getName() + ".uitleg";

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView pagina(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            ModelAndView probleem = new ModelAndView(
                    new ProblemView(ApiFoutafhandeling.probleem(status, titel(status), uitleg(request, status))));
            probleem.setStatus(status);
            return probleem;
        }
        return foutpagina(status, uitleg(request, status));
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> probleem(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiFoutafhandeling.probleem(status, titel(status), uitleg(request, status)));
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(Api.BASIS);
    }

    /** The Dutch error page with this status and explanation. */
    static ModelAndView foutpagina(HttpStatus status, String uitleg) {
        return new ModelAndView("fout", Map.of("status", status.value(), "uitleg", uitleg), status);
    }

    private static String uitleg(HttpServletRequest request, HttpStatus status) {
        return request.getAttribute(UITLEG) instanceof String uitleg ? uitleg : uitleg(status);
    }

    static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer waarde) {
            HttpStatus status = HttpStatus.resolve(waarde);
            if (status != null) {
                return status;
            }
        }
        // Asked for directly, without an error to show: there is no such page.
        return code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    static String titel(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Niet gevonden";
            case FORBIDDEN -> "Geen toegang";
            case UNAUTHORIZED -> "Niet ingelogd";
            case BAD_REQUEST -> "Ongeldig verzoek";
            case METHOD_NOT_ALLOWED -> "Methode niet toegestaan";
            case NOT_ACCEPTABLE -> "Antwoordformaat niet beschikbaar";
            case UNSUPPORTED_MEDIA_TYPE -> "Soort inhoud niet ondersteund";
            case CONFLICT -> "Conflict";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "Te groot";
            default -> status.is5xxServerError() ? "Interne fout" : "Fout";
        };
    }

    static String uitleg(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "De pagina of gegevens die u zoekt bestaan niet (meer).";
            case FORBIDDEN -> "U heeft geen toegang tot deze pagina of gegevens.";
            case UNAUTHORIZED -> "Log in om verder te gaan.";
            case BAD_REQUEST -> "Het verzoek is niet juist opgebouwd.";
            case METHOD_NOT_ALLOWED -> "Deze handeling is hier niet mogelijk.";
            case NOT_ACCEPTABLE -> "Dit adres kan niet antwoorden in het gevraagde formaat (Accept).";
            case UNSUPPORTED_MEDIA_TYPE -> "Dit adres neemt dit soort inhoud (Content-Type) niet aan.";
            case CONFLICT -> "Het verzoek botst met wat al is vastgelegd.";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "Het verzoek of bestand is te groot.";
            default ->
                status.is5xxServerError()
                        ? "Er ging iets mis aan onze kant. Probeer het later opnieuw; er is niets gewijzigd."
                        : "Het verzoek kon niet worden verwerkt.";
        };
    }
}
