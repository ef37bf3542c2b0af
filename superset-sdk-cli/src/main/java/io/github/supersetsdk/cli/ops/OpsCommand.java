package io.github.supersetsdk.cli.ops;

import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.ops.OpsDashboard;
import io.github.supersetsdk.ops.OpsDashboardResult;
import io.github.supersetsdk.ops.SlugInUseException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code superset-sdk ops}: Superset's self-monitoring. */
@Command(
    name = "ops",
    mixinStandardHelpOptions = true,
    description = "Superset's self-monitoring.",
    subcommands = {OpsCommand.Dashboard.class})
public final class OpsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // Without a subcommand there is nothing to do: a usage error (exit 2).
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** {@code superset-sdk ops dashboard}. */
  @Command(
      name = "dashboard",
      mixinStandardHelpOptions = true,
      description = {
        "Create or update (idempotently) a dashboard over Superset's own metadata database: queries per hour,"
            + " average and p95 duration, errors, slowest queries, most viewed dashboards. It reads the query and"
            + " action logs through a read-only connection, created when missing.",
        "It updates only a dashboard it made itself (marked by a '" + OpsDashboard.MARKER + "' comment in its CSS):"
            + " if another dashboard has the slug it changes nothing and exits 2, unless --take-over is given.",
        "Exit status: 0 done, 1 a Superset call failed, 2 bad input (also: the slug belongs to another dashboard,"
            + " or the connection does not exist)."
      })
  public static final class Dashboard extends OpsBase {

    @Option(names = "--database", description = "The read-only connection to the metadata database: name or id (default: '"
        + OpsDashboard.DEFAULT_DATABASE_NAME + "').")
    String database;

    @Option(names = "--database-uri", description = "SQLAlchemy URI to create the connection with when it is missing;"
        + " use a read-only role (default: $SUPERSET_META_READER_SQLALCHEMY_URI).")
    String databaseUri;

    @Option(names = "--slug", description = "The dashboard's slug (default: " + OpsDashboard.DEFAULT_SLUG + ").")
    String slug = OpsDashboard.DEFAULT_SLUG;

    @Option(names = "--title", description = "The dashboard's title (default: Superset operations).")
    String title = "Superset operations";

    @Option(names = "--take-over", description = "If a dashboard this command did not make has the slug, replace"
        + " its title and layout (which drops its charts) instead of refusing.")
    boolean takeOver;

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
      OpsDashboard.Builder b;
      try (SupersetClient client = client(credentials())) {
        b = OpsDashboard.builder(client).slug(slug).title(title).takeOver(takeOver);
        if (database != null && !database.isEmpty() && database.chars().allMatch(Character::isDigit)) {
          b.database(DatabaseId.of(BadInput.id("database id", database)));
        } else {
          b.database(database != null ? database : OpsDashboard.DEFAULT_DATABASE_NAME,
              envOr(databaseUri, "SUPERSET_META_READER_SQLALCHEMY_URI"));
        }
        OpsDashboardResult r;
        try {
          r = b.build().apply();
        } catch (SlugInUseException e) {
          throw new BadInput("the slug '" + e.slug() + "' belongs to dashboard #" + e.dashboardId().value()
              + (e.dashboardTitle() == null ? "" : " '" + e.dashboardTitle() + "'")
              + ", which superset-sdk ops dashboard did not make; nothing was changed. Give another --slug, or"
              + " --take-over to replace that dashboard's title and layout (its charts are dropped)");
        } catch (IllegalStateException e) {
          throw new BadInput(e.getMessage());
        }
        String link = client.baseUrl().toString().replaceAll("/$", "") + "/superset/dashboard/" + r.slug() + "/";
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("dashboard", r.dashboardId().value());
          m.put("slug", r.slug());
          m.put("url", link);
          m.put("database", r.databaseId().value());
          m.put("charts", r.charts().stream().map(ChartId::value).toList());
          m.put("created", r.created());
          out.println(JSON.writeValueAsString(m));
        } else {
          out.println((r.created() == 0 ? "up to date" : "created " + r.created() + " objects") + ": " + link
              + " (" + r.charts().size() + " charts, connection #" + r.databaseId().value() + ")");
        }
        return 0;
      }
    }
  }
}
