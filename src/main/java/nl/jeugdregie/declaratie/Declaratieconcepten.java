package nl.jeugdregie.declaratie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.regio.RegioService;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes the monthly declaratie (JW323) of an aanbieder for one gemeente, prefilled from its toewijzingen, the days
 * of care its start- and stopberichten tell, the contract tariffs and what the gemeente approved before: one debet per
 * toewijzing on which care was given in the month, and a credit (with a new debet for what still fits) for every
 * approved debet of an earlier month that its toewijzing no longer allows. Nothing of the concept is stored; only its
 * numbers are taken, so they stay unique (TR314, TR333). How volumes are computed: {@link Conceptopbouw}.
 */
@Service
public class Declaratieconcepten {

    private static final YearMonth EERSTE_MAAND = YearMonth.of(2015, 1);

    private final DeclaratieRepository repository;
    private final DeclaratieService declaraties;
    private final ToewijzingService toewijzingen;
    private final RegioService regio;
    private final Clock clock;

    Declaratieconcepten(
            DeclaratieRepository repository,
            DeclaratieService declaraties,
            ToewijzingService toewijzingen,
            RegioService regio,
            Clock clock) {
        this.repository = repository;
        this.declaraties = declaraties;
        this.toewijzingen = toewijzingen;
        this.regio = regio;
        this.clock = clock;
    }

    /**
     * The concept declaratie of {@code aanbieder} for {@code gemeente} over {@code maand}. Only the aanbieder itself or
     * BACKOFFICE may ask ({@code NietGeautoriseerd} otherwise); a gemeente outside the region or a month before 2015 or
     * after the current month is refused with {@link OngeldigeInvoer}.
     */
    @Transactional
    public Declaratieconcept maak(AgbCode aanbieder, GemeenteCode gemeente, YearMonth maand) {
        declaraties.vereisAanbiederOfBackoffice(aanbieder);
        LocalDate vandaag = LocalDate.now(clock);
        if (!regio.gemeentenVanPlatformregio(vandaag).contains(gemeente)) {
            throw new OngeldigeInvoer("gemeente", "Gemeente " + gemeente + " hoort niet bij de regio.");
        }
        if (maand.isBefore(EERSTE_MAAND) || maand.isAfter(YearMonth.from(vandaag))) {
            throw new OngeldigeInvoer(
                    "maand",
                    "Een declaratie gaat over een maand van januari 2015 tot en met "
                            + Conceptopbouw.maandnaam(YearMonth.from(vandaag)) + ", niet over "
                            + Conceptopbouw.maandnaam(maand) + ".");
        }
        Periode periode = Periode.maand(maand);
        Map<Long, Bsn> vanDeMaand = new LinkedHashMap<>();
        for (ToegewezenProduct t : toewijzingen.geldigBijAanbieder(aanbieder, gemeente, periode)) {
            if (!t.isVervallen()) {
                vanDeMaand.put(t.nummer().value(), t.client());
            }
        }
        List<Prestatie> openDebets = repository.openDebets(aanbieder, gemeente, periode.eind());
        Set<Long> nummers = new LinkedHashSet<>(vanDeMaand.keySet());
        Set<String> codes = new LinkedHashSet<>();
        openDebets.forEach(d -> nummers.add(d.toewijzingnummer().value()));
        Map<Long, Toewijzingstand> standen = repository.toewijzingen(gemeente, nummers);
        Set<String> categorieen = new LinkedHashSet<>();
        for (Toewijzingstand t : standen.values()) {
            if (t.code() != null) {
                codes.add(Declaratiecontroles.sleutelVanCode(t.code()));
            } else if (t.categorie() != null) {
                categorieen.add(t.categorie().code());
            }
        }
        Map<Long, Map<Eenheid, Long>> volume = new HashMap<>();
        Map<Long, Bedrag> bedrag = new HashMap<>();
        repository.gedeclareerd(gemeente, nummers, volume, bedrag);
        Conceptopbouw opbouw = new Conceptopbouw(
                maand,
                standen,
                repository.zorgperioden(gemeente, nummers),
                repository.tarieven(aanbieder, codes, categorieen),
                volume,
                bedrag,
                () -> "JR" + repository.volgendConceptnummer(),
                vandaag);
        Set<String> gedekt = opbouw.crediteer(openDebets);
        vanDeMaand.forEach((nummer, client) -> {
            Toewijzingstand t = standen.get(nummer);
            if (t != null) {
                opbouw.declareer(t, client, gedekt);
            }
        });
        List<Conceptregel> regels = uniek(aanbieder, opbouw.regels());
        List<String> opmerkingen = new ArrayList<>(opbouw.opmerkingen());
        if (!periode.eind().isBefore(vandaag)) {
            opmerkingen.add(
                    0,
                    "De maand is nog niet voorbij: alleen zorg tot en met " + Notatie.datum(vandaag)
                            + " is meegeteld.");
        }
        return new Declaratieconcept(
                aanbieder,
                gemeente,
                maand,
                regels.isEmpty() ? null : declaratie(aanbieder, gemeente, periode, vandaag, regels),
                regels,
                opmerkingen);
    }

    /**
     * The prestatie of a concept with another GeleverdVolume, its IngediendBedrag computed again from the contract
     * tariff of that day exactly as the concept did (an amount in euros is its own volume). The aanbieder corrects a
     * proposed line this way after the preview, for instance to the hours it really delivered.
     */
    @Transactional(readOnly = true)
    public Prestatie metVolume(AgbCode aanbieder, Prestatie prestatie, long volume) {
        declaraties.vereisAanbiederOfBackoffice(aanbieder);
        if (volume < 0 || volume > 99_999_999L) {
            throw new OngeldigeInvoer("volume", "Het geleverde volume is een heel getal van 0 tot 99.999.999.");
        }
        Bedrag tarief = prestatie.productTarief();
        Bedrag bedrag;
        if (prestatie.eenheid() == Eenheid.EUROS) {
            bedrag = new Bedrag(volume);
        } else {
            String categorie = prestatie.productcategorie().code();
            Contracttarief contract = Conceptopbouw.contract(
                    repository.tarieven(
                            aanbieder,
                            prestatie.productcode() == null ? Set.of() : Set.of(prestatie.productcode()),
                            Set.of(categorie)),
                    categorie,
                    prestatie.productcode(),
                    prestatie.productperiode().begin());
            if (contract == null && tarief == null) {
                throw new OngeldigeInvoer(
                        "volume",
                        "Er is geen contracttarief voor product " + prestatie.productcode() + " op "
                                + Notatie.datum(prestatie.productperiode().begin())
                                + "; het bedrag is niet te berekenen.");
            }
            if (contract != null && tarief == null) {
                tarief = Declaratiecontroles.tariefIn(contract, prestatie.eenheid());
            }
            bedrag = contract == null
                    ? tarief.maal(volume)
                    : Conceptopbouw.bedrag(contract, prestatie.eenheid(), tarief, volume);
        }
        if (bedrag.isGroterDan(Bedrag.IJW_MAXIMUM)) {
            throw new OngeldigeInvoer(
                    "volume",
                    "Het bedrag van " + Notatie.bedrag(bedrag) + " is groter dan een prestatie kan hebben ("
                            + Notatie.bedrag(Bedrag.IJW_MAXIMUM) + ").");
        }
        return new Prestatie(
                prestatie.referentienummer(),
                prestatie.vorigReferentienummer(),
                prestatie.client(),
                prestatie.toewijzingnummer(),
                prestatie.productcategorie(),
                prestatie.productcode(),
                prestatie.productperiode(),
                volume,
                prestatie.eenheid(),
                tarief,
                bedrag,
                prestatie.debetCredit());
    }

    private Declaratie declaratie(
            AgbCode aanbieder, GemeenteCode gemeente, Periode periode, LocalDate vandaag, List<Conceptregel> regels) {
        List<Prestatie> prestaties =
                regels.stream().map(Conceptregel::prestatie).toList();
        Bedrag totaal = Bedrag.som(prestaties.stream().map(Prestatie::saldo).toList());
        String nummer;
        do {
            nummer = "JR" + repository.volgendConceptnummer();
        } while (repository.declaratienummerBekend(aanbieder, nummer));
        return new Declaratie(
                gemeente,
                aanbieder,
                null,
                nummer,
                periode,
                vandaag,
                totaal.absoluut(),
                totaal.isNegatief() ? DebetCredit.CREDIT : DebetCredit.DEBET,
                prestaties);
    }

    /**
     * The lines with every ReferentieNummer the aanbieder already used itself (in a declaratie sent by its own
     * software) replaced by a fresh one (TR314).
     */
    private List<Conceptregel> uniek(AgbCode aanbieder, List<Conceptregel> regels) {
        List<Conceptregel> resultaat = new ArrayList<>(regels);
        Set<String> bekend;
        while (!(bekend = bekend(aanbieder, resultaat)).isEmpty()) {
            for (int i = 0; i < resultaat.size(); i++) {
                Conceptregel r = resultaat.get(i);
                if (bekend.contains(r.prestatie().referentienummer())) {
                    resultaat.set(i, new Conceptregel(metReferentie(r.prestatie()), r.toelichting()));
                }
            }
        }
        return resultaat;
    }

    private Set<String> bekend(AgbCode aanbieder, List<Conceptregel> regels) {
        return repository
                .eerder(
                        aanbieder,
                        regels.stream()
                                .map(r -> r.prestatie().referentienummer())
                                .toList())
                .keySet();
    }

    private Prestatie metReferentie(Prestatie p) {
        return new Prestatie(
                "JR" + repository.volgendConceptnummer(),
                p.vorigReferentienummer(),
                p.client(),
                p.toewijzingnummer(),
                p.productcategorie(),
                p.productcode(),
                p.productperiode(),
                p.geleverdVolume(),
                p.eenheid(),
                p.productTarief(),
                p.ingediendBedrag(),
                p.debetCredit());
    }
}
