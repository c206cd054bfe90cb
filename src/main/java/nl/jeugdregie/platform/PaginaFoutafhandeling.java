package nl.jeugdregie.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.OngeldigeWaarde;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input on a page that its controller did not turn into a form error: the Dutch error page with a 400 (or a 404
 * for an address with a part that cannot exist) that says what was wrong, never a server error. The API has its own
 * handling ({@link ApiFoutafhandeling}), which goes first for its controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PaginaFoutafhandeling {

    @ExceptionHandler(OngeldigeWaarde.class)
    ModelAndView ongeldigeWaarde(OngeldigeWaarde fout) {
        return pagina(HttpStatus.BAD_REQUEST, fout.getMessage());
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    ModelAndView ongeldigeInvoer(OngeldigeInvoer fout) {
        return pagina(
                HttpStatus.BAD_REQUEST,
                fout.parameters().stream().map(OngeldigeParameter::reason).collect(Collectors.joining(" ")));
    }

    @ExceptionHandler(NietGevonden.class)
    ModelAndView nietGevonden(NietGevonden fout) {
        return pagina(HttpStatus.NOT_FOUND, fout.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ModelAndView conflict(Conflict fout) {
        return pagina(HttpStatus.CONFLICT, fout.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView ontbreekt(MissingServletRequestParameterException fout) {
        return pagina(HttpStatus.BAD_REQUEST, "Het veld '" + fout.getParameterName() + "' ontbreekt in het verzoek.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView verkeerdType(MethodArgumentTypeMismatchException fout, HttpServletRequest request) {
        if (fout.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return pagina(HttpStatus.NOT_FOUND, FoutController.uitleg(HttpStatus.NOT_FOUND));
        }
        return pagina(HttpStatus.BAD_REQUEST, "De waarde van '" + fout.getName() + "' heeft niet het juiste formaat.");
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView ongeldig(HandlerMethodValidationException fout) {
        return pagina(
                HttpStatus.BAD_REQUEST,
                fout.getParameterValidationResults().stream()
                        .flatMap(r -> r.getResolvableErrors().stream())
                        .map(e -> e.getDefaultMessage())
                        .collect(Collectors.joining(" ")));
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ModelAndView geenBestand() {
        return pagina(HttpStatus.BAD_REQUEST, "Kies een bestand om te versturen; het formulier bevatte er geen.");
    }

    private static ModelAndView pagina(HttpStatus status, String uitleg) {
        return FoutController.foutpagina(status, uitleg);
    }
}
