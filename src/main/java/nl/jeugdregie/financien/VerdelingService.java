package nl.jeugdregie.financien;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.financien.VerdelingRepository.Inwonertal;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verdeling in the region (Norm voor Opdrachtgeverschap): the verdeelsleutels the region agrees per year and part
 * of the inkoop, each change a new version with who, when and why, and the resulting settlement per gemeente,
 * recomputed from the approved declaraties, the toewijzingen and the inwoner figures on every request. Invalid keys
 * store nothing.
 */
@Service
public class VerdelingService {

    private final VerdelingRepository repository;
    private final FinancienRepository financien;
    private final Financienrechten rechten;
    private final Clock clock;

    VerdelingService(
            VerdelingRepository repository, FinancienRepository financien, Financienrechten rechten, Clock clock) {
        this.repository = repository;
        this.financien = financien;
        this.rechten = rechten;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Verdeling verdeling(int jaar) {
        List<GemeenteCode> zichtbaar = rechten.zichtbareGemeenten();
        boolean heleRegio = rechten.zietHeleRegio();
        if (!heleRegio && zichtbaar.isEmpty()) {
            throw new NietGeautoriseerd("Geen toegang tot de verdeling in de regio");
        }
        BegrotingService.controleerJaar(jaar);
        return bereken(jaar, heleRegio, zichtbaar);
    }

    /**
     * Stores {@code sleutels} as the next version of the keys of {@code jaar}: the complete set, so a part left out is
     * shared naar werkelijk gebruik from this version on.
     */
    @Transactional
    public Verdeling legVast(int jaar, String toelichting, List<Verdeelsleutel> sleutels) {
        String door = rechten.vereisVerdelingWijzigen();
        BegrotingService.controleerJaar(jaar);
        String uitleg = BegrotingService.toelichting(toelichting);
        repository.vergrendel(jaar);
        int versies = repository.versies(jaar).size();
        repository.voegToe(jaar, versies + 1, uitleg, door, clock.instant(), sleutels);
        return verdeling(jaar);
    }

    /** Whether the user may set the keys. */
    public boolean magWijzigen() {
        return rechten.magWijzigen();
    }

    private Verdeling bereken(int jaar, boolean heleRegio, List<GemeenteCode> zichtbaar) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate jaareinde = LocalDate.of(jaar, 12, 31);
        LocalDate peildatum = jaareinde.isBefore(vandaag) ? jaareinde : vandaag;
        LocalDate jaarbegin = LocalDate.of(jaar, 1, 1);
        List<GemeenteCode> regio = rechten.regiogemeenten(peildatum);

        List<Sleutelversie> versies = repository.versies(jaar);
        Map<GemeenteCode, Inwonertal> inwoners = repository.inwoners(regio, jaar);
        Map<GemeenteCode, Map<Inkoopdeel, Long>> jeugdigen = repository.jeugdigen(regio, jaarbegin, jaareinde);
        Map<GemeenteCode, Map<Inkoopdeel, Bedrag>> gebruik = new HashMap<>();
        for (Realisatie r :
                regio.isEmpty() ? List.<Realisatie>of() : financien.realisatie(regio, jaarbegin, jaareinde)) {
            gebruik.computeIfAbsent(r.gemeente(), g -> new EnumMap<>(Inkoopdeel.class))
                    .merge(Inkoopdeel.van(r.jeugdzorgvorm()), r.goedgekeurd(), Bedrag::plus);
        }

        List<Deelverdeling> delen = new ArrayList<>();
        for (Inkoopdeel deel : Inkoopdeel.values()) {
            Verdeelsleutel afgesproken = versies.isEmpty()
                    ? null
                    : versies.get(versies.size() - 1).voor(deel).orElse(null);
            Verdeelsleutel sleutel = afgesproken == null ? Verdeelsleutel.naarGebruik(deel) : afgesproken;
            List<Verdeelrekening.Grondslag> grondslagen = regio.stream()
                    .map(g -> new Verdeelrekening.Grondslag(
                            g,
                            inwoners.containsKey(g) ? inwoners.get(g).aantal() : 0,
                            jeugdigen.getOrDefault(g, Map.of()).getOrDefault(deel, 0L),
                            gebruik.getOrDefault(g, Map.of()).getOrDefault(deel, Bedrag.NUL)))
                    .toList();
            Verdeelrekening.Uitkomst uitkomst = Verdeelrekening.verdeel(sleutel, grondslagen);
            delen.add(new Deelverdeling(
                    deel,
                    sleutel,
                    afgesproken != null,
                    uitkomst.toegepast(),
                    Bedrag.som(grondslagen.stream()
                            .map(Verdeelrekening.Grondslag::gebruik)
                            .toList()),
                    grondslagen.stream()
                            .mapToLong(Verdeelrekening.Grondslag::inwoners)
                            .sum(),
                    grondslagen.stream()
                            .mapToLong(Verdeelrekening.Grondslag::jeugdigen)
                            .sum(),
                    uitkomst.regels().stream()
                            .filter(r -> heleRegio || zichtbaar.contains(r.gemeente()))
                            .toList(),
                    uitkomst.meldingen()));
        }
        SortedSet<Integer> inwonerjaren = new TreeSet<>();
        inwoners.values().forEach(t -> inwonerjaren.add(t.jaar()));
        return new Verdeling(
                jaar,
                peildatum,
                versies,
                heleRegio,
                regio.size(),
                inwonerjaren,
                inwoners.values().stream().anyMatch(Inwonertal::geschat),
                delen);
    }
}
