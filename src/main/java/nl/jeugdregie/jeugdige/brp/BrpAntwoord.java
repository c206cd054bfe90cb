package nl.jeugdregie.jeugdige.brp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Geslacht;
import tools.jackson.databind.JsonNode;

/**
 * Reads the personen of a PersonenQueryResponse (BRP Personen bevragen 2.x) into {@link BrpPersoon}s. Fields the
 * contract leaves out when they have no value (or were not asked) stay {@code null}; anything that contradicts the
 * contract is a {@link BrpNietBeschikbaar}, never a half-read person.
 */
final class BrpAntwoord {

    private static final LocalDate ONBEKEND_JAAR = LocalDate.of(1900, 1, 1);

    private BrpAntwoord() {}

    static List<BrpPersoon> personen(JsonNode antwoord) {
        JsonNode personen = antwoord.path("personen");
        if (personen.isMissingNode() || personen.isNull()) {
            return List.of();
        }
        if (!personen.isArray()) {
            throw buitenContract("'personen' is geen lijst");
        }
        List<BrpPersoon> gelezen = new ArrayList<>();
        for (JsonNode persoon : personen.values()) {
            gelezen.add(persoon(persoon));
        }
        return gelezen;
    }

    private static BrpPersoon persoon(JsonNode persoon) {
        String burgerservicenummer = tekst(persoon.path("burgerservicenummer"));
        if (!Bsn.voldoetAanElfproef(burgerservicenummer)) {
            throw buitenContract("een persoon zonder geldig burgerservicenummer");
        }
        Bsn bsn = new Bsn(burgerservicenummer);
        JsonNode naam = persoon.path("naam");
        Geboorte geboorte = geboorte(persoon.path("geboorte").path("datum"));
        List<BrpPersoon.Ouder> ouders = ouders(persoon.path("ouders"));
        return new BrpPersoon(
                bsn,
                tekst(naam.path("voornamen")),
                tekst(naam.path("voorvoegsel")),
                tekst(naam.path("geslachtsnaam")),
                tekst(naam.path("voorletters")),
                geboorte.datum(),
                geboorte.gebruik(),
                geslacht(persoon.path("geslacht")),
                adres(persoon.path("verblijfplaats")),
                gemeente(persoon.path("gemeenteVanInschrijving")),
                gezag(persoon.path("gezag"), bsn, ouders),
                ouders);
    }

    /** A birth date as an iJw date plus Datumgebruik (IV009); a date the BRP does not give is unknown. */
    private static Geboorte geboorte(JsonNode datum) {
        if (datum.isMissingNode() || datum.isNull()) {
            return new Geboorte(ONBEKEND_JAAR, Datumgebruik.DATUM_ONBEKEND);
        }
        String type = tekst(datum.path("type"));
        try {
            return switch (type == null ? "" : type) {
                case "Datum" -> new Geboorte(LocalDate.parse(verplicht(datum.path("datum"))), null);
                case "JaarMaandDatum" ->
                    new Geboorte(
                            LocalDate.of(getal(datum.path("jaar")), getal(datum.path("maand")), 1),
                            Datumgebruik.DAG_ONBEKEND);
                case "JaarDatum" ->
                    new Geboorte(LocalDate.of(getal(datum.path("jaar")), 1, 1), Datumgebruik.DAG_EN_MAAND_ONBEKEND);
                case "DatumOnbekend" -> new Geboorte(ONBEKEND_JAAR, Datumgebruik.DATUM_ONBEKEND);
                default -> throw buitenContract("een geboortedatum van onbekend type '" + type + "'");
            };
        } catch (DateTimeException e) {
            throw buitenContract("een ongeldige geboortedatum van type " + type);
        }
    }

    /** BRP geslacht (V, M, O) as COD046; a geslacht the BRP does not give is unknown. */
    private static Geslacht geslacht(JsonNode geslacht) {
        String code = tekst(geslacht.path("code"));
        if (code == null) {
            return Geslacht.ONBEKEND;
        }
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "M" -> Geslacht.MANNELIJK;
            case "V" -> Geslacht.VROUWELIJK;
            case "O" -> Geslacht.ONBEKEND;
            default -> throw buitenContract("geslacht met onbekende code '" + code + "'");
        };
    }

    private static BrpPersoon.Adres adres(JsonNode verblijfplaats) {
        if (!"Adres".equals(tekst(verblijfplaats.path("type")))) {
            return null;
        }
        JsonNode adres = verblijfplaats.path("verblijfadres");
        JsonNode huisnummer = adres.path("huisnummer");
        if (!huisnummer.isMissingNode() && !huisnummer.canConvertToInt()) {
            throw buitenContract("een huisnummer dat geen getal is");
        }
        return new BrpPersoon.Adres(
                BrpPersoon.Adres.straatnaam(
                        tekst(adres.path("korteStraatnaam")), tekst(adres.path("officieleStraatnaam"))),
                huisnummer.isMissingNode() ? null : huisnummer.asInt(),
                tekst(adres.path("huisletter")),
                tekst(adres.path("huisnummertoevoeging")),
                tekst(adres.path("postcode")),
                tekst(adres.path("woonplaats")));
    }

    private static GemeenteCode gemeente(JsonNode gemeenteVanInschrijving) {
        String code = tekst(gemeenteVanInschrijving.path("code"));
        if (code == null) {
            return null;
        }
        try {
            return GemeenteCode.parse(code);
        } catch (OngeldigeWaarde e) {
            throw buitenContract("een gemeenteVanInschrijving met ongeldige code");
        }
    }

    private static List<BrpPersoon.Ouder> ouders(JsonNode ouders) {
        List<BrpPersoon.Ouder> gelezen = new ArrayList<>();
        for (JsonNode ouder : ouders.values()) {
            JsonNode naam = ouder.path("naam");
            gelezen.add(new BrpPersoon.Ouder(
                    bsnOfNull(ouder.path("burgerservicenummer")),
                    tekst(naam.path("voornamen")),
                    tekst(naam.path("voorvoegsel")),
                    tekst(naam.path("geslachtsnaam")),
                    ouder.has("geslacht") ? geslacht(ouder.path("geslacht")) : null));
        }
        return gelezen;
    }

    /**
     * The gezag over this person. The BRP lists under {@code gezag} every gezagsrelatie the person is part of: for a
     * minor the relatie over themselves, for an adult those over the minors they have authority over; only the first
     * kind is taken. The holders are the {@code ouder}, {@code ouders}, {@code derde} and {@code derden} of a relatie
     * (TweehoofdigOuderlijkGezag, also named GezamenlijkOuderlijkGezag, EenhoofdigOuderlijkGezag, GezamenlijkGezag,
     * Voogdij); TijdelijkGeenGezag and GezagNietTeBepalen have none, nor has an OnbekendeDerde anything to name.
     */
    private static List<BrpPersoon.Gezagdrager> gezag(
            JsonNode relaties, Bsn minderjarige, List<BrpPersoon.Ouder> ouders) {
        Set<BrpPersoon.Gezagdrager> dragers = new LinkedHashSet<>();
        for (JsonNode relatie : relaties.values()) {
            String over = tekst(relatie.path("minderjarige").path("burgerservicenummer"));
            if (over != null && !over.equals(minderjarige.value())) {
                continue;
            }
            voegToe(dragers, relatie.path("ouder"), ouders);
            relatie.path("ouders").values().forEach(ouder -> voegToe(dragers, ouder, ouders));
            voegToe(dragers, relatie.path("derde"), ouders);
            relatie.path("derden").values().forEach(derde -> voegToe(dragers, derde, ouders));
        }
        return List.copyOf(dragers);
    }

    private static void voegToe(Set<BrpPersoon.Gezagdrager> dragers, JsonNode drager, List<BrpPersoon.Ouder> ouders) {
        Bsn bsn = bsnOfNull(drager.path("burgerservicenummer"));
        String naam = tekst(drager.path("naam").path("volledigeNaam"));
        if (naam == null && bsn != null) {
            naam = ouders.stream()
                    .filter(ouder -> bsn.equals(ouder.bsn()))
                    .map(BrpPersoon.Ouder::volledigeNaam)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
        if (bsn != null || naam != null) {
            dragers.add(new BrpPersoon.Gezagdrager(bsn, naam));
        }
    }

    /** The BSN of a related person, {@code null} when the BRP gives none or one that fails the elfproef. */
    private static Bsn bsnOfNull(JsonNode burgerservicenummer) {
        String cijfers = tekst(burgerservicenummer);
        return Bsn.voldoetAanElfproef(cijfers) ? new Bsn(cijfers) : null;
    }

    /** A string value, {@code null} when absent, not a string, or blank. */
    static String tekst(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String tekst = node.stringValue().strip();
        return tekst.isEmpty() ? null : tekst;
    }

    private static String verplicht(JsonNode node) {
        String tekst = tekst(node);
        if (tekst == null) {
            throw buitenContract("een datum zonder waarde");
        }
        return tekst;
    }

    private static int getal(JsonNode node) {
        if (!node.canConvertToInt() || !node.isNumber()) {
            throw buitenContract("een datumdeel dat geen getal is");
        }
        return node.asInt();
    }

    static BrpNietBeschikbaar buitenContract(String wat) {
        return new BrpNietBeschikbaar(
                "De BRP gaf een antwoord dat niet aan het koppelvlak BRP Personen bevragen voldoet: " + wat + ".");
    }

    private record Geboorte(LocalDate datum, Datumgebruik gebruik) {}
}
