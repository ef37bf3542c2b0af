package io.github.supersetsdk.cli.sql;

import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.client.AsyncQuery;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.QueryException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.QueryResult;
import io.github.supersetsdk.client.model.SqlLabColumn;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code superset-sdk sql [--database NAME] [--async] [--timeout SECONDS] [--json] QUERY}: runs SQL in SQL
 * Lab and prints the rows. Exit 0 on success, 1 when the query fails or times out (it is then
 * stopped), 2 on bad input (unknown database, bad flags, missing connection settings).
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Run SQL through Superset's SQL Lab and print the rows.",
        "With --async the query runs on Superset's Celery workers (the connection must allow async"
            + " runs); it is stopped when --timeout expires.",
        "Exit status: 0 the query succeeded, 1 it failed or timed out (or Superset did), 2 bad input."})
public final class SqlCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--database", description = "Superset database connection: name or id (default: $SUPERSET_DATABASE).")
  String database;

  @Option(names = "--async", description = "Run on Superset's Celery workers and poll for the result.")
  boolean async;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up (and stop the query) after this long (default: 300).")
  long timeoutSeconds = 300;

  @Option(names = "--json", description = "Print one JSON object {queryId, columns, rows, truncated} instead of a table.")
  boolean json;

  @Option(names = "--schema", description = "Default schema of the query.")
  @Nullable String schema;

  @Option(names = "--limit", description = "Row limit SQL Lab applies (default: the server's).")
  @Nullable Integer limit;

  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL text.")
  String sql;

  /** Creates the command; picocli sets the fields. */
  public SqlCommand() {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Rows rows = run();
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queryId", rows.queryId);
        m.put("columns", rows.columns);
        m.put("rows", rows.rows);
        m.put("truncated", rows.truncated);
        out.println(ConnectionOptions.JSON.writeValueAsString(m));
      } else {
        printTable(out, rows);
      }
      out.flush();
      return 0;
    } catch (BadInput | IllegalArgumentException e) {
      err.println("superset-sdk: " + e.getMessage());
      err.flush();
      return 2;
    } catch (SupersetException | TimedOut e) {
      err.println("superset-sdk: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private Rows run() {
    if (timeoutSeconds < 1) {
      throw new BadInput("--timeout must be at least 1 second: " + timeoutSeconds);
    }
    if (sql.isBlank()) {
      throw new BadInput("QUERY is blank");
    }
    String database = ConnectionOptions.envOr(this.database, "SUPERSET_DATABASE");
    if (database == null || database.isBlank()) {
      throw new BadInput("no Superset database: give --database or set SUPERSET_DATABASE");
    }
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    try (SupersetClient client = client(timeout)) {
      DatabaseId id = resolve(client, database);
      // A client id of our own, so that a synchronous query can be stopped too.
      String clientId = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      SqlLabExecuteRequest.Builder b = SqlLabExecuteRequest.builder(id, sql).schema(schema).clientId(clientId);
      if (limit != null) {
        if (limit < 1) {
          throw new BadInput("--limit must be at least 1: " + limit);
        }
        // Synchronous answers do not say whether the limit cut the rows (limitingFactor UNKNOWN), so
        // ask for one row more and drop it: its presence is the truncation.
        b.limit(async ? limit : limit + 1);
      }
      SqlLabExecuteRequest request = b.build();
      if (async) {
        try (AsyncQuery query = client.sqlLab().executeAsync(request)) {
          QueryResult r = query.await(timeout);
          return new Rows(r.queryId().value(), r.columnNames(), r.rows(), r.truncated(),
              limit != null && r.rows().size() >= limit ? "--limit " + limit : "Superset's row limit");
        } catch (QueryTimeoutException e) {
          // The library's message counts the Duration it was given in milliseconds; the user gave
          // --timeout in seconds. Same facts, in the option's terms.
          throw new TimedOut("query " + e.queryId() + " did not finish within --timeout " + timeoutSeconds + " s"
              + (e.state() == null ? "" : " (state " + e.state() + ")")
              + (e.neverStarted() ? "; no Celery worker took it: is a worker running for this Superset?" : "")
              + (e.cancelled() ? "; it was stopped" : "; asking Superset to stop it failed, so it may still run"), e);
        }
      }
      SqlLabResult r;
      try {
        r = client.sqlLab().execute(request);
      } catch (SupersetTransportException e) {
        if (e.kind() == SupersetTransportException.Kind.READ_TIMEOUT
            || e.kind() == SupersetTransportException.Kind.CALL_TIMEOUT) {
          // The transport's message names the client's read timeout; the user set --timeout.
          boolean stopped = stopQuietly(client, clientId);
          throw new TimedOut("the query did not finish within --timeout " + timeoutSeconds + " s; "
              + (stopped ? "it was stopped" : "asking Superset to stop it failed, so it may still run"), e);
        }
        throw e;
      }
      if (!r.isSuccess()) {
        String message = r.query() == null ? null : r.query().errorMessage();
        throw new QueryException("query " + (r.queryId() == null ? "?" : r.queryId().value()) + " ended "
            + r.status() + (message == null ? "" : ": " + message),
            r.queryId() == null ? null : Long.toString(r.queryId().value()), r.status().value(), message, null, false);
      }
      List<String> names = new ArrayList<>();
      for (SqlLabColumn c : r.columns()) {
        names.add(c.name());
      }
      List<List<@Nullable Object>> values = new ArrayList<>();
      for (Map<String, @Nullable Object> row : r.rows()) {
        List<@Nullable Object> v = new ArrayList<>();
        for (String n : names) {
          v.add(row.get(n));
        }
        values.add(v);
      }
      String factor = r.query() == null ? null : r.query().limitingFactor();
      boolean truncated = "DROPDOWN".equals(factor) || "QUERY_AND_DROPDOWN".equals(factor);
      String cutBy = "Superset's row limit";
      if (limit != null && values.size() > limit) {
        values = new ArrayList<>(values.subList(0, limit));
        truncated = true;
        cutBy = "--limit " + limit;
      }
      return new Rows(r.queryId() == null ? null : r.queryId().value(), names, values, truncated, cutBy);
    }
  }

  private static boolean stopQuietly(SupersetClient client, String clientId) {
    try {
      client.queries().stop(clientId);
      return true;
    } catch (SupersetException e) {
      // The timeout is what the user hears about; the stop is best effort.
      return false;
    }
  }

  /** A synchronous query ran past --timeout (exit 1). */
  private static final class TimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimedOut(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private SupersetClient client(Duration timeout) {
    return connection.clientBuilder()
        .readTimeout(timeout).callTimeout(timeout.plusSeconds(30)).build();
  }

  private static DatabaseId resolve(SupersetClient client, String nameOrId) {
    if (nameOrId.chars().allMatch(Character::isDigit) && !nameOrId.isEmpty()) {
      DatabaseId id = DatabaseId.of(BadInput.id("database id", nameOrId));
      if (client.databases().find(id).isPresent()) {
        return id;
      }
    }
    Optional<Database> db = client.databases().findByName(nameOrId);
    boolean digits = !nameOrId.isEmpty() && nameOrId.chars().allMatch(Character::isDigit);
    return db.map(Database::id).orElseThrow(() -> new BadInput("no Superset database connection "
        + (digits ? "with id or name '" : "named '") + nameOrId + "'"));
  }

  private static void printTable(PrintWriter out, Rows rows) {
    out.println(table(rows.columns, rows.rows));
    out.println("(" + rows.rows.size() + (rows.rows.size() == 1 ? " row" : " rows")
        + (rows.truncated ? ", truncated at " + rows.cutBy : "") + ")");
  }

  /**
   * The header, rule and rows as aligned text, one line each: column names are escaped as values
   * are, and widths count what a terminal shows (a CJK character or an emoji takes two columns).
   */
  static String table(List<String> columns, List<List<@Nullable Object>> rows) {
    int n = columns.size();
    int[] width = new int[n];
    String[] header = new String[n];
    List<String[]> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      header[i] = escape(columns.get(i));
      width[i] = displayWidth(header[i]);
    }
    for (List<@Nullable Object> row : rows) {
      String[] c = new String[n];
      for (int i = 0; i < n; i++) {
        Object v = i < row.size() ? row.get(i) : null;
        c[i] = v == null ? "NULL" : escape(String.valueOf(v));
        width[i] = Math.max(width[i], displayWidth(c[i]));
      }
      cells.add(c);
    }
    StringBuilder b = new StringBuilder(line(header, width)).append('\n');
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
    }
    for (String[] c : cells) {
      b.append('\n').append(line(c, width));
    }
    return b.toString();
  }

  /** The columns a terminal gives a text: two for wide (East Asian, emoji) characters, none for marks. */
  static int displayWidth(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
        continue;
      }
      w += wide(cp) ? 2 : 1;
    }
    return w;
  }

  // East Asian Wide and Fullwidth ranges, and the emoji blocks terminals draw two columns wide.
  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F680 && cp <= 0x1F6FF) || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** A value on one line: newlines, carriage returns and tabs shown escaped (--json has them as they are). */
  static String escape(String value) {
    return value.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }

  private static String line(String[] cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append(i == 0 ? "" : " | ").append(cells[i]).append(" ".repeat(width[i] - displayWidth(cells[i])));
    }
    return b.toString().stripTrailing();
  }

  /** The rows to print. */
  private record Rows(@Nullable Long queryId, List<String> columns, List<List<@Nullable Object>> rows,
      boolean truncated, String cutBy) {}

}
