package nl.jeugdregie.beveiliging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles logins per account and per client address, with the counters in PostgreSQL so every node
 * sees the same. From the {@link Drempel#pogingen}th failure in a row a key is locked, first for
 * {@link Drempel#eersteBlokkade}, then twice as long after each further failure, up to {@link
 * Drempel#langsteBlokkade}. A success clears the account's counter (not the address's: one valid
 * account must not reset a spray over many others); a counter is forgotten {@link Drempel#vergeten}
 * after its last failure. The account key is the name as typed, whether the account exists or not,
 * so a lockout tells nothing about which accounts exist.
 */
@Component
class Inlogbegrenzer {

    /** The lockout policy of one kind of key. */
    record Drempel(int pogingen, Duration eersteBlokkade, Duration langsteBlokkade, Duration vergeten) {

        /** How long a key is locked after this many failures in a row; zero below the threshold. */
        Duration blokkade(int mislukt) {
            if (mislukt < pogingen) {
                return Duration.ZERO;
            }
            int verdubbelingen = Math.min(mislukt - pogingen, 20);
            Duration duur = eersteBlokkade.multipliedBy(1L << verdubbelingen);
            return duur.compareTo(langsteBlokkade) > 0 ? langsteBlokkade : duur;
        }
    }

    /** An account: 5 wrong attempts, then 1, 2, 4, 8 and at most 15 minutes. */
    static final Drempel ACCOUNT = new Drempel(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(24));

    /**
     * A client address: more room, since many people share an office's address; it stops one address
     * from trying a few passwords on many accounts.
     */
    static final Drempel ADRES = new Drempel(20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

    private final JdbcClient jdbc;
    private final Clock clock;

    Inlogbegrenzer(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Until when a login for this name from this address is refused without checking it, if it is. */
    Optional<Instant> geblokkeerdTot(String gebruikersnaam, String adres) {
        Instant nu = clock.instant();
        return jdbc.sql("""
                        select max(geblokkeerd_tot) from beveiliging.inlogteller
                        where ((soort = 'account' and sleutel = :account) or (soort = 'adres' and sleutel = :adres))
                          and geblokkeerd_tot > :nu""")
                .param("account", account(gebruikersnaam))
                .param("adres", adres(adres))
                .param("nu", tijd(nu))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** Counts a failed login for the name and the address, locking either when it reaches its threshold. */
    void mislukt(String gebruikersnaam, String adres) {
        Instant nu = clock.instant();
        tel("account", account(gebruikersnaam), ACCOUNT, nu);
        tel("adres", adres(adres), ADRES, nu);
        jdbc.sql("delete from beveiliging.inlogteller where laatste_mislukking < :grens")
                .param("grens", tijd(nu.minus(ACCOUNT.vergeten())))
                .update();
    }

    /** A successful login clears the account's counter. */
    void geslaagd(String gebruikersnaam) {
        jdbc.sql("delete from beveiliging.inlogteller where soort = 'account' and sleutel = :account")
                .param("account", account(gebruikersnaam))
                .update();
    }

    private void tel(String soort, String sleutel, Drempel drempel, Instant nu) {
        int mislukt = jdbc.sql("""
                        insert into beveiliging.inlogteller as t (soort, sleutel, mislukt, laatste_mislukking)
                        values (:soort, :sleutel, 1, :nu)
                        on conflict (soort, sleutel) do update
                        set mislukt = case when t.laatste_mislukking < :vergetenVoor then 1 else t.mislukt + 1 end,
                            laatste_mislukking = :nu
                        returning mislukt""")
                .param("soort", soort)
                .param("sleutel", sleutel)
                .param("nu", tijd(nu))
                .param("vergetenVoor", tijd(nu.minus(drempel.vergeten())))
                .query(Integer.class)
                .single();
        Duration blokkade = drempel.blokkade(mislukt);
        if (!blokkade.isZero()) {
            jdbc.sql(
                            "update beveiliging.inlogteller set geblokkeerd_tot = :tot where soort = :soort and sleutel = :sleutel")
                    .param("tot", tijd(nu.plus(blokkade)))
                    .param("soort", soort)
                    .param("sleutel", sleutel)
                    .update();
        }
    }

    static String account(String gebruikersnaam) {
        String naam = gebruikersnaam == null ? "" : gebruikersnaam.strip().toLowerCase(Locale.ROOT);
        return naam.length() <= 200 ? naam : naam.substring(0, 200);
    }

    private static String adres(String adres) {
        return adres == null || adres.isBlank() ? "onbekend" : adres;
    }

    private static OffsetDateTime tijd(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }
}
