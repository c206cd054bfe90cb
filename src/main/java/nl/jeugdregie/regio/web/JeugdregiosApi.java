package nl.jeugdregie.regio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.regio.Jeugdregio;
import nl.jeugdregie.regio.RegioService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Api.BASIS + "/jeugdregios")
@Tag(name = "Jeugdregio's", description = "De 42 jeugdregio's met hun CBS-code (JZ01..JZ43)")
class JeugdregiosApi {

    private final RegioService regioService;
    private final Clock clock;

    JeugdregiosApi(RegioService regioService, Clock clock) {
        this.regioService = regioService;
        this.clock = clock;
    }

    record JeugdregioJson(String code, String naam, boolean platformregio) {}

    record JeugdregioMetGemeenten(
            String code,
            String naam,
            boolean platformregio,
            LocalDate peildatum,
            List<GemeentenApi.GemeenteJson> gemeenten) {}

    @GetMapping
    @Operation(operationId = "listJeugdregios", summary = "Jeugdregio's", description = "Alle jeugdregio's.")
    ResponseEntity<List<JeugdregioJson>> lijst(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize) {
        return Resultaatpagina.uit(regioService.jeugdregios(), Paginering.van(page, pageSize))
                .map(this::json)
                .alsAntwoord();
    }

    @GetMapping("/{code}")
    @Operation(
            operationId = "getJeugdregio",
            summary = "Eén jeugdregio",
            description = "De jeugdregio met de gemeenten die er op de peildatum (standaard vandaag) bij horen.")
    JeugdregioMetGemeenten regio(@PathVariable String code, @RequestParam(required = false) LocalDate peildatum) {
        Jeugdregio regio = regioService
                .jeugdregio(code)
                .orElseThrow(() -> new NietGevonden("Jeugdregio " + code + " bestaat niet"));
        LocalDate datum = peildatum == null ? LocalDate.now(clock) : peildatum;
        return new JeugdregioMetGemeenten(
                regio.code(),
                regio.naam(),
                regio.code().equals(regioService.platformregio()),
                datum,
                regioService.gemeentenVan(regio.code(), datum).stream()
                        .map(GemeentenApi.GemeenteJson::van)
                        .toList());
    }

    private JeugdregioJson json(Jeugdregio regio) {
        return new JeugdregioJson(regio.code(), regio.naam(), regio.code().equals(regioService.platformregio()));
    }
}
