package nl.jeugdregie.toegangslog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.toegangslog.ToegangslogRepository.Ketenkop;
import nl.jeugdregie.toegangslog.logging.BsnMasker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The toegangslog (NEN 7513): every module reports here each read or change of a jeugdige's
 * personal data. Entries are append-only (the database refuses updates and deletes) and chained by
 * hash, which {@link #controleer()} verifies.
 *
 * <p>{@link #registreer(Gebeurtenis)} joins the caller's read-write transaction, so the entry and the
 * data change commit or roll back together; without a transaction, or in a read-only one (a read),
 * it writes the entry in a transaction of its own. Writers take turns on the head of the chain
 * until their transaction ends, so keep transactions that register short.
 */
@Service
public class Toegangslog {

    /** Recorded as the user when no one is signed in (scheduled work, incoming messages). */
    public static final String SYSTEEM = "systeem";

    private final ToegangslogRepository opslag;
    private final Pseudonimisering pseudonimisering;
    private final Autorisatie autorisatie;
    private final Clock clock;
    private final TransactionTemplate eigenTransactie;
    private final TransactionTemplate controleTransactie;

    Toegangslog(
            ToegangslogRepository opslag,
            Pseudonimisering pseudonimisering,
            Autorisatie autorisatie,
            Clock clock,
            PlatformTransactionManager transacties) {
        this.opslag = opslag;
        this.pseudonimisering = pseudonimisering;
        this.autorisatie = autorisatie;
        this.clock = clock;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.controleTransactie = new TransactionTemplate(transacties);
        this.controleTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.controleTransactie.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.controleTransactie.setReadOnly(true);
    }

    /** Records one access by the signed-in user (or {@link #SYSTEEM}), now. */
    public void registreer(Gebeurtenis toegang) {
        registreer(List.of(toegang));
    }

    /** Records several accesses at once, e.g. every jeugdige shown in a list. */
    public void registreer(List<Gebeurtenis> toegangen) {
        if (toegangen.isEmpty()) {
            return;
        }
        Handelende handelende = handelende();
        schrijfInDeTransactie(inhoud(toegangen, handelende), handelende);
    }

    /**
     * Records an access to many jeugdigen known here only by their pseudonym, as one entry each (a bulk read or export
     * of pseudonymised rows, which holds no BSN to give).
     */
    public void registreerPseudoniemen(
            Collection<String> pseudoniemen, Actie actie, String gegevens, String toelichting) {
        if (pseudoniemen.isEmpty()) {
            return;
        }
        Handelende handelende = handelende();
        schrijfInDeTransactie(
                pseudoniemen.stream()
                        .sorted()
                        .map(pseudoniem -> new Regelinhoud(
                                tekst(handelende.organisatie()),
                                pseudoniem,
                                actie,
                                tekst(gegevens),
                                tekst(toelichting)))
                        .toList(),
                handelende);
    }

    /** Writes in the caller's transaction when it may write, so the entries roll back with its work; else in one of its own. */
    private void schrijfInDeTransactie(List<Regelinhoud> regels, Handelende handelende) {
        Instant tijdstip = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            schrijf(regels, handelende, tijdstip);
        } else {
            eigenTransactie.executeWithoutResult(status -> schrijf(regels, handelende, tijdstip));
        }
    }

    /**
     * Records a security event (a failed login, a refused access) for the user named, not the one
     * signed in, and for no jeugdige. Always in a transaction of its own: call it only outside a
     * transaction or after one ended ({@link Beveiligingsgebeurtenissen}), so the entry stays even when
     * the request's work rolled back.
     */
    void registreerBeveiligingsgebeurtenis(
            String gebruiker, String rollen, String organisatie, Actie actie, String gegevens, String toelichting) {
        Handelende handelende = new Handelende(tekst(gebruiker), tekst(rollen), tekst(organisatie));
        Regelinhoud inhoud = new Regelinhoud(handelende.organisatie(), "", actie, tekst(gegevens), tekst(toelichting));
        Instant tijdstip = clock.instant().truncatedTo(ChronoUnit.MICROS);
        eigenTransactie.executeWithoutResult(status -> schrijf(List.of(inhoud), handelende, tijdstip));
    }

    /** Entries matching the filters, newest first. */
    public Resultaatpagina<Logregel> zoek(Zoekvraag vraag, Paginering paginering) {
        return opslag.zoek(Objects.requireNonNull(vraag, "vraag"), paginering);
    }

    /**
     * Checks the whole chain: every entry links to the one before it, its hash matches its content,
     * and the last entry is the one the head of the chain records.
     */
    public Ketencontroleresultaat controleer() {
        Instant tijdstip = clock.instant();
        return controleTransactie.execute(status -> {
            Ketencontrole controle = new Ketencontrole();
            opslag.doorloop(controle::regel);
            return controle.resultaat(opslag.kop(), tijdstip);
        });
    }

    /** What one entry says besides who and when: the jeugdige already as its pseudonym. */
    private record Regelinhoud(String namens, String jeugdige, Actie actie, String gegevens, String toelichting) {}

    private List<Regelinhoud> inhoud(List<Gebeurtenis> toegangen, Handelende handelende) {
        return toegangen.stream()
                .map(toegang -> new Regelinhoud(
                        tekst(toegang.namens() == null ? handelende.organisatie() : toegang.namens()),
                        pseudonimisering.pseudoniem(toegang.jeugdige()),
                        toegang.actie(),
                        tekst(toegang.gegevens()),
                        tekst(toegang.toelichting())))
                .toList();
    }

    private void schrijf(List<Regelinhoud> regels, Handelende handelende, Instant tijdstip) {
        Ketenkop kop = opslag.vergrendelKop();
        String vorigeHash = kop.laatsteHash();
        long laatsteId = kop.laatsteId();
        for (Regelinhoud inhoud : regels) {
            Logregel regel = Hashketen.verzegel(new Logregel(
                    opslag.volgendId(),
                    tijdstip,
                    handelende.gebruiker(),
                    handelende.rollen(),
                    handelende.organisatie(),
                    inhoud.namens(),
                    inhoud.jeugdige(),
                    inhoud.actie(),
                    inhoud.gegevens(),
                    inhoud.toelichting(),
                    vorigeHash,
                    null));
            opslag.voegToe(regel);
            vorigeHash = regel.hash();
            laatsteId = regel.id();
        }
        opslag.verplaatsKop(new Ketenkop(laatsteId, vorigeHash, kop.aantal() + regels.size()));
    }

    /** Free text as stored: never null, and never a BSN in clear. */
    private static String tekst(String waarde) {
        return waarde == null ? "" : BsnMasker.maskeer(waarde.strip());
    }

    private Handelende handelende() {
        return autorisatie.huidigeGebruiker().map(Handelende::van).orElse(new Handelende(SYSTEEM, "", ""));
    }

    private record Handelende(String gebruiker, String rollen, String organisatie) {
        static Handelende van(Gebruiker gebruiker) {
            String rollen = gebruiker.rollen().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            return new Handelende(
                    gebruiker.gebruikersnaam(), rollen, gebruiker.organisatie() == null ? "" : gebruiker.organisatie());
        }
    }

    /** Walks the chain in order and remembers the first break. */
    static final class Ketencontrole {
        private String verwachteVorigeHash = Hashketen.BEGIN;
        private long gecontroleerd;
        private long fouteRegel;
        private String reden;

        void regel(Logregel regel) {
            if (reden != null) {
                return;
            }
            gecontroleerd++;
            if (!regel.vorigeHash().equals(verwachteVorigeHash)) {
                breuk(regel.id(), "de regel sluit niet aan op de vorige regel (regels verwijderd of ingevoegd).");
            } else if (!Hashketen.hash(regel).equals(regel.hash())) {
                breuk(regel.id(), "de inhoud van de regel is gewijzigd.");
            }
            verwachteVorigeHash = regel.hash();
        }

        Ketencontroleresultaat resultaat(Ketenkop kop, Instant tijdstip) {
            if (reden == null && (!kop.laatsteHash().equals(verwachteVorigeHash) || kop.aantal() != gecontroleerd)) {
                breuk(
                        kop.laatsteId(),
                        "het log telt " + gecontroleerd + " regels, de kop van de keten verwacht er " + kop.aantal()
                                + " (regels aan het eind verwijderd of toegevoegd).");
            }
            return reden == null
                    ? Ketencontroleresultaat.intact(gecontroleerd, tijdstip)
                    : Ketencontroleresultaat.gebroken(gecontroleerd, fouteRegel, reden, tijdstip);
        }

        private void breuk(long regel, String reden) {
            this.fouteRegel = regel;
            this.reden = reden;
        }
    }
}
