package io.github.supersetsdk.cli.dbt;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.cli.ManifestFiles;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.dbt.DbtArtifactParseException;
import io.github.supersetsdk.sync.DatasetPlan;
import io.github.supersetsdk.sync.DatasetResult;
import io.github.supersetsdk.sync.DbtArtifacts;
import io.github.supersetsdk.sync.DbtExposures;
import io.github.supersetsdk.sync.DbtSync;
import io.github.supersetsdk.sync.ExposureChange;
import io.github.supersetsdk.sync.ExposuresPlan;
import io.github.supersetsdk.sync.FieldChange;
import io.github.supersetsdk.sync.ImpactedAsset;
import io.github.supersetsdk.sync.SyncAction;
import io.github.supersetsdk.sync.SyncException;
import io.github.supersetsdk.sync.SyncListener;
import io.github.supersetsdk.sync.SyncMode;
import io.github.supersetsdk.sync.SyncPlan;
import io.github.supersetsdk.sync.SyncReport;
import io.github.supersetsdk.sync.profiles.DbtProfiles;
import io.github.supersetsdk.sync.profiles.DbtProfilesException;
import io.github.supersetsdk.sync.profiles.Secret;
import io.github.supersetsdk.sync.profiles.WarehouseTarget;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code superset-sdk dbt plan} and {@code superset-sdk dbt sync}: the dbt to Superset sync. Exit
 * status 0 on success, 1 when a dataset failed, 2 on bad input (nothing is written then).
 */
final class SyncCommands {

  private SyncCommands() {}

  /** The options both commands share; defaults come from the environment. */
  abstract static class Base implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Option(names = "--manifest", description = "manifest.json, or the dbt target folder holding it (default: $DBT_TARGET_DIR/manifest.json).")
    Path manifest;

    @Option(names = "--semantic-manifest", description = "semantic_manifest.json (default: next to the manifest when present).")
    Path semanticManifest;

    @Option(names = "--catalog", description = "catalog.json (default: next to the manifest when present).")
    Path catalog;

    @Option(names = "--no-catalog", description = "Read no catalog.json, not even one next to the manifest (a stale one from an earlier dbt docs generate).")
    boolean noCatalog;

    @Option(names = "--select", arity = "1..*", paramLabel = "SELECTOR", description = "dbt node selectors, as dbt takes them: --select a b, --select 'a b' or --select a --select b (default: all models materialised as table, incremental or view).")
    List<String> select = new ArrayList<>();

    @Option(names = "--exclude", arity = "1..*", paramLabel = "SELECTOR", description = "dbt node selectors to leave out, as --select takes them.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--database", description = "Superset database connection: name or id (default: $SUPERSET_DATABASE).")
    String database;

    @Option(names = "--database-uri", description = "SQLAlchemy URI to create the connection with when it is missing (default, for $SUPERSET_DATABASE only: $WAREHOUSE_SQLALCHEMY_URI).")
    String databaseUri;

    @Option(names = "--profiles-dir", description = "Create the connection from this dbt profiles.yml (directory or file) when it is missing.")
    Path profilesDir;

    @Option(names = "--profile", description = "Profile in profiles.yml (default: the only one, or the project's).")
    String profile;

    @Option(names = "--target", description = "Target of the profile (default: the profile's default target).")
    String target;

    @Option(names = "--warehouse-user", description = "User Superset connects as, replacing the profile's (default: $SUPERSET_WAREHOUSE_USER).")
    String warehouseUser;

    @Option(names = "--warehouse-password", description = "Its password (default: $SUPERSET_WAREHOUSE_PASSWORD).")
    String warehousePassword;

    @Option(names = "--mode", description = "merge (default), replace or preserve.")
    String mode = "merge";

    @Option(names = "--prune", description = "Delete datasets the sync made whose dbt node is gone.")
    boolean prune;

    @Option(names = "--force", description = "With --prune: delete them even when charts use them.")
    boolean force;

    @Option(names = "--seeds", description = "Also sync seeds.")
    boolean seeds;

    @Option(names = "--snapshots", description = "Also sync snapshots.")
    boolean snapshots;

    @Option(names = "--sources", description = "Also sync source tables.")
    boolean sources;

    @Option(names = "--no-metrics", description = "Leave the datasets' metrics as they are.")
    boolean noMetrics;

    @Option(names = "--no-bulk-import", description = "Create new datasets one by one over REST even when catalog.json describes them.")
    boolean noBulkImport;

    @Option(names = "--verify-all", description = "Read and compare every dataset, not only those whose dbt side changed.")
    boolean verifyAll;

    @Option(names = "--docs-url", description = "dbt docs site; datasets link to their model's page.")
    String docsUrl;

    @Option(names = "--max-in-flight", description = "Datasets handled at once (default: 4).")
    int maxInFlight = 4;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--exposures", paramLabel = "FILE", description = "Write the charts and dashboards using synced datasets as dbt exposures into this YAML file (merged; hand-written entries kept). dbt plan prints what it would write.")
    Path exposures;

    abstract boolean applies();

    @Override
    public Integer call() throws JsonProcessingException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        return run(out, err);
      } catch (BadInput | SyncException | DbtArtifactParseException | DbtProfilesException
          | io.github.supersetsdk.sync.metrics.MetricCompilationException
          | UncheckedIOException | IllegalArgumentException e) {
        err.println("superset-sdk: " + e.getMessage());
        err.flush();
        return 2;
      } catch (SupersetException e) {
        err.println("superset-sdk: " + e.getMessage());
        err.flush();
        return 1;
      }
    }

    private int run(PrintWriter out, PrintWriter err) throws JsonProcessingException {
      DbtArtifacts artifacts = artifacts();
      SyncMode syncMode = switch (mode.toLowerCase(Locale.ROOT)) {
        case "merge" -> SyncMode.MERGE;
        case "replace" -> SyncMode.REPLACE;
        case "preserve" -> SyncMode.PRESERVE;
        default -> throw new BadInput("--mode must be merge, replace or preserve: " + mode);
      };
      if (maxInFlight < 1) {
        throw new BadInput("--max-in-flight must be at least 1: " + maxInFlight);
      }
      try (SupersetClient client = connection.client()) {
        DbtSync.Builder b = DbtSync.builder(client).mode(syncMode).prune(prune).force(force)
            .include(seeds, snapshots, sources).metrics(!noMetrics).verifyAll(verifyAll)
            .maxInFlight(maxInFlight).bulkImport(!noBulkImport);
        target(b);
        if (!select.isEmpty()) {
          b.select(select.toArray(String[]::new));
        }
        if (!exclude.isEmpty()) {
          b.exclude(exclude.toArray(String[]::new));
        }
        if (docsUrl != null) {
          b.docsUrl(docsUrl);
        }
        if (applies() && !json) {
          b.listener(new Progress(err));
        }
        Interruption interruption = new Interruption(err);
        if (applies()) {
          b.listener(interruption);
        }
        try (DbtSync sync = b.build()) {
          SyncPlan plan = sync.plan(artifacts);
          if ((!select.isEmpty() || !exclude.isEmpty()) && !selectsAnything(plan.datasets())) {
            // As dbt does: a selection that matches nothing is worth a word, not an error.
            err.println("superset-sdk: warning: no dbt " + kinds() + " matches"
                + (select.isEmpty() ? "" : " --select " + String.join(" ", select))
                + (exclude.isEmpty() ? "" : " --exclude " + String.join(" ", exclude)) + "; nothing to sync");
            err.flush();
          }
          DbtExposures writer = exposures == null ? null : DbtExposures.builder(client).build();
          // Planned before any write, so that a malformed exposures file stops the run (exit 2).
          ExposuresPlan planned = writer == null ? null : writer.plan(plan, exposures);
          if (!applies()) {
            if (json) {
              Map<String, Object> m = planJson(plan);
              if (planned != null) {
                m.put("exposures", exposuresJson(planned, false));
              }
              out.println(ConnectionOptions.JSON.writeValueAsString(m));
            } else {
              printPlan(out, plan);
              if (planned != null) {
                printExposures(out, planned, false);
              }
            }
            out.flush();
            return 0;
          }
          if (!json) {
            printPlan(out, plan);
            out.flush();
          }
          SyncReport report = interruption.during(plan.datasets().stream().filter(d -> d.action() == SyncAction.CREATE
              || d.action() == SyncAction.UPDATE || d.action() == SyncAction.DELETE).count(), () -> sync.apply(plan));
          ExposuresPlan written = null;
          if (writer != null) {
            written = writer.plan(report, exposures);
            writer.write(written);
          }
          if (json) {
            Map<String, Object> m = reportJson(plan, report);
            if (written != null) {
              m.put("exposures", exposuresJson(written, true));
            }
            out.println(ConnectionOptions.JSON.writeValueAsString(m));
          } else {
            printReport(out, report);
            if (written != null) {
              printExposures(out, written, true);
            }
          }
          out.flush();
          return report.succeeded() ? 0 : 1;
        }
      }
    }

    private void target(DbtSync.Builder b) {
      String db = ConnectionOptions.envOr(database, "SUPERSET_DATABASE");
      if (db == null || db.isBlank()) {
        throw new BadInput("no Superset database: give --database or set SUPERSET_DATABASE");
      }
      if (db.chars().allMatch(Character::isDigit)) {
        b.database(io.github.supersetsdk.client.id.DatabaseId.of(BadInput.id("database id", db)));
        return;
      }
      String uri = databaseUri;
      if (uri == null && profilesDir != null) {
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        DbtProfiles profiles = DbtProfiles.load(profilesDir, environment);
        String p = profile;
        if (p == null) {
          if (profiles.profileNames().size() != 1) {
            throw new BadInput("--profile is needed: " + profiles.file() + " has profiles "
                + profiles.profileNames());
          }
          p = profiles.profileNames().get(0);
        }
        WarehouseTarget t = profiles.target(p, target);
        String user = ConnectionOptions.envOr(warehouseUser, "SUPERSET_WAREHOUSE_USER");
        String pw = ConnectionOptions.envOr(warehousePassword, "SUPERSET_WAREHOUSE_PASSWORD");
        uri = t.sqlalchemyUri(user, pw == null ? null : Secret.of(pw)).reveal();
      }
      if (uri == null && database == null) {
        // The local default: the example warehouse's read-only connection.
        uri = ConnectionOptions.env("WAREHOUSE_SQLALCHEMY_URI");
      }
      if (uri == null || uri.isBlank()) {
        b.database(db);
      } else {
        b.database(db, uri);
      }
    }

    private DbtArtifacts artifacts() {
      Path m = manifest;
      if (m == null) {
        String dir = ConnectionOptions.env("DBT_TARGET_DIR");
        if (dir == null || dir.isBlank()) {
          throw new BadInput("no manifest: give --manifest or set DBT_TARGET_DIR");
        }
        m = Path.of(dir, "manifest.json");
      }
      m = ManifestFiles.resolve(m, "");
      Path dir = m.toAbsolutePath().getParent();
      Path sem = semanticManifest;
      if (sem == null && Files.isRegularFile(dir.resolve("semantic_manifest.json"))) {
        sem = dir.resolve("semantic_manifest.json");
      }
      if (noCatalog && catalog != null) {
        throw new BadInput("give --catalog or --no-catalog, not both");
      }
      Path cat = catalog;
      if (cat == null && !noCatalog && Files.isRegularFile(dir.resolve("catalog.json"))) {
        cat = dir.resolve("catalog.json");
      }
      DbtArtifacts read = DbtArtifacts.read(m, sem, cat);
      ManifestFiles.warnIfUnknownVersion(spec.commandLine().getErr(), m, read.manifest().metadata());
      if (cat != null && read.catalog() != null) {
        ManifestFiles.warnIfUnknownVersion(spec.commandLine().getErr(), cat, read.catalog().metadata());
      }
      return read;
    }

    // What the selection is among: models, and the kinds the flags add ("model, seed or source").
    String kinds() {
      List<String> k = new ArrayList<>(List.of("model"));
      if (seeds) {
        k.add("seed");
      }
      if (snapshots) {
        k.add("snapshot");
      }
      if (sources) {
        k.add("source");
      }
      return k.size() == 1 ? k.get(0)
          : String.join(", ", k.subList(0, k.size() - 1)) + " or " + k.get(k.size() - 1);
    }
  }

  /** {@code superset-sdk dbt plan}. */
  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = {"Show what a sync would change in Superset; writes nothing.",
          "Exit status: 0 planned, 1 Superset failed, 2 bad input."})
  static final class Plan extends Base {
    @Override
    boolean applies() {
      return false;
    }
  }

  /** {@code superset-sdk dbt sync}. */
  @Command(name = "sync", mixinStandardHelpOptions = true,
      description = {"Sync dbt models (datasets, columns, metrics) into Superset.",
          "Exit status: 0 synced, 1 a dataset failed (the others are still synced), 2 bad input (nothing"
              + " written)."})
  static final class Sync extends Base {
    @Override
    boolean applies() {
      return true;
    }
  }

  /**
   * What a job killed during the apply (a CI timeout's SIGTERM, Ctrl-C) leaves: a line on standard
   * error saying how far the apply got, from a shutdown hook that lives only as long as the apply.
   */
  static final class Interruption implements SyncListener {
    private final PrintWriter err;
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int total;
    private volatile @Nullable Thread hook;

    Interruption(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void datasetDone(int completed, int total, DatasetResult result) {
      done.incrementAndGet();
      if (result.error() != null) {
        failed.incrementAndGet();
      }
    }

    /** Runs the apply of {@code writes} datasets with the hook in place. */
    <T> T during(long writes, java.util.function.Supplier<T> apply) {
      total = (int) writes;
      Thread h = new Thread(this::report, "superset-sdk-interrupted");
      Runtime.getRuntime().addShutdownHook(h);
      hook = h;
      try {
        return apply.get();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(h);
        } catch (IllegalStateException shuttingDown) {
          // The JVM is exiting: the hook is running or has run.
        }
      }
    }

    /** The hook of the apply running now, or of the last one. */
    @Nullable Thread hook() {
      return hook;
    }

    /** Says how far the apply got; what the hook runs. */
    void report() {
      int d = done.get();
      err.println("superset-sdk: interrupted during the apply, after " + d + " of " + total + " datasets"
          + (failed.get() == 0 ? "" : " (" + failed.get() + " failed)") + "; the others are as they were, or"
          + " half-written if they were in progress. Run the same sync again: it plans from what Superset"
          + " has and finishes them.");
      err.flush();
    }
  }

  /** A progress line on standard error for long runs. */
  static final class Progress implements SyncListener {
    private final PrintWriter err;
    private int lastShown = -1;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void datasetDone(int completed, int total, DatasetResult result) {
      if (total < 20) {
        return;
      }
      int pct = completed * 100 / total;
      if (pct / 10 != lastShown / 10 || completed == total) {
        lastShown = pct;
        err.println("superset-sdk: " + completed + "/" + total + " datasets done");
        err.flush();
      }
    }
  }

  /** Whether any dataset of the plan is a selected node's (not one whose node is gone). */
  static boolean selectsAnything(List<DatasetPlan> datasets) {
    return datasets.stream().anyMatch(d -> d.action() != SyncAction.DELETE
        && !(d.reason() != null && d.reason().startsWith("its dbt node is gone")));
  }

  static void printPlan(PrintWriter out, SyncPlan plan) {
    out.println("Superset database " + plan.databaseName()
        + (plan.databaseId() == null ? " (will be created)" : " (id " + plan.databaseId().value() + ")")
        + ", mode " + plan.mode().name().toLowerCase(Locale.ROOT));
    for (DatasetPlan d : plan.datasets()) {
      if (d.action() == SyncAction.UNCHANGED) {
        // Nothing to write, but what is never synced (a skipped metric and why) still shows.
        if (!d.notes().isEmpty()) {
          out.println("  unchanged " + d.relation() + "  (" + d.uniqueId() + ")");
          d.notes().forEach(n -> out.println("    note: " + n));
        }
        continue;
      }
      String sign = switch (d.action()) {
        case CREATE -> "+";
        case UPDATE -> "~";
        case DELETE -> "-";
        default -> "!";
      };
      out.println(sign + " " + d.action().name().toLowerCase(Locale.ROOT) + " " + d.relation()
          + "  (" + d.uniqueId() + (d.datasetId() == null ? "" : ", dataset " + d.datasetId().value())
          + ")" + (d.reason() == null ? "" : ": " + d.reason()));
      if (d.action() == SyncAction.UPDATE) {
        for (FieldChange c : d.changes()) {
          out.println("    " + c.field() + ": " + change(c.before(), c.after()));
        }
      } else if (d.action() == SyncAction.CREATE) {
        // What dbt describes; Superset adds the table's other columns (and a COUNT(*) metric).
        out.println("    " + d.columns() + " columns and " + d.metrics() + " metrics described by dbt");
      }
      for (ImpactedAsset a : d.impact()) {
        out.println("    breaks " + a.kind() + " " + a.id() + " \"" + a.name() + "\" (uses " + a.uses() + ")");
      }
      for (String n : d.notes()) {
        out.println("    note: " + n);
      }
    }
    out.println("plan: " + plan.count(SyncAction.CREATE) + " to create, "
        + plan.count(SyncAction.UPDATE) + " to update, " + plan.count(SyncAction.DELETE)
        + " to delete, " + plan.count(SyncAction.UNCHANGED) + " unchanged, "
        + plan.count(SyncAction.SKIPPED) + " skipped; " + plan.httpReads() + " HTTP reads");
  }

  static void printReport(PrintWriter out, SyncReport r) {
    for (DatasetResult d : r.results()) {
      if (d.failed()) {
        out.println("FAILED " + d.uniqueId() + ": " + d.error());
      }
      for (String n : d.notes()) {
        out.println("note: " + d.uniqueId() + ": " + n);
      }
    }
    if (!r.restFallbacks().isEmpty()) {
      out.println("bundle import failed for " + r.restFallbacks().size() + " new datasets; created over REST"
          + " instead: " + String.join(", ", r.restFallbacks()));
    }
    out.println("sync: " + r.count(SyncAction.CREATE) + " created, " + r.count(SyncAction.UPDATE)
        + " updated, " + r.count(SyncAction.DELETE) + " deleted, " + r.count(SyncAction.UNCHANGED)
        + " unchanged, " + r.count(SyncAction.SKIPPED) + " skipped, " + r.failed() + " failed; "
        + r.httpReads() + " HTTP reads, " + r.httpWrites() + " writes, "
        + String.format(Locale.ROOT, "%.1f s", r.elapsed().toMillis() / 1000.0));
  }

  static void printExposures(PrintWriter out, ExposuresPlan p, boolean written) {
    for (ExposureChange c : p.changes()) {
      if (c.action() == ExposureChange.Action.UNCHANGED && c.note() == null) {
        continue;
      }
      out.println("  exposure " + c.action().name().toLowerCase(Locale.ROOT) + " " + c.name() + " ("
          + c.kind() + " " + c.assetId() + ")" + (c.dependsOn().isEmpty() ? "" : " depends on "
          + String.join(", ", c.dependsOn())) + (c.note() == null ? "" : ": " + c.note()));
    }
    String verb = written ? (p.changed() ? "written to " : "unchanged: ")
        : (p.changed() ? "would write " : "no change to ");
    out.println("exposures: " + p.count(ExposureChange.Action.ADD) + " to add, "
        + p.count(ExposureChange.Action.UPDATE) + " to update, "
        + p.count(ExposureChange.Action.REMOVE) + " to remove, "
        + p.count(ExposureChange.Action.UNCHANGED) + " unchanged; " + verb + p.file());
  }

  static Map<String, Object> exposuresJson(ExposuresPlan p, boolean written) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", p.file().toString());
    m.put("changed", p.changed());
    m.put("written", written && p.changed());
    List<Map<String, Object>> list = new ArrayList<>();
    for (ExposureChange c : p.changes()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", c.name());
      e.put("kind", c.kind());
      e.put("assetId", c.assetId());
      e.put("action", c.action().name().toLowerCase(Locale.ROOT));
      e.put("dependsOn", c.dependsOn());
      if (c.note() != null) {
        e.put("note", c.note());
      }
      list.add(e);
    }
    m.put("entries", list);
    return m;
  }

  private static String quote(Object o) {
    if (o == null) {
      return "(none)";
    }
    String s = o.toString().replace("\n", " ");
    return "\"" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "\"";
  }

  /**
   * {@code "before" -> "after"}, each cut to 80 characters; where both are long and alike at the
   * start, the cut shows them from a little before the first character that differs, so that the
   * change can be seen (two long SQL expressions often differ only in the middle).
   */
  static String change(@Nullable Object before, @Nullable Object after) {
    if (before == null || after == null) {
      return quote(before) + " -> " + quote(after);
    }
    String a = before.toString().replace("\n", " ");
    String b = after.toString().replace("\n", " ");
    int k = 0;
    while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    if (k < 60 || (a.length() <= 80 && b.length() <= 80)) {
      return quote(a) + " -> " + quote(b);
    }
    int from = k - 30;
    return "\"..." + window(a, from) + "\" -> \"..." + window(b, from) + "\"";
  }

  private static String window(String s, int from) {
    String rest = s.substring(Math.min(from, s.length()));
    return rest.length() > 74 ? rest.substring(0, 71) + "..." : rest;
  }

  private static Map<String, @Nullable Object> fieldChange(FieldChange c) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("field", c.field());
    m.put("before", c.before());
    m.put("after", c.after());
    return m;
  }

  private static Map<String, Object> impact(ImpactedAsset a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", a.kind());
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("uses", a.uses());
    return m;
  }

  static Map<String, Object> planJson(SyncPlan plan) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("created", plan.count(SyncAction.CREATE));
    m.put("updated", plan.count(SyncAction.UPDATE));
    m.put("deleted", plan.count(SyncAction.DELETE));
    m.put("unchanged", plan.count(SyncAction.UNCHANGED));
    m.put("skipped", plan.count(SyncAction.SKIPPED));
    m.put("failed", 0);
    m.put("httpReads", plan.httpReads());
    m.put("httpWrites", 0);
    List<Map<String, Object>> ds = new ArrayList<>();
    for (DatasetPlan d : plan.datasets()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("uniqueId", d.uniqueId());
      e.put("datasetId", d.datasetId() == null ? null : d.datasetId().value());
      e.put("action", d.action().name().toLowerCase(Locale.ROOT));
      e.put("metrics", d.metrics());
      e.put("columns", d.columns());
      e.put("changes", d.changes().stream().map(FieldChange::field).toList());
      e.put("fieldChanges", d.changes().stream().map(SyncCommands::fieldChange).toList());
      e.put("impact", d.impact().stream().map(SyncCommands::impact).toList());
      e.put("notes", d.notes());
      if (d.reason() != null) {
        e.put("reason", d.reason());
      }
      ds.add(e);
    }
    m.put("datasets", ds);
    return m;
  }

  static Map<String, Object> reportJson(SyncPlan plan, SyncReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("created", r.count(SyncAction.CREATE));
    m.put("updated", r.count(SyncAction.UPDATE));
    m.put("deleted", r.count(SyncAction.DELETE));
    m.put("unchanged", r.count(SyncAction.UNCHANGED));
    m.put("skipped", r.count(SyncAction.SKIPPED));
    m.put("failed", r.failed());
    m.put("httpReads", plan.httpReads() + r.httpReads());
    m.put("httpWrites", r.httpWrites());
    m.put("bulkImported", r.bulkImported().size());
    m.put("restFallbacks", r.restFallbacks());
    Map<String, List<String>> notes = new LinkedHashMap<>();
    plan.datasets().forEach(d -> notes.put(d.uniqueId(), d.notes()));
    List<Map<String, Object>> ds = new ArrayList<>();
    for (DatasetResult d : r.results()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("uniqueId", d.uniqueId());
      e.put("datasetId", d.datasetId() == null ? null : d.datasetId().value());
      e.put("action", d.action().name().toLowerCase(Locale.ROOT));
      e.put("metrics", d.metrics());
      e.put("columns", d.columns());
      List<String> all = new ArrayList<>(notes.getOrDefault(d.uniqueId(), List.of()));
      all.addAll(d.notes());
      e.put("notes", all);
      if (d.error() != null) {
        e.put("error", d.error());
      }
      ds.add(e);
    }
    m.put("datasets", ds);
    return m;
  }
}
