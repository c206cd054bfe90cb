package nl.jeugdregie.portaal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.portaal.Conceptdeclaraties;
import nl.jeugdregie.portaal.Prestatieimport;
import nl.jeugdregie.portaal.web.DeclaratieconceptenApi.ConceptJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Prestaties as a CSV or XLSX file, for aanbieder software that keeps them in a spreadsheet: the file becomes a concept
 * declaratie, answered as {@code GET /api/v1/declaraties/concepten/{id}} answers it, or refused with every error of the
 * file per row and column ({@code rijen[13].einddatum}) and nothing stored.
 */
@RestController
@RequestMapping(Api.BASIS + "/declaraties/concepten/uploads")
@Tag(name = "Declaratieconcepten", description = "De maanddeclaratie (JW323) vooraf ingevuld en vooraf gecontroleerd")
@PreAuthorize("hasRole('AANBIEDER')")
class PrestatieuploadApi {

    private final Prestatieimport importen;
    private final Conceptdeclaraties concepten;

    PrestatieuploadApi(Prestatieimport importen, Conceptdeclaraties concepten) {
        this.importen = importen;
        this.concepten = concepten;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            operationId = "uploadDeclaratieconcept",
            summary = "Conceptdeclaratie uit een bestand met prestaties",
            description = "Multipart met gemeente (CBS-code), maand (jjjj-mm) en bestand: CSV (; of ,) of XLSX met de"
                    + " kopregel van /portaal/declaraties/sjabloon.csv, één prestatie per rij. 201 met het concept en"
                    + " de verwachte bevindingen per regel. Heeft een rij een fout, dan 400 met elke fout als"
                    + " rijen[i].kolom (i is het rijnummer in het bestand min één, de kopregel is rij 1) en wordt"
                    + " er niets opgeslagen.")
    ResponseEntity<ConceptJson> upload(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String maand,
            @RequestParam(required = false) MultipartFile bestand)
            throws IOException {
        if (bestand == null || bestand.isEmpty()) {
            throw new OngeldigeInvoer("bestand", "Stuur het bestand met prestaties mee als 'bestand'.");
        }
        String waar = "API " + Api.BASIS + "/declaraties/concepten/uploads";
        long id = importen.importeer(
                DeclaratiePortaalPagina.gemeente(gemeente),
                DeclaratiePortaalPagina.maand(maand),
                bestand.getOriginalFilename(),
                bestand.getBytes(),
                waar);
        return ResponseEntity.created(URI.create(Api.BASIS + "/declaraties/concepten/" + id))
                .body(ConceptJson.van(concepten.concept(id, waar)));
    }
}
