// The BI views through pgJDBC with its defaults, as DBeaver, Metabase or
// Tableau open a connection: no options in the URL (stringtype, search_path
// and prepareThreshold as shipped), the server's default search_path.  For
// every column of every bi_ view: select it, filter on it with a literal and
// with a bound parameter (setObject of the value the driver read, as a BI
// tool's filter does), group and order by it, and aggregate it.
// Connection from the PG* variables (PGHOST, PGPORT, PGDATABASE, PGUSER,
// PGPASSWORD).  Exits 1 on any failure.
import java.sql.*;
import java.util.*;

public class BiClients {
    static String env(String k, String d) {
        String v = System.getenv(k);
        return v == null || v.isEmpty() ? d : v;
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://" + env("PGHOST", "localhost") + ":" + env("PGPORT", "5432") + "/"
                + env("PGDATABASE", "postgres");
        Properties p = new Properties();
        p.setProperty("user", env("PGUSER", "postgres"));
        p.setProperty("password", env("PGPASSWORD", ""));
        int failed = 0, checks = 0;
        try (Connection c = DriverManager.getConnection(url, p)) {
            String path;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW search_path")) {
                r.next();
                path = r.getString(1);
            }
            if (path.contains("clusterdata")) {
                System.out.println("bi_jdbc: search_path " + path + " already names clusterdata");
                System.exit(1);
            }
            List<String> views = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT relname FROM pg_class WHERE relnamespace = 'clusterdata'::regnamespace "
                    + "AND relkind = 'v' AND relname LIKE 'bi\\_%' ORDER BY 1")) {
                while (r.next()) views.add(r.getString(1));
            }
            for (String v : views) {
                List<String[]> cols = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute "
                        + "WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum")) {
                    s.setString(1, "clusterdata." + v);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) cols.add(new String[] {r.getString(1), r.getString(2)});
                    }
                }
                for (String[] col : cols) {
                    String q = "clusterdata." + v, k = "\"" + col[0] + "\"";
                    String agg = col[1].equals("boolean") ? "bool_or(" + k + "), bool_and(" + k + ")"
                            : "min(" + k + "), max(" + k + ")";
                    try (Statement s = c.createStatement()) {
                        Object x = null;
                        String lit = null;
                        try (ResultSet r = s.executeQuery("SELECT " + k + " AS x, " + k + "::text AS lit FROM " + q + " WHERE "
                                + k + " IS NOT NULL ORDER BY 1 LIMIT 1")) {
                            if (r.next()) {
                                x = r.getObject(1);
                                lit = r.getString(2);
                            }
                        }
                        try (ResultSet r = s.executeQuery("SELECT " + k + ", count(*) FROM " + q + " GROUP BY " + k
                                + " ORDER BY " + k + " NULLS LAST")) {
                            while (r.next()) { }
                        }
                        try (ResultSet r = s.executeQuery("SELECT " + agg + " FROM " + q)) {
                            r.next();
                        }
                        checks += 2;
                        if (x == null) {
                            System.out.println("bi_jdbc: " + v + "." + col[0] + ": NULL in every row of the sample (grouped and aggregated only)");
                            continue;
                        }
                        long byParam, byLiteral;
                        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + q + " WHERE " + k + " = ?")) {
                            ps.setObject(1, x);
                            try (ResultSet r = ps.executeQuery()) { r.next(); byParam = r.getLong(1); }
                        }
                        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + q + " WHERE " + k + " = '"
                                + lit.replace("'", "''") + "'")) {
                            r.next();
                            byLiteral = r.getLong(1);
                        }
                        checks += 2;
                        if (byParam < 1 || byParam != byLiteral) {
                            System.out.println("bi_jdbc: " + v + "." + col[0] + " (" + col[1] + "): parameter " + byParam
                                    + " rows, literal " + byLiteral + " rows");
                            failed++;
                        }
                    } catch (SQLException e) {
                        System.out.println("bi_jdbc: " + v + "." + col[0] + " (" + col[1] + "): " + e.getSQLState() + " " + e.getMessage());
                        failed++;
                    }
                }
            }
            System.out.println("bi_jdbc: " + views.size() + " views, " + checks + " queries through pgJDBC "
                    + c.getMetaData().getDriverVersion() + " with search_path " + path + ", " + failed + " failed");
            System.exit(failed > 0 || views.isEmpty() ? 1 : 0);
        }
    }
}
