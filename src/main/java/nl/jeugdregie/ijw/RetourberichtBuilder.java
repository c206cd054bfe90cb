package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.ijw.schema.Particle;

/**
 * Builds the retourbericht for a heenbericht: JW302, JW306, JW308, JW316, JW318 and JW320 per IV028,
 * JW325 per IV087.
 *
 * <ul>
 *   <li>Level 1 (XSD) errors: no retourbericht at all; {@link #build()} refuses.
 *   <li>Level 2 errors: only the Header, with retourcode 0001.
 *   <li>Level 3/4 errors (in-message rules such as TR314, and codes the caller adds with {@link
 *       #metCodes} from checks against earlier messages): an error in the Header gives only the Header
 *       with its codes; otherwise each berichtklasse of an affected cliënt carries its own codes, 0200
 *       when it is fine, 0233 when a class above it was rejected (not assessed).
 *   <li>No errors: only the Header (IV028); for a declaratie the Header with 0200 and DeclaratieAntwoord
 *       with 8001 (IV087).
 * </ul>
 */
public final class RetourberichtBuilder {

    private static final String AFGEKEURD = "0001";
    private static final String GEEN_OPMERKING = "0200";
    private static final String NIET_BEOORDEELD = "0233";
    private static final String VOLLEDIG_TOEGEWEZEN = "8001";

    private final Bericht heen;
    private final Validatieresultaat resultaat;
    private final BerichtType retourType;
    private final Map<String, Set<String>> codes = new LinkedHashMap<>();
    private String identificatie = "1";
    private LocalDate dagtekening = LocalDate.of(2026, 1, 1);
    private String xsltVersie;
    private Element xsdVersie;

    private RetourberichtBuilder(Bericht heen, Validatieresultaat resultaat) {
        this.heen = heen;
        this.resultaat = resultaat;
        this.retourType = heen.type()
                .retour()
                .orElseThrow(() -> new IllegalArgumentException(heen.type() + " is zelf een retourbericht"));
    }

    public static RetourberichtBuilder voor(Bericht heen, Validatieresultaat resultaat) {
        return new RetourberichtBuilder(heen, resultaat);
    }

    /** Identificatie of the retourbericht (IdentificatieRetour, or BerichtIdentificatie for JW325). */
    public RetourberichtBuilder identificatie(String value) {
        this.identificatie = value;
        return this;
    }

    public RetourberichtBuilder dagtekening(LocalDate value) {
        this.dagtekening = value;
        return this;
    }

    /** The version of the XSLTs used; required by IV028 when a message is rejected on them. */
    public RetourberichtBuilder xsltVersie(String value) {
        this.xsltVersie = value;
        return this;
    }

    /** The XSD versions the retourbericht follows; by default those of the heenbericht. */
    public RetourberichtBuilder xsdVersie(String basisschema, String bericht) {
        this.xsdVersie = Element.of(
                "XsdVersie", Element.of("BasisschemaXsdVersie", basisschema), Element.of("BerichtXsdVersie", bericht));
        return this;
    }

    /**
     * Adds retourcodes for the berichtklasse that contains the element at {@code pad} (for example from
     * checks against earlier messages: {@code /Bericht/Client/StartProducten/StartProduct[1]}, 9063).
     */
    public RetourberichtBuilder metCodes(String pad, String... retourcodes) {
        codes.computeIfAbsent(klassePad(pad), p -> new LinkedHashSet<>()).addAll(List.of(retourcodes));
        return this;
    }

    public Bericht build() {
        if (resultaat.heeftNiveau(1)) {
            throw new IllegalStateException(
                    "Het heenbericht voldoet niet aan het XSD: daarop volgt geen retourbericht maar een foutmelding");
        }
        for (Bevinding bevinding : resultaat.bevindingen()) {
            if (bevinding.niveau() >= 3 && bevinding.retourcode() != null) {
                metCodes(bevinding.pad(), bevinding.retourcode());
            }
        }
        if (resultaat.heeftNiveau(2)) {
            return alleenHeader(List.of(AFGEKEURD));
        }
        Set<String> headerCodes = codes.get("/Bericht/Header");
        if (headerCodes != null) {
            return alleenHeader(List.copyOf(headerCodes));
        }
        return retourType == BerichtType.JW325 ? declaratieAntwoord() : metKlassen();
    }

    // ---- IV028

    private Bericht metKlassen() {
        if (codes.isEmpty()) {
            return alleenHeader(List.of());
        }
        Particle body = retourType.schema().body();
        Element heenBody = heen.element().child(body.name());
        Element retourBody = kopie(heenBody, body, "/Bericht/" + body.name(), false);
        return new Bericht(retourType, Element.of("Bericht", header(List.of(GEEN_OPMERKING)), retourBody));
    }

    /** The heen element as it goes into the retourbericht: each berichtklasse ends with its RetourCodes. */
    private Element kopie(Element element, Particle particle, String pad, boolean bovenAfgekeurd) {
        if (particle.isSimple()) {
            return element;
        }
        Set<String> eigen = codes.get(pad);
        boolean afgekeurd = bovenAfgekeurd || (particle.klasse() && eigen != null);
        List<Element> children = new ArrayList<>();
        Map<String, Integer> tellers = new LinkedHashMap<>();
        for (Element child : element.children()) {
            Particle childParticle = particle.child(child.name());
            int index = tellers.merge(child.name(), 1, Integer::sum);
            String childPad = pad + "/" + child.name() + (childParticle.isRepeating() ? "[" + index + "]" : "");
            children.add(kopie(child, childParticle, childPad, afgekeurd));
        }
        if (particle.klasse()) {
            List<String> klasseCodes =
                    eigen != null ? List.copyOf(eigen) : List.of(bovenAfgekeurd ? NIET_BEOORDEELD : GEEN_OPMERKING);
            children.add(retourCodes(klasseCodes));
        }
        return Element.of(element.name(), children);
    }

    private Bericht alleenHeader(List<String> retourcodes) {
        return new Bericht(retourType, Element.of("Bericht", header(retourcodes)));
    }

    private Element header(List<String> retourcodes) {
        Element h = heen.header();
        Element xsd = xsdVersie == null ? h.child("XsdVersie") : xsdVersie;
        if (retourType == BerichtType.JW325) {
            return Element.of(
                    "Header",
                    Element.of("BerichtCode", retourType.schema().berichtCode()),
                    h.child("BerichtVersie"),
                    h.child("BerichtSubversie"),
                    Element.of("Afzender", h.text("Ontvanger")),
                    Element.of("Ontvanger", h.text("Afzender")),
                    Element.of(
                            "BerichtIdentificatie",
                            Element.of("Identificatie", identificatie),
                            Element.of("Dagtekening", dagtekening.toString())),
                    Element.of("XsdVersie", xsd.children()),
                    Element.of(
                            "DeclaratieIdentificatie",
                            h.child("BerichtIdentificatie").children()),
                    xsltVersie == null ? null : Element.of("XsltVersie", xsltVersie),
                    Element.of("XsdVersieDeclaratie", h.child("XsdVersie").children()),
                    retourCodes(retourcodes.isEmpty() ? List.of(GEEN_OPMERKING) : retourcodes));
        }
        List<Element> children = new ArrayList<>(h.children());
        children.set(0, Element.of("BerichtCode", retourType.schema().berichtCode()));
        children.add(Element.of("IdentificatieRetour", identificatie));
        children.add(Element.of("DagtekeningRetour", dagtekening.toString()));
        if (xsltVersie != null) {
            children.add(Element.of("XsltVersie", xsltVersie));
        }
        children.add(Element.of("XsdVersieRetour", xsd.children()));
        if (!retourcodes.isEmpty()) {
            children.add(retourCodes(retourcodes));
        }
        return Element.of("Header", children);
    }

    private static Element retourCodes(List<String> retourcodes) {
        return Element.of(
                "RetourCodes",
                retourcodes.stream().map(c -> Element.of("RetourCode", c)).toList());
    }

    // ---- IV087

    private Bericht declaratieAntwoord() {
        Element declaratie = heen.element().child("Declaratie");
        Element ingediend = declaratie.child("TotaalIngediendBedrag");
        long toegekend = bedrag(ingediend.text("TotaalBedrag"), ingediend.text("DebetCredit"));
        Set<String> declaratieCodes = codes.get("/Bericht/Declaratie");
        List<Element> clienten = new ArrayList<>();
        List<String> antwoordCodes;
        if (declaratieCodes != null) {
            toegekend = 0;
            antwoordCodes = List.copyOf(declaratieCodes);
        } else if (codes.isEmpty()) {
            antwoordCodes = List.of(VOLLEDIG_TOEGEWEZEN);
        } else {
            antwoordCodes = List.of(GEEN_OPMERKING);
            toegekend -= afgewezenClienten(declaratie, clienten);
        }
        Element antwoord = Element.of(
                "DeclaratieAntwoord",
                declaratie.child("DeclaratieNummer"),
                Element.of("TotaalIngediendBedrag", ingediend.children()),
                Element.of(
                        "TotaalToegekendBedrag",
                        Element.of("TotaalBedrag", String.valueOf(Math.abs(toegekend))),
                        Element.of("DebetCredit", toegekend < 0 ? "C" : "D")),
                clienten.isEmpty() ? null : Element.of("Clienten", clienten),
                retourCodes(antwoordCodes));
        return new Bericht(retourType, Element.of("Bericht", header(List.of(GEEN_OPMERKING)), antwoord));
    }

    /** Adds the clients with rejected prestaties; returns the signed sum of the rejected prestaties. */
    private long afgewezenClienten(Element declaratie, List<Element> uit) {
        long afgewezen = 0;
        int c = 0;
        for (Element client : declaratie.child("Clienten").children()) {
            String clientPad = "/Bericht/Declaratie/Clienten/Client[" + (++c) + "]";
            Set<String> clientCodes = codes.get(clientPad);
            List<Element> prestaties = new ArrayList<>();
            int p = 0;
            for (Element prestatie : client.child("Prestaties").children()) {
                Set<String> prestatieCodes = codes.get(clientPad + "/Prestaties/Prestatie[" + (++p) + "]");
                if (clientCodes != null || prestatieCodes != null) {
                    List<String> eigen =
                            prestatieCodes != null ? List.copyOf(prestatieCodes) : List.of(NIET_BEOORDEELD);
                    List<Element> children = new ArrayList<>(prestatie.children());
                    children.add(retourCodes(eigen));
                    prestaties.add(Element.of("Prestatie", children));
                    afgewezen += bedrag(
                            prestatie.text("IngediendBedrag/Bedrag"), prestatie.text("IngediendBedrag/DebetCredit"));
                }
            }
            if (!prestaties.isEmpty() || clientCodes != null) {
                uit.add(Element.of(
                        "Client",
                        client.child("Bsn"),
                        Element.of("Prestaties", prestaties),
                        retourCodes(clientCodes != null ? List.copyOf(clientCodes) : List.of(GEEN_OPMERKING))));
            }
        }
        return afgewezen;
    }

    private static long bedrag(String bedrag, String debetCredit) {
        long value = Long.parseLong(bedrag.strip());
        return "C".equals(debetCredit) ? -value : value;
    }

    // ---- paths

    /** The path of the berichtklasse (or Header) that contains the element at {@code pad}. */
    private String klassePad(String pad) {
        String[] steps = pad.split("/");
        Particle particle =
                new Particle("Bericht", 1, 1, null, heen.type().schema().root(), false);
        StringBuilder current = new StringBuilder();
        String klasse = "/Bericht/Header";
        for (int i = 1; i < steps.length; i++) {
            current.append('/').append(steps[i]);
            if (i == 1) {
                continue;
            }
            String name = steps[i].replaceAll("\\[\\d+]$", "");
            particle = particle.child(name);
            if (particle == null) {
                break;
            }
            if (particle.klasse() || (i == 2 && name.equals("Header"))) {
                klasse = current.toString();
            }
        }
        return klasse;
    }
}
