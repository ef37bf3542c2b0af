package io.github.supersetsdk.cli.ops;

import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.cli.ManifestFiles;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.PermissionDeniedException;
import io.github.supersetsdk.ops.CheckResult;
import io.github.supersetsdk.ops.CheckStatus;
import io.github.supersetsdk.ops.Doctor;
import io.github.supersetsdk.ops.DoctorReport;
import io.github.supersetsdk.sync.DbtArtifacts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code superset-sdk doctor}: checks a Superset + dbt deployment; writes nothing. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check a Superset + dbt deployment: reachability and version, login, token refresh and CSRF, token"
          + " lifetime, every database connection, datasets whose table or columns are gone (and the charts"
          + " and dashboards using them), schemas a connection cannot read, datasets out of date with a dbt"
          + " manifest, a dashboard's embedding,"
          + " Redis. Writes nothing to Superset.",
      "Exit status: 0 all checks ok or warn, 1 a check failed, 2 bad input."
    })
public final class DoctorCommand extends OpsBase {

  @Option(names = "--manifest", paramLabel = "FILE", description = "dbt manifest.json, or the target folder holding it: check that synced datasets are up to date with it.")
  Path manifest;

  @Option(names = "--database", description = "With --manifest: the Superset connection the sync targets, name or id (default: $SUPERSET_DATABASE).")
  String database;

  @Option(names = "--dashboard", paramLabel = "ID|SLUG", description = "Check that this dashboard is ready to embed.")
  List<String> dashboards = new ArrayList<>();

  @Option(names = "--redis", paramLabel = "URI", description = "Check that Redis answers (default: $REDIS_URL when set).")
  String redis;

  @Option(names = "--parallelism", description = "Datasets compared with the warehouse at once (default: 4).")
  int parallelism = 4;

  @Option(names = "--skip-virtual-datasets",
      description = "Do not run each virtual (SQL) dataset's query to check its columns: one warehouse query each.")
  boolean skipVirtualDatasets;

  @Override
  int run(PrintWriter out, PrintWriter err) throws Exception {
    DbtArtifacts artifacts = null;
    String db = null;
    if (manifest != null) {
      manifest = ManifestFiles.resolve(manifest, "");
      db = envOr(database, "SUPERSET_DATABASE");
      if (db == null || db.isBlank()) {
        throw new BadInput("--manifest needs the Superset connection the sync targets: give --database or set"
            + " SUPERSET_DATABASE");
      }
      // The semantic manifest and catalog next to it, as dbt sync reads them, so that the plan matches the sync's.
      Path dir = manifest.toAbsolutePath().getParent();
      Path sem = dir.resolve("semantic_manifest.json");
      Path cat = dir.resolve("catalog.json");
      artifacts = DbtArtifacts.read(manifest, Files.isRegularFile(sem) ? sem : null, Files.isRegularFile(cat) ? cat : null);
    }
    if (parallelism < 1) {
      throw new BadInput("--parallelism must be 1 or more: " + parallelism);
    }
    Credentials credentials = credentials();
    try (SupersetClient client = client(credentials)) {
      Doctor.Builder b = Doctor.builder(client).credentials(credentials).parallelism(parallelism)
          .virtualDatasets(!skipVirtualDatasets);
      if (artifacts != null) {
        b.dbt(artifacts, db);
      }
      for (String d : dashboards) {
        try {
          b.embedding(dashboard(client, d).id());
        } catch (PermissionDeniedException refused) {
          // The user may not read dashboards: the embedding check says so, and the others still run.
          b.embedding(d);
        }
      }
      String r = envOr(redis, "REDIS_URL");
      if (r != null && !r.isBlank()) {
        b.redis(r);
      }
      DoctorReport report = b.build().run();
      if (json) {
        out.println(JSON.writeValueAsString(toJson(report)));
      } else {
        print(out, report);
      }
      return report.hasFailures() ? 1 : 0;
    }
  }

  static Map<String, Object> toJson(DoctorReport report) {
    List<Map<String, Object>> checks = new ArrayList<>();
    for (CheckResult c : report.checks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("status", c.status().label());
      m.put("finding", c.finding());
      m.put("hint", c.hint());
      checks.add(m);
    }
    return Map.of("checks", checks);
  }

  static void print(PrintWriter out, DoctorReport report) {
    for (CheckResult c : report.checks()) {
      out.println(String.format(Locale.ROOT, "%-4s  %s: %s", c.status().label().toUpperCase(Locale.ROOT), c.name(), c.finding()));
      if (!c.hint().isEmpty() && c.status() != CheckStatus.OK) {
        out.println("      fix: " + c.hint());
      }
    }
    out.println(report.checks().size() + " checks: " + report.withStatus(CheckStatus.OK).size() + " ok, "
        + report.withStatus(CheckStatus.WARN).size() + " warn, " + report.withStatus(CheckStatus.FAIL).size() + " fail");
  }
}
