package io.github.supersetsdk.sync.internal.metrics;

import io.github.supersetsdk.dbt.manifest.DbtLegacyMetric;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtMetric;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.sync.metrics.MetricCompilationException;
import io.github.supersetsdk.sync.metrics.SkippedMetric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles the dbt-metrics metrics of manifests v4 to v9: a calculation method over an expression
 * of one model, with {@code field operator value} filters, or a derived expression over other
 * metrics. Not thread-safe; one per run.
 */
final class LegacyCompiler {

  /** A compiled legacy metric: its SQL, model and timestamp column. */
  private record Part(String sql, DbtNode model, @Nullable String timestamp) {}

  private final Dialect dialect;
  private final DbtManifest manifest;
  private final Compiler.Output output;
  private final Map<String, DbtMetric> byName = new LinkedHashMap<>();
  private final Map<String, Object> memo = new HashMap<>();
  private final Set<String> inProgress = new LinkedHashSet<>();

  LegacyCompiler(Dialect dialect, DbtManifest manifest, Compiler.Output output) {
    this.dialect = dialect;
    this.manifest = manifest;
    this.output = output;
    for (DbtMetric m : manifest.metrics().values()) {
      if (m.legacy() != null) {
        byName.put(m.name(), m);
      }
    }
  }

  void compileAll() {
    for (DbtMetric m : byName.values()) {
      Part part;
      try {
        part = compile(m.name(), m.name());
      } catch (Skip skip) {
        output.skipped.add(new SkippedMetric(m.name(), m.uniqueId(), m.type(),
            modelOf(m) == null ? null : modelOf(m).uniqueId(), skip.getMessage()));
        continue;
      }
      DbtNode node = part.model();
      String table = node.alias() != null ? node.alias() : node.name();
      Compiler.Acc acc = output.forRelation(node.uniqueId(), node.database(), node.schema(), table);
      acc.metrics.add(Meta.compiled(m.name(), m.uniqueId(), part.sql(), m.label(), m.description(),
          m.type(), part.timestamp(), List.of(), Meta.superset(m.meta())));
    }
  }

  private Part compile(String name, String parent) {
    Object known = memo.get(name);
    if (known instanceof Part p) {
      return p;
    }
    if (known instanceof Skip s) {
      throw wrap(name, parent, s);
    }
    DbtMetric m = byName.get(name);
    if (m == null) {
      throw new MetricCompilationException(parent, "input metric '" + name + "' does not exist");
    }
    if (!inProgress.add(name)) {
      throw new MetricCompilationException(parent, "metric inputs form a cycle: "
          + String.join(" -> ", inProgress) + " -> " + name);
    }
    try {
      Part p = compileDefinition(m);
      memo.put(name, p);
      return p;
    } catch (Skip s) {
      memo.put(name, s);
      throw wrap(name, parent, s);
    } finally {
      inProgress.remove(name);
    }
  }

  private static Skip wrap(String name, String parent, Skip s) {
    return name.equals(parent) ? s : new Skip("input metric '" + name + "': " + s.getMessage(), null);
  }

  private Part compileDefinition(DbtMetric m) {
    DbtLegacyMetric def = m.legacy();
    String method = def == null || def.calculationMethod() == null ? m.type().value()
        : def.calculationMethod().toLowerCase(Locale.ROOT);
    String expression = def == null ? null : def.expression();
    if (expression == null || expression.isBlank()) {
      throw new MetricCompilationException(m.name(), "legacy metric without expression (sql)");
    }
    if (method.equals("derived") || method.equals("expression")) {
      return derived(m, expression);
    }
    DbtNode model = modelOf(m);
    if (model == null) {
      throw new MetricCompilationException(m.name(), "model " + (def.model() == null ? "(none)"
          : def.model()) + " is not a node of the manifest (depends_on: "
          + m.dependsOn().nodes() + ")");
    }
    String condition = condition(m, def.filters());
    String agg = method.equals("median") ? "median" : method;
    String expr = expression.trim();
    String sql;
    if (expr.equals("*")) {
      if (!agg.equals("count")) {
        throw new MetricCompilationException(m.name(), "expression '*' is only valid with count");
      }
      sql = condition == null ? "COUNT(*)"
          : Aggregates.aggregate(dialect, m.name(), "count", "1", null, condition,
              new LinkedHashSet<>(), null);
    } else {
      try {
        sql = Aggregates.aggregate(dialect, m.name(), agg, expr, null, condition,
            new LinkedHashSet<>(), null);
      } catch (Skip s) {
        throw new Skip("calculation_method '" + method + "' is not known to this compiler", null);
      }
    }
    return new Part(sql, model, def.timestamp());
  }

  private Part derived(DbtMetric m, String expression) {
    Map<String, String> replacements = new HashMap<>();
    List<Part> parts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String name : byName.keySet()) {
      if (SqlText.replaceIdentifiers(expression, Map.of(name, "\u0000")).indexOf('\u0000') >= 0) {
        Part p = compile(name, m.name());
        parts.add(p);
        names.add(name);
        replacements.put(name, "(" + p.sql() + ")");
      }
    }
    if (parts.isEmpty()) {
      throw new MetricCompilationException(m.name(), "derived expression '" + expression
          + "' names no metric");
    }
    if (m.legacy() != null && !m.legacy().filters().isEmpty()) {
      throw new Skip("derived metric with filters: dbt-metrics applies them to every input", null);
    }
    for (int i = 1; i < parts.size(); i++) {
      if (!parts.get(i).model().uniqueId().equals(parts.get(0).model().uniqueId())) {
        throw new Skip("its inputs live on different models ('" + names.get(0) + "' on "
            + parts.get(0).model().uniqueId() + ", '" + names.get(i) + "' on "
            + parts.get(i).model().uniqueId() + "), so no one dataset holds them", null);
      }
    }
    String sql = "(" + SqlText.replaceIdentifiers(expression.trim(), replacements) + ")";
    return new Part(sql, parts.get(0).model(), parts.get(0).timestamp());
  }

  private @Nullable String condition(DbtMetric m, List<Map<String, @Nullable Object>> filters) {
    if (filters.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < filters.size(); i++) {
      Map<String, @Nullable Object> f = filters.get(i);
      Object field = f.get("field");
      Object op = f.get("operator");
      Object value = f.get("value");
      if (!(field instanceof String) || !(op instanceof String) || value == null) {
        throw new MetricCompilationException(m.name(), "filters[" + i + "] needs field, operator"
            + " and value, got " + f.keySet());
      }
      // dbt-metrics writes the value as SQL ('done', true, 3), so it is copied as written
      parts.add(field + " " + op + " " + value);
    }
    return parts.size() == 1 ? parts.get(0) : "(" + String.join(") AND (", parts) + ")";
  }

  private @Nullable DbtNode modelOf(DbtMetric m) {
    for (String id : m.dependsOn().nodes()) {
      DbtNode n = manifest.nodes().get(id);
      if (n != null) {
        return n;
      }
    }
    return null;
  }
}
