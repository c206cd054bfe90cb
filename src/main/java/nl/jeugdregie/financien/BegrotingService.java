package nl.jeugdregie.financien;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.financien.Begrotingsinvoer.Invoerregel;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Tekst;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The begroting of a gemeente per year. Each time it is entered (on the page, from a CSV or XLSX file, or through the
 * API) the complete set of lines becomes a new version: the first the primitieve begroting, every later one a
 * begrotingswijziging, each with who made it, when, why and what changed. Invalid input stores nothing.
 */
@Service
public class BegrotingService {

    /** The years a begroting may be entered for. */
    public static final int EERSTE_JAAR = 2015;

    public static final int LAATSTE_JAAR = 2100;

    private static final int MAXIMUM_TOELICHTING = 1000;

    private final BegrotingRepository repository;
    private final Financienrechten rechten;
    private final Clock clock;

    BegrotingService(BegrotingRepository repository, Financienrechten rechten, Clock clock) {
        this.repository = repository;
        this.rechten = rechten;
        this.clock = clock;
    }

    /** The begroting with every version and its changes; no versions when none was entered. */
    @Transactional(readOnly = true)
    public Begroting begroting(GemeenteCode gemeente, int jaar) {
        rechten.vereisLezen(gemeente);
        controleerJaar(jaar);
        return lees(gemeente, jaar);
    }

    /**
     * Stores {@code regels} as the next version. {@code soort} may be empty: the first version is the primitieve
     * begroting and every later one a wijziging; a soort that contradicts that is refused.
     */
    @Transactional
    public Begroting legVast(
            GemeenteCode gemeente, int jaar, Begrotingssoort soort, String toelichting, List<Begrotingsregel> regels) {
        String door = rechten.vereisWijzigen(gemeente);
        controleerJaar(jaar);
        String uitleg = toelichting(toelichting);
        repository.vergrendel(gemeente, jaar);
        int versies = repository.versies(gemeente, jaar).size();
        Begrotingssoort verwacht = versies == 0 ? Begrotingssoort.PRIMITIEF : Begrotingssoort.WIJZIGING;
        if (soort != null && soort != verwacht) {
            throw new OngeldigeInvoer(
                    "soort",
                    versies == 0
                            ? "Er is nog geen begroting voor " + jaar + "; de eerste versie is de primitieve begroting"
                            : "De primitieve begroting voor " + jaar + " is al vastgelegd; een nieuwe versie is een"
                                    + " begrotingswijziging");
        }
        repository.voegToe(gemeente, jaar, versies + 1, verwacht, uitleg, door, clock.instant(), regels);
        return lees(gemeente, jaar);
    }

    /** Reads a CSV or XLSX file (see {@link Begrotingsbestand}) and stores its lines as the next version. */
    @Transactional
    public Begroting importeer(GemeenteCode gemeente, int jaar, String toelichting, byte[] bestand) {
        rechten.vereisWijzigen(gemeente);
        List<Invoerregel> invoer = Begrotingsbestand.lees(bestand);
        return legVast(
                gemeente, jaar, null, toelichting, Begrotingsinvoer.lees(invoer, Begrotingsinvoer.Bedragnotatie.EURO));
    }

    /** The gemeenten the user may see. */
    public List<GemeenteCode> zichtbareGemeenten() {
        return rechten.zichtbareGemeenten();
    }

    /** Whether the user may enter a begroting. */
    public boolean magWijzigen() {
        return rechten.magWijzigen();
    }

    /** The toelichting of a new version, stripped; null when blank; refused when too long or with control characters. */
    static String toelichting(String toelichting) {
        String uitleg = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (uitleg != null && uitleg.length() > MAXIMUM_TOELICHTING) {
            throw new OngeldigeInvoer(
                    "toelichting", "De toelichting is hoogstens " + MAXIMUM_TOELICHTING + " tekens lang");
        }
        if (Tekst.heeftStuurteken(uitleg)) {
            throw new OngeldigeInvoer("toelichting", "De toelichting " + Tekst.STUURTEKEN);
        }
        return uitleg;
    }

    static void controleerJaar(int jaar) {
        if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
            throw new OngeldigeInvoer(
                    "jaar", "Het jaar moet tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR + " liggen");
        }
    }

    /** The begroting without checking the user: for work of the platform itself, such as keeping a prognosestand. */
    Begroting lees(GemeenteCode gemeente, int jaar) {
        List<Begrotingsversie> versies = new ArrayList<>();
        Map<String, Begrotingsregel> vorige = new LinkedHashMap<>();
        for (BegrotingRepository.Opgeslagen o : repository.versies(gemeente, jaar)) {
            Map<String, Begrotingsregel> deze = new LinkedHashMap<>();
            o.regels().forEach(r -> deze.put(sleutel(r), r));
            List<Begrotingsmutatie> mutaties = new ArrayList<>();
            deze.forEach((sleutel, r) -> {
                Bedrag was = vorige.containsKey(sleutel) ? vorige.get(sleutel).bedrag() : Bedrag.NUL;
                if (!vorige.containsKey(sleutel) || !was.equals(r.bedrag())) {
                    mutaties.add(new Begrotingsmutatie(r.taakveld(), r.jeugdzorgvorm(), was, r.bedrag()));
                }
            });
            vorige.forEach((sleutel, r) -> {
                if (!deze.containsKey(sleutel)) {
                    mutaties.add(new Begrotingsmutatie(r.taakveld(), r.jeugdzorgvorm(), r.bedrag(), Bedrag.NUL));
                }
            });
            versies.add(new Begrotingsversie(
                    o.versie(), o.soort(), o.toelichting(), o.door(), o.op(), o.regels(), mutaties));
            vorige.clear();
            vorige.putAll(deze);
        }
        return new Begroting(gemeente, jaar, versies);
    }

    private static String sleutel(Begrotingsregel r) {
        return r.taakveld().code() + "|" + r.jeugdzorgvorm().code();
    }
}
