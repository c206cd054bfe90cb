package nl.jeugdregie.beveiliging;

import java.util.Map;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Api;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only resources scoped to a gemeente and to an aanbieder, the way every module scopes its
 * own: by asking {@link Autorisatie} before it answers.
 */
@RestController
class ScopeProefApi {

    private final Autorisatie autorisatie;

    ScopeProefApi(Autorisatie autorisatie) {
        this.autorisatie = autorisatie;
    }

    @GetMapping(Api.BASIS + "/proef/gemeenten/{code}")
    Map<String, String> gemeente(@PathVariable String code) {
        autorisatie.vereisGemeente(new GemeenteCode(code));
        return Map.of("gemeente", code);
    }

    @GetMapping(Api.BASIS + "/proef/aanbieders/{agb}")
    Map<String, String> aanbieder(@PathVariable String agb) {
        autorisatie.vereisAanbieder(new AgbCode(agb));
        return Map.of("aanbieder", agb);
    }
}
