package nl.jeugdregie.beveiliging;

/**
 * A login that failed, on the login page or on the API. Published outside any transaction, at the
 * moment of the attempt, for the toegangslog.
 *
 * @param gebruikersnaam the user name as typed (at most 100 characters)
 * @param adres the client address (from {@code X-Forwarded-For} only when the proxy is trusted)
 * @param reden why it failed
 * @param kanaal where: {@code inlogpagina}, {@code API} or {@code wachtwoord wijzigen}
 */
public record InlogMislukt(String gebruikersnaam, String adres, Reden reden, String kanaal) {

    public InlogMislukt {
        gebruikersnaam = gebruikersnaam == null ? "" : afgekapt(gebruikersnaam.strip());
        adres = adres == null ? "" : adres;
    }

    /** Why a login failed. */
    public enum Reden {
        ONBEKEND("onbekende gebruiker"),
        ONJUIST_WACHTWOORD("onjuist wachtwoord"),
        GEBLOKKEERD("tijdelijk geblokkeerd na te veel mislukte pogingen"),
        INACTIEF("gebruiker is niet actief");

        private final String omschrijving;

        Reden(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    private static String afgekapt(String tekst) {
        return tekst.length() <= 100 ? tekst : tekst.substring(0, 100);
    }
}
