package nl.jeugdregie.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** An address that nothing answers: problem+json under the API, the Dutch 404 page elsewhere. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class OnbekendeAdresAfhandeling {

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView onbekend(HttpServletRequest request) {
        HttpStatus status = HttpStatus.NOT_FOUND;
        if (!request.getRequestURI().startsWith(Api.BASIS)) {
            return FoutController.foutpagina(status, FoutController.uitleg(status));
        }
        ModelAndView antwoord = new ModelAndView(new ProblemView(
                ApiFoutafhandeling.probleem(status, FoutController.titel(status), FoutController.uitleg(status))));
        antwoord.setStatus(status);
        return antwoord;
    }
}
