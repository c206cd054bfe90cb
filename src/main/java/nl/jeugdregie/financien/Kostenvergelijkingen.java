package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.regio.RegioService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the costs of a gemeente with its region and the Netherlands ({@link Kostenvergelijking}). The region is the
 * platform's jeugdregio on the last day of the year (or today, for the current year); its figures are totals over its
 * gemeenten, never those of another single gemeente, so a user who sees one gemeente learns nothing of another.
 */
@Service
public class Kostenvergelijkingen {

    /** The national spending on jeugdzorg of all gemeenten, in billions of euros. */
    static final String UITGAVEN = "gemeentelijke_uitgaven_jeugdzorg";

    /** Young people under 23 with jeugdzorg (jeugdhulp, jeugdbescherming or jeugdreclassering). */
    static final String JONGEREN = "jongeren_met_jeugdzorg_tot23";

    private static final BigDecimal MILJARD_IN_CENT = new BigDecimal("100000000000");

    private final KostenRepository repository;
    private final Financienrechten rechten;
    private final RegioService regio;
    private final Clock clock;

    Kostenvergelijkingen(KostenRepository repository, Financienrechten rechten, RegioService regio, Clock clock) {
        this.repository = repository;
        this.rechten = rechten;
        this.regio = regio;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Kostenvergelijking vergelijk(GemeenteCode gemeente, int jaar) {
        rechten.vereisLezen(gemeente);
        BegrotingService.controleerJaar(jaar);
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate jaareind = LocalDate.of(jaar, 12, 31);
        LocalDate peildatum = jaareind.isAfter(vandaag) ? vandaag : jaareind;
        Set<GemeenteCode> regiogemeenten = regio.gemeentenVanPlatformregio(peildatum);
        if (!regiogemeenten.contains(gemeente)) {
            regiogemeenten = Set.copyOf(List.of(gemeente));
        }
        List<KostenRepository.Kosten> kosten = repository.kosten(regiogemeenten, LocalDate.of(jaar, 1, 1), jaareind);
        Map<String, KostenRepository.Inwoners> inwoners = repository.inwoners(regiogemeenten, peildatum).stream()
                .collect(Collectors.toMap(KostenRepository.Inwoners::gemeente, Function.identity()));

        KostenRepository.Kosten vanGemeente = vind(kosten, gemeente.value(), null);
        KostenRepository.Kosten vanRegio = vind(kosten, null, null);
        KostenRepository.Inwoners inwonersGemeente = inwoners.get(gemeente.value());
        List<KostenRepository.Inwoners> inwonersRegio =
                regiogemeenten.stream().map(g -> inwoners.get(g.value())).toList();
        boolean regioCompleet = inwonersRegio.stream().allMatch(i -> i != null);
        boolean jeugdCompleet = regioCompleet && inwonersRegio.stream().allMatch(i -> i.jeugd0tot17() != null);

        Kostenvergelijking.Gebied gemeentecijfers = new Kostenvergelijking.Gebied(
                regio.gemeente(gemeente).map(g -> g.naam()).orElse(gemeente.value()),
                new Bedrag(vanGemeente.eurocent()),
                vanGemeente.jeugdigen(),
                inwonersGemeente == null ? null : inwonersGemeente.inwoners(),
                inwonersGemeente == null ? null : inwonersGemeente.peildatum(),
                inwonersGemeente == null ? null : inwonersGemeente.jeugd0tot17(),
                inwonersGemeente != null && inwonersGemeente.jeugdGeschat());
        Kostenvergelijking.Gebied regiocijfers = new Kostenvergelijking.Gebied(
                regio.platformregioGegevens().naam(),
                new Bedrag(vanRegio.eurocent()),
                vanRegio.jeugdigen(),
                regioCompleet
                        ? inwonersRegio.stream()
                                .mapToLong(KostenRepository.Inwoners::inwoners)
                                .sum()
                        : null,
                regioCompleet
                        ? inwonersRegio.stream()
                                .map(KostenRepository.Inwoners::peildatum)
                                .max(LocalDate::compareTo)
                                .orElse(null)
                        : null,
                jeugdCompleet
                        ? inwonersRegio.stream()
                                .mapToLong(KostenRepository.Inwoners::jeugd0tot17)
                                .sum()
                        : null,
                jeugdCompleet && inwonersRegio.stream().anyMatch(KostenRepository.Inwoners::jeugdGeschat));

        List<Kostenvergelijking.Hulpvorm> hulpvormen = new ArrayList<>();
        List<String> vormen = new ArrayList<>();
        for (Jeugdzorgvorm v : Jeugdzorgvorm.values()) {
            vormen.add(v.code());
        }
        vormen.add("onbekend");
        for (String vorm : vormen) {
            KostenRepository.Kosten g = vind(kosten, gemeente.value(), vorm);
            KostenRepository.Kosten r = vind(kosten, null, vorm);
            if (g.eurocent() != 0 || r.eurocent() != 0 || g.jeugdigen() != 0 || r.jeugdigen() != 0) {
                hulpvormen.add(new Kostenvergelijking.Hulpvorm(
                        vorm,
                        FinancienService.naam(vorm),
                        new Bedrag(g.eurocent()),
                        g.jeugdigen(),
                        new Bedrag(r.eurocent()),
                        r.jeugdigen()));
            }
        }

        Optional<KostenRepository.Kerncijfer> uitgaven = repository.landelijk(UITGAVEN, jaar);
        Optional<KostenRepository.Kerncijfer> jongeren = repository.landelijk(JONGEREN, jaar);
        Optional<KostenRepository.Inwoners> nederland = Optional.ofNullable(inwoners.get("NL"));
        Kostenvergelijking.Landelijk landelijk = new Kostenvergelijking.Landelijk(
                uitgaven.map(u ->
                                new Bedrag(u.waarde().multiply(MILJARD_IN_CENT).longValueExact()))
                        .orElse(null),
                uitgaven.map(KostenRepository.Kerncijfer::jaar).orElse(null),
                uitgaven.map(KostenRepository.Kerncijfer::bron).orElse(null),
                jongeren.map(j -> j.waarde().longValueExact()).orElse(null),
                jongeren.map(KostenRepository.Kerncijfer::jaar).orElse(null),
                jongeren.map(KostenRepository.Kerncijfer::bron).orElse(null),
                nederland.map(KostenRepository.Inwoners::inwoners).orElse(null),
                nederland.map(KostenRepository.Inwoners::peildatum).orElse(null));
        return new Kostenvergelijking(gemeente, jaar, gemeentecijfers, regiocijfers, landelijk, hulpvormen);
    }

    /** The row of the gemeente (null: all) and form (null: all), or zero when there were no costs. */
    private static KostenRepository.Kosten vind(List<KostenRepository.Kosten> kosten, String gemeente, String vorm) {
        return kosten.stream()
                .filter(k -> java.util.Objects.equals(
                                k.gemeente() == null ? null : k.gemeente().strip(), gemeente)
                        && java.util.Objects.equals(k.jeugdzorgvorm(), vorm))
                .findFirst()
                .orElse(new KostenRepository.Kosten(gemeente, vorm, 0, 0));
    }
}
