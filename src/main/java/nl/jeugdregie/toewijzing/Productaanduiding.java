package nl.jeugdregie.toewijzing;

import java.util.Optional;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Productcategorie;

/**
 * The product of a toewijzing, start, stop or verzoek (iJw CDT_Product): specifiek (categorie and code), aspecifiek
 * (only a categorie) or generiek (neither, only a budget). The code is up to five characters (LDT_ProductCode).
 */
public record Productaanduiding(Productcategorie categorie, String code) {

    public Productaanduiding {
        if (code != null && code.isBlank()) {
            code = null;
        }
        if (code != null) {
            code = code.strip();
            if (code.length() > 5) {
                throw new OngeldigeWaarde("Productcode is hoogstens 5 tekens, maar '" + code + "' is langer");
            }
            if (categorie == null) {
                throw new OngeldigeWaarde("Een productcode " + code + " hoort bij een productcategorie");
            }
        }
    }

    public static Productaanduiding generiek() {
        return new Productaanduiding(null, null);
    }

    public static Productaanduiding aspecifiek(Productcategorie categorie) {
        return new Productaanduiding(categorie, null);
    }

    public static Productaanduiding specifiek(Productcategorie categorie, String code) {
        if (code == null || code.isBlank()) {
            throw new OngeldigeWaarde("Een specifiek product heeft een productcode");
        }
        return new Productaanduiding(categorie, code);
    }

    public boolean isGeneriek() {
        return categorie == null;
    }

    public boolean isSpecifiek() {
        return code != null;
    }

    public Optional<String> productcode() {
        return Optional.ofNullable(code);
    }

    /**
     * Whether two products count as the same product for stapeling (OP259, OP347, TR361): the same code when
     * specifiek, the same categorie when aspecifiek; a generiek product is the same as every other product.
     */
    public boolean isZelfdeProductAls(Productaanduiding ander) {
        if (isGeneriek() || ander.isGeneriek()) {
            return true;
        }
        if (isSpecifiek() && ander.isSpecifiek()) {
            return categorie == ander.categorie && code.equals(ander.code);
        }
        return categorie == ander.categorie && isSpecifiek() == ander.isSpecifiek();
    }

    /** The key under which the database refuses overlapping periods of the same product. */
    String sleutel() {
        if (isGeneriek()) {
            return "*";
        }
        return categorie.code() + (code == null ? "" : "/" + code);
    }

    @Override
    public String toString() {
        if (isGeneriek()) {
            return "generiek product";
        }
        return code == null ? "productcategorie " + categorie.code() : "product " + categorie.code() + "/" + code;
    }
}
