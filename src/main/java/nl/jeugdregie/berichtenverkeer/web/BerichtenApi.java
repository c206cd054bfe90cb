package nl.jeugdregie.berichtenverkeer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.berichtenverkeer.Berichtfilter;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.berichtenverkeer.Berichtstatus;
import nl.jeugdregie.berichtenverkeer.Kanaal;
import nl.jeugdregie.berichtenverkeer.OngeldigBerichtbestand;
import nl.jeugdregie.berichtenverkeer.Richting;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.Bijlage;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(Api.BASIS + "/berichten")
@Tag(name = "Berichten", description = "iJw 3.2-berichten tussen gemeente en aanbieder: ontvangen en ophalen")
@PreAuthorize("hasAnyRole('BACKOFFICE', 'AANBIEDER', 'BEHEERDER')")
class BerichtenApi {

    private final Berichtenbus bus;

    BerichtenApi(Berichtenbus bus) {
        this.bus = bus;
    }

    record Ontvangen(String id, String berichttype, String identificatie, String status) {}

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "application/octet-stream"})
    @Operation(
            operationId = "createBericht",
            summary = "Bericht aanbieden",
            description = "Een iJw 3.2-heenbericht (JW305, JW307, JW315, JW317, JW323) of retourbericht (JW302, JW320)."
                    + " Het bericht wordt opgeslagen en daarna verwerkt; 202 met de Location van het bericht. Alleen een"
                    + " gebruiker met rol AANBIEDER biedt berichten aan, met de eigen AGB-code als afzender; iedere"
                    + " andere gebruiker krijgt 403.",
            requestBody = @RequestBody(description = "Het bericht als XML (UTF-8), hoogstens 25 MB"))
    ResponseEntity<Ontvangen> ontvang(@org.springframework.web.bind.annotation.RequestBody byte[] inhoud) {
        Berichtenbus.Ontvangst ontvangst = bus.ontvang(inhoud, Kanaal.API, null);
        URI locatie = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(ontvangst.id())
                .toUri();
        return ResponseEntity.accepted()
                .location(locatie)
                .body(new Ontvangen(
                        ontvangst.id().toString(),
                        ontvangst.berichttype(),
                        ontvangst.identificatie(),
                        ontvangst.status().name()));
    }

    @GetMapping
    @Operation(
            operationId = "listBerichten",
            summary = "Berichten zoeken",
            description = "Filter op richting (in, uit), berichttype, status, aanbieder (AGB) en periode van"
                    + " ontvangst. Een aanbieder ziet alleen de eigen berichten.")
    ResponseEntity<List<Berichtgegevens>> zoek(
            @RequestParam(required = false) String richting,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        Berichtfilter filter = new Berichtfilter(
                richting == null ? null : enumVan(Richting.class, "richting", richting),
                type == null ? null : type.toUpperCase(java.util.Locale.ROOT),
                status == null ? null : enumVan(Berichtstatus.class, "status", status),
                aanbieder,
                null,
                van,
                tot);
        return bus.zoek(filter, Paginering.van(page, pageSize)).alsAntwoord();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getBericht", summary = "Eén bericht", description = "Gegevens en bevindingen.")
    Berichtgegevens bericht(@PathVariable UUID id) {
        return bus.gegevens(id);
    }

    @GetMapping(value = "/{id}/inhoud", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(
            operationId = "getBerichtInhoud",
            summary = "Het bericht zelf",
            description = "De XML van het bericht. Ophalen verandert niets aan het bericht; een aanbieder markeert een"
                    + " uitgaand bericht daarna als opgehaald met POST /api/v1/berichten/{id}/opgehaald.")
    ResponseEntity<byte[]> inhoud(@PathVariable UUID id) {
        Berichtgegevens gegevens = bus.gegevens(id);
        byte[] inhoud = bus.inhoud(id, Api.BASIS + "/berichten/" + id + "/inhoud");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .headers(h -> h.setContentDisposition(
                        Bijlage.als(gegevens.berichttype() + "-" + gegevens.identificatie() + ".xml")))
                .body(inhoud);
    }

    @PostMapping("/{id}/opgehaald")
    @PreAuthorize("hasRole('AANBIEDER')")
    @Operation(
            operationId = "markeerBerichtOpgehaald",
            summary = "Uitgaand bericht als opgehaald markeren",
            description = "De aanbieder aan wie een uitgaand bericht is gericht, bevestigt dat hij het heeft opgehaald:"
                    + " een bericht met status KLAAR krijgt status OPGEHAALD. Een bericht dat al opgehaald, verzonden,"
                    + " bevestigd of teruggewezen is, blijft zoals het is. Een ontvangen bericht: 400; een bericht aan"
                    + " een andere aanbieder: 403.")
    Berichtgegevens markeerOpgehaald(@PathVariable UUID id) {
        return bus.markeerOpgehaald(id);
    }

    @PostMapping("/{id}/verzonden")
    @PreAuthorize("hasAnyRole('BACKOFFICE', 'BEHEERDER')")
    @Operation(
            operationId = "markeerBerichtVerzonden",
            summary = "Uitgaand bericht als verzonden markeren",
            description = "Voor een uitgaand bericht dat via een ander kanaal naar de aanbieder is gegaan. Alleen een"
                    + " bericht met status KLAAR; anders 400.")
    Berichtgegevens markeerVerzonden(@PathVariable UUID id) {
        return bus.markeerVerzonden(id);
    }

    @ExceptionHandler(OngeldigBerichtbestand.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigBerichtbestand fout) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, fout.getMessage());
        problem.setTitle("Bericht niet in behandeling genomen");
        problem.setProperty("foutcode", fout.foutcode());
        return probleem(problem);
    }

    /** A refusal of this API with its own explanation, e.g. someone other than the aanbieder submitting. */
    @ExceptionHandler(NietGeautoriseerd.class)
    ResponseEntity<ProblemDetail> geenToegang(NietGeautoriseerd fout) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, fout.getMessage());
        problem.setTitle("Geen toegang");
        return probleem(problem);
    }

    private static ResponseEntity<ProblemDetail> probleem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static <E extends Enum<E>> E enumVan(Class<E> soort, String veld, String waarde) {
        try {
            return Enum.valueOf(soort, waarde.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoer(veld, "Onbekende waarde '" + waarde + "'");
        }
    }
}
