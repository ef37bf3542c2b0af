package io.github.supersetsdk.cli.ops;

import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code superset-sdk dashboard guest-token}: mints a guest token for an embedded dashboard. */
@Command(
    name = "guest-token",
    mixinStandardHelpOptions = true,
    description = {
      "Mint a guest token for an embedded dashboard, e.g. to try the embedded SDK by hand. The token alone goes"
          + " to standard output (it is a secret: do not paste it where others read), its expiry to standard"
          + " error. The user needs can_grant_guest_token.",
      "Exit status: 0 minted, 1 Superset refused, 2 bad input (e.g. the dashboard is not embedded)."
    })
public final class GuestTokenCommand extends OpsBase {

  @Parameters(index = "0", paramLabel = "ID|SLUG", description = "The dashboard's id or slug.")
  String dashboard;

  @Option(names = "--rls", paramLabel = "CLAUSE",
      description = "A row-level security clause applied to every dataset, e.g. \"tenant_id = 3\" (repeatable).")
  List<String> rls = new ArrayList<>();

  @Option(names = "--guest-user", paramLabel = "NAME", description = "The guest's username, as Superset's logs show it.")
  String guestUser;

  @Override
  int run(PrintWriter out, PrintWriter err) throws Exception {
    for (int i = 0; i < rls.size(); i++) {
      if (rls.get(i).isBlank()) {
        throw new BadInput("--rls" + (rls.size() > 1 ? " #" + (i + 1) : "") + " is blank: give an SQL condition,"
            + " such as tenant_id = 42");
      }
    }
    try (SupersetClient client = client(credentials())) {
      DashboardDetail d = dashboard(client, dashboard);
      EmbeddedDashboard e = client.dashboards().findEmbedding(d.id()).orElseThrow(() -> new BadInput(
          "dashboard " + d.id().value() + " (" + d.dashboardTitle() + ") is not embedded: run `superset-sdk dashboard"
              + " embed " + dashboard + "` first"));
      GuestTokenRequest.Builder request = GuestTokenRequest.builder().resource(GuestResource.dashboard(e));
      rls.forEach(clause -> request.rls(RlsClause.of(clause)));
      if (guestUser != null) {
        request.user(GuestUser.of(guestUser));
      }
      GuestToken token = client.security().createGuestToken(request.build());
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("token", token.value());
        m.put("expiresAt", token.expiresAt() == null ? null : token.expiresAt().toString());
        m.put("embeddedUuid", e.uuid().toString());
        out.println(JSON.writeValueAsString(m));
      } else {
        out.println(token.value());
        err.println("guest token for embedded dashboard " + e.uuid()
            + (token.expiresAt() == null ? "" : ", expires at " + token.expiresAt()));
      }
      return 0;
    }
  }
}
