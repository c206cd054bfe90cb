package nl.jeugdregie.financien;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.jeugdregie.declaratie.Declaratie;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aanbieders with a contract and toewijzingen through the real services, for gemeenten the other modules' tests leave
 * alone (Haaksbergen, Losser, Oldenzaal), each aanbieder and client unique per test run.
 */
public final class FinancienFixtures {

    static final GemeenteCode HAAKSBERGEN = new GemeenteCode("0158");
    public static final GemeenteCode LOSSER = new GemeenteCode("0168");
    static final GemeenteCode OLDENZAAL = new GemeenteCode("0173");

    /** Ambulante jeugdhulp (CBS jeugdzorgvorm 02), contracted per hour. */
    static final String PRODUCT = "45A48";

    static final Bedrag UURTARIEF = Bedrag.euro(84);
    static final Periode JAAR_2026 = Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();
    private static final int RUN = (int) (System.nanoTime() % 9000) + 500;

    private FinancienFixtures() {}

    /** A new aanbieder (unique AGB code) with a contract for 45A48 per hour at € 84,00 through 2026. */
    public static AgbCode aanbiederMetContract(AanbiederService aanbieders, ContractService contracten) {
        int nummer = VOLGNUMMER.incrementAndGet();
        AgbCode agb = new AgbCode(String.format("94%06d", (RUN * 1000 + nummer) % 1_000_000));
        InkoopFixtures.aanbiederMetContract(aanbieders, contracten, agb, "Aanbieder " + agb, PRODUCT, UURTARIEF);
        return agb;
    }

    /** A BSN passing the elfproef, different per call. */
    public static Bsn nieuweClient() {
        return Testbsn.vanaf(300_000_000L + RUN * 10_000L + VOLGNUMMER.incrementAndGet() * 20L);
    }

    /** A toewijzing of 45A48 with this omvang to a new client. */
    public static ToegewezenProduct wijsToe(
            ToewijzingService toewijzingen, GemeenteCode gemeente, AgbCode aanbieder, Periode periode, Omvang omvang) {
        return wijsToe(
                toewijzingen,
                gemeente,
                aanbieder,
                Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, PRODUCT),
                periode,
                omvang,
                null);
    }

    /** A toewijzing of 45A48 for 10 hours a week from Monday 2 March to 31 December 2026 to a new client. */
    public static ToegewezenProduct tienUurPerWeek(
            ToewijzingService toewijzingen, GemeenteCode gemeente, AgbCode aanbieder) {
        return wijsToe(
                toewijzingen,
                gemeente,
                aanbieder,
                Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31)),
                new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK));
    }

    /** An aspecifieke toewijzing of ambulante jeugdhulp with a budget to a new client. */
    static ToegewezenProduct wijsBudgetToe(
            ToewijzingService toewijzingen, GemeenteCode gemeente, AgbCode aanbieder, Periode periode, Bedrag budget) {
        return wijsToe(
                toewijzingen,
                gemeente,
                aanbieder,
                Productaanduiding.aspecifiek(Productcategorie.JEUGDHULP_AMBULANT),
                periode,
                null,
                budget);
    }

    private static ToegewezenProduct wijsToe(
            ToewijzingService toewijzingen,
            GemeenteCode gemeente,
            AgbCode aanbieder,
            Productaanduiding product,
            Periode periode,
            Omvang omvang,
            Bedrag budget) {
        return toewijzingen
                .wijsToe(new NieuweToewijzing(
                        gemeente, nieuweClient(), aanbieder, product, periode, omvang, budget, null))
                .waarde();
    }

    /** The verplichtingen of one aanbieder in the picture. */
    static List<Verplichting> van(Financieelbeeld beeld, AgbCode aanbieder) {
        return beeld.verplichtingen().stream()
                .filter(v -> v.aanbieder().equals(aanbieder))
                .toList();
    }

    /** Runs {@code werk} as a signed-in BACKOFFICE user, as a token of the identity provider would describe it. */
    public static <T> T alsBackoffice(Supplier<T> werk) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "none")
                .subject("backoffice")
                .claim("preferred_username", "backoffice")
                .claim("roles", List.of("BACKOFFICE"))
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A declaratie of March 2026 by {@code aanbieder} to {@code gemeente} with these prestaties. */
    public static Declaratie declaratie(GemeenteCode gemeente, AgbCode aanbieder, List<Prestatie> prestaties) {
        Bedrag totaal = Bedrag.som(prestaties.stream().map(Prestatie::saldo).toList());
        String nummer = referentie();
        return new Declaratie(
                gemeente,
                aanbieder,
                "B" + nummer,
                nummer,
                Periode.maand(YearMonth.of(2026, 3)),
                LocalDate.of(2026, 3, 2),
                totaal.absoluut(),
                totaal.isNegatief() ? DebetCredit.CREDIT : DebetCredit.DEBET,
                prestaties);
    }

    /** A prestatie of {@code uren} hours of 45A48 at the contract tariff from 2 to 31 March 2026. */
    public static Prestatie prestatie(
            String referentie, String vorig, Bsn client, ToegewezenProduct t, long uren, DebetCredit debetCredit) {
        return new Prestatie(
                referentie,
                vorig,
                client,
                t.nummer(),
                Productcategorie.JEUGDHULP_AMBULANT,
                PRODUCT,
                Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31)),
                uren,
                Eenheid.UUR,
                UURTARIEF,
                UURTARIEF.maal(uren),
                debetCredit);
    }

    public static String referentie() {
        return "F" + RUN + "X" + VOLGNUMMER.incrementAndGet();
    }

    /**
     * Keeps the stand of February 2026 of {@code gemeente}'s prognose for 2026, as February's first view would have
     * kept it had the only figure then been a verplichting of {@code uren} hours of ambulante jeugdhulp (45A48) for
     * {@code bedrag}.
     */
    public static void standVanFebruari(JdbcClient jdbc, GemeenteCode gemeente, long uren, Bedrag bedrag) {
        new PrognosestandRepository(jdbc)
                .bewaar(new Prognosestand(
                        gemeente,
                        2026,
                        YearMonth.of(2026, 2),
                        LocalDate.of(2026, 2, 2),
                        java.time.Instant.parse("2026-02-02T09:00:00Z"),
                        List.of(new Prognosestand.Hulpvorm(
                                "02", Bedrag.NUL, bedrag, Bedrag.NUL, Bedrag.NUL, Bedrag.NUL)),
                        List.of(new Prognosestand.Eenheid(
                                "02",
                                Productcategorie.JEUGDHULP_AMBULANT.code(),
                                PRODUCT,
                                Eenheid.UUR.code(),
                                bedrag,
                                java.math.BigDecimal.valueOf(uren)))));
    }

    /** The body of an answer as JSON. */
    static JsonNode json(MvcTestResult antwoord) {
        try {
            return JSON.readTree(antwoord.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
