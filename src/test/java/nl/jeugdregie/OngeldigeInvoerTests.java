package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.jeugdregie.kern.AgbCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never gives a server error: every endpoint of the application, found through its handler mappings,
 * gets each of its parameters, path variables, form fields and JSON fields filled with values an attacker or a
 * careless paste produces (a NUL byte, control characters, numbers that overflow any column, impossible dates,
 * text where a number belongs), as (at most two of) the roles that may call it. Each answer must be below 500, and what the user
 * reads must not be a framework's English message. A new endpoint is walked without anyone listing it.
 *
 * <p>What the walk sends may be accepted where it is valid (a gemeente may be renamed "abc"), so it runs on a
 * database of its own and leaves the demo region of the other tests as it was.
 */
@JeugdregieTest
@TestPropertySource(properties = "jeugdregie.embedded-db.data-dir=target/embedded-postgres-invoerproef")
class OngeldigeInvoerTests {

    /** Values that must be refused with a clear 400, or accepted harmlessly where they make sense. */
    private static final List<String> SLECHT = List.of(
            "a\u0000b",
            "\u001b[2J\u0007",
            "99999999999999999999999",
            "-9223372036854775809",
            "2026-02-30",
            "abc",
            "9".repeat(2_000));

    /** The values also sent in one field at a time; the others go in every field at once. */
    private static final List<String> PER_VELD = List.of("a\u0000b", "99999999999999999999999", "2026-02-30", "abc");

    /** Words of English framework messages that a Dutch user must never read. */
    private static final Pattern ENGELS = Pattern.compile(
            "Exception|ParseError|Unexpected character|Failed to convert|Bad Request|Not Found|Method Not Allowed"
                    + "|Unsupported Media Type|Not Acceptable|Required (request )?parameter|is not present"
                    + "|Whitelabel|Internal Server Error|JSON parse error|Cannot deserialize");

    private static final Pattern PADVARIABELE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One endpoint: a method on a path, and the handler that answers it. */
    record Endpoint(HttpMethod methode, String pad, HandlerMethod handler) {
        @Override
        public String toString() {
            return methode.name() + " " + pad;
        }
    }

    @TestFactory
    Stream<DynamicTest> noEndpointAnswersBadInputWithAServerErrorOrEnglish() {
        return endpoints().stream()
                .map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
                    List<String> fouten = new ArrayList<>();
                    for (RequestPostProcessor gebruiker : gebruikersVoor(e)) {
                        for (Verzoek verzoek : verzoeken(e)) {
                            MvcTestResult resultaat = verzoek.met(gebruiker);
                            String bevinding = beoordeel(resultaat);
                            if (bevinding != null) {
                                fouten.add(verzoek.omschrijving() + " -> " + bevinding);
                            }
                        }
                    }
                    assertThat(fouten).as(e.toString()).isEmpty();
                }));
    }

    private static String beoordeel(MvcTestResult resultaat) {
        if (resultaat.getUnresolvedException() != null) {
            Throwable t = resultaat.getUnresolvedException();
            return "onafgehandelde " + t.getClass().getSimpleName() + ": " + kort(t.getMessage());
        }
        int status = resultaat.getResponse().getStatus();
        if (status >= 500) {
            return "status " + status;
        }
        String tekst = tekst(resultaat);
        Matcher engels = ENGELS.matcher(tekst);
        if (engels.find()) {
            return "status " + status + " met Engelse tekst '" + engels.group() + "' in: "
                    + kort(tekst.substring(Math.max(0, engels.start() - 80)));
        }
        String fout = resultaat.getResponse().getErrorMessage();
        if (fout != null && ENGELS.matcher(fout).find()) {
            return "status " + status + " met Engelse foutmelding: " + kort(fout);
        }
        return null;
    }

    private static String tekst(MvcTestResult resultaat) {
        try {
            return resultaat.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }

    private static String kort(String tekst) {
        if (tekst == null) {
            return "";
        }
        String eenRegel = tekst.replaceAll("\\s+", " ");
        return eenRegel.length() > 240 ? eenRegel.substring(0, 240) + "…" : eenRegel;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Who calls: every role that the endpoint does not refuse outright.

    private static final Map<String, RequestPostProcessor> ROLLEN = new LinkedHashMap<>();

    static {
        ROLLEN.put("BEHEERDER", Testgebruikers.metRol("BEHEERDER"));
        ROLLEN.put("BACKOFFICE", Testgebruikers.als("backoffice", "BACKOFFICE", "0153", "0164"));
        ROLLEN.put("INKOOP", Testgebruikers.metRol("INKOOP"));
        ROLLEN.put("TOEGANG", Testgebruikers.als("toegang", "TOEGANG", "0153"));
        ROLLEN.put("AANBIEDER", Testgebruikers.aanbiederVan(new AgbCode("99000001")));
        ROLLEN.put("ANALIST", Testgebruikers.metRol("ANALIST"));
    }

    private List<RequestPostProcessor> gebruikersVoor(Endpoint e) {
        List<RequestPostProcessor> toegelaten = new ArrayList<>();
        for (RequestPostProcessor gebruiker : ROLLEN.values()) {
            MvcTestResult resultaat =
                    verzoek(e, padwaarden(e, Map.of()), Map.of(), null).met(gebruiker);
            if (resultaat.getUnresolvedException() != null
                    || (resultaat.getResponse().getStatus() != 401
                            && resultaat.getResponse().getStatus() != 403)) {
                toegelaten.add(gebruiker);
            }
        }
        // Two roles suffice to reach the role-specific code paths; more only multiply the same requests.
        return toegelaten.isEmpty()
                ? List.of(ROLLEN.get("BEHEERDER"))
                : toegelaten.subList(0, Math.min(2, toegelaten.size()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // What is sent: every bad value in every place the handler reads.

    /** One request, ready to be sent as any user. */
    record Verzoek(String omschrijving, java.util.function.Function<RequestPostProcessor, MvcTestResult> verzender) {
        MvcTestResult met(RequestPostProcessor gebruiker) {
            return verzender.apply(gebruiker);
        }
    }

    private List<Verzoek> verzoeken(Endpoint e) {
        Map<String, String> goed = padwaarden(e, Map.of());
        List<Verzoek> verzoeken = new ArrayList<>(List.of(verzoek(e, goed, Map.of(), null)));
        for (String variabele : goed.keySet()) {
            for (String slecht : List.of("abc", "99999999999999999999999", "-1", "a\u0000b", "0")) {
                verzoeken.add(verzoek(e, padwaarden(e, Map.of(variabele, slecht)), Map.of(), null));
            }
        }
        List<String> velden = velden(e.handler());
        for (String slecht : SLECHT) {
            for (String veld : PER_VELD.contains(slecht) ? velden : List.<String>of()) {
                verzoeken.add(verzoek(e, goed, Map.of(veld, slecht), null));
            }
            if (velden.size() > 1) {
                Map<String, String> alle = new TreeMap<>();
                velden.forEach(veld -> alle.put(veld, slecht));
                verzoeken.add(verzoek(e, goed, alle, null));
            }
        }
        Class<?> lichaam = lichaamstype(e.handler());
        if (lichaam != null) {
            for (String inhoud : jsonLichamen(lichaam)) {
                verzoeken.add(verzoek(e, goed, Map.of(), inhoud));
            }
        }
        for (MethodParameter p : e.handler().getMethodParameters()) {
            if (MultipartFile.class.isAssignableFrom(p.getParameterType())) {
                String naam = naam(p);
                for (byte[] bestand : bestanden()) {
                    verzoeken.add(bestand(e, goed, naam, bestand));
                }
            }
        }
        return verzoeken;
    }

    private static List<byte[]> bestanden() {
        byte[] willekeurig = new byte[4096];
        new java.util.Random(7).nextBytes(willekeurig);
        return List.of(
                new byte[0],
                willekeurig,
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0},
                "<?xml version=\"1.0\"?><html><body/></html>".getBytes(StandardCharsets.UTF_8),
                "<Bericht><Header>".getBytes(StandardCharsets.UTF_8),
                "code;naam\n\u0000;x\n".getBytes(StandardCharsets.UTF_8));
    }

    private Verzoek verzoek(Endpoint e, Map<String, String> pad, Map<String, String> parameters, String lichaam) {
        String adres = adres(e.pad(), pad);
        String omschrijving = e.methode() + " " + adres + (parameters.isEmpty() ? "" : " " + zichtbaar(parameters))
                + (lichaam == null ? "" : " body " + kort(zichtbaar(lichaam)));
        return new Verzoek(omschrijving, gebruiker -> {
            MockMvcRequestBuilder builder =
                    mvc.method(e.methode()).uri(adres).with(gebruiker).with(csrf());
            parameters.forEach(builder::param);
            if (lichaam != null) {
                builder.contentType(MediaType.APPLICATION_JSON).content(lichaam);
            }
            return builder.exchange();
        });
    }

    private Verzoek bestand(Endpoint e, Map<String, String> pad, String naam, byte[] inhoud) {
        String adres = adres(e.pad(), pad);
        return new Verzoek(
                e.methode() + " " + adres + " bestand " + naam + " (" + inhoud.length + " bytes)",
                gebruiker -> mvc.post()
                        .uri(adres)
                        .multipart()
                        .file(new MockMultipartFile(
                                naam, "bestand.xml", MediaType.APPLICATION_OCTET_STREAM_VALUE, inhoud))
                        .with(gebruiker)
                        .with(csrf())
                        .exchange());
    }

    private static String zichtbaar(Object waarde) {
        String tekst = String.valueOf(waarde);
        return tekst.replace("\u0000", "\\0").replace("\u001b", "\\e").replace("\u0007", "\\a");
    }

    private static String adres(String patroon, Map<String, String> waarden) {
        Matcher m = PADVARIABELE.matcher(patroon);
        StringBuilder adres = new StringBuilder();
        while (m.find()) {
            String waarde = waarden.getOrDefault(m.group(1), "1");
            m.appendReplacement(
                    adres,
                    Matcher.quoteReplacement(java.net.URLEncoder.encode(waarde, StandardCharsets.UTF_8)
                            .replace("+", "%20")));
        }
        m.appendTail(adres);
        return adres.toString();
    }

    /** Plausible values for the path variables, with {@code vervangen} in their place. */
    private static Map<String, String> padwaarden(Endpoint e, Map<String, String> vervangen) {
        Map<String, String> waarden = new LinkedHashMap<>();
        Matcher m = PADVARIABELE.matcher(e.pad());
        while (m.find()) {
            String naam = m.group(1);
            waarden.put(naam, vervangen.getOrDefault(naam, plausibel(naam, padtype(e.handler(), naam))));
        }
        return waarden;
    }

    private static Class<?> padtype(HandlerMethod handler, String naam) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(PathVariable.class) && naam.equals(naam(p))) {
                return p.getParameterType();
            }
        }
        return String.class;
    }

    private static String plausibel(String naam, Class<?> type) {
        if (type == UUID.class) {
            return UUID.randomUUID().toString();
        }
        return switch (naam.toLowerCase(Locale.ROOT)) {
            case "gemeente", "code" -> "0153";
            case "agb" -> "99000001";
            case "productcode" -> "45A48";
            case "naam" -> "toegang";
            case "jaar" -> "2026";
            default -> "1";
        };
    }

    private static String naam(MethodParameter p) {
        PathVariable pad = p.getParameterAnnotation(PathVariable.class);
        if (pad != null && !pad.value().isEmpty()) {
            return pad.value();
        }
        RequestParam param = p.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.value().isEmpty()) {
            return param.value();
        }
        RequestPart deel = p.getParameterAnnotation(RequestPart.class);
        if (deel != null && !deel.value().isEmpty()) {
            return deel.value();
        }
        return p.getParameterName();
    }

    /** The request parameters a handler reads: its simple parameters and the fields of its form objects. */
    private static List<String> velden(HandlerMethod handler) {
        List<String> velden = new ArrayList<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            Class<?> type = p.getParameterType();
            if (p.hasParameterAnnotation(PathVariable.class)
                    || p.hasParameterAnnotation(RequestBody.class)
                    || p.hasParameterAnnotation(RequestHeader.class)
                    || MultipartFile.class.isAssignableFrom(type)
                    || genegeerd(type)) {
                continue;
            }
            if (p.hasParameterAnnotation(RequestParam.class) || BeanUtils.isSimpleProperty(type)) {
                if (!Map.class.isAssignableFrom(type)) {
                    velden.add(naam(p));
                }
            } else if (!type.getName().startsWith("java.")) {
                velden.addAll(eigenschappen(type));
            }
        }
        return velden;
    }

    private static boolean genegeerd(Class<?> type) {
        return Model.class.isAssignableFrom(type)
                || BindingResult.class.isAssignableFrom(type)
                || RedirectAttributes.class.isAssignableFrom(type)
                || Principal.class.isAssignableFrom(type)
                || Authentication.class.isAssignableFrom(type)
                || type.getName().startsWith("jakarta.servlet")
                || type.getName().startsWith("org.springframework")
                || type == Locale.class;
    }

    private static List<String> eigenschappen(Class<?> type) {
        List<String> namen = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                namen.add(c.getName());
            }
            return namen;
        }
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field f : t.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    namen.add(f.getName());
                }
            }
        }
        return namen;
    }

    private static Class<?> lichaamstype(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return p.getParameterType();
            }
        }
        return null;
    }

    /** Broken JSON, and for each field of the body type each bad value in it as text and as number. */
    private List<String> jsonLichamen(Class<?> type) {
        List<String> lichamen = new ArrayList<>(List.of("{", "[]", "null", "\"a\u0000b\"", "{\"a\":1}"));
        if (type == String.class || type == byte[].class || type.getName().startsWith("java.")) {
            return lichamen;
        }
        for (String veld : eigenschappen(type)) {
            for (String slecht : SLECHT) {
                lichamen.add(schrijf(Map.of(veld, slecht)));
            }
            lichamen.add("{\"" + veld + "\": 1e400}");
            lichamen.add("{\"" + veld + "\": 99999999999999999999999}");
            lichamen.add("{\"" + veld + "\": [1]}");
            lichamen.add("{\"" + veld + "\": {}}");
        }
        return lichamen;
    }

    private String schrijf(Object waarde) {
        return JSON.writeValueAsString(waarde);
    }

    // ---------------------------------------------------------------------------------------------------------

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        Handlermappings.vanDeApplicatie(mappings).forEach((info, handler) -> {
            for (HttpMethod methode : methoden(info)) {
                for (String pad : info.getPatternValues()) {
                    endpoints.add(new Endpoint(methode, pad, handler));
                }
            }
        });
        endpoints.sort(java.util.Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static Collection<HttpMethod> methoden(RequestMappingInfo info) {
        Set<org.springframework.web.bind.annotation.RequestMethod> methoden =
                info.getMethodsCondition().getMethods();
        if (methoden.isEmpty()) {
            return List.of(HttpMethod.GET);
        }
        return methoden.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
    }
}
