package io.github.supersetsdk.dbt.select;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.DbtResource;
import io.github.supersetsdk.dbt.manifest.DbtSource;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real {@code dbt ls} on a dbt project and checks that {@link NodeSelector} selects the
 * same unique ids for many selectors, most of them derived from the project's own manifest so
 * that they select something on any project.
 *
 * <p>Needs {@code DBT_BIN} (the dbt executable), {@code DBT_PROJECT_DIR} (a project whose
 * {@code profiles.yml} is in the project directory) and {@code DBT_TARGET_DIR} (the target
 * directory where a real {@code dbt build} left the project's artifacts, outside the repository).
 * The artifacts found there are read and checked too; this test's own {@code dbt parse} and
 * {@code dbt ls} write into a temporary directory, so they never touch that target directory.
 */
class DbtLsParityIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path dbt;
  private static Path project;
  private static Path target;
  private static Path builtTarget;
  private static DbtManifest manifest;

  @BeforeAll
  static void parseProject() throws Exception {
    dbt = Path.of(requireEnv("DBT_BIN"));
    project = Path.of(requireEnv("DBT_PROJECT_DIR")).toAbsolutePath();
    builtTarget = Path.of(requireEnv("DBT_TARGET_DIR")).toAbsolutePath();
    target = Files.createTempDirectory("dbt-ls-it");
    Process p = dbtProcess(List.of(dbt.toString(), "parse", "--project-dir", project.toString(),
        "--target-path", target.toString(), "--log-path", target.resolve("logs").toString()));
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("dbt parse failed:%n%s", out).isZero();
    manifest = DbtArtifactReader.create().readManifest(target.resolve("manifest.json"));
  }

  private static String requireEnv(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: this integration test runs the real `dbt ls` and needs DBT_BIN "
              + "(dbt executable), DBT_PROJECT_DIR (project with profiles.yml) and DBT_TARGET_DIR "
              + "(the target directory of a dbt build of that project, outside the repository)");
    }
    return v;
  }

  private static Process dbtProcess(List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("DBT_PROFILES_DIR", project.toString());
    env.put("DO_NOT_TRACK", "1");
    env.put("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
    return pb.start();
  }

  @Test
  void select_manySelectors_equalsDbtLs() throws Exception {
    List<String[]> cases = selectors();
    List<Set<String>> expected = runDbtLs(cases);
    System.out.printf("comparing %d selectors with dbt ls on %s%n", cases.size(), project);
    NodeSelector selector = NodeSelector.of(manifest);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String[] c = cases.get(i);
      Set<String> ours = new TreeSet<>(selector.select(c[0], c[1]));
      if (!ours.equals(expected.get(i))) {
        Set<String> missing = new TreeSet<>(expected.get(i));
        missing.removeAll(ours);
        Set<String> extra = new TreeSet<>(ours);
        extra.removeAll(expected.get(i));
        mismatches.add("--select '" + c[0] + "' --exclude '" + c[1] + "': missing " + missing + ", extra " + extra);
      }
    }
    assertThat(mismatches).as("selectors compared: %d", cases.size()).isEmpty();
    assertThat(expected.stream().filter(s -> !s.isEmpty()).count())
        .as("most selectors select something")
        .isGreaterThan(cases.size() / 2);
  }

  @org.junit.jupiter.api.AfterAll
  static void removeTemporaryTarget() throws IOException {
    try (var paths = Files.walk(target)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void read_artifactsOfARealBuild_matchIndependentTreeReads() throws Exception {
    Path builtManifest = builtTarget.resolve("manifest.json");
    assertThat(builtManifest)
        .as("DBT_TARGET_DIR must hold the artifacts of a dbt build of the project")
        .exists();
    DbtArtifactReader reader = DbtArtifactReader.create();
    DbtManifest built = reader.readManifest(builtManifest);
    assertThat(built.nodes()).hasSize(JSON.readTree(builtManifest.toFile()).get("nodes").size());
    Path runResults = builtTarget.resolve("run_results.json");
    if (Files.exists(runResults)) {
      var parsed = reader.readRunResults(runResults);
      JsonNode tree = JSON.readTree(runResults.toFile());
      assertThat(parsed.results()).hasSize(tree.get("results").size());
      for (int i = 0; i < parsed.results().size(); i++) {
        assertThat(parsed.results().get(i).status().value()).isEqualTo(tree.get("results").get(i).get("status").asText());
      }
    }
    Path catalog = builtTarget.resolve("catalog.json");
    if (Files.exists(catalog)) {
      var parsed = reader.readCatalog(catalog);
      JsonNode tree = JSON.readTree(catalog.toFile());
      assertThat(parsed.nodes()).hasSize(tree.get("nodes").size());
      assertThat(parsed.sources()).hasSize(tree.get("sources").size());
    }
    Path semantic = builtTarget.resolve("semantic_manifest.json");
    if (Files.exists(semantic)) {
      var parsed = reader.readSemanticManifest(semantic);
      assertThat(parsed.metrics()).hasSize(JSON.readTree(semantic.toFile()).get("metrics").size());
    }
  }

  @Test
  void readManifest_projectWrittenByDbt_matchesAnIndependentTreeRead() throws Exception {
    JsonNode tree = JSON.readTree(target.resolve("manifest.json").toFile());

    Map<String, Integer> ours = new java.util.LinkedHashMap<>();
    ours.put("nodes", manifest.nodes().size());
    ours.put("sources", manifest.sources().size());
    ours.put("macros", manifest.macros().size());
    ours.put("docs", manifest.docs().size());
    ours.put("exposures", manifest.exposures().size());
    ours.put("metrics", manifest.metrics().size());
    ours.put("semantic_models", manifest.semanticModels().size());
    ours.put("saved_queries", manifest.savedQueries().size());
    ours.put("unit_tests", manifest.unitTests().size());
    ours.put("functions", manifest.functions().size());
    for (Map.Entry<String, Integer> e : ours.entrySet()) {
      JsonNode map = tree.get(e.getKey());
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(map == null ? 0 : map.size());
    }
    tree.get("nodes").fields().forEachRemaining(entry -> {
      DbtNode node = manifest.nodes().get(entry.getKey());
      JsonNode raw = entry.getValue();
      assertThat(node.resourceType().value()).isEqualTo(raw.get("resource_type").asText());
      assertThat(node.dependsOn().nodes()).hasSize(raw.at("/depends_on/nodes").size());
      assertThat(node.columns()).hasSize(raw.get("columns").size());
    });
    assertThat(manifest.parentMap()).hasSize(tree.get("parent_map").size());
    Path semantic = target.resolve("semantic_manifest.json");
    if (Files.exists(semantic)) {
      JsonNode semanticTree = JSON.readTree(semantic.toFile());
      var parsed = DbtArtifactReader.create().readSemanticManifest(semantic);
      assertThat(parsed.metrics()).hasSize(semanticTree.get("metrics").size());
      assertThat(parsed.semanticModels()).hasSize(semanticTree.get("semantic_models").size());
    }
  }

  /** Selectors that exercise every method and operator, built from the project's own names. */
  private static List<String[]> selectors() {
    Set<String[]> out = new LinkedHashSet<>();
    List<DbtNode> models = new ArrayList<>();
    Set<String> tags = new TreeSet<>();
    Set<String> dirs = new TreeSet<>();
    Set<String> materializations = new TreeSet<>();
    for (DbtResource r : manifest.graphMembers()) {
      tags.addAll(r.tags());
      if (r instanceof DbtNode && ResourceType.MODEL.equals(r.resourceType())) {
        models.add((DbtNode) r);
        String ofp = r.originalFilePath();
        if (ofp != null && ofp.contains("/")) {
          dirs.add(ofp.substring(0, ofp.lastIndexOf('/')));
        }
        if (((DbtNode) r).materialized() != null) {
          materializations.add(((DbtNode) r).materialized());
        }
      }
    }
    add(out, "", "");
    add(out, "*", "");
    add(out, "fqn:*", "");
    add(out, "resource_type:model", "");
    add(out, "resource_type:test", "");
    add(out, "resource_type:seed resource_type:snapshot", "");
    add(out, "resource_type:analysis", "");
    add(out, "package:this", "");
    add(out, "test_type:generic", "");
    add(out, "test_type:singular", "");
    add(out, "test_type:unit", "");
    add(out, "test_name:unique", "");
    add(out, "test_name:not_*", "");
    add(out, "version:latest", "");
    add(out, "version:old", "");
    add(out, "version:none", "");
    add(out, "access:protected", "");
    add(out, "access:public", "");
    for (String group : manifest.groups().keySet()) {
      add(out, "group:" + manifest.groups().get(group).name(), "");
      add(out, "+group:" + manifest.groups().get(group).name(), "resource_type:test");
    }
    add(out, "exposure:*", "");
    add(out, "+exposure:*", "");
    add(out, "metric:*", "");
    add(out, "+metric:*", "");
    add(out, "semantic_model:*+", "");
    add(out, "saved_query:*", "");
    add(out, "unit_test:*", "");
    add(out, "source:*", "");
    add(out, "source:*+", "");
    add(out, "config.materialized:view", "");
    add(out, "config.enabled:true", "resource_type:test");
    add(out, "config.severity:warn", "");
    add(out, "*", "resource_type:test");
    add(out, "tag:*", "tag:n*");
    for (String t : tags) {
      add(out, "tag:" + t, "");
      add(out, "tag:" + t + ",resource_type:model", "");
    }
    for (String d : dirs) {
      add(out, "path:" + d, "");
      add(out, d + "/", "");
      // README: the intersection with resource_type:model still brings the models' tests (eager).
      add(out, "path:" + d + ",resource_type:model", "");
    }
    for (String m : materializations) {
      add(out, "config.materialized:" + m, "");
    }
    for (DbtSource s : manifest.sources().values()) {
      add(out, "source:" + s.sourceName() + "+", "");
      add(out, "source:" + s.sourceName() + "." + s.name() + "+1", "");
      break;
    }
    int n = 0;
    for (DbtNode m : models) {
      if (n++ >= 4) {
        break;
      }
      String name = m.name();
      add(out, name, "");
      add(out, "+" + name, "");
      add(out, name + "+", "");
      add(out, "1+" + name + "+1", "");
      add(out, "2+" + name, "");
      add(out, "@" + name, "");
      add(out, "+" + name + "+", name);
      add(out, name + "+", "resource_type:test");
      add(out, "file:" + name + ".sql", "");
      add(out, m.packageName() + "." + name, "");
      add(out, name.substring(0, Math.max(1, name.length() - 2)) + "*", "");
    }
    if (models.size() >= 2) {
      add(out, models.get(0).name() + " " + models.get(1).name(), "");
      add(out, "+" + models.get(1).name() + ",+" + models.get(0).name() + "+", "");
    }
    return new ArrayList<>(out);
  }

  private static void add(Set<String[]> out, String select, String exclude) {
    for (String[] c : out) {
      if (c[0].equals(select) && c[1].equals(exclude)) {
        return;
      }
    }
    out.add(new String[] {select, exclude});
  }

  /** Runs dbt ls for every case, in one Python process through dbt's programmatic runner. */
  private static List<Set<String>> runDbtLs(List<String[]> cases) throws Exception {
    Path python = dbt.resolveSibling("python");
    Path script = Files.createTempFile(target, "ls-", ".py");
    Path input = Files.createTempFile(target, "ls-", ".json");
    Files.writeString(
        script,
        String.join(
            "\n",
            "import json, sys",
            "from dbt.cli.main import dbtRunner",
            "project, target, cases = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3]))",
            "runner = dbtRunner()",
            "for select, exclude in cases:",
            "    args = ['ls', '--project-dir', project, '--target-path', target,",
            "            '--log-path', target + '/logs', '--quiet', '--output', 'json',",
            "            '--output-keys', 'unique_id']",
            "    if select: args += ['--select', select]",
            "    if exclude: args += ['--exclude', exclude]",
            "    res = runner.invoke(args)",
            "    if not res.success: raise SystemExit('dbt ls failed for %r: %r' % (select, res.exception))",
            "    ids = sorted(json.loads(line)['unique_id'] for line in (res.result or []))",
            "    print('@@RESULT ' + json.dumps(ids), flush=True)",
            ""));
    List<List<String>> raw = new ArrayList<>();
    for (String[] c : cases) {
      raw.add(List.of(c[0], c[1]));
    }
    Files.writeString(input, JSON.writeValueAsString(raw));
    Process p = dbtProcess(List.of(python.toString(), script.toString(), project.toString(),
        target.toString(), input.toString()));
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as("dbt ls runner failed:%n%s", out).isZero();
    List<Set<String>> results = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith("@@RESULT ")) {
        Set<String> ids = new TreeSet<>();
        for (JsonNode id : JSON.readTree(line.substring(9))) {
          ids.add(id.asText());
        }
        results.add(ids);
      }
    }
    assertThat(results).as("one result per selector:%n%s", out).hasSize(cases.size());
    return results;
  }
}
