package nl.jeugdregie.declaratie;

import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/**
 * One Prestatie of a JW323, with the Bsn of its Client: ProductReferentie (ReferentieNummer and, on a credit, the
 * VorigReferentieNummer of the debet it cancels), ToewijzingNummer, product, ProductPeriode, GeleverdVolume in an
 * Eenheid, the optional ProductTarief and the IngediendBedrag (always positive, with DebetCredit).
 */
public record Prestatie(
        String referentienummer,
        String vorigReferentienummer,
        Bsn client,
        Toewijzingnummer toewijzingnummer,
        Productcategorie productcategorie,
        String productcode,
        Periode productperiode,
        long geleverdVolume,
        Eenheid eenheid,
        Bedrag productTarief,
        Bedrag ingediendBedrag,
        DebetCredit debetCredit) {

    public Prestatie {
        if (referentienummer == null || referentienummer.isBlank()) {
            throw new OngeldigeWaarde("Een prestatie heeft een referentienummer");
        }
        if (vorigReferentienummer != null && vorigReferentienummer.isBlank()) {
            vorigReferentienummer = null;
        }
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(toewijzingnummer, "toewijzingnummer");
        Objects.requireNonNull(productcategorie, "productcategorie");
        Objects.requireNonNull(eenheid, "eenheid");
        Objects.requireNonNull(debetCredit, "debetCredit");
        if (productperiode == null || productperiode.isOpen()) {
            throw new OngeldigeWaarde("Een ProductPeriode heeft een begin- en einddatum");
        }
        if (geleverdVolume < 0) {
            throw new OngeldigeWaarde("GeleverdVolume kan niet negatief zijn");
        }
        if (ingediendBedrag == null || ingediendBedrag.isNegatief()) {
            throw new OngeldigeWaarde("IngediendBedrag is een positief bedrag met DebetCredit");
        }
        if (productTarief != null && productTarief.isNegatief()) {
            throw new OngeldigeWaarde("ProductTarief kan niet negatief zijn");
        }
    }

    public boolean isCredit() {
        return debetCredit == DebetCredit.CREDIT;
    }

    public Optional<Bedrag> tarief() {
        return Optional.ofNullable(productTarief);
    }

    /** The amount with its sign: negative for a credit. */
    public Bedrag saldo() {
        return isCredit() ? ingediendBedrag.negatief() : ingediendBedrag;
    }

    /** The volume with its sign: negative for a credit. */
    long volumeSaldo() {
        return isCredit() ? -geleverdVolume : geleverdVolume;
    }
}
