package nl.jeugdregie.toegangslog;

import java.util.Map;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Api;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only resource that does what a module's service may do: record a read in its own transaction,
 * then find the user may not see the gemeente, so the transaction rolls back.
 */
@RestController
class WeigeringProefApi {

    static final Bsn BSN = new Bsn("111222333");

    private final Toegangslog toegangslog;
    private final Autorisatie autorisatie;

    WeigeringProefApi(Toegangslog toegangslog, Autorisatie autorisatie) {
        this.toegangslog = toegangslog;
        this.autorisatie = autorisatie;
    }

    @PostMapping(Api.BASIS + "/proef/weigering/{gemeente}")
    @Transactional
    Map<String, String> leesEnWeiger(@PathVariable String gemeente) {
        toegangslog.registreer(new Gebeurtenis(BSN, Actie.RAADPLEGEN, "proefdossier " + gemeente, gemeente, null));
        autorisatie.vereisGemeente(new GemeenteCode(gemeente));
        return Map.of("gemeente", gemeente);
    }
}
