package io.github.supersetsdk.client.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.internal.transport.OperationSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the operation table ({@link Operations}) with Superset's OpenAPI spec: which operations
 * the SDK types, per tag, and why the others are left to {@code raw()}.
 *
 * <p>The reasons live in {@value #REASONS_RESOURCE}, one {@code METHOD /path<TAB>reason} per line.
 */
public final class ApiCoverage {

  /** The spec saved from the Superset release the SDK targets. */
  public static final String SPEC_RESOURCE = "/io/github/supersetsdk/client/superset-openapi-6.1.0.json";

  /** Why operations are deliberately left untyped. */
  public static final String REASONS_RESOURCE = "/io/github/supersetsdk/client/internal/api/untyped-operations.txt";

  /** The reason shown for an untyped operation without a recorded one. */
  public static final String DEFAULT_REASON = "not typed yet; reachable through raw()";

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private final String supersetVersion;
  private final Map<String, String> tagOf;
  private final Set<String> typed;
  private final Map<String, String> reasons;

  private ApiCoverage(String supersetVersion, Map<String, String> tagOf, Set<String> typed, Map<String, String> reasons) {
    this.supersetVersion = supersetVersion;
    this.tagOf = tagOf;
    this.typed = typed;
    this.reasons = reasons;
  }

  /**
   * Computes coverage from the bundled spec, the operation table and the bundled reasons.
   *
   * @return the coverage
   * @throws UncheckedIOException if a resource cannot be read
   */
  public static ApiCoverage compute() {
    try (InputStream spec = resource(SPEC_RESOURCE); InputStream reasons = resource(REASONS_RESOURCE)) {
      return compute(spec, Operations.all(), reasons);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Computes coverage.
   *
   * @param spec an OpenAPI 3 document
   * @param operations the typed operations
   * @param reasons lines of {@code METHOD /path<TAB>reason}
   * @return the coverage
   * @throws IOException if a stream cannot be read
   */
  public static ApiCoverage compute(InputStream spec, List<OperationSpec> operations, InputStream reasons)
      throws IOException {
    JsonNode root = Json.mapper().readTree(spec);
    Map<String, String> tagOf = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (METHODS.contains(op.getKey())) {
          JsonNode tags = op.getValue().path("tags");
          String tag = tags.isArray() && !tags.isEmpty() ? tags.get(0).asText() : "(untagged)";
          tagOf.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), tag);
        }
      }
    }
    Set<String> typed = new TreeSet<>();
    for (OperationSpec op : operations) {
      typed.add(op.id());
    }
    Map<String, String> reasonMap = new TreeMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(reasons, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new IllegalArgumentException("reason line without a tab: " + line);
        }
        reasonMap.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim());
      }
    }
    String version = root.path("info").path("x-superset-version").asText(root.path("info").path("version").asText("?"));
    return new ApiCoverage(version, tagOf, typed, reasonMap);
  }

  /**
   * Typed operations that the spec does not have: a typo in a {@code @RequestLine} or a path
   * parameter named differently from the spec.
   *
   * @return the unknown operation ids, sorted
   */
  public List<String> typedButNotInSpec() {
    List<String> unknown = new ArrayList<>();
    for (String id : typed) {
      if (!tagOf.containsKey(id)) {
        unknown.add(id);
      }
    }
    return unknown;
  }

  /**
   * Recorded reasons for operations that are typed after all, or not in the spec.
   *
   * @return the stale reason keys, sorted
   */
  public List<String> staleReasons() {
    List<String> stale = new ArrayList<>();
    for (String id : reasons.keySet()) {
      if (typed.contains(id) || !tagOf.containsKey(id)) {
        stale.add(id);
      }
    }
    return stale;
  }

  /**
   * The number of spec operations the SDK types.
   *
   * @return the covered count
   */
  public int covered() {
    int n = 0;
    for (String id : tagOf.keySet()) {
      if (typed.contains(id)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The number of operations in the spec.
   *
   * @return the total
   */
  public int total() {
    return tagOf.size();
  }

  /**
   * The closing line of the CLI's coverage output.
   *
   * @return {@code coverage: <covered>/<total> operations}
   */
  public String summaryLine() {
    return "coverage: " + covered() + "/" + total() + " operations";
  }

  /**
   * One tag of the spec: how many of its operations the SDK types, and the others with the reason
   * each is left to {@code raw()}.
   *
   * @param tag the spec's tag
   * @param covered the typed operations
   * @param total all operations of the tag
   * @param uncovered untyped operation id to reason, in id order
   */
  public record TagCoverage(String tag, int covered, int total, Map<String, String> uncovered) {}

  /**
   * Coverage per tag, tags in case-insensitive order.
   *
   * @return one entry per tag of the spec
   */
  public List<TagCoverage> byTag() {
    Map<String, List<String>> idsByTag = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, String> e : tagOf.entrySet()) {
      idsByTag.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
    }
    List<TagCoverage> tags = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : idsByTag.entrySet()) {
      Map<String, String> uncovered = new LinkedHashMap<>();
      for (String id : e.getValue()) {
        if (!typed.contains(id)) {
          uncovered.put(id, reasons.getOrDefault(id, DEFAULT_REASON));
        }
      }
      int total = e.getValue().size();
      tags.add(new TagCoverage(e.getKey(), total - uncovered.size(), total, uncovered));
    }
    return tags;
  }

  /**
   * The coverage report as Markdown, as committed in {@code docs/api-coverage.md}.
   *
   * @return the report
   */
  public String markdown() {
    List<TagCoverage> tags = byTag();
    StringBuilder md = new StringBuilder();
    md.append("# API coverage\n\n");
    md.append("Generated by `ApiCoverageTest` from the OpenAPI spec of Superset ").append(supersetVersion)
        .append(" (`superset-sdk-core/src/main/resources").append(SPEC_RESOURCE).append("`) and the SDK's operation table")
        .append(" (the `@RequestLine`s of the internal API interfaces). Do not edit by hand: run\n")
        .append("`./mvnw -pl superset-sdk-core test -Dtest=ApiCoverageTest -Dsuperset.sdk.updateCoverage=true`.\n\n");
    md.append("Every operation, typed or not, can be called through `client.raw()` with the same authentication,")
        .append(" CSRF handling, retries and exceptions.\n\n");
    md.append("**").append(summaryLine()).append(" (")
        .append(String.format(Locale.ROOT, "%.1f", 100.0 * covered() / Math.max(1, total()))).append("%)**\n\n");
    md.append("| Tag | Covered | Total |\n|---|---:|---:|\n");
    for (TagCoverage t : tags) {
      md.append("| ").append(t.tag()).append(" | ").append(t.covered()).append(" | ").append(t.total()).append(" |\n");
    }
    md.append("\n## Operations not typed\n");
    for (TagCoverage t : tags) {
      if (t.uncovered().isEmpty()) {
        continue;
      }
      md.append("\n### ").append(t.tag()).append(" (").append(t.covered()).append("/").append(t.total()).append(")\n\n");
      md.append("| Operation | Reason |\n|---|---|\n");
      t.uncovered().forEach((id, reason) -> md.append("| `").append(id).append("` | ").append(reason).append(" |\n"));
    }
    return md.toString();
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ApiCoverage.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }
}
