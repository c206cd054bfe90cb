package nl.jeugdregie.jeugdige.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.jeugdige.Jeugdige;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.jeugdige.Woonplaats;

/** A jeugdige as the API shows it. */
@Schema(name = "Jeugdige", description = "Een jeugdige in het register, met de verantwoordelijke gemeente")
record JeugdigeJson(
        UUID id,
        String bsn,
        String voornamen,
        String voorletters,
        String voorvoegsel,
        String achternaam,
        String naam,
        LocalDate geboortedatum,

        @Schema(description = "iJw COD046: 0 onbekend, 1 mannelijk, 2 vrouwelijk")
        String geslacht,

        @Schema(description = "De gemeente die nu verantwoordelijk is (woonplaatsbeginsel), CBS-code")
        String gemeente,

        AdresJson adres,

        @Schema(description = "De woonplaatsen in de tijd, oudste eerst")
        List<WoonplaatsJson> woonplaatsen,

        @Schema(description = "Herkomst van de persoonsgegevens: gemeente, brp of verzoek")
        String gegevensbron) {

    @Schema(name = "Adres")
    record AdresJson(
            String straat, Integer huisnummer, String huisletter, String toevoeging, String postcode, String plaats) {

        static AdresJson van(Persoonsgegevens.Adres adres) {
            return adres == null
                    ? null
                    : new AdresJson(
                            adres.straatnaam(),
                            adres.huisnummer(),
                            adres.huisletter(),
                            adres.huisnummertoevoeging(),
                            adres.postcode(),
                            adres.plaatsnaam());
        }

        Persoonsgegevens.Adres adres() {
            return new Persoonsgegevens.Adres(straat, huisnummer, huisletter, toevoeging, postcode, plaats);
        }
    }

    @Schema(name = "Woonplaats")
    record WoonplaatsJson(String gemeente, LocalDate van, LocalDate tot) {

        static WoonplaatsJson van(Woonplaats w) {
            return new WoonplaatsJson(w.gemeente().value(), w.van(), w.tot());
        }
    }

    static JeugdigeJson van(Jeugdige j) {
        Persoonsgegevens g = j.gegevens();
        return new JeugdigeJson(
                j.id(),
                j.bsn().value(),
                g.voornamen(),
                g.voorletters(),
                g.voorvoegsel(),
                g.achternaam(),
                g.naam(),
                g.geboortedatum(),
                g.geslacht().code(),
                j.gemeente() == null ? null : j.gemeente().value(),
                AdresJson.van(g.adres()),
                j.woonplaatsen().stream().map(WoonplaatsJson::van).toList(),
                j.registratie().bron().name().toLowerCase(java.util.Locale.ROOT));
    }
}
