package nl.jeugdregie.beveiliging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Api;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Gebruiker", description = "Wie ben ik en wat mag ik zien")
class MijApi {

    private final Autorisatie autorisatie;

    MijApi(Autorisatie autorisatie) {
        this.autorisatie = autorisatie;
    }

    record Mij(
            String gebruikersnaam,
            String naam,
            String organisatie,
            List<String> rollen,
            List<String> gemeenten,
            String aanbieder,
            List<String> zichtbareGemeenten) {}

    @GetMapping(Api.BASIS + "/mij")
    @Operation(
            operationId = "getMij",
            summary = "De ingelogde gebruiker",
            description = "Gebruiker, rollen en scope (gemeenten of AGB-code) van de aanroeper.")
    Mij mij() {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        return new Mij(
                gebruiker.gebruikersnaam(),
                gebruiker.naam(),
                gebruiker.organisatie(),
                gebruiker.rollen().stream().map(Enum::name).sorted().toList(),
                gebruiker.gemeenten().stream().map(GemeenteCode::value).sorted().toList(),
                gebruiker.aanbieder() == null ? null : gebruiker.aanbieder().value(),
                autorisatie.zichtbareGemeenten().stream()
                        .map(GemeenteCode::value)
                        .sorted()
                        .toList());
    }
}
