package nl.jeugdregie.sturing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.sturing.Rapportageperiode;
import nl.jeugdregie.sturing.SturingService;
import nl.jeugdregie.sturing.Trajectregel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pseudonymised trajecten behind the figures, so anyone can recompute them. */
@RestController
@RequestMapping(Api.BASIS + "/sturing")
@Tag(name = "Sturingsinformatie")
@PreAuthorize(Sturingsrollen.RIJEN)
class SturingApi {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final SturingService sturing;

    SturingApi(SturingService sturing) {
        this.sturing = sturing;
    }

    @GetMapping(value = "/trajecten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "listTrajecten",
            summary = "Gepseudonimiseerde trajecten",
            description = "Eén rij per traject (CBS, na samenvoegen) dat de periode overlapt, voor de gemeenten van de"
                    + " regio of één gemeente: pseudoniem van de jeugdige (alleen voor exports), gemeente, hulpvorm,"
                    + " product, aanbieder, verwijzer, begin- en einddatum, reden beëindiging. Als CSV met"
                    + " Accept: text/csv. Elke jeugdige in de uitvoer komt in het toegangslog (export).")
    List<Trajectregel> trajecten(@RequestParam String periode, @RequestParam(required = false) String gemeente) {
        return rijen(periode, gemeente);
    }

    @GetMapping(value = "/trajecten", produces = "text/csv")
    ResponseEntity<String> trajectenAlsCsv(
            @RequestParam String periode, @RequestParam(required = false) String gemeente) {
        List<Trajectregel> rijen = rijen(periode, gemeente);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"trajecten-" + periode.strip() + ".csv\"")
                .body(Trajectexport.csv(rijen));
    }

    private List<Trajectregel> rijen(String periode, String gemeente) {
        List<Trajectregel> rijen = new ArrayList<>();
        sturing.trajecten(
                Rapportageperiode.van(periode),
                Sturingsparameters.leeg(gemeente) == null ? null : GemeenteCode.parse(gemeente),
                rijen::add);
        return rijen;
    }
}
