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

  /**
   * The older Superset releases whose served specs are saved next to {@link #SPEC_RESOURCE}, newest
   * first: {@code superset-openapi-<version>.json}.
   */
  public static final List<String> OLDER_VERSIONS = List.of("6.0.0", "5.0.0", "4.1.4");

  /** Why operations are deliberately left untyped. */
  public static final String REASONS_RESOURCE = "/io/github/supersetsdk/client/internal/api/untyped-operations.txt";

  /** The reason shown for an untyped operation without a recorded one. */
  public static final String DEFAULT_REASON = "not typed yet; reachable through raw()";

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private final String supersetVersion;
  private final Map<String, String> tagOf;
  private final Set<String> typed;
  private final Map<String, String> reasons;
  /** Older version to the operation ids its spec has, path parameters blanked ({@link #shape}). */
  private final Map<String, Set<String>> olderShapes;

  private ApiCoverage(String supersetVersion, Map<String, String> tagOf, Set<String> typed, Map<String, String> reasons,
      Map<String, Set<String>> olderShapes) {
    this.supersetVersion = supersetVersion;
    this.tagOf = tagOf;
    this.typed = typed;
    this.reasons = reasons;
    this.olderShapes = olderShapes;
  }

  /**
   * Computes coverage from the bundled spec, the operation table and the bundled reasons.
   *
   * @return the coverage
   * @throws UncheckedIOException if a resource cannot be read
   */
  public static ApiCoverage compute() {
    try (InputStream spec = resource(SPEC_RESOURCE); InputStream reasons = resource(REASONS_RESOURCE)) {
      ApiCoverage coverage = compute(spec, Operations.all(), reasons);
      Map<String, InputStream> older = new LinkedHashMap<>();
      try {
        for (String version : OLDER_VERSIONS) {
          older.put(version, resource(specResource(version)));
        }
        return coverage.withOlderVersions(older);
      } finally {
        for (InputStream in : older.values()) {
          in.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The class-path resource of the spec saved from one Superset release.
   *
   * @param version the release, e.g. {@code 5.0.0}
   * @return the resource name
   */
  public static String specResource(String version) {
    return "/io/github/supersetsdk/client/superset-openapi-" + version + ".json";
  }

  /**
   * The same coverage with per-version columns: which typed operations each older release's spec has.
   *
   * @param specs older version to its OpenAPI 3 document, in column order
   * @return a new coverage
   * @throws IOException if a stream cannot be read
   */
  public ApiCoverage withOlderVersions(Map<String, InputStream> specs) throws IOException {
    Map<String, Set<String>> shapes = new LinkedHashMap<>(olderShapes);
    for (Map.Entry<String, InputStream> e : specs.entrySet()) {
      Set<String> ids = new TreeSet<>();
      for (String id : operationTags(Json.mapper().readTree(e.getValue())).keySet()) {
        ids.add(shape(id));
      }
      shapes.put(e.getKey(), ids);
    }
    return new ApiCoverage(supersetVersion, tagOf, typed, reasons, shapes);
  }

  /**
   * An operation id with its path parameters' names blanked: releases rename them ({@code {pk}},
   * {@code {id_or_slug}}) without changing the operation.
   */
  static String shape(String id) {
    return id.replaceAll("\\{[^}]*}", "{}");
  }

  private static Map<String, String> operationTags(JsonNode root) {
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
    return tagOf;
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
    Map<String, String> tagOf = operationTags(root);
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
    return new ApiCoverage(version, tagOf, typed, reasonMap, Map.of());
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
   * The older versions with a spec, in column order.
   *
   * @return the versions
   */
  public List<String> olderVersions() {
    return List.copyOf(olderShapes.keySet());
  }

  /**
   * Typed operations (of the target release's spec) that an older release's spec does not have: calls
   * that fail there because the endpoint does not exist.
   *
   * @param version an older version with a spec
   * @return the operation ids, sorted
   * @throws IllegalArgumentException if no spec of that version was given
   */
  public List<String> typedMissingIn(String version) {
    Set<String> shapes = olderShapes.get(version);
    if (shapes == null) {
      throw new IllegalArgumentException("no spec of Superset " + version + "; known: " + olderShapes.keySet());
    }
    List<String> missing = new ArrayList<>();
    for (String id : tagOf.keySet()) {
      if (typed.contains(id) && !shapes.contains(shape(id))) {
        missing.add(id);
      }
    }
    return missing;
  }

  /**
   * The number of operations in an older release's spec.
   *
   * @param version an older version with a spec
   * @return the total
   * @throws IllegalArgumentException if no spec of that version was given
   */
  public int totalIn(String version) {
    Set<String> shapes = olderShapes.get(version);
    if (shapes == null) {
      throw new IllegalArgumentException("no spec of Superset " + version + "; known: " + olderShapes.keySet());
    }
    return shapes.size();
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
    if (!olderShapes.isEmpty()) {
      appendVersions(md, tags);
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

  private void appendVersions(StringBuilder md, List<TagCoverage> tags) {
    List<String> versions = olderVersions();
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    for (String version : versions) {
      missing.put(version, new TreeSet<>(typedMissingIn(version)));
    }
    md.append("\n## Per Superset version\n\n");
    md.append("Typed operations of the ").append(supersetVersion).append(" table above that each release's served spec has")
        .append(" (`superset-openapi-<version>.json`, saved by `SUPERSET_VERSION=<version> scripts/services.sh openapi`;")
        .append(" path parameters match whatever their names). The client answers a call to an operation its server")
        .append(" lacks with `OperationUnsupportedException`; see docs/compatibility.md.\n\n");
    md.append("| Tag | ").append(supersetVersion);
    for (String version : versions) {
      md.append(" | ").append(version);
    }
    md.append(" |\n|---|---:");
    md.append("|---:".repeat(versions.size())).append("|\n");
    for (TagCoverage t : tags) {
      md.append("| ").append(t.tag()).append(" | ").append(t.covered());
      for (String version : versions) {
        int lacking = 0;
        for (String id : missing.get(version)) {
          if (t.tag().equals(tagOf.get(id))) {
            lacking++;
          }
        }
        md.append(" | ").append(t.covered() - lacking);
      }
      md.append(" |\n");
    }
    md.append("| **typed operations served** | **").append(covered()).append("**");
    for (String version : versions) {
      md.append(" | **").append(covered() - missing.get(version).size()).append("**");
    }
    md.append(" |\n| operations in the spec | ").append(total());
    for (String version : versions) {
      md.append(" | ").append(totalIn(version));
    }
    md.append(" |\n");
    Map<String, List<String>> lackedBy = new TreeMap<>();
    for (String version : versions) {
      for (String id : missing.get(version)) {
        lackedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(version);
      }
    }
    if (!lackedBy.isEmpty()) {
      md.append("\n### Typed operations missing on older releases\n\n| Operation | Not served by |\n|---|---|\n");
      lackedBy.forEach((id, vs) -> md.append("| `").append(id).append("` | ").append(String.join(", ", vs)).append(" |\n"));
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ApiCoverage.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }
}
