package nl.jeugdregie.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Tekst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457, ADR error handling): a
 * 400 lists every invalid field in {@code invalidParams}; nothing internal leaks out of a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
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
        String veld = veld(ex);
        if (veld != null) {
            String reden = ex.getMostSpecificCause() instanceof JsonTekstcontrole.Stuurteken
                    ? "Het veld " + Tekst.STUURTEKEN + "."
                    : "Waarde heeft niet het juiste type of formaat";
            return ResponseEntity.badRequest().body(ongeldig(List.of(new OngeldigeParameter(veld, reden))));
        }
        ProblemDetail problem =
                probleem(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", "De inhoud van het verzoek is geen geldige JSON.");
        return ResponseEntity.badRequest().body(problem);
    }

    /** The JSON field (path such as {@code omvang.volume}) that could not be read, if the cause names one. */
    private static String veld(HttpMessageNotReadableException ex) {
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof DatabindException fout && !fout.getPath().isEmpty()) {
                StringBuilder pad = new StringBuilder();
                for (var deel : fout.getPath()) {
                    if (deel.getPropertyName() != null) {
                        pad.append(pad.isEmpty() ? "" : ".").append(deel.getPropertyName());
                    } else if (deel.getIndex() >= 0) {
                        pad.append('[').append(deel.getIndex()).append(']');
                    }
                }
                return pad.isEmpty() ? null : pad.toString();
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(ongeldig(List.of(new OngeldigeParameter(ex.getParameterName(), "Verplicht veld ontbreekt"))));
    }

    /**
     * Every other error the framework itself detects (method not allowed, unsupported content type, missing file
     * part, ...) keeps its status but gets a Dutch title and explanation; the platform's own errors are Dutch already.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail && ex.getClass().getName().startsWith("org.springframework.")) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            if (status != null) {
                body = probleem(status, FoutController.titel(status), uitleg(ex, status));
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String uitleg(Exception ex, HttpStatus status) {
        if (ex instanceof MissingServletRequestPartException ontbreekt) {
            return "Het bestand '" + ontbreekt.getRequestPartName() + "' ontbreekt in het verzoek.";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException methode) {
            return "De methode " + methode.getMethod() + " is hier niet mogelijk.";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException soort) {
            return "Dit adres neemt " + (soort.getContentType() == null ? "deze inhoud" : soort.getContentType())
                    + " niet aan; wel " + soort.getSupportedMediaTypes() + ".";
        }
        if (ex instanceof MultipartException) {
            return "Het verzoek is geen geldig formulier met een bestand (multipart/form-data).";
        }
        return FoutController.uitleg(status);
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
