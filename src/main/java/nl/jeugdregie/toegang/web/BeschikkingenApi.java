package nl.jeugdregie.toegang.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.Bijlage;
import nl.jeugdregie.toegang.Beschikking;
import nl.jeugdregie.toegang.ToegangService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The beschikkingen: as JSON, or with {@code Accept: application/pdf} the PDF exactly as stored. */
@RestController
@RequestMapping(Api.BASIS + "/beschikkingen")
@Tag(name = "Beschikkingen", description = "Beschikkingen jeugdhulp, als gegevens of als PDF")
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class BeschikkingenApi {

    private final ToegangService toegang;

    BeschikkingenApi(ToegangService toegang) {
        this.toegang = toegang;
    }

    @Schema(name = "Beschikking")
    record BeschikkingJson(
            UUID id,
            UUID hulpvraag,
            String kenmerk,
            LocalDate dagtekening,

            @Schema(description = "SHA-256 van de PDF zoals verstuurd (hexadecimaal)")
            String sha256) {

        static BeschikkingJson van(Beschikking b) {
            return new BeschikkingJson(b.id(), b.hulpvraag(), b.kenmerk(), b.dagtekening(), b.sha256());
        }
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getBeschikking", summary = "Eén beschikking")
    BeschikkingJson beschikking(@PathVariable UUID id) {
        return BeschikkingJson.van(toegang.beschikking(id));
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getBeschikkingPdf", summary = "De beschikking als PDF (PDF/UA)")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return download(toegang.pdf(id));
    }

    /** The stored PDF as a download, for this API and the toegang pages. */
    static ResponseEntity<byte[]> download(ToegangService.Beschikkingsbestand bestand) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .headers(h -> h.setContentDisposition(Bijlage.als(bestand.bestandsnaam())))
                .body(bestand.inhoud());
    }
}
