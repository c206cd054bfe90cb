package nl.jeugdregie.regio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.regio.Bevolkingscijfer;
import nl.jeugdregie.regio.Bevolkingscijfers;
import nl.jeugdregie.regio.Bevolkingsimport;
import nl.jeugdregie.regio.Bevolkingsstand;
import nl.jeugdregie.regio.Jeugdinwoners;
import nl.jeugdregie.regio.RegioService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(Api.BASIS + "/bevolking")
@PreAuthorize("hasAnyRole('BEHEERDER', 'ANALIST')")
@Tag(
        name = "Bevolking",
        description = "Inwoners per gemeente op 1 januari naar leeftijd (CBS), met het aantal van 0 tot en met 17 jaar:"
                + " de noemer van het bereik")
class BevolkingApi {

    private final Bevolkingscijfers bevolking;
    private final RegioService regioService;

    BevolkingApi(Bevolkingscijfers bevolking, RegioService regioService) {
        this.bevolking = bevolking;
        this.regioService = regioService;
    }

    /** The inhabitants aged 0-17: exact (geschat false) or estimated, with the source. */
    record JeugdJson(long aantal, boolean geschat, String bron) {
        static JeugdJson van(Jeugdinwoners j) {
            return new JeugdJson(j.aantal(), j.geschat(), j.bron());
        }
    }

    /** One figure: the inhabitants in an age class; leeftijdTot empty means "and older". */
    record CijferJson(
            int leeftijdVan, Integer leeftijdTot, String leeftijdsklasse, long aantal, boolean geschat, String bron) {
        static CijferJson van(Bevolkingscijfer c) {
            return new CijferJson(
                    c.leeftijdVan(), c.leeftijdTot(), c.leeftijdsklasse(), c.aantal(), c.geschat(), c.bron());
        }
    }

    record BevolkingJson(
            String gemeente,
            String gemeentenaam,
            int jaar,
            LocalDate peildatum,
            JeugdJson jeugd0tot17,
            List<CijferJson> cijfers) {
        static BevolkingJson van(Bevolkingsstand s) {
            return new BevolkingJson(
                    s.gemeente().value(),
                    s.gemeentenaam(),
                    s.jaar(),
                    s.peildatum(),
                    s.jeugd0tot17().map(JeugdJson::van).orElse(null),
                    s.cijfers().stream().map(CijferJson::van).toList());
        }
    }

    record IngelezenJson(String gemeente, String gemeentenaam, LocalDate peildatum, long jeugd0tot17, Long totaal) {}

    record ImportJson(List<IngelezenJson> ingelezen, int overgeslagen) {
        static ImportJson van(Bevolkingsimport i) {
            return new ImportJson(
                    i.ingelezen().stream()
                            .map(r -> new IngelezenJson(
                                    r.gemeente().value(), r.gemeentenaam(), r.peildatum(), r.jeugd0tot17(), r.totaal()))
                            .toList(),
                    i.overgeslagen());
        }
    }

    @GetMapping
    @Operation(
            operationId = "listBevolking",
            summary = "Bevolking per gemeente en jaar",
            description =
                    "Per gemeente en jaar de inwoners op 1 januari per leeftijdsklasse (totaal, 0-14, 15-24, losse"
                            + " jaren 0 tot en met 17) met hun bron, en het aantal van 0 tot en met 17 jaar: exact als de losse"
                            + " jaren uit CBS-tabel 03759ned zijn ingelezen, anders de schatting 0-14 plus 3/10 van 15-24"
                            + " (geschat true). Filter op gemeente (CBS-code, 0153 of GM0153) en jaar.")
    ResponseEntity<List<BevolkingJson>> bevolking(
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld 0153") @RequestParam(required = false)
                    String gemeente,
            @Parameter(description = "Jaar van de peildatum 1 januari, bijvoorbeeld 2025")
                    @RequestParam(required = false)
                    Integer jaar,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        GemeenteCode code = null;
        if (gemeente != null && !gemeente.isBlank()) {
            code = GemeenteCode.parse(gemeente.strip());
            if (regioService.gemeente(code).isEmpty()) {
                throw new NietGevonden("Gemeente " + code + " bestaat niet");
            }
        }
        return bevolking
                .standen(code, jaar, Paginering.van(page, pageSize))
                .map(BevolkingJson::van)
                .alsAntwoord();
    }

    @PostMapping(value = "/importen", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(
            operationId = "importBevolking",
            summary = "CBS-tabel 03759ned inlezen",
            description = "Alleen voor beheerders. Het deel 'bestand' is de CSV-download van CBS-tabel 03759ned"
                    + " (Bevolking op 1 januari; leeftijd, burgerlijke staat, regio): de tabel met omschrijvingen"
                    + " (Geslacht; Leeftijd; Burgerlijke staat; Regio's; Perioden; Bevolking op 1 januari) of de"
                    + " dataset met codes (Geslacht; Leeftijd; BurgerlijkeStaat; RegioS; Perioden;"
                    + " BevolkingOp1Januari_1), gescheiden door ; of ,. Alleen de totalen van mannen en vrouwen en van"
                    + " de burgerlijke staat tellen, per gemeente en jaar met de leeftijden 0 tot en met 17 jaar"
                    + " compleet; 18 jaar en ouder wordt overgeslagen, het totaal bewaard. Per gemeente en jaar"
                    + " vervangt het bestand wat eerder is ingelezen, in één transactie. Bij één ongeldige regel wordt"
                    + " niets opgeslagen: 400 met in invalidParams per regel ('regel 12') wat er mis is.")
    ImportJson importeer(@RequestParam(required = false) MultipartFile bestand, Principal gebruiker)
            throws IOException {
        return ImportJson.van(bevolking.importeer(bestand == null ? null : bestand.getBytes(), gebruiker.getName()));
    }
}
