package nl.jeugdregie.toegang.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.jeugdige.Gezinslid;
import nl.jeugdregie.jeugdige.Inschrijving;
import nl.jeugdregie.jeugdige.Jeugdige;
import nl.jeugdregie.jeugdige.Jeugdigenregister;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.jeugdige.Relatie;
import nl.jeugdregie.jeugdige.Voorziening;
import nl.jeugdregie.jeugdige.Voorzieningsoort;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.toegang.Beschikking;
import nl.jeugdregie.toegang.Besluitvraag;
import nl.jeugdregie.toegang.Deelnemersrol;
import nl.jeugdregie.toegang.Doel;
import nl.jeugdregie.toegang.Ernst;
import nl.jeugdregie.toegang.Hulpvraag;
import nl.jeugdregie.toegang.Levensdomein;
import nl.jeugdregie.toegang.NieuweHulpvraag;
import nl.jeugdregie.toegang.Route;
import nl.jeugdregie.toegang.ToegangService;
import nl.jeugdregie.toegang.Trede;
import nl.jeugdregie.toegang.Triage;
import nl.jeugdregie.toegang.Urgentie;
import nl.jeugdregie.toegang.beschikking.Besluitsoort;
import nl.jeugdregie.toewijzing.Omvang;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the toegang: the work queue and the search, registering a jeugdige, the file (person data, household,
 * hulpvragen, plan, timeline) and the hulpvraag (triage, advice, besluit, beschikking). A form with an error is shown
 * again with what was typed and the Dutch reason; nothing is stored.
 */
@Controller
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class ToegangPagina {

    private final ToegangService toegang;
    private final Jeugdigenregister register;
    private final Autorisatie autorisatie;
    private final Clock clock;

    ToegangPagina(ToegangService toegang, Jeugdigenregister register, Autorisatie autorisatie, Clock clock) {
        this.toegang = toegang;
        this.register = register;
        this.autorisatie = autorisatie;
        this.clock = clock;
    }

    @Bean
    static Menuitem toegangMenu() {
        return new Menuitem(
                "Toegang",
                "Jeugdige zoeken of inschrijven, hulpvragen, triage, advies en beschikking; de werkvoorraad.",
                "/toegang",
                Set.of("TOEGANG", "BACKOFFICE"),
                5);
    }

    // --- work queue and search ---

    @GetMapping("/toegang")
    String start(Model model) {
        ToegangService.Werkvoorraad werk = toegang.werkvoorraad();
        Map<UUID, String> namen = new HashMap<>();
        werk.open().forEach(h -> namen.computeIfAbsent(h.jeugdige(), this::naamVan));
        werk.reviews().forEach(r -> namen.computeIfAbsent(r.jeugdige(), this::naamVan));
        model.addAttribute("werk", werk);
        model.addAttribute("namen", namen);
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "toegang/start";
    }

    @PostMapping("/toegang/zoeken")
    String zoek(
            @RequestParam(required = false) String bsn,
            @RequestParam(required = false) String achternaam,
            @RequestParam(required = false) String geboortedatum,
            Model model) {
        List<Jeugdige> gevonden;
        try {
            if (bsn != null && !bsn.isBlank()) {
                gevonden = register.zoek(new Bsn(bsn.strip())).stream().toList();
            } else {
                gevonden = register.zoek(achternaam, datum("De geboortedatum", geboortedatum), null);
            }
        } catch (OngeldigeWaarde e) {
            model.addAttribute("fout", e.getMessage());
            gevonden = null;
        }
        if (gevonden != null && gevonden.size() == 1) {
            return "redirect:/toegang/jeugdigen/" + gevonden.get(0).id();
        }
        model.addAttribute("gevonden", gevonden);
        model.addAttribute(
                "ingevuld",
                Map.of(
                        "bsn", bsn == null ? "" : bsn,
                        "achternaam", achternaam == null ? "" : achternaam,
                        "geboortedatum", geboortedatum == null ? "" : geboortedatum));
        return start(model);
    }

    // --- register ---

    @GetMapping("/toegang/jeugdigen/nieuw")
    String inschrijven(Model model) {
        model.addAttribute("gemeenten", eigenGemeenten());
        model.addAttribute("ingevuld", Map.of());
        return "toegang/inschrijven";
    }

    @PostMapping("/toegang/jeugdigen")
    String schrijfIn(@RequestParam Map<String, String> veld, Model model, RedirectAttributes redirect) {
        try {
            Persoonsgegevens.Adres adres = leeg(veld.get("straatnaam"))
                    ? null
                    : new Persoonsgegevens.Adres(
                            veld.get("straatnaam"),
                            getal("Het huisnummer", veld.get("huisnummer")),
                            veld.get("huisletter"),
                            veld.get("toevoeging"),
                            veld.get("postcode"),
                            veld.get("plaats"));
            Persoonsgegevens gegevens = new Persoonsgegevens(
                    datum("De geboortedatum", veld.get("geboortedatum")),
                    null,
                    leeg(veld.get("geslacht")) ? null : Geslacht.vanCode(veld.get("geslacht")),
                    veld.get("achternaam"),
                    veld.get("voorvoegsel"),
                    null,
                    null,
                    veld.get("voornamen"),
                    null,
                    null,
                    adres);
            Jeugdige jeugdige = register.schrijfIn(new Inschrijving(
                            new Bsn(tekst(veld.get("bsn"))), gegevens, GemeenteCode.parse(tekst(veld.get("gemeente")))))
                    .jeugdige();
            redirect.addFlashAttribute("succes", gegevens.naam() + " is ingeschreven.");
            return "redirect:/toegang/jeugdigen/" + jeugdige.id();
        } catch (OngeldigeWaarde | OngeldigeInvoer e) {
            model.addAttribute("fout", "De jeugdige is niet ingeschreven: " + e.getMessage());
            model.addAttribute("gemeenten", eigenGemeenten());
            model.addAttribute("ingevuld", veld);
            return "toegang/inschrijven";
        }
    }

    // --- the file ---

    @GetMapping("/toegang/jeugdigen/{id}")
    String dossier(@PathVariable UUID id, Model model) {
        Jeugdige jeugdige = register.lees(id);
        model.addAttribute("jeugdige", jeugdige);
        model.addAttribute("huishouden", register.huishouden(id));
        model.addAttribute("hulpvragen", toegang.hulpvragenVan(id));
        model.addAttribute("doelen", toegang.plan(id));
        model.addAttribute("tijdlijn", toegang.tijdlijn(id));
        model.addAttribute("gemeenten", eigenGemeenten());
        model.addAttribute("routes", Route.values());
        model.addAttribute("urgenties", Urgentie.values());
        model.addAttribute("relaties", Relatie.values());
        model.addAttribute("voorzieningsoorten", Voorzieningsoort.values());
        model.addAttribute("uitkomsten", Doel.Doeluitkomst.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
        if (!model.containsAttribute("ingevuld")) {
            model.addAttribute("ingevuld", Map.of());
        }
        return "toegang/dossier";
    }

    @PostMapping("/toegang/jeugdigen/{id}/gezinsleden")
    String voegGezinslidToe(
            @PathVariable UUID id, @RequestParam Map<String, String> veld, Model model, RedirectAttributes redirect) {
        return probeer(
                id,
                veld,
                model,
                redirect,
                "Het gezinslid is toegevoegd.",
                () -> register.voegGezinslidToe(
                        id,
                        new Gezinslid(
                                null,
                                leeg(veld.get("relatie")) ? null : Relatie.valueOf(veld.get("relatie")),
                                veld.get("naam"),
                                leeg(veld.get("lidGeboortedatum"))
                                        ? null
                                        : datum("De geboortedatum", veld.get("lidGeboortedatum")),
                                veld.containsKey("gezag"),
                                !veld.containsKey("elders"),
                                veld.get("adres"))));
    }

    @PostMapping("/toegang/jeugdigen/{id}/voorzieningen")
    String legVoorzieningVast(
            @PathVariable UUID id, @RequestParam Map<String, String> veld, Model model, RedirectAttributes redirect) {
        return probeer(
                id,
                veld,
                model,
                redirect,
                "De voorziening is vastgelegd.",
                () -> register.legVoorzieningVast(
                        id,
                        new Voorziening(
                                null,
                                GemeenteCode.parse(tekst(veld.get("gemeente"))),
                                leeg(veld.get("soort")) ? null : Voorzieningsoort.valueOf(veld.get("soort")),
                                veld.get("omschrijving"),
                                datum("De begindatum", veld.get("van")),
                                leeg(veld.get("tot")) ? null : datum("De einddatum", veld.get("tot")))));
    }

    @PostMapping("/toegang/jeugdigen/{id}/hulpvragen")
    String nieuweHulpvraag(
            @PathVariable UUID id, @RequestParam Map<String, String> veld, Model model, RedirectAttributes redirect) {
        try {
            Hulpvraag hulpvraag = toegang.registreer(new NieuweHulpvraag(
                    id,
                    leeg(veld.get("gemeente")) ? null : GemeenteCode.parse(veld.get("gemeente")),
                    leeg(veld.get("route")) ? null : Route.vanCode(veld.get("route")),
                    leeg(veld.get("verwijzerAgb")) ? null : new AgbCode(tekst(veld.get("verwijzerAgb"))),
                    veld.get("verwijzerNaam"),
                    leeg(veld.get("ontvangen")) ? null : datum("De datum van de hulpvraag", veld.get("ontvangen")),
                    veld.get("omschrijving"),
                    leeg(veld.get("urgentie")) ? null : Urgentie.vanCode(veld.get("urgentie")),
                    veld.containsKey("toestemming"),
                    veld.get("toestemmingDoor"),
                    veld.get("maatregel"),
                    veld.containsKey("machtigingGesloten")));
            redirect.addFlashAttribute("succes", "De hulpvraag is vastgelegd. Doe nu samen de triage.");
            return "redirect:/toegang/hulpvragen/" + hulpvraag.id();
        } catch (OngeldigeWaarde | OngeldigeInvoer | Conflict e) {
            model.addAttribute("fout", "De hulpvraag is niet vastgelegd: " + e.getMessage());
            model.addAttribute("ingevuld", veld);
            return dossier(id, model);
        }
    }

    @PostMapping("/toegang/jeugdigen/{id}/doelen")
    String voegDoelToe(
            @PathVariable UUID id, @RequestParam Map<String, String> veld, Model model, RedirectAttributes redirect) {
        return probeer(
                id,
                veld,
                model,
                redirect,
                "Het doel staat in het plan.",
                () -> toegang.voegDoelToe(
                        id,
                        GemeenteCode.parse(tekst(veld.get("gemeente"))),
                        veld.get("doel"),
                        veld.get("afgesprokenMet"),
                        datum("De evaluatiedatum", veld.get("evaluatiedatum"))));
    }

    @PostMapping("/toegang/jeugdigen/{id}/doelen/{doel}/evaluatie")
    String evalueer(
            @PathVariable UUID id,
            @PathVariable UUID doel,
            @RequestParam Map<String, String> veld,
            Model model,
            RedirectAttributes redirect) {
        return probeer(id, veld, model, redirect, "De evaluatie is vastgelegd.", () -> {
            toegang.evalueer(
                    id,
                    doel,
                    leeg(veld.get("uitkomst")) ? null : Doel.Doeluitkomst.valueOf(veld.get("uitkomst")),
                    veld.get("evaluatie"));
            return null;
        });
    }

    private String probeer(
            UUID id,
            Map<String, String> veld,
            Model model,
            RedirectAttributes redirect,
            String gelukt,
            java.util.function.Supplier<?> wijziging) {
        try {
            wijziging.get();
            redirect.addFlashAttribute("succes", gelukt);
            return "redirect:/toegang/jeugdigen/" + id;
        } catch (IllegalArgumentException | OngeldigeInvoer | Conflict e) {
            model.addAttribute("fout", "Niet opgeslagen: " + uitleg(e));
            model.addAttribute("ingevuld", veld);
            return dossier(id, model);
        }
    }

    // --- the hulpvraag ---

    @GetMapping("/toegang/hulpvragen/{id}")
    String hulpvraag(@PathVariable UUID id, Model model) {
        Hulpvraag hulpvraag = toegang.hulpvraag(id);
        Jeugdige jeugdige = register.lees(hulpvraag.jeugdige());
        Optional<Triage> triage = toegang.triage(id);
        model.addAttribute("hulpvraag", hulpvraag);
        model.addAttribute("jeugdige", jeugdige);
        model.addAttribute("triage", triage.orElse(null));
        model.addAttribute("advies", triage.isPresent() ? toegang.advies(id) : null);
        model.addAttribute("besluit", toegang.besluitOp(id).orElse(null));
        model.addAttribute("beschikking", toegang.beschikkingVan(id).orElse(null));
        model.addAttribute("domeinen", Levensdomein.values());
        model.addAttribute("ernsten", Ernst.values());
        model.addAttribute("rollen", Deelnemersrol.values());
        model.addAttribute("urgenties", Urgentie.values());
        model.addAttribute("treden", Trede.values());
        model.addAttribute("vandaag", LocalDate.now(clock));
        if (!model.containsAttribute("ingevuld")) {
            model.addAttribute("ingevuld", triage.map(ToegangPagina::alsVelden).orElse(Map.of()));
        }
        return "toegang/hulpvraag";
    }

    @PostMapping("/toegang/hulpvragen/{id}/toestemming")
    String toestemming(
            @PathVariable UUID id,
            @RequestParam(required = false) String door,
            Model model,
            RedirectAttributes redirect) {
        try {
            toegang.legToestemmingVast(id, door);
            redirect.addFlashAttribute("succes", "De toestemming is vastgelegd.");
            return "redirect:/toegang/hulpvragen/" + id;
        } catch (IllegalArgumentException | OngeldigeInvoer | Conflict e) {
            model.addAttribute("fout", "De toestemming is niet vastgelegd: " + uitleg(e));
            return hulpvraag(id, model);
        }
    }

    @PostMapping("/toegang/hulpvragen/{id}/triage")
    String triage(
            @PathVariable UUID id, @RequestParam Map<String, String> veld, Model model, RedirectAttributes redirect) {
        try {
            Map<Levensdomein, Triage.Domeinbeoordeling> domeinen = new EnumMap<>(Levensdomein.class);
            for (Levensdomein domein : Levensdomein.values()) {
                String ernst = veld.get("ernst-" + domein.code());
                if (leeg(ernst)) {
                    throw new OngeldigeWaarde("Geef " + domein.omschrijving().toLowerCase(java.util.Locale.ROOT)
                            + " een score van 0 tot en met 4.");
                }
                domeinen.put(
                        domein,
                        new Triage.Domeinbeoordeling(
                                Ernst.vanWaarde(getal("De score", ernst)),
                                veld.get("krachten-" + domein.code()),
                                veld.get("zorgen-" + domein.code())));
            }
            List<Triage.Deelnemer> deelnemers = new java.util.ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                if (!leeg(veld.get("rol-" + i))) {
                    deelnemers.add(new Triage.Deelnemer(
                            Deelnemersrol.vanCode(veld.get("rol-" + i)),
                            veld.get("naam-" + i),
                            veld.get("inbreng-" + i)));
                }
            }
            toegang.legTriageVast(
                    id,
                    new Triage(
                            domeinen,
                            new Triage.Veiligheid(
                                    veld.containsKey("zorgenOverVeiligheid"),
                                    veld.containsKey("meldcodeDoorlopen"),
                                    veld.containsKey("veiligThuisBetrokken"),
                                    !veld.containsKey("thuisNietVeilig")),
                            Urgentie.vanCode(veld.getOrDefault("urgentie", "normaal")),
                            deelnemers,
                            veld.get("wensJeugdige")));
            redirect.addFlashAttribute("succes", "De triage is vastgelegd; het advies staat hieronder.");
            return "redirect:/toegang/hulpvragen/" + id + "#advies-kop";
        } catch (OngeldigeWaarde | OngeldigeInvoer | Conflict e) {
            model.addAttribute("fout", "De triage is niet vastgelegd: " + e.getMessage());
            model.addAttribute("ingevuld", veld);
            return hulpvraag(id, model);
        }
    }

    @PostMapping("/toegang/hulpvragen/{id}/besluit")
    String besluit(
            @PathVariable UUID id, @RequestParam Map<String, String> veld, Model model, RedirectAttributes redirect) {
        try {
            Besluitsoort soort = leeg(veld.get("besluit")) ? null : Besluitsoort.valueOf(veld.get("besluit"));
            boolean hulp = soort != null && soort.kentHulpToe();
            String aanbod = veld.get("aanbod");
            String product = null;
            AgbCode aanbieder = null;
            if (hulp && !leeg(aanbod) && aanbod.contains("|")) {
                product = aanbod.substring(0, aanbod.indexOf('|'));
                aanbieder = new AgbCode(aanbod.substring(aanbod.indexOf('|') + 1));
            }
            Besluitvraag vraag = new Besluitvraag(
                    soort,
                    product,
                    hulp
                            ? new Omvang(
                                    getal("Het volume", veld.get("volume")),
                                    Eenheid.vanCode(tekst(veld.get("eenheid"))),
                                    Frequentie.vanCode(tekst(veld.get("frequentie"))))
                            : null,
                    hulp
                            ? Periode.van(
                                    datum("De ingangsdatum", veld.get("ingangsdatum")),
                                    datum("De einddatum", veld.get("einddatum")))
                            : null,
                    aanbieder,
                    hulp && !leeg(veld.get("trede")) ? Trede.vanCode(veld.get("trede")) : null,
                    veld.get("redenZwaarder"),
                    veld.get("motivering"));
            Beschikking beschikking = toegang.besluit(id, vraag);
            redirect.addFlashAttribute(
                    "succes",
                    "Het besluit is genomen. Beschikking " + beschikking.kenmerk() + " staat klaar"
                            + (hulp ? "; de toewijzing gaat naar de aanbieder." : "."));
            return "redirect:/toegang/hulpvragen/" + id;
        } catch (IllegalArgumentException | OngeldigeInvoer | Conflict e) {
            model.addAttribute("fout", "Het besluit is niet genomen: " + uitleg(e));
            model.addAttribute("besluitIngevuld", veld);
            return hulpvraag(id, model);
        }
    }

    @GetMapping("/toegang/beschikkingen/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return BeschikkingenApi.download(toegang.pdf(id));
    }

    // --- helpers ---

    /** The user's gemeenten in the order of their codes, for the choice lists. */
    private List<GemeenteCode> eigenGemeenten() {
        return autorisatie.zichtbareGemeenten().stream()
                .sorted(java.util.Comparator.comparing(GemeenteCode::value))
                .toList();
    }

    private String naamVan(UUID jeugdige) {
        return register.metId(jeugdige).map(j -> j.gegevens().naam()).orElse("onbekend");
    }

    private static Map<String, String> alsVelden(Triage triage) {
        Map<String, String> velden = new LinkedHashMap<>();
        triage.domeinen().forEach((domein, d) -> {
            velden.put("ernst-" + domein.code(), String.valueOf(d.ernst().waarde()));
            velden.put("krachten-" + domein.code(), d.krachten() == null ? "" : d.krachten());
            velden.put("zorgen-" + domein.code(), d.zorgen() == null ? "" : d.zorgen());
        });
        for (int i = 0; i < triage.deelnemers().size() && i < 4; i++) {
            Triage.Deelnemer d = triage.deelnemers().get(i);
            velden.put("rol-" + (i + 1), d.rol().code());
            velden.put("naam-" + (i + 1), d.naam() == null ? "" : d.naam());
            velden.put("inbreng-" + (i + 1), d.inbreng() == null ? "" : d.inbreng());
        }
        if (triage.veiligheid().zorgenOverVeiligheid()) {
            velden.put("zorgenOverVeiligheid", "on");
        }
        if (triage.veiligheid().meldcodeDoorlopen()) {
            velden.put("meldcodeDoorlopen", "on");
        }
        if (triage.veiligheid().veiligThuisBetrokken()) {
            velden.put("veiligThuisBetrokken", "on");
        }
        if (!triage.veiligheid().thuisVeilig()) {
            velden.put("thuisNietVeilig", "on");
        }
        velden.put("urgentie", triage.urgentie().code());
        velden.put("wensJeugdige", triage.wensJeugdige() == null ? "" : triage.wensJeugdige());
        return velden;
    }

    /** The Dutch reason; a value that is not in a list (an edited form) is named as such. */
    private static String uitleg(RuntimeException e) {
        return e instanceof IllegalArgumentException && !(e instanceof OngeldigeWaarde)
                ? "kies een waarde uit de lijst."
                : e.getMessage();
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static String tekst(String tekst) {
        return tekst == null ? "" : tekst.strip();
    }

    private static LocalDate datum(String veld, String tekst) {
        if (leeg(tekst)) {
            throw new OngeldigeWaarde(veld + " ontbreekt.");
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigeWaarde(veld + " '" + tekst.strip() + "' is geen bestaande datum (jjjj-mm-dd).");
        }
    }

    private static int getal(String veld, String tekst) {
        try {
            return Integer.parseInt(tekst == null ? "" : tekst.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeWaarde(veld + " '" + tekst + "' is geen heel getal.");
        }
    }
}
