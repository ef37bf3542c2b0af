package io.github.supersetsdk.cli.assets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.supersetsdk.assets.ApplyReport;
import io.github.supersetsdk.assets.AssetChange;
import io.github.supersetsdk.assets.AssetPlan;
import io.github.supersetsdk.assets.AssetRef;
import io.github.supersetsdk.assets.AssetType;
import io.github.supersetsdk.assets.AssetsException;
import io.github.supersetsdk.assets.AssetsFolder;
import io.github.supersetsdk.assets.AssetsImportException;
import io.github.supersetsdk.assets.FieldChange;
import io.github.supersetsdk.assets.MissingPasswordException;
import io.github.supersetsdk.assets.SupersetAssets;
import io.github.supersetsdk.assets.TemplateValues;
import io.github.supersetsdk.cli.BadInput;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code superset-sdk assets}: Superset dashboards, charts, datasets and connections as a folder of
 * YAML files. Exit status 0 on success, 2 on bad input (nothing is written then), 1 on other
 * failures; {@code plan --detailed-exitcode} exits 3 when the server differs from the folder.
 */
@Command(
    name = "assets",
    mixinStandardHelpOptions = true,
    description = "Dashboards as code: export, plan, apply and provision Superset assets as YAML files.",
    subcommands = {
      AssetsCommand.Export.class, AssetsCommand.Plan.class, AssetsCommand.Apply.class, AssetsCommand.Provision.class
    })
public final class AssetsCommand implements Runnable {

  /** The process environment as a map; replaced in tests. */
  static java.util.function.Supplier<Map<String, String>> environment = System::getenv;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // Without a subcommand there is nothing to do: a usage error (exit 2), so that scripts notice.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Connection options and error handling shared by every subcommand. */
  abstract static class Base implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Option(names = "--json", description = "Print one JSON object on standard output instead of text (errors"
        + " stay on standard error).")
    boolean json;

    abstract int run(PrintWriter out, PrintWriter err);

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        return run(out, err);
      } catch (AssetsImportException e) {
        err.println("superset-sdk: " + e.getMessage());
        return 1;
      } catch (MissingPasswordException e) {
        // The library's message also names its Java API; a CLI user has the option and the variable.
        String db = e.database();
        err.println("superset-sdk: " + e.file() + ": database '" + db + "' is new on this server and needs its"
            + " password; give it with --database-password '" + db + "=PASSWORD' or set " + passwordVariable(db));
        return 2;
      } catch (BadInput | AssetsException | UncheckedIOException | IllegalArgumentException e) {
        err.println("superset-sdk: " + e.getMessage());
        return 2;
      } catch (SupersetException e) {
        err.println("superset-sdk: " + e.getMessage());
        return 1;
      } finally {
        out.flush();
        err.flush();
      }
    }

    SupersetClient client() {
      return connection.client();
    }

    /** Prints an apply's result as text or JSON; the exit status (1 when the read-back differs). */
    int report(PrintWriter out, PrintWriter err, ApplyReport report) {
      if (json) {
        return printReportJson(out, err, report);
      }
      printPlan(out, report.plan());
      return printReport(out, err, report);
    }
  }

  /** Options of the commands that read a folder and compare it with a server. */
  abstract static class FolderBase extends Base {
    @Parameters(index = "0", paramLabel = "DIR", description = "The assets folder.")
    Path dir;

    @Option(names = "--env-file", paramLabel = "FILE",
        description = "NAME=value lines for the folder's Jinja; the process environment overrides them, and is"
            + " also available as env.NAME. Repeatable.")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A template variable. Repeatable.")
    Map<String, String> vars = new LinkedHashMap<>();

    @Option(names = "--database-map", paramLabel = "FROM=TO",
        description = "Point the folder's database FROM (name or UUID) at the server's connection TO (name or"
            + " UUID; a new name creates the connection). Repeatable.")
    Map<String, String> databaseMap = new LinkedHashMap<>();

    @Option(names = "--schema-map", paramLabel = "FROM=TO", description = "Rewrite dataset schema FROM to TO. Repeatable.")
    Map<String, String> schemaMap = new LinkedHashMap<>();

    @Option(names = "--database-password", paramLabel = "DATABASE=PASSWORD",
        description = "Password of a database connection the apply creates (default:"
            + " $SUPERSET_DATABASE_PASSWORD_<NAME>, NAME upper-cased with _ for other characters). Repeatable.")
    Map<String, String> databasePasswords = new LinkedHashMap<>();

    @Option(names = "--dashboard", paramLabel = "SLUG|UUID|TITLE",
        description = "Only these dashboards of the folder and what they need, by slug, UUID or title (the"
            + " files hold no server ids). Repeatable.")
    List<String> dashboards = new ArrayList<>();

    TemplateValues values() {
      Map<String, String> processEnv = environment.get();
      TemplateValues v = TemplateValues.empty();
      for (Path f : envFiles) {
        v = v.withEnvFile(f);
      }
      Map<String, Object> overrides = new LinkedHashMap<>();
      for (String name : v.asMap().keySet()) {
        if (processEnv.containsKey(name)) {
          overrides.put(name, processEnv.get(name));
        }
      }
      return v.withAll(overrides).withEnvironment(processEnv).withAll(vars);
    }

    AssetsFolder folder(TemplateValues values) {
      AssetsFolder folder = AssetsFolder.read(dir, values);
      return dashboards.isEmpty() ? folder : folder.select(dashboards);
    }

    SupersetAssets assets(SupersetClient client, AssetsFolder folder) {
      SupersetAssets.Builder b = SupersetAssets.builder(client);
      databaseMap.forEach(b::mapDatabase);
      schemaMap.forEach(b::mapSchema);
      for (AssetRef a : folder.assets()) {
        if (a.type() == AssetType.DATABASE) {
          String target = databaseMap.getOrDefault(a.name(), databaseMap.getOrDefault(a.uuid().toString(), a.name()));
          String pw = databasePasswords.get(target);
          if (pw == null) {
            pw = ConnectionOptions.env(passwordVariable(target));
          }
          if (pw != null) {
            b.databasePassword(target, pw);
          }
        }
      }
      return b.build();
    }
  }

  /** The environment variable holding a database connection's password. */
  static String passwordVariable(String database) {
    return "SUPERSET_DATABASE_PASSWORD_" + database.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  static void printPlan(PrintWriter out, AssetPlan plan) {
    int create = 0;
    int update = 0;
    int same = 0;
    for (AssetChange c : plan.changes()) {
      AssetRef a = c.asset();
      String what = a.type().name().toLowerCase(Locale.ROOT) + " \"" + a.name() + "\" (" + a.path() + ")";
      switch (c.action()) {
        case CREATE -> {
          create++;
          out.println("+ create " + what);
        }
        case UPDATE -> {
          update++;
          out.println("~ update " + what);
          for (FieldChange f : c.fields()) {
            out.println("    " + f.path() + ": " + (f.before() == null ? "(absent)" : f.before()) + " -> "
                + (f.after() == null ? "(absent)" : f.after()));
          }
        }
        case UNCHANGED -> same++;
      }
    }
    out.println("Plan: " + create + " to create, " + update + " to update, " + same + " unchanged.");
  }

  /** The plan as JSON: counts, then every asset of the folder with its action and differing fields. */
  static ObjectNode planJson(AssetPlan plan) {
    ObjectNode o = ConnectionOptions.JSON.createObjectNode();
    int[] counts = new int[AssetChange.Action.values().length];
    for (AssetChange c : plan.changes()) {
      counts[c.action().ordinal()]++;
    }
    o.put("created", counts[AssetChange.Action.CREATE.ordinal()]);
    o.put("updated", counts[AssetChange.Action.UPDATE.ordinal()]);
    o.put("unchanged", counts[AssetChange.Action.UNCHANGED.ordinal()]);
    o.set("assets", changesJson(plan.changes()));
    return o;
  }

  static ArrayNode changesJson(List<AssetChange> changes) {
    ArrayNode assets = ConnectionOptions.JSON.createArrayNode();
    for (AssetChange c : changes) {
      ObjectNode a = refJson(c.asset());
      assets.add(a);
      a.put("action", c.action().name().toLowerCase(Locale.ROOT));
      ArrayNode fields = a.putArray("fields");
      for (FieldChange f : c.fields()) {
        ObjectNode field = fields.addObject().put("path", f.path());
        // The values are JSON already: embedded as values, not as strings to parse again. A side that
        // lacks the field has no key (a JSON null is a value the field holds).
        if (f.before() != null) {
          field.set("before", jsonValue(f.before()));
        }
        if (f.after() != null) {
          field.set("after", jsonValue(f.after()));
        }
      }
    }
    return assets;
  }

  static ObjectNode refJson(AssetRef ref) {
    ObjectNode a = ConnectionOptions.JSON.createObjectNode();
    a.put("type", ref.type().name().toLowerCase(Locale.ROOT));
    a.put("name", ref.name());
    a.put("uuid", ref.uuid().toString());
    a.put("path", ref.path());
    return a;
  }

  private static JsonNode jsonValue(String json) {
    try {
      return ConnectionOptions.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // FieldChange documents compact JSON; should a value ever not be, it is kept as text, not lost.
      return TextNode.valueOf(json);
    }
  }

  static void printJson(PrintWriter out, JsonNode node) {
    try {
      out.println(ConnectionOptions.JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An apply's result as JSON: the plan it applied, what it sent, and whether the read-back matched. */
  static int printReportJson(PrintWriter out, PrintWriter err, ApplyReport report) {
    ObjectNode o = planJson(report.plan());
    ArrayNode written = o.putArray("written");
    report.written().forEach(r -> written.add(refJson(r)));
    o.put("verified", report.verified());
    o.set("drift", changesJson(report.drift()));
    ArrayNode repaired = o.putArray("repaired");
    report.repaired().forEach(r -> repaired.add(refJson(r)));
    printJson(out, o);
    if (!report.verified()) {
      err.println("superset-sdk: after the import the server still differs from the folder (\"drift\" lists how)");
      return 1;
    }
    return 0;
  }

  static int printReport(PrintWriter out, PrintWriter err, ApplyReport report) {
    if (!report.wroteAnything()) {
      out.println("Nothing to apply: the server matches the folder.");
      return 0;
    }
    if (!report.repaired().isEmpty()) {
      // A write no plan shows: say what it was, so a "no changes" plan followed by a write is explained.
      out.println("Repaired: the native filters of " + report.repaired().size() + " dashboard(s) pointed at the"
          + " folder's chart numbers (an earlier apply stopped half-way); they now point at the real charts: "
          + report.repaired().stream().map(AssetRef::path).collect(Collectors.joining(", ")));
    }
    if (report.written().isEmpty()) {
      out.println("Verified: the server matches the folder.");
      return 0;
    }
    out.println("Applied: " + report.written().size() + " assets sent to Superset's import.");
    if (!report.verified()) {
      err.println("superset-sdk: after the import the server still differs from the folder:");
      printPlan(err, new AssetPlan(report.drift()));
      return 1;
    }
    out.println("Verified: the server matches the folder.");
    return 0;
  }

  /** {@code superset-sdk assets export DIR}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Write the server's assets (or some dashboards and what they need) into DIR as YAML files.",
          "Exit status: 0 exported, 1 Superset failed, 2 bad input."})
  static final class Export extends Base {
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write; its asset directories are replaced.")
    Path dir;

    @Option(names = "--dashboard", paramLabel = "ID|SLUG|UUID", description = "Only these dashboards and what they need. Repeatable.")
    List<String> dashboards = new ArrayList<>();

    @Override
    int run(PrintWriter out, PrintWriter err) {
      if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
        throw new BadInput("cannot write " + dir + ": it is a file, not a folder");
      }
      try (SupersetClient client = client()) {
        SupersetAssets assets = SupersetAssets.builder(client).build();
        AssetsFolder folder = dashboards.isEmpty() ? assets.export() : assets.export(dashboards);
        folder.write(dir);
        if (json) {
          ObjectNode o = ConnectionOptions.JSON.createObjectNode();
          o.put("exported", folder.assets().size());
          o.put("dir", dir.toString());
          ArrayNode refs = o.putArray("assets");
          folder.assets().forEach(r -> refs.add(refJson(r)));
          printJson(out, o);
        } else {
          out.println("Exported " + folder.assets().size() + " assets into " + dir);
        }
        return 0;
      }
    }
  }

  /** {@code superset-sdk assets plan DIR}. */
  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = {"Show what apply would create, update and leave unchanged; writes nothing.",
          "Exit status: 0 planned (with --detailed-exitcode: the server matches), 3 the server differs (with"
              + " --detailed-exitcode), 1 Superset failed, 2 bad input."})
  static final class Plan extends FolderBase {
    @Option(names = "--detailed-exitcode",
        description = "Exit 0 when the server matches the folder, 3 when it differs (1 on error, 2 on bad input).")
    boolean detailedExitcode;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      AssetsFolder folder = folder(values());
      try (SupersetClient client = client()) {
        AssetPlan plan = assets(client, folder).plan(folder);
        if (json) {
          printJson(out, planJson(plan));
        } else {
          printPlan(out, plan);
        }
        return detailedExitcode && plan.hasChanges() ? 3 : 0;
      }
    }
  }

  /** {@code superset-sdk assets apply DIR}. */
  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = {"Import the folder into Superset (one transaction), then read it back to verify.",
          "Exit status: 0 applied, 1 Superset refused the import (nothing written) or the read-back differs,"
              + " 2 bad input (nothing written)."})
  static final class Apply extends FolderBase {
    @Override
    int run(PrintWriter out, PrintWriter err) {
      AssetsFolder folder = folder(values());
      try (SupersetClient client = client()) {
        SupersetAssets assets = assets(client, folder);
        return report(out, err, assets.apply(folder));
      }
    }
  }

  /** {@code superset-sdk assets provision DIR --tenant T --values FILE}. */
  @Command(name = "provision", mixinStandardHelpOptions = true,
      description = {"Apply a templated folder as one tenant's own copy: UUIDs derived from the template's and the"
          + " tenant, so provisioning again updates that copy.",
          "Exit status: 0 provisioned, 1 Superset refused the import (nothing written) or the read-back"
              + " differs, 2 bad input."})
  static final class Provision extends FolderBase {
    @Option(names = "--tenant", required = true, description = "The tenant's key; the templates see it as {{ tenant }}.")
    String tenant;

    @Option(names = "--values", paramLabel = "FILE", description = "YAML mapping of the tenant's template variables.")
    Path valuesFile;

    @Option(names = "--dry-run", description = "Only print the plan.")
    boolean dryRun;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      TemplateValues v = values();
      if (valuesFile != null) {
        v = v.withYamlFile(valuesFile);
      }
      AssetsFolder folder = folder(v.with("tenant", tenant)).forTenant(tenant);
      try (SupersetClient client = client()) {
        SupersetAssets assets = assets(client, folder);
        if (dryRun) {
          AssetPlan plan = assets.plan(folder);
          if (json) {
            printJson(out, planJson(plan));
          } else {
            printPlan(out, plan);
          }
          return 0;
        }
        return report(out, err, assets.apply(folder));
      }
    }
  }
}
