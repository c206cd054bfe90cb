package nl.jeugdregie.sturing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.sturing.Herbeoordelingen;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The work list of running trajecten past the review norm, for the toegang workers and the backoffice of the gemeente
 * responsible: where the indicator counts them, this lists them, each with the toewijzingen to open.
 */
@Controller
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class HerbeoordelingPagina {

    private final Herbeoordelingen herbeoordelingen;
    private final Autorisatie autorisatie;
    private final Clock clock;

    HerbeoordelingPagina(Herbeoordelingen herbeoordelingen, Autorisatie autorisatie, Clock clock) {
        this.herbeoordelingen = herbeoordelingen;
        this.autorisatie = autorisatie;
        this.clock = clock;
    }

    @Bean
    static Menuitem herbeoordelenMenu() {
        return new Menuitem(
                "Herbeoordelen",
                "Lopende trajecten die langer duren dan de reviewnorm: werkt de hulp, kan het lichter of zonder?",
                "/sturing/herbeoordelen",
                Set.of("BACKOFFICE", "TOEGANG"),
                23);
    }

    /** One row as the page shows it: names next to codes, the duration in words. */
    record Regel(Herbeoordelingen.Herbeoordeling traject, String hulpvorm, String duur, String norm) {}

    @GetMapping("/sturing/herbeoordelen")
    String lijst(@RequestParam(required = false) String gemeente, Model model) {
        TreeSet<String> gemeenten = new TreeSet<>(autorisatie.zichtbareGemeenten().stream()
                .map(GemeenteCode::value)
                .toList());
        GemeenteCode gekozen = gemeente == null || gemeente.isBlank()
                ? new GemeenteCode(gemeenten.isEmpty() ? "0000" : gemeenten.first())
                : GemeenteCode.parse(gemeente.strip());
        LocalDate peildatum = LocalDate.now(clock);
        Herbeoordelingen.Lijst lijst = herbeoordelingen.voor(gekozen, peildatum);
        List<Regel> regels = lijst.regels().stream()
                .map(h -> new Regel(
                        h,
                        hulpvorm(h.jeugdzorgvorm()),
                        duur(h.begindatum(), peildatum),
                        h.metVerblijf() ? "2 jaar (met verblijf)" : "1 jaar (zonder verblijf)"))
                .toList();
        model.addAttribute("gemeenten", gemeenten);
        model.addAttribute("gemeente", gekozen.value());
        model.addAttribute("lijst", lijst);
        model.addAttribute("regels", regels);
        model.addAttribute("maximum", Herbeoordelingen.MAXIMUM);
        return "sturing/herbeoordelen";
    }

    static String hulpvorm(String code) {
        return Jeugdzorgvorm.find(code)
                .map(v -> v.omschrijving() + " (" + v.code() + ")")
                .orElse("onbekend (product zonder hulpvorm)");
    }

    /** "1 jaar en 4 maanden", counting the first and the last day like the duration of a traject. */
    static String duur(LocalDate begin, LocalDate peildatum) {
        Period p = Period.between(begin, peildatum.plusDays(1));
        String jaren = p.getYears() == 1 ? "1 jaar" : p.getYears() + " jaar";
        if (p.getMonths() == 0) {
            return jaren;
        }
        return jaren + " en " + p.getMonths() + (p.getMonths() == 1 ? " maand" : " maanden");
    }
}
