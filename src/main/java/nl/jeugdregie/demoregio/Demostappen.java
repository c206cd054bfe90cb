package nl.jeugdregie.demoregio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import nl.jeugdregie.berichtenverkeer.Berichtenbus;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.berichtenverkeer.Berichtstatus;
import nl.jeugdregie.berichtenverkeer.Kanaal;
import nl.jeugdregie.demoregio.Demoregio.Actie;
import nl.jeugdregie.demoregio.Demoregio.Lopend;
import nl.jeugdregie.demoregio.Demoregio.Stapuitkomst;
import nl.jeugdregie.demoregio.Demoregioplan.Aanbod;
import nl.jeugdregie.demoregio.Demoregioplan.Casus;
import nl.jeugdregie.demoregio.Demoregioplan.Persoon;
import nl.jeugdregie.demoregio.Demoregioplan.Traject;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.GeldendTarief;
import nl.jeugdregie.jeugdige.Gezinslid;
import nl.jeugdregie.jeugdige.Inschrijving;
import nl.jeugdregie.jeugdige.Jeugdigenregister;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.jeugdige.Relatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.toegang.Besluitvraag;
import nl.jeugdregie.toegang.Deelnemersrol;
import nl.jeugdregie.toegang.Ernst;
import nl.jeugdregie.toegang.Hulpvraag;
import nl.jeugdregie.toegang.Levensdomein;
import nl.jeugdregie.toegang.NieuweHulpvraag;
import nl.jeugdregie.toegang.ToegangService;
import nl.jeugdregie.toegang.Trede;
import nl.jeugdregie.toegang.Triage;
import nl.jeugdregie.toegang.Urgentie;
import nl.jeugdregie.toegang.beschikking.Besluitsoort;
import nl.jeugdregie.toewijzing.Omvang;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The steps of the demo region, each through a module's public service as the person who takes it would: a toegang
 * worker of the gemeente registers, triages and decides; an aanbieder's software sends its messages to the inbox, where
 * they are processed by every rule, as any other message.
 */
@Component
class Demostappen {

    private final Jeugdigenregister register;
    private final ToegangService toegang;
    private final Berichtenbus bus;
    private final ContractService contracten;
    private final Map<String, Long> tarieven = new java.util.concurrent.ConcurrentHashMap<>();

    Demostappen(Jeugdigenregister register, ToegangService toegang, Berichtenbus bus, ContractService contracten) {
        this.register = register;
        this.toegang = toegang;
        this.bus = bus;
        this.contracten = contracten;
    }

    /** Registers the jeugdige in the gemeente where it lives, with a parent with gezag; answers its id. */
    String schrijfIn(Casus casus) {
        GemeenteCode gemeente = casus.verhuisdVan() != null ? casus.verhuisdVan() : casus.gemeente();
        return als(toegangVan(gemeente), () -> {
            Persoon p = casus.persoon();
            UUID id = register.schrijfIn(new Inschrijving(
                            casus.bsn(),
                            new Persoonsgegevens(
                                    p.geboortedatum(),
                                    null,
                                    p.geslacht(),
                                    p.achternaam(),
                                    p.voorvoegsel(),
                                    null,
                                    null,
                                    p.voornaam(),
                                    p.voorletters(),
                                    null,
                                    new Persoonsgegevens.Adres(
                                            p.straat(), p.huisnummer(), null, null, p.postcode(), p.plaats())),
                            gemeente))
                    .jeugdige()
                    .id();
            register.voegGezinslidToe(id, new Gezinslid(null, Relatie.OUDER, p.ouder(), null, true, true, null));
            return id.toString();
        });
    }

    /** The jeugdige moved to the gemeente of the casus. */
    void verhuis(Casus casus, String jeugdige, LocalDate per) {
        als(
                toegangVan(casus.verhuisdVan(), casus.gemeente()),
                () -> register.verhuis(UUID.fromString(jeugdige), casus.gemeente(), per));
    }

    /**
     * The aanvraag: a hulpvraag at the gemeente's toegang, or a verzoek om toewijzing (JW315) of the aanbieder that
     * becomes a hulpvraag when the inbox processes it. Remembers the hulpvraag.
     */
    Stapuitkomst vraagAan(
            Casus casus, Traject traject, String jeugdige, BiConsumer<String, String> onthoud, String sleutel) {
        GemeenteCode gemeente = casus.gemeente();
        UUID id = UUID.fromString(jeugdige);
        if (!traject.herkomst().viaVerzoek() || traject.aanbod().trede() == Trede.GESLOTEN) {
            boolean gesloten = traject.aanbod().trede() == Trede.GESLOTEN;
            Hulpvraag hulpvraag = als(
                    toegangVan(gemeente),
                    () -> toegang.registreer(new NieuweHulpvraag(
                            id,
                            gemeente,
                            traject.herkomst().route(),
                            null,
                            null,
                            traject.aanvraag(),
                            omschrijving(traject),
                            traject.aanbod().crisis() ? Urgentie.CRISIS : Urgentie.NORMAAL,
                            true,
                            casus.persoon().ouder() + " (ouder met gezag)",
                            gesloten ? "Machtiging gesloten jeugdhulp" : null,
                            gesloten)));
            onthoud.accept(sleutel, hulpvraag.id().toString());
            return Stapuitkomst.NIETS;
        }
        byte[] verzoek = Berichtmaker.verzoekOmToewijzing(
                afzending(traject.aanbieder(), gemeente, sleutel, traject.aanvraag()),
                Berichtmaker.Client.van(casus),
                traject,
                traject.herkomst(),
                "0" + (1_000_000 + Math.floorMod(casus.nummer() * 7919, 8_999_999)));
        Stapuitkomst uitkomst = beoordeel(ontvang(verzoek, sleutel), 0);
        als(
                toegangVan(gemeente),
                () -> toegang.hulpvragenVan(id).stream()
                        .filter(h -> h.status() == Hulpvraag.Status.OPEN
                                && traject.sleutel().equals(h.verzoekReferentie()))
                        .findFirst()
                        .map(h -> {
                            onthoud.accept(sleutel, h.id().toString());
                            return h;
                        }));
        return uitkomst;
    }

    /** Triage with the step of the product, and the besluit that grants it; answers the toewijzingnummer. */
    long besluit(Casus casus, Traject traject, String jeugdige, String hulpvraag) {
        UUID id = UUID.fromString(hulpvraag);
        Aanbod aanbod = traject.aanbod();
        return als(toegangVan(casus.gemeente()), () -> {
            if (traject.herkomst().viaVerzoek() && aanbod.trede() != Trede.GESLOTEN) {
                toegang.legToestemmingVast(id, casus.persoon().ouder() + " (ouder met gezag)");
            }
            toegang.legTriageVast(id, triage(aanbod, casus));
            toegang.besluit(
                    id,
                    new Besluitvraag(
                            Besluitsoort.TOEGEKEND,
                            aanbod.code(),
                            new Omvang(aanbod.volume(), aanbod.eenheid(), aanbod.frequentie()),
                            Periode.van(traject.besluit(), traject.eind()),
                            traject.aanbieder(),
                            aanbod.trede(),
                            null,
                            "De triage laat zien dat deze hulp nodig is en past; het gezin stemt ermee in."));
            return toegang.besluitOp(id).orElseThrow().toewijzingnummer();
        });
    }

    Berichtgegevens start(Casus casus, Traject traject, long toewijzing, LocalDate verzonden, String sleutel) {
        return ontvang(
                Berichtmaker.start(
                        afzending(traject.aanbieder(), casus.gemeente(), sleutel, verzonden),
                        Berichtmaker.Client.van(casus),
                        traject,
                        toewijzing),
                sleutel);
    }

    Berichtgegevens stop(Casus casus, Traject traject, long toewijzing, LocalDate verzonden, String sleutel) {
        return ontvang(
                Berichtmaker.stop(
                        afzending(traject.aanbieder(), casus.gemeente(), sleutel, verzonden),
                        Berichtmaker.Client.van(casus),
                        traject,
                        toewijzing),
                sleutel);
    }

    /**
     * The monthly declaratie of one aanbieder to one gemeente: a prestatie per started traject for its days in the
     * month, at the contract tarief. About one line in a hundred carries a tarief that is not the contract's, as real
     * declaraties do now and then; those lines are rejected.
     */
    Stapuitkomst declareer(Actie.Declaratie actie, Map<String, Long> toewijzingen) {
        YearMonth maand = actie.maand();
        SplittableRandom toeval = new SplittableRandom(actie.sleutel().hashCode());
        List<Berichtmaker.Prestatieregel> regels = new ArrayList<>();
        int fout = 0;
        for (Lopend l : actie.lopend()) {
            Traject t = l.traject();
            Long nummer = toewijzingen.get(t.sleutel());
            if (nummer == null) {
                continue;
            }
            // The productperiode is the month within the toewijzing (TR387, TR388); the volume what was delivered in
            // it.
            LocalDate van = later(maand.atDay(1), t.besluit());
            LocalDate tot = eerder(maand.atEndOfMonth(), t.eind());
            LocalDate geleverdVan = later(van, t.start());
            LocalDate geleverdTot = eerder(tot, t.stop());
            if (geleverdTot.isBefore(geleverdVan)) {
                continue;
            }
            long tarief = tarief(t.aanbieder(), t.aanbod().code(), van);
            long volume = volume(t.aanbod(), geleverdVan, geleverdTot, toeval);
            double kans = toeval.nextDouble();
            if (kans < 0.01) {
                tarief += 250;
                fout++;
            }
            String bsn = l.casus().bsn().value();
            regels.add(new Berichtmaker.Prestatieregel(
                    bsn, t.sleutel() + "-" + maand, nummer, t.aanbod(), van, tot, volume, tarief));
        }
        if (regels.isEmpty()) {
            return Stapuitkomst.NIETS;
        }
        byte[] declaratie = Berichtmaker.declaratie(
                afzending(new AgbCode(actie.aanbieder()), actie.gemeente(), actie.sleutel(), actie.datum()),
                "DR" + actie.gemeente().value() + maand.toString().replace("-", ""),
                maand.atDay(1),
                maand.atEndOfMonth(),
                regels);
        return beoordeel(ontvang(declaratie, actie.sleutel()), fout);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate eerder(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Whether the rules took the message as the generator meant it: processed, and without findings except for the
     * lines meant to be rejected. A refused message is a bug in the generator.
     */
    Stapuitkomst beoordeel(Berichtgegevens verwerkt, int bedoeldAfgekeurd) {
        int bevindingen = verwerkt.bevindingen().size();
        boolean geweigerd = verwerkt.status() != Berichtstatus.VERWERKT
                || (bedoeldAfgekeurd == 0 && bevindingen > 0)
                || bevindingen < bedoeldAfgekeurd;
        if (geweigerd) {
            org.slf4j.LoggerFactory.getLogger(Demostappen.class)
                    .warn(
                            "Demoregio: {} {} geweigerd ({}): {}",
                            verwerkt.berichttype(),
                            verwerkt.identificatie(),
                            verwerkt.status(),
                            verwerkt.bevindingen().stream().limit(3).toList());
        }
        return new Stapuitkomst(1, geweigerd ? 1 : 0, bedoeldAfgekeurd > 0 ? bevindingen : 0, false);
    }

    private Berichtgegevens ontvang(byte[] bericht, String sleutel) {
        SecurityContext eerder = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        UUID id;
        try {
            id = bus.ontvang(bericht, Kanaal.MAP, "demoregio-" + sleutel + ".xml")
                    .id();
        } finally {
            SecurityContextHolder.setContext(eerder);
        }
        return als(backoffice(), () -> bus.gegevens(id));
    }

    /**
     * Identification of a message (at most 12 characters): unique per aanbieder, derived from the step so a resumed load
     * sends the same one again.
     */
    static Berichtmaker.Afzending afzending(
            AgbCode aanbieder, GemeenteCode gemeente, String sleutel, LocalDate dagtekening) {
        long hash = 0xcbf29ce484222325L;
        for (char c : sleutel.toCharArray()) {
            hash = (hash ^ c) * 0x100000001b3L;
        }
        String code = Long.toString(Math.floorMod(hash, 3_656_158_440_062_976L), 36);
        return new Berichtmaker.Afzending(aanbieder, gemeente, "DR" + code, dagtekening);
    }

    private long tarief(AgbCode aanbieder, String product, LocalDate dag) {
        String sleutel = aanbieder.value() + product + dag.getYear();
        return tarieven.computeIfAbsent(
                sleutel,
                k -> contracten.tarievenOp(aanbieder, product, dag).stream()
                        .findFirst()
                        .map(GeldendTarief::bedrag)
                        .orElseThrow(() -> new IllegalStateException(
                                "Geen tarief voor " + aanbieder + " " + product + " op " + dag))
                        .eurocent());
    }

    /** What was delivered in the days {@code van}..{@code tot}: every etmaal, or most of the hours or dagdelen. */
    static long volume(Aanbod aanbod, LocalDate van, LocalDate tot, SplittableRandom toeval) {
        long dagen = java.time.temporal.ChronoUnit.DAYS.between(van, tot) + 1;
        if (aanbod.eenheid() == Eenheid.ETMAAL) {
            return dagen;
        }
        if (aanbod.frequentie() == nl.jeugdregie.kern.codelijst.Frequentie.PER_MAAND) {
            return aanbod.volume();
        }
        long hoogstens = aanbod.volume() * ((dagen + 6) / 7);
        long geleverd = Math.round(dagen / 7.0 * aanbod.volume() * (0.6 + 0.35 * toeval.nextDouble()));
        return Math.max(1, Math.min(hoogstens, geleverd));
    }

    /** A triage whose advice is the step of the product, so the besluit follows the advice. */
    static Triage triage(Aanbod aanbod, Casus casus) {
        Map<Levensdomein, Triage.Domeinbeoordeling> domeinen = new EnumMap<>(Levensdomein.class);
        for (Levensdomein domein : Levensdomein.values()) {
            domeinen.put(domein, new Triage.Domeinbeoordeling(Ernst.LICHT, "Betrokken ouders", null));
        }
        Trede trede = aanbod.trede();
        boolean thuisVeilig = !trede.metVerblijf();
        switch (trede) {
            case DAGHULP -> {
                domeinen.put(Levensdomein.ONTWIKKELING, ernstig());
                domeinen.put(Levensdomein.SCHOOL, ernstig());
            }
            case RESIDENTIEEL, GESLOTEN ->
                domeinen.put(
                        Levensdomein.GEZONDHEID,
                        new Triage.Domeinbeoordeling(Ernst.ACUUT, null, "Acute psychische problemen"));
            case GEZINSVORM ->
                domeinen.put(
                        Levensdomein.OPVOEDING,
                        new Triage.Domeinbeoordeling(Ernst.ERNSTIG, null, "Opvoeding thuis lukt niet meer"));
            default -> domeinen.put(Levensdomein.GEZONDHEID, ernstig());
        }
        List<Triage.Deelnemer> deelnemers = new ArrayList<>();
        deelnemers.add(new Triage.Deelnemer(Deelnemersrol.OUDER, casus.persoon().ouder(), "Wil hulp voor het kind"));
        boolean ouderDanTwaalf = casus.persoon()
                .geboortedatum()
                .plusYears(12)
                .isBefore(casus.trajecten().get(0).aanvraag());
        if (ouderDanTwaalf) {
            deelnemers.add(
                    new Triage.Deelnemer(Deelnemersrol.JEUGDIGE, casus.persoon().voornaam(), "Wil dat het beter gaat"));
        }
        return new Triage(
                domeinen,
                new Triage.Veiligheid(!thuisVeilig, !thuisVeilig, !thuisVeilig, thuisVeilig),
                aanbod.crisis() ? Urgentie.CRISIS : Urgentie.NORMAAL,
                deelnemers,
                ouderDanTwaalf ? "Ik wil weer lekker naar school" : null);
    }

    private static Triage.Domeinbeoordeling ernstig() {
        return new Triage.Domeinbeoordeling(Ernst.ERNSTIG, null, "Grote zorgen");
    }

    private static String omschrijving(Traject traject) {
        return "Hulpvraag voor " + traject.aanbod().code() + " ("
                + traject.herkomst().route().omschrijving() + ").";
    }

    // --- who takes the step ---

    private static JwtAuthenticationToken toegangVan(GemeenteCode... gemeenten) {
        String naam = "demoregio-toegang-" + gemeenten[gemeenten.length - 1].value();
        return token(
                naam,
                "TOEGANG",
                Set.of(gemeenten).stream().map(GemeenteCode::value).sorted().toList());
    }

    private static JwtAuthenticationToken backoffice() {
        return token("demoregio-backoffice", "BACKOFFICE", List.of());
    }

    private static JwtAuthenticationToken token(String naam, String rol, List<String> gemeenten) {
        Jwt.Builder jwt = Jwt.withTokenValue("demoregio")
                .header("alg", "none")
                .subject(naam)
                .claim("preferred_username", naam)
                .claim("name", "Demoregio (" + naam + ")")
                .claim("organisatie", "Demoregio Twente")
                .claim("roles", List.of(rol));
        if (!gemeenten.isEmpty()) {
            jwt.claim("gemeenten", gemeenten);
        }
        return new JwtAuthenticationToken(jwt.build(), List.of(new SimpleGrantedAuthority("ROLE_" + rol)), naam);
    }

    private static <T> T als(JwtAuthenticationToken wie, Supplier<T> werk) {
        SecurityContext eerder = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(wie);
        SecurityContextHolder.setContext(context);
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.setContext(eerder);
        }
    }
}
