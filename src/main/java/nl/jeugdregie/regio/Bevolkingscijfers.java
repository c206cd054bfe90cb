package nl.jeugdregie.regio;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.regio.Bevolkingsbestand.Cijfer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The population of the gemeenten on 1 January, as CBS publishes it, and in particular the inhabitants aged 0-17: the
 * denominator of bereik. The figures come with the module (totals of 2024 and 2025, an estimate of 0-17 in 2025) and
 * from imports of CBS table 03759ned, which give 0-17 exactly. Other modules read them here or through the views
 * {@code regio.v_bevolking} and {@code regio.v_jeugd_0_17}.
 */
@Service
public class Bevolkingscijfers {

    /** The source of every imported figure. */
    static final String BRON_IMPORT = "CBS 03759ned (Bevolking op 1 januari; leeftijd, burgerlijke staat, regio),"
            + " https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table";

    private static final int LAATSTE_JAAR = 2100;

    private final BevolkingRepository repository;
    private final RegioRepository regio;
    private final Clock clock;

    Bevolkingscijfers(BevolkingRepository repository, RegioRepository regio, Clock clock) {
        this.repository = repository;
        this.regio = regio;
        this.clock = clock;
    }

    /** The inhabitants of {@code gemeente} aged 0-17 on 1 January of {@code jaar}, exact or estimated; empty if none. */
    public Optional<Jeugdinwoners> jeugd0tot17(GemeenteCode gemeente, int jaar) {
        return repository.jeugd0tot17(gemeente, jaar);
    }

    /** The inhabitants aged 0-17 on 1 January of {@code jaar} of every gemeente that has a figure, by code. */
    public List<Jeugdinwoners> jeugd0tot17(int jaar) {
        return repository.jeugd0tot17(jaar);
    }

    /** Every year's inhabitants aged 0-17 of these gemeenten, by gemeente and year. */
    public List<Jeugdinwoners> jeugd0tot17Van(Collection<GemeenteCode> gemeenten) {
        return repository.jeugd0tot17Van(
                gemeenten.stream().map(GemeenteCode::value).distinct().toList());
    }

    /**
     * The figures per gemeente and year, each with its 0-17 count; without {@code gemeente} or {@code jaar}, of every
     * gemeente or year.
     */
    public Resultaatpagina<Bevolkingsstand> standen(GemeenteCode gemeente, Integer jaar, Paginering paginering) {
        if (jaar != null && (jaar < Bevolkingsbestand.EERSTE_JAAR || jaar > LAATSTE_JAAR)) {
            throw new OngeldigeInvoer(
                    "jaar",
                    "Het jaar moet tussen " + Bevolkingsbestand.EERSTE_JAAR + " en " + LAATSTE_JAAR + " liggen");
        }
        return repository.standen(gemeente == null ? null : gemeente.value(), jaar, paginering);
    }

    /**
     * Imports a CSV download of CBS table 03759ned (see {@link Bevolkingsbestand}) in one transaction: per gemeente and
     * 1 January in the file, its ages 0..17 (and total) replace what an earlier import stored. A file with any invalid
     * row stores nothing and is refused with every problem and its line number.
     */
    @Transactional
    public Bevolkingsimport importeer(byte[] inhoud, String gebruiker) {
        if (inhoud == null || inhoud.length == 0) {
            throw new OngeldigeInvoer("bestand", "Kies een CSV-bestand van CBS-tabel 03759ned om in te lezen");
        }
        Map<String, String> namen = regio.gemeentenamen();
        Bevolkingsbestand.Gelezen gelezen = Bevolkingsbestand.lees(inhoud, zoeker(namen), LocalDate.now(clock));
        Map<GemeenteCode, Map<LocalDate, List<Cijfer>>> perGemeente = gelezen.cijfers().stream()
                .collect(Collectors.groupingBy(
                        Cijfer::gemeente,
                        () -> new TreeMap<>(java.util.Comparator.comparing(GemeenteCode::value)),
                        Collectors.groupingBy(Cijfer::peildatum, TreeMap::new, Collectors.toList())));
        repository.vergrendel(perGemeente.keySet());
        Instant nu = clock.instant();
        String door = gebruiker == null || gebruiker.isBlank() ? "onbekend" : gebruiker.strip();
        List<Bevolkingsimport.Ingelezen> ingelezen = new ArrayList<>();
        perGemeente.forEach((gemeente, perPeildatum) -> perPeildatum.forEach((peildatum, cijfers) -> {
            repository.vervang(gemeente, peildatum, cijfers, BRON_IMPORT, nu, door);
            ingelezen.add(new Bevolkingsimport.Ingelezen(
                    gemeente,
                    namen.get(gemeente.value()),
                    peildatum,
                    cijfers.stream()
                            .filter(c -> !c.isTotaal())
                            .mapToLong(Cijfer::aantal)
                            .sum(),
                    cijfers.stream()
                            .filter(Cijfer::isTotaal)
                            .map(Cijfer::aantal)
                            .findFirst()
                            .orElse(null)));
        }));
        return new Bevolkingsimport(ingelezen, gelezen.overgeslagen());
    }

    /**
     * Finds gemeenten by code or by name, ignoring case; a CBS label such as {@code Utrecht (gemeente)} is found
     * under its name without the addition.
     */
    private static Bevolkingsbestand.Gemeentezoeker zoeker(Map<String, String> namen) {
        Map<String, String> opNaam = new HashMap<>();
        namen.forEach((code, naam) -> opNaam.put(sleutel(naam), code));
        return new Bevolkingsbestand.Gemeentezoeker() {
            @Override
            public Optional<GemeenteCode> opCode(GemeenteCode code) {
                return namen.containsKey(code.value()) ? Optional.of(code) : Optional.empty();
            }

            @Override
            public Optional<GemeenteCode> opNaam(String naam) {
                String code = opNaam.get(sleutel(naam));
                if (code == null) {
                    code = opNaam.get(sleutel(naam.replaceFirst("(?i)\\s*\\(gemeente\\)$", "")));
                }
                return Optional.ofNullable(code).map(GemeenteCode::new);
            }

            @Override
            public String naam(GemeenteCode code) {
                return namen.getOrDefault(code.value(), "Gemeente");
            }
        };
    }

    private static String sleutel(String naam) {
        return naam.strip().toLowerCase(Locale.ROOT);
    }
}
