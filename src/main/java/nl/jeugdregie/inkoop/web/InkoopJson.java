package nl.jeugdregie.inkoop.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.inkoop.Aanbieder;
import nl.jeugdregie.inkoop.Budgetstand;
import nl.jeugdregie.inkoop.Contactpersoon;
import nl.jeugdregie.inkoop.Contract;
import nl.jeugdregie.inkoop.Contractproduct;
import nl.jeugdregie.inkoop.Contractwijziging;
import nl.jeugdregie.inkoop.GeldendTarief;
import nl.jeugdregie.inkoop.Importtaak;
import nl.jeugdregie.inkoop.Importverslag;
import nl.jeugdregie.inkoop.Locatie;
import nl.jeugdregie.inkoop.Ontwikkelafspraak;
import nl.jeugdregie.inkoop.Product;
import nl.jeugdregie.inkoop.Productwijziging;
import nl.jeugdregie.inkoop.Tarief;
import nl.jeugdregie.inkoop.Wachttijd;
import nl.jeugdregie.inkoop.Wachttijdmeting;
import nl.jeugdregie.kern.codelijst.Code;

/** The JSON representations of the inkoop API: codes with their description, dates inclusive. */
final class InkoopJson {

    private InkoopJson() {}

    record CodeJson(String code, String omschrijving) {
        static CodeJson van(Code code) {
            return code == null ? null : new CodeJson(code.code(), code.omschrijving());
        }
    }

    record AanbiederJson(
            String agb,
            String kvk,
            String naam,
            String relatie,
            String status,
            String website,
            List<String> aliassen,
            boolean demo) {
        static AanbiederJson van(Aanbieder a) {
            return new AanbiederJson(
                    a.agb().value(),
                    a.kvk(),
                    a.naam(),
                    a.relatie().name(),
                    a.status().name(),
                    a.website(),
                    a.aliassen(),
                    a.demo());
        }
    }

    record AanbiederDetailJson(AanbiederJson aanbieder, List<Locatie> locaties, List<Contactpersoon> contactpersonen) {}

    record BudgetJson(
            int jaar,
            BigDecimal plafond,
            BigDecimal verplicht,
            BigDecimal resterend,
            BigDecimal percentage,
            int signaleringsgrens,
            String signaal,
            String melding) {
        static BudgetJson van(Budgetstand b) {
            return new BudgetJson(
                    b.jaar(),
                    b.plafond().inEuro(),
                    b.verplicht().inEuro(),
                    b.resterend().inEuro(),
                    b.percentage(),
                    b.signaleringsgrens(),
                    b.signaal().name(),
                    b.melding());
        }
    }

    record ProductJson(
            String code,
            String omschrijving,
            CodeJson categorie,
            String uitvoeringsvariant,
            boolean variantAfgeleid,
            List<CodeJson> eenheden,
            List<CodeJson> frequenties,
            CodeJson hulpvorm,
            Boolean metVerblijf,
            String dimensieCode,
            String dimensieOmschrijving,
            String nzaDeclaratiecode,
            String bron,
            LocalDate vervallenOp,
            CodeJson jeugdzorgvorm,
            boolean jeugdzorgvormStandaard) {
        static ProductJson van(Product p) {
            return new ProductJson(
                    p.code(),
                    p.omschrijving(),
                    CodeJson.van(p.categorie()),
                    p.uitvoeringsvariant().name(),
                    p.variantAfgeleid(),
                    p.eenheden().stream().map(CodeJson::van).toList(),
                    p.frequenties().stream().map(CodeJson::van).toList(),
                    CodeJson.van(p.hulpvorm()),
                    p.hulpvorm() == null ? null : p.hulpvorm().isMetVerblijf(),
                    p.dimensieCode(),
                    p.dimensieOmschrijving(),
                    p.nzaDeclaratiecode(),
                    p.bron().name(),
                    p.vervallenOp(),
                    CodeJson.van(p.jeugdzorgvorm()),
                    p.jeugdzorgvormStandaard());
        }
    }

    record ContractJson(
            long id,
            String nummer,
            String agb,
            String aanbiedernaam,
            String perceel,
            LocalDate begindatum,
            LocalDate einddatum,
            String toelichting) {
        static ContractJson van(Contract c) {
            return new ContractJson(
                    c.id(),
                    c.nummer(),
                    c.agb().value(),
                    c.aanbiedernaam(),
                    c.perceel(),
                    c.looptijd().begin(),
                    c.looptijd().eind(),
                    c.toelichting());
        }
    }

    /** A tariff; {@code totEindeContract}: entered without an end date, {@code einddatum} is then the contract's. */
    record TariefJson(
            long id,
            BigDecimal bedrag,
            long eurocent,
            LocalDate begindatum,
            LocalDate einddatum,
            boolean totEindeContract) {
        static TariefJson van(Tarief t) {
            return new TariefJson(
                    t.id(),
                    t.bedrag().inEuro(),
                    t.bedrag().eurocent(),
                    t.geldig().begin(),
                    t.geldig().eind(),
                    t.totEindeContract());
        }
    }

    record ContractproductJson(String productcode, String omschrijving, CodeJson eenheid, List<TariefJson> tarieven) {
        static ContractproductJson van(Contractproduct p) {
            return new ContractproductJson(
                    p.productcode(),
                    p.omschrijving(),
                    CodeJson.van(p.eenheid()),
                    p.tarieven().stream().map(TariefJson::van).toList());
        }
    }

    record ContractDetailJson(
            ContractJson contract,
            List<ContractproductJson> producten,
            List<OntwikkelafspraakJson> ontwikkelafspraken) {}

    record GeldendTariefJson(
            long contractId,
            String contractnummer,
            String agb,
            String productcode,
            CodeJson eenheid,
            BigDecimal bedrag,
            long eurocent,
            LocalDate begindatum,
            LocalDate einddatum) {
        static GeldendTariefJson van(GeldendTarief t) {
            return new GeldendTariefJson(
                    t.contractId(),
                    t.contractnummer(),
                    t.agb().value(),
                    t.productcode(),
                    CodeJson.van(t.eenheid()),
                    t.bedrag().inEuro(),
                    t.bedrag().eurocent(),
                    t.geldig().begin(),
                    t.geldig().eind());
        }
    }

    record WijzigingJson(OffsetDateTime tijdstip, String gebruiker, String soort, String omschrijving) {
        static WijzigingJson van(Contractwijziging w) {
            return new WijzigingJson(w.tijdstip(), w.gebruiker(), w.soort(), w.omschrijving());
        }

        static WijzigingJson van(Productwijziging w) {
            return new WijzigingJson(w.tijdstip(), w.gebruiker(), w.soort(), w.omschrijving());
        }
    }

    record OntwikkelafspraakJson(
            long id,
            String opgave,
            String opgaveOmschrijving,
            String indicator,
            BigDecimal nulmeting,
            BigDecimal streefwaarde,
            String eenheid,
            LocalDate streefdatum,
            BigDecimal voortgangProcent,
            List<Ontwikkelafspraak.Voortgang> voortgang) {
        static OntwikkelafspraakJson van(Ontwikkelafspraak a) {
            return new OntwikkelafspraakJson(
                    a.id(),
                    a.opgave().name(),
                    a.opgave().omschrijving(),
                    a.indicator(),
                    a.nulmeting(),
                    a.streefwaarde(),
                    a.eenheid(),
                    a.streefdatum(),
                    a.voortgangProcent().orElse(null),
                    a.voortgang());
        }
    }

    record WachttijdJson(
            long id,
            String agb,
            String aanbiedernaam,
            String productcode,
            String productomschrijving,
            String aanbod,
            String locatie,
            BigDecimal wekenTotIntake,
            BigDecimal wekenTotStart,
            BigDecimal wekenTotaal,
            Integer vrijePlaatsen,
            boolean aanmeldstop,
            String toelichting,
            String bron,
            String bronUrl,
            LocalDate bevestigdOp,
            boolean verouderd,
            OffsetDateTime gewijzigdOp,
            String gewijzigdDoor) {
        static WachttijdJson van(Wachttijd w) {
            return new WachttijdJson(
                    w.id(),
                    w.agb().value(),
                    w.aanbiedernaam(),
                    w.productcode(),
                    w.productomschrijving(),
                    w.aanbod(),
                    w.locatie(),
                    w.wekenTotIntake(),
                    w.wekenTotStart(),
                    w.totaalWeken().orElse(null),
                    w.vrijePlaatsen(),
                    w.aanmeldstop(),
                    w.toelichting(),
                    w.bron().name(),
                    w.bronUrl(),
                    w.bevestigdOp(),
                    w.verouderd(),
                    w.gewijzigdOp(),
                    w.gewijzigdDoor());
        }
    }

    record MetingJson(
            LocalDate bevestigdOp,
            BigDecimal wekenTotIntake,
            BigDecimal wekenTotStart,
            Integer vrijePlaatsen,
            boolean aanmeldstop,
            String bron,
            OffsetDateTime geregistreerdOp,
            String geregistreerdDoor) {
        static MetingJson van(Wachttijdmeting m) {
            return new MetingJson(
                    m.bevestigdOp(),
                    m.wekenTotIntake(),
                    m.wekenTotStart(),
                    m.vrijePlaatsen(),
                    m.aanmeldstop(),
                    m.bron().name(),
                    m.geregistreerdOp(),
                    m.geregistreerdDoor());
        }
    }

    /**
     * The status of an import: how far it is, how many lines had which outcome, and, when it was refused or failed,
     * why. The lines themselves are at {@code regels}.
     */
    record ImportJson(
            UUID id,
            String soort,
            String status,
            boolean proef,
            int regels,
            int verwerkt,
            int procent,
            Map<String, Integer> uitkomsten,
            List<String> vervallen,
            String melding,
            String gestartDoor,
            OffsetDateTime gestartOp,
            OffsetDateTime klaarOp,
            String regelsUri) {
        static ImportJson van(Importtaak taak) {
            Importverslag verslag = taak.verslag();
            Map<String, Integer> uitkomsten = new java.util.LinkedHashMap<>();
            verslag.telling().forEach((uitkomst, aantal) -> uitkomsten.put(uitkomst.name(), aantal));
            return new ImportJson(
                    taak.id(),
                    taak.soort().name(),
                    taak.status().name(),
                    verslag.proef(),
                    verslag.totaal(),
                    verslag.verwerkt(),
                    verslag.procent(),
                    uitkomsten,
                    verslag.vervallen(),
                    taak.melding(),
                    taak.gestartDoor(),
                    taak.gestartOp(),
                    taak.klaarOp(),
                    ImportenApi.PAD + "/" + taak.id() + "/regels");
        }
    }
}
