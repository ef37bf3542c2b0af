package io.github.supersetsdk.cli.ops;

import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code superset-sdk dashboard embed}: enables embedding of a dashboard and prints its UUID. */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Enable embedding of a dashboard, or replace the origins allowed to frame it, and print the embedded"
          + " UUID the embedded SDK and guest tokens name. The UUID stays the same when run again, and without"
          + " --allowed-domain or --any-origin so do the origins of an embedded dashboard.",
      "Exit status: 0 embedded, 1 Superset refused (e.g. EMBEDDED_SUPERSET off), 2 bad input (e.g. no such"
          + " dashboard)."
    })
public final class EmbedCommand extends OpsBase {

  @Parameters(index = "0", paramLabel = "ID|SLUG", description = "The dashboard's id or slug.")
  String dashboard;

  @Option(names = "--allowed-domain", paramLabel = "ORIGIN",
      description = "An origin allowed to frame the dashboard, e.g. https://app.example.com (repeatable)."
          + " Without it, a dashboard not yet embedded may be framed by any origin.")
  List<String> allowedDomains = new ArrayList<>();

  @Option(names = "--any-origin", description = "Let any origin frame the dashboard, dropping the origins it had.")
  boolean anyOrigin;

  @Override
  int run(PrintWriter out, PrintWriter err) throws Exception {
    if (anyOrigin && !allowedDomains.isEmpty()) {
      throw new BadInput("give either --allowed-domain or --any-origin, not both");
    }
    try (SupersetClient client = client(credentials())) {
      DashboardDetail d = dashboard(client, dashboard);
      // Run again only for the UUID, it must not widen who may frame the dashboard.
      List<String> domains = allowedDomains.isEmpty() && !anyOrigin
          ? client.dashboards().findEmbedding(d.id()).map(EmbeddedDashboard::allowedDomains).orElse(List.of())
          : allowedDomains;
      EmbeddedDashboard e = client.dashboards().enableEmbedding(d.id(), domains);
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uuid", e.uuid().toString());
        m.put("dashboardId", d.id().value());
        m.put("allowedDomains", e.allowedDomains());
        out.println(JSON.writeValueAsString(m));
      } else {
        out.println(e.uuid());
        err.println("dashboard " + d.id().value() + " (" + d.dashboardTitle() + ") is embedded; allowed domains: "
            + (e.allowedDomains().isEmpty() ? "any" : String.join(", ", e.allowedDomains())));
      }
      return 0;
    }
  }
}
