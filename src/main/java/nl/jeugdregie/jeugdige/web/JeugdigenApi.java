package nl.jeugdregie.jeugdige.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.jeugdige.Gezinslid;
import nl.jeugdregie.jeugdige.Huishouden;
import nl.jeugdregie.jeugdige.Inschrijving;
import nl.jeugdregie.jeugdige.Jeugdige;
import nl.jeugdregie.jeugdige.Jeugdigenregister;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.jeugdige.Relatie;
import nl.jeugdregie.jeugdige.Voorziening;
import nl.jeugdregie.jeugdige.Voorzieningsoort;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.platform.Api;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of jeugdigen: register, search (never a BSN in a URL: the search is a POST, as in Haal Centraal BRP),
 * read, the household and its provisions, a move. A jeugdige no gemeente of the user is or was responsible for is
 * "not found". Every read and change is logged.
 */
@RestController
@RequestMapping(Api.BASIS + "/jeugdigen")
@Tag(name = "Jeugdigen", description = "Het register van jeugdigen en hun huishouden")
@PreAuthorize("hasAnyRole('TOEGANG', 'BACKOFFICE')")
class JeugdigenApi {

    private final Jeugdigenregister register;
    private final Toegangslog toegangslog;
    private final Clock clock;

    JeugdigenApi(Jeugdigenregister register, Toegangslog toegangslog, Clock clock) {
        this.register = register;
        this.toegangslog = toegangslog;
        this.clock = clock;
    }

    @Schema(description = "Een jeugdige inschrijven bij een gemeente")
    record InschrijvingJson(
            String bsn,
            String voornamen,
            String voorletters,
            String voorvoegsel,
            String achternaam,
            LocalDate geboortedatum,

            @Schema(description = "iJw COD046: 0 onbekend, 1 mannelijk, 2 vrouwelijk")
            String geslacht,

            @Schema(description = "CBS-code van de verantwoordelijke gemeente, bijvoorbeeld 0153")
            String gemeente,

            JeugdigeJson.AdresJson adres) {}

    @Schema(description = "Zoeken op BSN, of op achternaam en geboortedatum (met voornamen om te verfijnen)")
    record ZoekvraagJson(String bsn, String achternaam, LocalDate geboortedatum, String voornamen) {}

    @Schema(description = "Gevonden jeugdigen")
    record ZoekresultaatJson(List<JeugdigeJson> jeugdigen) {}

    @Schema(description = "Het huishouden: gezinsleden en voorzieningen naast jeugdhulp")
    record HuishoudenJson(
            List<GezinslidJson> gezinsleden, List<VoorzieningJson> voorzieningen, boolean meervoudigGebruik) {}

    @Schema(name = "Gezinslid")
    record GezinslidJson(
            UUID id,

            @Schema(description = "moeder, vader, ouder, stiefouder, pleegouder, voogd, broer_zus, grootouder, overig")
            String relatie,

            String naam,
            LocalDate geboortedatum,

            @Schema(description = "Heeft gezag (ouderlijk gezag of voogdij)")
            Boolean gezag,

            @Schema(description = "Woont in hetzelfde huis als de jeugdige")
            Boolean woontInHuis,

            @Schema(description = "Adres als het gezinslid elders woont")
            String adres) {

        static GezinslidJson van(Gezinslid lid) {
            return new GezinslidJson(
                    lid.id(),
                    lid.relatie().code(),
                    lid.naam(),
                    lid.geboortedatum(),
                    lid.gezag(),
                    lid.woontInHuis(),
                    lid.adres());
        }
    }

    @Schema(name = "Voorziening")
    record VoorzieningJson(
            UUID id,
            String gemeente,

            @Schema(description = "wmo, participatiewet, schuldhulp of leerplicht")
            String soort,

            String omschrijving,
            LocalDate van,
            LocalDate tot) {

        static VoorzieningJson van(Voorziening v) {
            return new VoorzieningJson(
                    v.id(), v.gemeente().value(), v.soort().code(), v.omschrijving(), v.van(), v.tot());
        }
    }

    @Schema(description = "Een verhuizing: vanaf wanneer welke gemeente verantwoordelijk is")
    record VerhuizingJson(String gemeente, LocalDate per) {}

    @PostMapping
    @Operation(
            operationId = "registerJeugdige",
            summary = "Jeugdige inschrijven",
            description = "Schrijft de jeugdige in bij de gemeente (201 met Location). Kent de gemeente de jeugdige"
                    + " al, dan worden de gegevens bijgewerkt (200). Is er een BRP gekoppeld en stuurt u alleen het"
                    + " BSN, dan komen de persoonsgegevens, de gemeente en de gezagdragers uit de BRP.")
    ResponseEntity<JeugdigeJson> schrijfIn(@RequestBody InschrijvingJson json) {
        Bsn bsn = waarde("bsn", json.bsn(), Bsn::new);
        if (json.achternaam() == null && json.geboortedatum() == null && register.brpGekoppeld()) {
            return antwoord(register.schrijfInUitBrp(bsn));
        }
        GemeenteCode gemeente = waarde("gemeente", json.gemeente(), GemeenteCode::parse);
        Geslacht geslacht = json.geslacht() == null ? null : waarde("geslacht", json.geslacht(), Geslacht::vanCode);
        Persoonsgegevens.Adres adres = json.adres() == null ? null : waarde("adres", json.adres(), a -> a.adres());
        Persoonsgegevens gegevens = waarde(
                "geboortedatum",
                json,
                j -> new Persoonsgegevens(
                        j.geboortedatum(),
                        null,
                        geslacht,
                        j.achternaam(),
                        j.voorvoegsel(),
                        null,
                        null,
                        j.voornamen(),
                        j.voorletters(),
                        null,
                        adres));
        return antwoord(waarde("geboortedatum", gegevens, g -> register.schrijfIn(new Inschrijving(bsn, g, gemeente))));
    }

    private static ResponseEntity<JeugdigeJson> antwoord(Jeugdigenregister.Ingeschreven ingeschreven) {
        JeugdigeJson body = JeugdigeJson.van(ingeschreven.jeugdige());
        return ingeschreven.nieuw()
                ? Api.aangemaakt(body, "/{id}", body.id())
                : ResponseEntity.ok()
                        .header("Location", Api.BASIS + "/jeugdigen/" + body.id())
                        .body(body);
    }

    @PostMapping("/zoeken")
    @Operation(
            operationId = "searchJeugdigen",
            summary = "Jeugdigen zoeken",
            description = "Op BSN, of op achternaam en geboortedatum. Alleen jeugdigen waarvoor een eigen gemeente"
                    + " verantwoordelijk is of was.")
    ZoekresultaatJson zoek(@RequestBody ZoekvraagJson vraag) {
        List<Jeugdige> gevonden;
        if (vraag.bsn() != null && !vraag.bsn().isBlank()) {
            gevonden =
                    register.zoek(waarde("bsn", vraag.bsn(), Bsn::new)).stream().toList();
        } else if (vraag.achternaam() == null || vraag.achternaam().isBlank() || vraag.geboortedatum() == null) {
            throw new OngeldigeInvoer("bsn", "Zoek op BSN, of op achternaam en geboortedatum.");
        } else {
            gevonden = register.zoek(vraag.achternaam(), vraag.geboortedatum(), vraag.voornamen());
        }
        return new ZoekresultaatJson(gevonden.stream().map(JeugdigeJson::van).toList());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getJeugdige", summary = "Eén jeugdige")
    JeugdigeJson jeugdige(@PathVariable UUID id) {
        Jeugdige jeugdige = register.lees(id);
        toegangslog.registreer(new Gebeurtenis(
                jeugdige.bsn(), Actie.RAADPLEGEN, "persoonsgegevens", null, Api.BASIS + "/jeugdigen/" + id));
        return JeugdigeJson.van(jeugdige);
    }

    @GetMapping("/{id}/huishouden")
    @Operation(operationId = "getHuishouden", summary = "Het huishouden van een jeugdige")
    HuishoudenJson huishouden(@PathVariable UUID id) {
        Huishouden huishouden = register.huishouden(id);
        return new HuishoudenJson(
                huishouden.leden().stream().map(GezinslidJson::van).toList(),
                huishouden.voorzieningen().stream().map(VoorzieningJson::van).toList(),
                huishouden.meervoudigGebruik(LocalDate.now(clock)));
    }

    @PostMapping("/{id}/gezinsleden")
    @Operation(operationId = "addGezinslid", summary = "Gezinslid toevoegen")
    ResponseEntity<GezinslidJson> voegGezinslidToe(@PathVariable UUID id, @RequestBody GezinslidJson json) {
        Relatie relatie = waarde("relatie", json.relatie(), r -> enumWaarde(Relatie.class, r));
        Gezinslid lid = waarde(
                "naam",
                json,
                j -> new Gezinslid(
                        null,
                        relatie,
                        j.naam(),
                        j.geboortedatum(),
                        Boolean.TRUE.equals(j.gezag()),
                        !Boolean.FALSE.equals(j.woontInHuis()),
                        j.adres()));
        UUID nieuw = register.voegGezinslidToe(id, lid);
        return Api.aangemaakt(
                GezinslidJson.van(new Gezinslid(
                        nieuw,
                        lid.relatie(),
                        lid.naam(),
                        lid.geboortedatum(),
                        lid.gezag(),
                        lid.woontInHuis(),
                        lid.adres())),
                "/{lid}",
                nieuw);
    }

    @DeleteMapping("/{id}/gezinsleden/{lid}")
    @Operation(operationId = "deleteGezinslid", summary = "Gezinslid verwijderen")
    ResponseEntity<Void> verwijderGezinslid(@PathVariable UUID id, @PathVariable UUID lid) {
        register.verwijderGezinslid(id, lid);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/voorzieningen")
    @Operation(
            operationId = "addVoorziening",
            summary = "Voorziening van het huishouden vastleggen",
            description = "Wmo, Participatiewet, schuldhulp of leerplicht, door een eigen gemeente.")
    ResponseEntity<VoorzieningJson> legVoorzieningVast(@PathVariable UUID id, @RequestBody VoorzieningJson json) {
        GemeenteCode gemeente = waarde("gemeente", json.gemeente(), GemeenteCode::parse);
        Voorzieningsoort soort = waarde("soort", json.soort(), s -> enumWaarde(Voorzieningsoort.class, s));
        Voorziening voorziening =
                waarde("van", json, j -> new Voorziening(null, gemeente, soort, j.omschrijving(), j.van(), j.tot()));
        UUID nieuw = register.legVoorzieningVast(id, voorziening);
        return Api.aangemaakt(
                VoorzieningJson.van(new Voorziening(
                        nieuw, gemeente, soort, voorziening.omschrijving(), voorziening.van(), voorziening.tot())),
                "/{voorziening}",
                nieuw);
    }

    @PostMapping("/{id}/verhuizingen")
    @Operation(
            operationId = "moveJeugdige",
            summary = "Verhuizing vastleggen",
            description = "Vanaf 'per' is de opgegeven (eigen) gemeente verantwoordelijk (woonplaatsbeginsel).")
    JeugdigeJson verhuis(@PathVariable UUID id, @RequestBody VerhuizingJson json) {
        GemeenteCode gemeente = waarde("gemeente", json.gemeente(), GemeenteCode::parse);
        if (json.per() == null) {
            throw new OngeldigeInvoer("per", "Vul de datum van de verhuizing in.");
        }
        return JeugdigeJson.van(waarde("per", json.per(), per -> register.verhuis(id, gemeente, per)));
    }

    /** The BRP could not be reached or refused the question: 502 with the Dutch reason, nothing stored. */
    @org.springframework.web.bind.annotation.ExceptionHandler({
        nl.jeugdregie.jeugdige.brp.BrpNietBeschikbaar.class,
        nl.jeugdregie.jeugdige.brp.BrpVraagGeweigerd.class
    })
    ResponseEntity<org.springframework.http.ProblemDetail> brpFout(RuntimeException fout) {
        org.springframework.http.ProblemDetail probleem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.BAD_GATEWAY, fout.getMessage());
        probleem.setTitle("De Basisregistratie Personen gaf geen antwoord");
        return ResponseEntity.status(org.springframework.http.HttpStatus.BAD_GATEWAY)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .header(Api.VERSIE_HEADER, Api.VERSIE)
                .body(probleem);
    }

    /** Converts {@code invoer}, reporting a value that cannot exist as an invalid {@code veld}. */
    private static <T, R> R waarde(String veld, T invoer, Function<T, R> omzetting) {
        if (invoer == null) {
            throw new OngeldigeInvoer(veld, "Vul " + veld + " in.");
        }
        try {
            return omzetting.apply(invoer);
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer(veld, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumWaarde(Class<E> soort, String code) {
        try {
            return Enum.valueOf(soort, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeWaarde("'" + code + "' is geen geldige waarde.");
        }
    }
}
