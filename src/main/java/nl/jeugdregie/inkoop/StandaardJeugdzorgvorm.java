package nl.jeugdregie.inkoop;

import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;

/**
 * The jeugdzorgvorm a product has until inkoop sets one. The same rule, in SQL, gave every product present when the
 * mapping came in its jeugdzorgvorm ({@code inkoop.standaard_jeugdzorgvorm} in {@code V4__jeugdzorgvorm.sql});
 * JeugdzorgvormTests keeps the two equal. In order:
 *
 * <ol>
 *   <li>the product's CBS hulpvorm (the dimensie of the official list), where it has one;
 *   <li>the hulpvorm of the 2015 categories 31 to 38;
 *   <li>by category: persoonlijke verzorging in the netwerk, dagbehandeling as daghulp, jeugdhulp verblijf as overig
 *       residentieel, jeugdhulp ambulant, ggz and kindergeneeskunde as ambulant, jeugdreclassering and
 *       jeugdbescherming as themselves;
 *   <li>crisis by its omschrijving ({@link #volgensOmschrijving}), otherwise ambulant;
 *   <li>vervoer, the preventief justitieel kader, maatwerkarrangementen and landelijk ingekochte zorg only by their
 *       omschrijving, otherwise none: these say nothing about the form of help.
 * </ol>
 */
final class StandaardJeugdzorgvorm {

    private StandaardJeugdzorgvorm() {}

    static Optional<Jeugdzorgvorm> van(Productcategorie categorie, Hulpvorm hulpvorm, String omschrijving) {
        if (hulpvorm != null) {
            return Optional.of(Jeugdzorgvorm.van(hulpvorm));
        }
        if (categorie.hulpvorm().isPresent()) {
            return categorie.hulpvorm().map(Jeugdzorgvorm::van);
        }
        return switch (categorie) {
            case PERSOONLIJKE_VERZORGING -> Optional.of(Jeugdzorgvorm.NETWERK);
            case DAGBEHANDELING -> Optional.of(Jeugdzorgvorm.DAGHULP);
            case JEUGDHULP_VERBLIJF_INCLUSIEF_BEHANDELING, JEUGDHULP_VERBLIJF_EXCLUSIEF_BEHANDELING ->
                Optional.of(Jeugdzorgvorm.OVERIG_VERBLIJF);
            case JEUGDHULP_AMBULANT, GENERALISTISCHE_BASIS_GGZ, SPECIALISTISCHE_GGZ, KINDERGENEESKUNDE, JEUGD_GGZ ->
                Optional.of(Jeugdzorgvorm.AMBULANT);
            case JEUGDRECLASSERING -> Optional.of(Jeugdzorgvorm.JEUGDRECLASSERING);
            case JEUGDBESCHERMING -> Optional.of(Jeugdzorgvorm.JEUGDBESCHERMING);
            case JEUGDHULP_CRISIS -> volgensOmschrijving(omschrijving).or(() -> Optional.of(Jeugdzorgvorm.AMBULANT));
            default -> volgensOmschrijving(omschrijving);
        };
    }

    static Optional<Jeugdzorgvorm> van(Product product) {
        return van(product.categorie(), product.hulpvorm(), product.omschrijving());
    }

    /**
     * What the omschrijving makes clear: pleegzorg, a gezinshuis (gezinsgericht), verblijf (unless "zonder verblijf":
     * overig residentieel) or ambulant.
     */
    private static Optional<Jeugdzorgvorm> volgensOmschrijving(String omschrijving) {
        String tekst = omschrijving == null ? "" : omschrijving.toLowerCase(Locale.ROOT);
        if (tekst.contains("pleegzorg")) {
            return Optional.of(Jeugdzorgvorm.PLEEGZORG);
        }
        if (tekst.contains("gezinshuis")) {
            return Optional.of(Jeugdzorgvorm.GEZINSGERICHT);
        }
        if (tekst.contains("verblijf") && !tekst.contains("zonder verblijf")) {
            return Optional.of(Jeugdzorgvorm.OVERIG_VERBLIJF);
        }
        if (tekst.contains("ambulant")) {
            return Optional.of(Jeugdzorgvorm.AMBULANT);
        }
        return Optional.empty();
    }
}
