package nl.jeugdregie.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.kern.OngeldigeWaarde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457, ADR error handling): a
 * 400 lists every invalid field in {@code invalidParams}; nothing internal leaks out of a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiFoutafhandeling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiFoutafhandeling.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<OngeldigeParameter> parameters = new ArrayList<>();
        for (FieldError fout : ex.getBindingResult().getFieldErrors()) {
            parameters.add(new OngeldigeParameter(fout.getField(), fout.getDefaultMessage()));
        }
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(
                        fout -> parameters.add(new OngeldigeParameter(fout.getObjectName(), fout.getDefaultMessage())));
        return ResponseEntity.badRequest().body(ongeldig(parameters));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<OngeldigeParameter> parameters = new ArrayList<>();
        ex.getParameterValidationResults().forEach(resultaat -> {
            String naam = resultaat.getMethodParameter().getParameterName();
            resultaat
                    .getResolvableErrors()
                    .forEach(fout -> parameters.add(new OngeldigeParameter(naam, fout.getDefaultMessage())));
        });
        return ResponseEntity.badRequest().body(ongeldig(parameters));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                probleem(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", "De inhoud van het verzoek is geen geldige JSON.");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest()
                .body(ongeldig(List.of(new OngeldigeParameter(ex.getName(), "Waarde heeft niet het juiste formaat"))));
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    ResponseEntity<ProblemDetail> ongeldigeInvoer(OngeldigeInvoer ex) {
        return ResponseEntity.badRequest().body(ongeldig(ex.parameters()));
    }

    @ExceptionHandler(OngeldigeWaarde.class)
    ResponseEntity<ProblemDetail> ongeldigeWaarde(OngeldigeWaarde ex) {
        ProblemDetail problem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer", ex.getMessage());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NietGevonden.class)
    ResponseEntity<ProblemDetail> nietGevonden(NietGevonden ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(probleem(HttpStatus.NOT_FOUND, "Niet gevonden", ex.getMessage()));
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(probleem(HttpStatus.CONFLICT, "Conflict", ex.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> geenToegang(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(probleem(HttpStatus.FORBIDDEN, "Geen toegang", "U heeft geen toegang tot deze gegevens."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception ex) {
        log.error("Onverwachte fout in de API", ex);
        return ResponseEntity.internalServerError()
                .body(probleem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Interne fout",
                        "Er ging iets mis bij het verwerken van het verzoek. Er is niets gewijzigd."));
    }

    static ProblemDetail ongeldig(List<OngeldigeParameter> parameters) {
        ProblemDetail problem = probleem(
                HttpStatus.BAD_REQUEST,
                "Ongeldige invoer",
                parameters.size() == 1 ? "Eén veld is ongeldig." : parameters.size() + " velden zijn ongeldig.");
        problem.setProperty("invalidParams", parameters);
        return problem;
    }

    static ProblemDetail probleem(HttpStatus status, String titel, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
