package nl.jeugdregie.inkoop.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.inkoop.Importen;
import nl.jeugdregie.inkoop.Importregel;
import nl.jeugdregie.inkoop.Importtaak;
import nl.jeugdregie.inkoop.Importuitkomst;
import nl.jeugdregie.inkoop.web.InkoopJson.ImportJson;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Imports of waiting-time feeds and product lists run in the background: {@code POST .../import} answers 202 with
 * the status below, which a client polls until {@code status} is no longer {@code BEZIG}.
 */
@RestController
@RequestMapping(ImportenApi.PAD)
@PreAuthorize("hasAnyRole('INKOOP', 'BEHEERDER')")
@Tag(name = "Importen", description = "Voortgang en verslag per regel van het inlezen van wachttijden en producten")
class ImportenApi {

    static final String PAD = Api.BASIS + "/importen";

    private final Importen importen;

    ImportenApi(Importen importen) {
        this.importen = importen;
    }

    /** The answer to a started import: 202 with the status and its {@code Location}. */
    static ResponseEntity<ImportJson> gestart(Importtaak taak) {
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(PAD + "/{id}")
                        .buildAndExpand(taak.id())
                        .toUri())
                .body(ImportJson.van(taak));
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getImport",
            summary = "Status van een import",
            description = "Status BEZIG, KLAAR, GEWEIGERD (niets opgeslagen, zie melding) of MISLUKT, het aantal"
                    + " regels en hoeveel er verwerkt zijn, en per uitkomst het aantal regels. Een import blijft 24 uur"
                    + " opvraagbaar.")
    ImportJson taak(@PathVariable UUID id) {
        return ImportJson.van(vind(id));
    }

    @GetMapping("/{id}/regels")
    @Operation(
            operationId = "listImportregels",
            summary = "De regels van een import met hun uitkomst",
            description = "In de volgorde van het bestand, per pagina; filter op uitkomst (NIEUW, BIJGEWERKT,"
                    + " HERSTELD, ONGEWIJZIGD, NIET_GEKOPPELD, OVERGESLAGEN, FOUT, NIET_INGELEZEN).")
    ResponseEntity<List<Importregel>> regels(
            @PathVariable UUID id,
            @RequestParam(required = false) Importuitkomst uitkomst,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        return vind(id).verslag()
                .pagina(uitkomst, Paginering.van(page, pageSize))
                .alsAntwoord();
    }

    private Importtaak vind(UUID id) {
        return importen.taak(id).orElseThrow(() -> new NietGevonden("Import " + id + " bestaat niet (meer)"));
    }
}
