package io.github.supersetsdk.cli.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.dbt.DbtArtifactParseException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the operations commands share: the Superset connection (flags or environment) and the exit
 * codes: 0 fine, 1 something failed, 2 bad input.
 */
abstract class OpsBase implements Callable<Integer> {

  static final ObjectMapper JSON = ConnectionOptions.JSON;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  abstract int run(PrintWriter out, PrintWriter err) throws Exception;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      int rc = run(out, err);
      out.flush();
      return rc;
    } catch (BadInput | DbtArtifactParseException | UncheckedIOException | IllegalArgumentException e) {
      err.println("superset-sdk: " + e.getMessage());
      err.flush();
      return 2;
    } catch (SupersetException e) {
      err.println("superset-sdk: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  Credentials credentials() {
    connection.require();
    return connection.credentials();
  }

  SupersetClient client(Credentials credentials) {
    return connection.clientBuilder(credentials).build();
  }

  /** A dashboard by id (digits), UUID or slug; a missing one is bad input. */
  static DashboardDetail dashboard(SupersetClient client, String idOrSlug) {
    try {
      if (!idOrSlug.isEmpty() && idOrSlug.chars().allMatch(Character::isDigit)) {
        return client.dashboards().get(DashboardId.of(BadInput.id("dashboard id", idOrSlug)));
      }
      return client.dashboards().getByIdUuidOrSlug(idOrSlug);
    } catch (NotFoundException e) {
      throw BadInput.noDashboard("id, UUID or slug '" + idOrSlug + "'");
    }
  }

  String envOr(String value, String name) {
    return ConnectionOptions.envOr(value, name);
  }
}
