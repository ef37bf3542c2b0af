package io.github.supersetsdk.dbt.select;

import io.github.supersetsdk.dbt.internal.graph.DependencyGraph;
import io.github.supersetsdk.dbt.internal.graph.Glob;
import io.github.supersetsdk.dbt.manifest.DbtExposure;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtMetric;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.DbtResource;
import io.github.supersetsdk.dbt.manifest.DbtSavedQuery;
import io.github.supersetsdk.dbt.manifest.DbtSemanticModel;
import io.github.supersetsdk.dbt.manifest.DbtSource;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Selects graph members with dbt's node selection syntax and returns what {@code dbt ls --select
 * ... --exclude ...} lists, as sorted unique ids.
 *
 * <p>Supported: names and globs (the default {@code fqn} method, or {@code path}/{@code file} for
 * values that look like paths or files), {@code fqn:}, {@code tag:}, {@code path:}, {@code file:},
 * {@code package:}, {@code config.<key>:}, {@code resource_type:}, {@code source:}, {@code
 * exposure:}, {@code metric:}, {@code semantic_model:}, {@code saved_query:}, {@code unit_test:},
 * {@code group:}, {@code access:}, {@code version:}, {@code test_name:} and {@code test_type:}; the
 * graph operators {@code +}, {@code n+}, {@code +n} and {@code @}; union (space), intersection
 * (comma) and exclusion; and dbt's indirect selection of attached tests.
 *
 * {@snippet class=io.github.supersetsdk.dbt.snippets.SelectSnippets region=NodeSelector}
 *
 * <p>Paths are matched against the manifest's file paths, not the file system, so a {@code path:}
 * glob that names no file in the manifest selects nothing. Instances are immutable and
 * thread-safe.
 */
public final class NodeSelector {

  // [@][n+]method:value[+n], as dbt's RAW_SELECTOR_PATTERN
  private static final Pattern SPEC =
      Pattern.compile(
          "\\A(?<cp>@)?(?<parents>(?<pd>\\d*)\\+)?(?:(?<method>[\\w.]+):)?(?<value>.*?)"
              + "(?<children>\\+(?<cd>\\d*))?\\z",
          Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

  private static final Set<String> NODE_TYPES =
      Set.of(
          "model", "analysis", "test", "snapshot", "operation", "seed", "rpc", "sql_operation",
          "doc", "source", "macro", "exposure", "metric", "group", "saved_query",
          "semantic_model", "unit_test", "fixture", "function");

  private final DbtManifest manifest;
  private final DependencyGraph graph;

  private NodeSelector(DbtManifest manifest) {
    this.manifest = manifest;
    this.graph = DependencyGraph.of(manifest);
  }

  /**
   * Creates a selector over a manifest's enabled graph members.
   *
   * @param manifest the manifest
   * @return the selector
   * @throws NullPointerException if {@code manifest} is null
   */
  public static NodeSelector of(DbtManifest manifest) {
    return new NodeSelector(Objects.requireNonNull(manifest, "manifest"));
  }

  /**
   * Selects as {@code dbt ls --select SELECT}.
   *
   * @param select space-separated selectors; empty selects everything
   * @return sorted unique ids
   * @throws InvalidSelectorException for a selector dbt would reject
   * @throws NullPointerException if {@code select} is null
   */
  public List<String> select(String select) {
    Objects.requireNonNull(select, "select");
    return select(SelectionRequest.of(select, ""));
  }

  /**
   * Selects as {@code dbt ls --select SELECT --exclude EXCLUDE}.
   *
   * @param select space-separated selectors; empty selects everything
   * @param exclude space-separated selectors; empty excludes nothing
   * @return sorted unique ids
   * @throws InvalidSelectorException for a selector dbt would reject
   * @throws NullPointerException if an argument is null
   */
  public List<String> select(String select, String exclude) {
    Objects.requireNonNull(select, "select");
    Objects.requireNonNull(exclude, "exclude");
    return select(SelectionRequest.of(select, exclude));
  }

  /**
   * Selects as {@code dbt ls} with every option of the request.
   *
   * @param request the request
   * @return sorted unique ids
   * @throws InvalidSelectorException for a selector dbt would reject
   * @throws NullPointerException if {@code request} is null
   */
  public List<String> select(SelectionRequest request) {
    Objects.requireNonNull(request, "request");
    IndirectSelection mode = request.indirectSelection();
    List<String> include =
        request.select().isEmpty()
            ? List.of("fqn:*", "source:*", "exposure:*", "metric:*", "semantic_model:*")
            : request.select();
    Spec spec =
        new Composite(
            Op.DIFFERENCE,
            List.of(union(include, mode), union(request.exclude(), mode)),
            IndirectSelection.EAGER);
    Set<String> direct = resolve(spec).direct;
    List<String> out = new ArrayList<>();
    for (String id : direct) {
      DbtResource r = graph.members().get(id);
      if (r != null && request.resourceTypes().contains(r.resourceType())) {
        out.add(id);
      }
    }
    out.sort(null);
    return List.copyOf(out);
  }

  // ---- spec tree ------------------------------------------------------------------------------

  private enum Op {
    UNION,
    INTERSECTION,
    DIFFERENCE
  }

  private interface Spec {}

  private record Composite(Op op, List<Spec> parts, IndirectSelection mode) implements Spec {}

  private record Criteria(
      String raw,
      String method,
      List<String> arguments,
      String value,
      boolean childrensParents,
      boolean parents,
      @Nullable Integer parentsDepth,
      boolean children,
      @Nullable Integer childrenDepth,
      IndirectSelection mode)
      implements Spec {}

  private static Spec union(List<String> args, IndirectSelection mode) {
    List<Spec> unions = new ArrayList<>();
    for (String arg : args) {
      // dbt splits on single spaces and keeps empty parts as selectors of nothing.
      for (String raw : arg.split(" ", -1)) {
        if (raw.isEmpty()) {
          continue;
        }
        List<Spec> inter = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
          inter.add(criteria(part, mode));
        }
        unions.add(new Composite(Op.INTERSECTION, inter, mode));
      }
    }
    return new Composite(Op.UNION, unions, mode);
  }

  private static Criteria criteria(String raw, IndirectSelection mode) {
    Matcher m = SPEC.matcher(raw);
    if (!m.matches()) {
      throw new InvalidSelectorException(raw, "not a selector");
    }
    String value = m.group("value");
    String method = m.group("method");
    List<String> arguments = List.of();
    if (method == null) {
      if (value.contains("/")) {
        method = "path";
      } else {
        String lower = value.toLowerCase(Locale.ROOT);
        method = lower.endsWith(".sql") || lower.endsWith(".py") || lower.endsWith(".csv") ? "file" : "fqn";
      }
    } else {
      String[] parts = method.split("\\.", -1);
      method = parts[0];
      arguments = List.of(Arrays.copyOfRange(parts, 1, parts.length));
    }
    if (m.group("cp") != null && m.group("children") != null) {
      // dbt refuses it too: "@" already selects all children.
      throw new InvalidSelectorException(raw, "the \"@\" prefix and the \"+\" suffix are incompatible");
    }
    return new Criteria(
        raw, method, arguments, value, m.group("cp") != null, m.group("parents") != null,
        depth(raw, m.group("pd")), m.group("children") != null, depth(raw, m.group("cd")), mode);
  }

  private static @Nullable Integer depth(String raw, @Nullable String digits) {
    if (digits == null || digits.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      // More than any graph has: dbt (Python's integers) takes it, and walks the whole graph.
      return null;
    }
  }

  // ---- evaluation, following dbt's NodeSelector ------------------------------------------------

  private record Selected(Set<String> direct, Set<String> indirect) {}

  private Selected resolve(Spec spec) {
    if (spec instanceof Criteria) {
      return fromCriteria((Criteria) spec);
    }
    Composite c = (Composite) spec;
    List<Set<String>> directSets = new ArrayList<>();
    List<Set<String>> indirectSets = new ArrayList<>();
    for (Spec part : c.parts()) {
      Selected s = resolve(part);
      directSets.add(s.direct);
      Set<String> both = new HashSet<>(s.direct);
      both.addAll(s.indirect);
      indirectSets.add(both);
    }
    Set<String> initialDirect = combine(c.op(), directSets);
    Set<String> indirect = combine(c.op(), indirectSets);
    return new Selected(incorporate(initialDirect, indirect, c.mode()), indirect);
  }

  private static Set<String> combine(Op op, List<Set<String>> sets) {
    if (sets.isEmpty()) {
      return new HashSet<>();
    }
    Set<String> out = new HashSet<>(sets.get(0));
    for (int i = 1; i < sets.size(); i++) {
      switch (op) {
        case UNION:
          out.addAll(sets.get(i));
          break;
        case INTERSECTION:
          out.retainAll(sets.get(i));
          break;
        default:
          out.removeAll(sets.get(i));
      }
    }
    return out;
  }

  private Set<String> incorporate(Set<String> direct, Set<String> indirect, IndirectSelection mode) {
    if (direct.equals(indirect)) {
      return direct;
    }
    Set<String> selected = new HashSet<>(direct);
    if (mode == IndirectSelection.CAUTIOUS) {
      for (String id : indirect) {
        if (manifest.nodes().containsKey(id) && selected.containsAll(graph.parentsOf(id))) {
          selected.add(id);
        }
      }
    } else if (mode == IndirectSelection.BUILDABLE) {
      Set<String> selectedAndParents = new HashSet<>(selected);
      selectedAndParents.addAll(graph.ancestors(selected, null));
      for (String id : indirect) {
        if (manifest.nodes().containsKey(id)
            && selectedAndParents.containsAll(graph.parentsOf(id))) {
          selected.add(id);
        }
      }
    }
    return selected;
  }

  private Selected fromCriteria(Criteria spec) {
    Set<String> collected = search(spec);
    Set<String> selected = new HashSet<>(collected);
    if (spec.childrensParents()) {
      Set<String> base = new HashSet<>(graph.descendants(collected, null));
      base.addAll(collected);
      selected.addAll(base);
      selected.addAll(graph.ancestors(base, null));
    }
    if (spec.parents()) {
      selected.addAll(graph.ancestors(collected, spec.parentsDepth()));
    }
    if (spec.children()) {
      selected.addAll(graph.descendants(collected, spec.childrenDepth()));
    }
    if (spec.mode() == IndirectSelection.EMPTY) {
      return new Selected(selected, Set.of());
    }
    return expand(selected, spec.mode());
  }

  private Selected expand(Set<String> selected, IndirectSelection mode) {
    Set<String> direct = new HashSet<>(selected);
    Set<String> indirect = new HashSet<>();
    Set<String> selectedAndParents = null;
    if (mode == IndirectSelection.BUILDABLE) {
      selectedAndParents = new HashSet<>(selected);
      selectedAndParents.addAll(graph.ancestors(selected, null));
      selectedAndParents.addAll(manifest.sources().keySet());
    }
    Set<String> successors = new HashSet<>();
    for (String id : selected) {
      successors.addAll(graph.childrenOf(id));
    }
    for (String id : successors) {
      DbtResource r = graph.members().get(id);
      boolean test = ResourceType.TEST.equals(r.resourceType()) && manifest.nodes().containsKey(id);
      boolean unit = ResourceType.UNIT_TEST.equals(r.resourceType()) && manifest.unitTests().containsKey(id);
      if (!test && !unit) {
        continue;
      }
      List<String> parents = r.dependsOn().nodes();
      if (mode == IndirectSelection.EAGER || selected.containsAll(parents)) {
        direct.add(id);
      } else if (mode == IndirectSelection.BUILDABLE && selectedAndParents.containsAll(parents)) {
        direct.add(id);
      } else if (mode != IndirectSelection.EMPTY) {
        indirect.add(id);
      }
    }
    return new Selected(direct, indirect);
  }

  // ---- methods ----------------------------------------------------------------------------------

  private Set<String> search(Criteria spec) {
    String v = spec.value();
    Set<String> out = new HashSet<>();
    switch (spec.method()) {
      case "fqn":
        for (DbtResource r : graph.members().values()) {
          if (!(r instanceof DbtSource) && fqnMatches(v, r)) {
            out.add(r.uniqueId());
          }
        }
        return out;
      case "tag":
        for (DbtResource r : graph.members().values()) {
          for (String tag : r.tags()) {
            if (Glob.fnmatch(tag, v)) {
              out.add(r.uniqueId());
              break;
            }
          }
        }
        return out;
      case "group":
        for (DbtResource r : graph.members().values()) {
          if ((r instanceof DbtNode && manifest.nodes().containsKey(r.uniqueId())) || r instanceof DbtMetric) {
            String group = r.config().group();
            if (group != null && !group.isEmpty() && Glob.fnmatch(group, v)) {
              out.add(r.uniqueId());
            }
          }
        }
        return out;
      case "access":
        for (DbtNode n : parsedNodes()) {
          if (ResourceType.MODEL.equals(n.resourceType()) && v.equals(n.access())) {
            out.add(n.uniqueId());
          }
        }
        return out;
      case "source":
        return sourceSearch(spec.raw(), v);
      case "exposure":
      case "metric":
      case "semantic_model":
      case "saved_query":
      case "unit_test":
        return packagedSearch(spec, v);
      case "path":
        return pathSearch(v);
      case "file":
        for (DbtResource r : graph.members().values()) {
          String ofp = r.originalFilePath();
          if (ofp == null) {
            continue;
          }
          String name = ofp.substring(ofp.lastIndexOf('/') + 1);
          int dot = name.lastIndexOf('.');
          String stem = dot > 0 ? name.substring(0, dot) : name;
          if (Glob.fnmatch(name, v) || Glob.fnmatch(stem, v)) {
            out.add(r.uniqueId());
          }
        }
        return out;
      case "package":
        String pkg = v;
        if (pkg.equals("this") && manifest.metadata().projectName() != null) {
          pkg = manifest.metadata().projectName();
        }
        for (DbtResource r : graph.members().values()) {
          if (Glob.fnmatch(r.packageName(), pkg)) {
            out.add(r.uniqueId());
          }
        }
        return out;
      case "config":
        return configSearch(spec.arguments(), v);
      case "resource_type":
        if (!NODE_TYPES.contains(v)) {
          throw new InvalidSelectorException(spec.raw(), "unknown resource_type '" + v + "'");
        }
        for (DbtResource r : graph.members().values()) {
          if (r.resourceType().value().equals(v)) {
            out.add(r.uniqueId());
          }
        }
        return out;
      case "test_name":
        for (DbtResource r : graph.members().values()) {
          if (r instanceof DbtNode) {
            DbtNode n = (DbtNode) r;
            if (ResourceType.TEST.equals(n.resourceType()) && n.testMetadata() != null
                && Glob.fnmatch(n.testMetadata().name(), v)) {
              out.add(n.uniqueId());
            } else if (ResourceType.UNIT_TEST.equals(n.resourceType()) && Glob.fnmatch(n.name(), v)) {
              out.add(n.uniqueId());
            }
          }
        }
        return out;
      case "test_type":
        return testTypeSearch(spec.raw(), v);
      case "version":
        return versionSearch(spec.raw(), v);
      case "state":
      case "result":
      case "source_status":
        throw new InvalidSelectorException(
            spec.raw(), "the " + spec.method() + ": method needs a previous run's artifacts, which a selector over one manifest does not have");
      default:
        throw new InvalidSelectorException(spec.raw(), "'" + spec.method() + "' is not a valid method name");
    }
  }

  private List<DbtNode> parsedNodes() {
    List<DbtNode> out = new ArrayList<>();
    for (DbtResource r : graph.members().values()) {
      if (r instanceof DbtNode && manifest.nodes().containsKey(r.uniqueId())) {
        out.add((DbtNode) r);
      }
    }
    return out;
  }

  private static boolean fqnMatches(String selector, DbtResource r) {
    List<String> fqn = r.fqn();
    if (fqn.isEmpty()) {
      return false;
    }
    boolean versioned = r instanceof DbtNode && ((DbtNode) r).isVersioned();
    return isSelectedNode(fqn, selector, versioned)
        || isSelectedNode(fqn.subList(1, fqn.size()), selector, versioned);
  }

  /** dbt's {@code is_selected_node}. */
  private static boolean isSelectedNode(List<String> fqn, String selector, boolean versioned) {
    String[] selectorParts = selector.split("\\.", -1);
    if (versioned) {
      if (fqn.size() >= 2 && fqn.get(fqn.size() - 2).equals(selector)) {
        return true;
      }
      if (fqn.size() >= 2 && selectorParts.length >= 1) {
        String tail = String.join("_", fqn.subList(fqn.size() - 2, fqn.size()));
        int from = Math.max(0, selectorParts.length - 2);
        String selTail = String.join("_", Arrays.asList(selectorParts).subList(from, selectorParts.length));
        if (tail.equals(selTail)) {
          return true;
        }
      }
    } else if (!fqn.isEmpty() && fqn.get(fqn.size() - 1).equals(selector)) {
      return true;
    }
    List<String> flat = new ArrayList<>();
    for (String segment : fqn) {
      flat.addAll(Arrays.asList(segment.split("\\.", -1)));
    }
    if (flat.size() < selectorParts.length) {
      return false;
    }
    Integer slurpFrom = null;
    for (int i = 0; i < selectorParts.length; i++) {
      String part = selectorParts[i];
      if (part.contains("*") || part.contains("?") || part.contains("[") || part.contains("]")) {
        slurpFrom = i;
        break;
      } else if (!flat.get(i).equals(part)) {
        return false;
      }
    }
    if (slurpFrom != null) {
      String rest = String.join(".", flat.subList(slurpFrom, flat.size()));
      String pattern = String.join(".", Arrays.asList(selectorParts).subList(slurpFrom, selectorParts.length));
      if (Glob.fnmatch(rest, pattern)) {
        return true;
      }
      if (!selector.contains(".")) {
        String leaf = versioned && fqn.size() >= 2 ? fqn.get(fqn.size() - 2) : fqn.get(fqn.size() - 1);
        return Glob.fnmatch(leaf, selector);
      }
      return false;
    }
    return true;
  }

  private Set<String> sourceSearch(String raw, String v) {
    String[] parts = v.split("\\.", -1);
    String pkg = "*";
    String source;
    String table = "*";
    if (parts.length == 1) {
      source = parts[0];
    } else if (parts.length == 2) {
      source = parts[0];
      table = parts[1];
    } else if (parts.length == 3) {
      pkg = parts[0];
      source = parts[1];
      table = parts[2];
    } else {
      throw new InvalidSelectorException(raw, "sources are selected as source_name, source_name.table_name or package.source_name.table_name");
    }
    Set<String> out = new HashSet<>();
    for (DbtResource r : graph.members().values()) {
      if (r instanceof DbtSource) {
        DbtSource s = (DbtSource) r;
        if (Glob.fnmatch(s.packageName(), pkg) && Glob.fnmatch(s.sourceName(), source)
            && Glob.fnmatch(s.name(), table)) {
          out.add(s.uniqueId());
        }
      }
    }
    return out;
  }

  private Set<String> packagedSearch(Criteria spec, String v) {
    String[] parts = v.split("\\.", -1);
    String pkg = "*";
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      pkg = parts[0];
      name = parts[1];
    } else {
      throw new InvalidSelectorException(spec.raw(), spec.method() + " values are name or package.name");
    }
    Set<String> out = new HashSet<>();
    for (DbtResource r : graph.members().values()) {
      boolean kind;
      switch (spec.method()) {
        case "exposure":
          kind = r instanceof DbtExposure;
          break;
        case "metric":
          kind = r instanceof DbtMetric;
          break;
        case "semantic_model":
          kind = r instanceof DbtSemanticModel;
          break;
        case "saved_query":
          kind = r instanceof DbtSavedQuery;
          break;
        default:
          kind = ResourceType.UNIT_TEST.equals(r.resourceType()) && manifest.unitTests().containsKey(r.uniqueId());
      }
      if (kind && Glob.fnmatch(r.packageName(), pkg) && Glob.fnmatch(r.name(), name)) {
        out.add(r.uniqueId());
      }
    }
    return out;
  }

  private Set<String> pathSearch(String v) {
    String pattern = v;
    while (pattern.startsWith("./")) {
      pattern = pattern.substring(2);
    }
    while (pattern.endsWith("/") && pattern.length() > 1) {
      pattern = pattern.substring(0, pattern.length() - 1);
    }
    List<String> patternParts = segments(pattern);
    // dbt globs the root project's directory and keeps the nodes whose path (relative to their own
    // package) is a match or lies in one: a package's node matches only a path the root project
    // has too. The root's paths are known here from its own nodes.
    String root = manifest.metadata().projectName();
    Set<String> rootPaths = root == null ? null : rootPaths(root);
    Set<String> out = new HashSet<>();
    for (DbtResource r : graph.members().values()) {
      String ofp = r.originalFilePath();
      boolean inRoot = rootPaths == null || root.equals(r.packageName());
      if (ofp != null) {
        List<String> path = segments(ofp);
        // the file itself or any directory containing it
        for (int len = path.size(); len >= 1; len--) {
          List<String> prefix = path.subList(0, len);
          if (Glob.pathMatch(prefix, patternParts) && (inRoot || rootPaths.contains(String.join("/", prefix)))) {
            out.add(r.uniqueId());
            break;
          }
        }
      }
      if (r instanceof DbtNode) {
        String patch = ((DbtNode) r).patchPath();
        if (patch != null && patch.contains("://")) {
          String yml = patch.substring(patch.indexOf("://") + 3);
          if (Glob.pathMatch(segments(yml), patternParts)) {
            out.add(r.uniqueId());
          }
        }
      }
    }
    return out;
  }

  // The root project's files and the directories holding them, as its nodes' paths tell.
  private Set<String> rootPaths(String root) {
    Set<String> paths = new HashSet<>();
    for (DbtResource r : graph.members().values()) {
      if (root.equals(r.packageName()) && r.originalFilePath() != null) {
        List<String> path = segments(r.originalFilePath());
        for (int len = 1; len <= path.size(); len++) {
          paths.add(String.join("/", path.subList(0, len)));
        }
      }
    }
    return paths;
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty() && !s.equals(".")) {
        out.add(s);
      }
    }
    return out;
  }

  private Set<String> configSearch(List<String> keys, String v) {
    Set<String> out = new HashSet<>();
    if (keys.isEmpty()) {
      return out;
    }
    boolean severity = keys.equals(List.of("severity"));
    for (DbtResource r : graph.members().values()) {
      boolean configurable =
          r instanceof DbtSource || (r instanceof DbtNode && manifest.nodes().containsKey(r.uniqueId()));
      if (!configurable) {
        continue;
      }
      Object value = r.config().values();
      boolean found = true;
      for (String key : keys) {
        if (value instanceof Map && ((Map<?, ?>) value).containsKey(key)) {
          value = ((Map<?, ?>) value).get(key);
        } else {
          found = false;
          break;
        }
      }
      if (found && configValueMatches(value, v, severity)) {
        out.add(r.uniqueId());
      }
    }
    return out;
  }

  private static boolean configValueMatches(@Nullable Object value, String selector, boolean caseInsensitive) {
    boolean isTrue = selector.equalsIgnoreCase("true");
    boolean isFalse = selector.equalsIgnoreCase("false");
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (item instanceof String && stringEquals((String) item, selector, caseInsensitive)) {
          return true;
        }
        if ((isTrue && Boolean.TRUE.equals(item)) || (isFalse && Boolean.FALSE.equals(item))) {
          return true;
        }
      }
      return false;
    }
    if (value instanceof String) {
      return stringEquals((String) value, selector, caseInsensitive);
    }
    return (isTrue && Boolean.TRUE.equals(value)) || (isFalse && Boolean.FALSE.equals(value));
  }

  private static boolean stringEquals(String a, String b, boolean caseInsensitive) {
    return caseInsensitive ? a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT)) : a.equals(b);
  }

  private Set<String> testTypeSearch(String raw, String v) {
    boolean generic;
    boolean singular;
    boolean unit;
    switch (v) {
      case "generic":
      case "schema":
        generic = true;
        singular = false;
        unit = false;
        break;
      case "data":
        generic = true;
        singular = true;
        unit = false;
        break;
      case "singular":
        generic = false;
        singular = true;
        unit = false;
        break;
      case "unit":
        generic = false;
        singular = false;
        unit = true;
        break;
      default:
        throw new InvalidSelectorException(raw, "test_type is generic, singular, unit or data");
    }
    Set<String> out = new HashSet<>();
    for (DbtResource r : graph.members().values()) {
      if (!(r instanceof DbtNode)) {
        continue;
      }
      DbtNode n = (DbtNode) r;
      boolean isTest = ResourceType.TEST.equals(n.resourceType()) && manifest.nodes().containsKey(n.uniqueId());
      if ((isTest && n.testMetadata() != null && generic)
          || (isTest && n.testMetadata() == null && singular)
          || (unit && ResourceType.UNIT_TEST.equals(n.resourceType()) && manifest.unitTests().containsKey(n.uniqueId()))) {
        out.add(n.uniqueId());
      }
    }
    return out;
  }

  private Set<String> versionSearch(String raw, String v) {
    if (!Set.of("latest", "prerelease", "old", "none").contains(v)) {
      throw new InvalidSelectorException(raw, "version is latest, prerelease, old or none");
    }
    Set<String> out = new HashSet<>();
    for (DbtNode n : parsedNodes()) {
      if (!ResourceType.MODEL.equals(n.resourceType())) {
        continue;
      }
      String version = n.version();
      String latest = n.latestVersion();
      boolean match;
      switch (v) {
        case "latest":
          match = n.isLatestVersion();
          break;
        case "prerelease":
          match = version != null && latest != null && compareVersions(version, latest) > 0;
          break;
        case "old":
          match = version != null && latest != null && compareVersions(version, latest) < 0;
          break;
        default:
          match = version == null;
      }
      if (match) {
        out.add(n.uniqueId());
      }
    }
    return out;
  }

  /** Compares model versions numerically when both are numbers, else as strings, as dbt does. */
  private static int compareVersions(String a, String b) {
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }
}
