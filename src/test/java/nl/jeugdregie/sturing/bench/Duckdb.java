package nl.jeugdregie.sturing.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * DuckDB next to PostgreSQL: the rows of the read models exported from PostgreSQL ({@code COPY ... TO STDOUT} as CSV)
 * and written to Parquet by DuckDB, then queried in-process over views on those Parquet files.
 */
final class Duckdb implements AutoCloseable {

    /** A table to export: its name in DuckDB, the PostgreSQL query and the DuckDB column types. */
    record Tabel(String naam, String vraag, Map<String, String> kolommen) {}

    static final List<Tabel> TABELLEN = List.of(
            new Tabel(
                    "traject",
                    """
                    select id, jeugdige, gemeente, aanbieder, jeugdzorgvorm, productcategorie, productcode, verwijzer,
                           geboortejaar, begindatum, einddatum, reden_beeindiging, wachtdagen, herhaald, leveringen
                      from sturing.traject order by id""",
                    kolommen("id BIGINT, jeugdige VARCHAR, gemeente VARCHAR, aanbieder VARCHAR, jeugdzorgvorm VARCHAR,"
                            + " productcategorie VARCHAR, productcode VARCHAR, verwijzer VARCHAR,"
                            + " geboortejaar INTEGER, begindatum DATE, einddatum DATE,"
                            + " reden_beeindiging VARCHAR, wachtdagen INTEGER, herhaald BOOLEAN,"
                            + " leveringen INTEGER")),
            new Tabel(
                    "prestatie",
                    "select * from sturingbench.prestatie",
                    kolommen("gemeente VARCHAR, aanbieder VARCHAR, productcategorie VARCHAR, productcode VARCHAR,"
                            + " eenheid VARCHAR, begindatum DATE, volume BIGINT, bedrag BIGINT, debet_credit VARCHAR,"
                            + " goedgekeurd BOOLEAN")),
            new Tabel(
                    "declaratieoordeel",
                    """
                    select gemeente, aanbieder, declaratienummer, beoordeeld, prestaties, afgewezen
                      from sturing.declaratieoordeel order by id""",
                    kolommen("gemeente VARCHAR, aanbieder VARCHAR, declaratienummer VARCHAR, beoordeeld DATE,"
                            + " prestaties INTEGER, afgewezen INTEGER")),
            new Tabel(
                    "producten",
                    "select productcode, jeugdzorgvorm from inkoop.v_producten",
                    kolommen("productcode VARCHAR, jeugdzorgvorm VARCHAR")),
            new Tabel(
                    "categorievorm",
                    "select productcategorie, jeugdzorgvorm from sturing.categorievorm",
                    kolommen("productcategorie VARCHAR, jeugdzorgvorm VARCHAR")),
            new Tabel(
                    "jeugd_0_17",
                    "select gemeente::varchar, jaar, aantal, geschat from regio.v_jeugd_0_17",
                    kolommen("gemeente VARCHAR, jaar INTEGER, aantal BIGINT, geschat BOOLEAN")));

    /** A row of an indicator's answer. */
    record Rij(String groep, BigDecimal waarde, BigDecimal teller, BigDecimal noemer, Long jeugdigen) {}

    private final Path map;
    private final Connection verbinding;

    Duckdb(Path map) throws SQLException {
        this.map = map;
        this.verbinding = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Exports every table to {@code <map>/<naam>.parquet} unless that file exists and {@code opnieuw} is false. */
    void exporteer(DataSource postgres, boolean opnieuw, Consumer<String> log) throws SQLException, IOException {
        Files.createDirectories(map);
        for (Tabel tabel : TABELLEN) {
            Path parquet = parquet(tabel);
            if (!opnieuw && Files.exists(parquet)) {
                continue;
            }
            Path csv = map.resolve(tabel.naam() + ".csv");
            long begin = System.nanoTime();
            try (Connection pg = postgres.getConnection();
                    OutputStream uit = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
                pg.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyOut("copy (" + tabel.vraag() + ") to stdout with (format csv, header)", uit);
            }
            long csvKlaar = System.nanoTime();
            Path tijdelijk = map.resolve(tabel.naam() + ".parquet.tmp");
            try (Statement s = verbinding.createStatement()) {
                s.execute("copy (select * from read_csv('" + csv + "', header = true, allow_quoted_nulls = false,"
                        + " columns = " + struct(tabel.kolommen()) + ")) to '" + tijdelijk + "' (format parquet)");
            }
            Files.move(tijdelijk, parquet, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            log.accept(String.format(
                    "  %-20s CSV uit PostgreSQL %6.1f s (%,d MB), Parquet door DuckDB %6.1f s (%,d MB)",
                    tabel.naam(),
                    (csvKlaar - begin) / 1e9,
                    Files.size(csv) >> 20,
                    (System.nanoTime() - csvKlaar) / 1e9,
                    Files.size(parquet) >> 20));
            Files.delete(csv);
        }
        try (Statement s = verbinding.createStatement()) {
            for (Tabel tabel : TABELLEN) {
                s.execute("create or replace view " + tabel.naam() + " as select * from read_parquet('" + parquet(tabel)
                        + "')");
            }
        }
    }

    Path parquet(Tabel tabel) {
        return map.resolve(tabel.naam() + ".parquet");
    }

    long aantal(String tabel) throws SQLException {
        try (Statement s = verbinding.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + tabel)) {
            r.next();
            return r.getLong(1);
        }
    }

    String instelling(String naam) throws SQLException {
        try (Statement s = verbinding.createStatement();
                ResultSet r = s.executeQuery("select current_setting('" + naam + "')")) {
            r.next();
            return r.getString(1);
        }
    }

    String versie() throws SQLException {
        try (Statement s = verbinding.createStatement();
                ResultSet r = s.executeQuery("select version()")) {
            r.next();
            return r.getString(1);
        }
    }

    /** The rows of one question. */
    List<Rij> rijen(String sql) throws SQLException {
        List<Rij> rijen = new ArrayList<>();
        try (Statement s = verbinding.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                Object jeugdigen = r.getObject("jeugdigen");
                rijen.add(new Rij(
                        r.getString("groep"),
                        getal(r.getObject("waarde")),
                        getal(r.getObject("teller")),
                        getal(r.getObject("noemer")),
                        jeugdigen == null ? null : ((Number) jeugdigen).longValue()));
            }
        }
        return rijen;
    }

    private static BigDecimal getal(Object waarde) {
        return waarde == null ? null : new BigDecimal(waarde.toString());
    }

    private static Map<String, String> kolommen(String lijst) {
        Map<String, String> kolommen = new LinkedHashMap<>();
        for (String kolom : lijst.split(",")) {
            String[] delen = kolom.strip().split(" ");
            kolommen.put(delen[0], delen[1]);
        }
        return kolommen;
    }

    private static String struct(Map<String, String> kolommen) {
        List<String> velden = new ArrayList<>();
        kolommen.forEach((naam, type) -> velden.add("'" + naam + "': '" + type + "'"));
        return "{" + String.join(", ", velden) + "}";
    }

    @Override
    public void close() throws SQLException {
        verbinding.close();
    }
}
