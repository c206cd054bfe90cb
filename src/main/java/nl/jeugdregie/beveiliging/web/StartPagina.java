package nl.jeugdregie.beveiliging.web;

import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.beveiliging.Rol;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page, which shows each role what it can do. */
@Controller
class StartPagina {

    private final Autorisatie autorisatie;
    private final ObjectProvider<InMemoryClientRegistrationRepository> oidc;

    StartPagina(Autorisatie autorisatie, ObjectProvider<InMemoryClientRegistrationRepository> oidc) {
        this.autorisatie = autorisatie;
        this.oidc = oidc;
    }

    @GetMapping("/inloggen")
    String inloggen(Model model) {
        InMemoryClientRegistrationRepository registraties = oidc.getIfAvailable();
        if (registraties != null && registraties.iterator().hasNext()) {
            ClientRegistration registratie = registraties.iterator().next();
            model.addAttribute("oidc", registratie.getRegistrationId());
        }
        return "inloggen";
    }

    @GetMapping("/")
    String start(Model model) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        List<Rol> rollen =
                gebruiker.rollen().stream().sorted(Comparator.naturalOrder()).toList();
        List<GemeenteCode> gemeenten = gebruiker.gemeenten().stream()
                .sorted(Comparator.comparing(GemeenteCode::value))
                .toList();
        model.addAttribute("gebruiker", gebruiker);
        model.addAttribute("rollen", rollen);
        model.addAttribute("gemeenten", gemeenten);
        return "start";
    }
}
