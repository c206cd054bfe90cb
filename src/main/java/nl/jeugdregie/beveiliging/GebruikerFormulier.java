package nl.jeugdregie.beveiliging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/** A new or changed local user, from the management page. */
record GebruikerFormulier(
        @NotBlank(message = "Vul de gebruikersnaam in")
        @Pattern(
                regexp = "[a-z0-9._@-]{2,100}",
                message = "Gebruikersnaam: 2 tot 100 kleine letters, cijfers of . _ @ -")
        String gebruikersnaam,

        @NotBlank(message = "Vul de naam in") @Size(max = 100, message = "Naam mag hoogstens 100 tekens zijn")
        String naam,

        @NotBlank(message = "Vul de organisatie in")
        @Size(max = 100, message = "Organisatie mag hoogstens 100 tekens zijn")
        String organisatie,

        List<Rol> rollen,
        List<String> gemeenten,

        @Pattern(regexp = "|[0-9]{8}", message = "AGB-code moet uit precies 8 cijfers bestaan")
        String aanbieder,

        String wachtwoord,
        Boolean actief) {

    static GebruikerFormulier leeg() {
        return new GebruikerFormulier("", "", "", List.of(), List.of(), "", "", true);
    }

    static GebruikerFormulier van(LokaleGebruiker lokaal) {
        Gebruiker g = lokaal.gebruiker();
        return new GebruikerFormulier(
                g.gebruikersnaam(),
                g.naam(),
                g.organisatie(),
                List.copyOf(g.rollen()),
                g.gemeenten().stream().map(GemeenteCode::value).toList(),
                g.aanbieder() == null ? "" : g.aanbieder().value(),
                "",
                lokaal.actief());
    }

    Gebruiker alsGebruiker() {
        Set<Rol> gekozen = rollen == null || rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen);
        Set<GemeenteCode> scope = new LinkedHashSet<>();
        if (gemeenten != null) {
            gemeenten.stream().filter(c -> !c.isBlank()).map(GemeenteCode::new).forEach(scope::add);
        }
        return new Gebruiker(
                gebruikersnaam,
                naam.trim(),
                organisatie.trim(),
                gekozen,
                scope,
                aanbieder == null || aanbieder.isBlank() ? null : new AgbCode(aanbieder));
    }

    boolean isActief() {
        return actief == null || actief;
    }

    boolean heeftWachtwoord() {
        return wachtwoord != null && !wachtwoord.isEmpty();
    }
}
