package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commitments of strategic partners to the ontwikkelopgaven, and their reported progress. */
@Service
public class OntwikkelopgaveService {

    private final OntwikkelopgaveRepository repository;
    private final ContractService contracten;
    private final AanbiederService aanbieders;
    private final Inkooprechten toegang;
    private final Clock clock;

    OntwikkelopgaveService(
            OntwikkelopgaveRepository repository,
            ContractService contracten,
            AanbiederService aanbieders,
            Inkooprechten toegang,
            Clock clock) {
        this.repository = repository;
        this.contracten = contracten;
        this.aanbieders = aanbieders;
        this.toegang = toegang;
        this.clock = clock;
    }

    public List<Ontwikkelafspraak> afspraken(long contractId) {
        return repository.afspraken(contractId);
    }

    /** Records a commitment; only strategic partners take part in the ontwikkelopgaven. */
    @Transactional
    public Ontwikkelafspraak voegAfspraakToe(
            long contractId,
            Ontwikkelopgave opgave,
            String indicator,
            BigDecimal nulmeting,
            BigDecimal streefwaarde,
            String eenheid,
            LocalDate streefdatum) {
        Contract contract = contracten.vereis(contractId);
        if (!aanbieders.vereis(contract.agb()).isStrategischPartner()) {
            throw new OngeldigeInvoer(
                    "opgave", "Afspraken over ontwikkelopgaven worden alleen met strategische partners gemaakt");
        }
        long id = repository.voegAfspraakToe(new Ontwikkelafspraak(
                0,
                contractId,
                opgave,
                indicator.trim(),
                nulmeting,
                streefwaarde,
                eenheid.trim(),
                streefdatum,
                List.of()));
        contracten.registreer(
                contractId,
                "ONTWIKKELOPGAVE",
                "Afspraak " + opgave.omschrijving() + " toegevoegd: " + indicator.trim() + ", streefwaarde "
                        + Notatie.metEenheid(streefwaarde, eenheid) + " op "
                        + Datumbereik.datum(streefdatum));
        return vereis(contractId, id);
    }

    /** Reports the value of the indicator on a peildatum; one report per peildatum. */
    @Transactional
    public Ontwikkelafspraak rapporteer(
            long contractId, long afspraakId, LocalDate peildatum, BigDecimal waarde, String toelichting) {
        Ontwikkelafspraak afspraak = vereis(contractId, afspraakId);
        if (peildatum.isAfter(LocalDate.now(clock))) {
            throw new OngeldigeInvoer("peildatum", "De peildatum ligt in de toekomst");
        }
        try {
            repository.rapporteer(
                    afspraakId,
                    new Ontwikkelafspraak.Voortgang(
                            peildatum,
                            waarde,
                            AanbiederService.leegAlsNull(toelichting),
                            toegang.gebruikersnaam(),
                            OffsetDateTime.now(clock)));
        } catch (DuplicateKeyException e) {
            throw new OngeldigeInvoer(
                    "peildatum", "Voor " + Datumbereik.datum(peildatum) + " is de voortgang al gerapporteerd");
        }
        contracten.registreer(
                contractId,
                "ONTWIKKELOPGAVE",
                "Voortgang " + afspraak.opgave().omschrijving() + " (" + afspraak.indicator() + "): "
                        + Notatie.metEenheid(waarde, afspraak.eenheid()) + " op " + Datumbereik.datum(peildatum));
        return vereis(contractId, afspraakId);
    }

    private Ontwikkelafspraak vereis(long contractId, long afspraakId) {
        return afspraken(contractId).stream()
                .filter(a -> a.id() == afspraakId)
                .findFirst()
                .orElseThrow(
                        () -> new NietGevonden("Afspraak " + afspraakId + " hoort niet bij contract " + contractId));
    }
}
