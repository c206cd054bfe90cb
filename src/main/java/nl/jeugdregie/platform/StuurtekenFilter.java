package nl.jeugdregie.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.Tekst;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request parameter (query string or form field, on every page and in the API) with a control character is refused
 * before any controller sees it: a 400 naming the field, Dutch on a page and problem+json in the API. Nothing is
 * stored. JSON bodies are checked field by field when they are read ({@link JsonTekstcontrole}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class StuurtekenFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<OngeldigeParameter> fouten = fouten(request.getParameterMap());
        if (fouten.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (request.getRequestURI().startsWith(Api.BASIS)) {
            response.setStatus(status.value());
            new ProblemView(ApiFoutafhandeling.ongeldig(fouten)).render(Map.of(), request, response);
        } else {
            String uitleg = uitleg(fouten);
            request.setAttribute(FoutController.UITLEG, uitleg);
            response.sendError(status.value(), uitleg);
        }
    }

    static List<OngeldigeParameter> fouten(Map<String, String[]> parameters) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        parameters.forEach((naam, waarden) -> {
            boolean fout = Tekst.heeftStuurteken(naam);
            for (String waarde : waarden) {
                fout |= Tekst.heeftStuurteken(waarde);
            }
            if (fout) {
                fouten.add(new OngeldigeParameter(zichtbaar(naam), "Het veld " + Tekst.STUURTEKEN + "."));
            }
        });
        return fouten;
    }

    private static String uitleg(List<OngeldigeParameter> fouten) {
        return "Er is niets opgeslagen: "
                + String.join(
                        ", ", fouten.stream().map(OngeldigeParameter::name).toList())
                + (fouten.size() == 1 ? " bevat" : " bevatten")
                + " een onzichtbaar stuurteken (zoals een NUL-teken) dat niet in tekst thuishoort. Typ de tekst"
                + " opnieuw in plaats van hem te plakken.";
    }

    /** A field name as it can be shown: its control characters replaced. */
    private static String zichtbaar(String naam) {
        StringBuilder zichtbaar = new StringBuilder();
        naam.codePoints().forEach(c -> zichtbaar.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return zichtbaar.toString();
    }
}
