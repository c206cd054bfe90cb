package nl.jeugdregie.beveiliging;

/**
 * A signed-in user was refused something: a page, an API resource, a gemeente's or an aanbieder's
 * data, or the roles an identity provider sent. Published after the request's own transaction has
 * ended (or outside one), so the refusal is recorded even when that transaction rolled back.
 *
 * @param gebruikersnaam who was refused
 * @param rollen the user's roles, comma separated
 * @param organisatie the user's organisation
 * @param wat what was refused, in Dutch, e.g. {@code "Geen toegang tot gegevens van gemeente 0164"}
 * @param toelichting the request (method and path) and the client address
 */
public record ToegangGeweigerd(
        String gebruikersnaam, String rollen, String organisatie, String wat, String toelichting) {}
