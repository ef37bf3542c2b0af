package io.github.supersetsdk.cli.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the operations commands share: the Superset connection (flags or environment) and the exit
 * codes: 0 fine, 1 something failed, 2 bad input.
 */
abstract class OpsBase implements Callable<Integer> {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the environment; replaced in tests. */
  static Function<String, String> env = System::getenv;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--url", description = "Superset URL (default: $SUPERSET_URL).")
  String url;

  @Option(names = "--username", description = "Superset user (default: $SUPERSET_USERNAME).")
  String username;

  @Option(names = "--password", description = "Superset password (default: $SUPERSET_PASSWORD).")
  String password;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  /** Bad input: exit 2. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

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
    String user = username != null ? username : env.apply("SUPERSET_USERNAME");
    String pw = password != null ? password : env.apply("SUPERSET_PASSWORD");
    if (user == null || pw == null) {
      throw new BadInput("Superset credentials missing: give --username/--password or set SUPERSET_USERNAME"
          + " and SUPERSET_PASSWORD");
    }
    return Credentials.password(user, pw);
  }

  SupersetClient client(Credentials credentials) {
    String u = url != null ? url : env.apply("SUPERSET_URL");
    if (u == null || u.isBlank()) {
      throw new BadInput("Superset URL missing: give --url or set SUPERSET_URL");
    }
    return SupersetClient.builder().baseUrl(u).credentials(credentials).build();
  }

  /** A dashboard by id (digits) or slug; a missing one is bad input. */
  static DashboardDetail dashboard(SupersetClient client, String idOrSlug) {
    try {
      return !idOrSlug.isEmpty() && idOrSlug.chars().allMatch(Character::isDigit)
          ? client.dashboards().get(DashboardId.of(Long.parseLong(idOrSlug)))
          : client.dashboards().getBySlug(idOrSlug);
    } catch (NotFoundException e) {
      throw new BadInput("no dashboard with id or slug '" + idOrSlug + "'");
    }
  }

  String envOr(String value, String name) {
    return value != null ? value : env.apply(name);
  }
}
