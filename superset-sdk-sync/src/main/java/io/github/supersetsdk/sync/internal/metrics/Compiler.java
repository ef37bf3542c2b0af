package io.github.supersetsdk.sync.internal.metrics;

import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtMetric;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.DbtSemanticModel;
import io.github.supersetsdk.dbt.semantic.AggregationParameters;
import io.github.supersetsdk.dbt.semantic.Dimension;
import io.github.supersetsdk.dbt.semantic.Measure;
import io.github.supersetsdk.dbt.semantic.Metric;
import io.github.supersetsdk.dbt.semantic.MetricAggregationParams;
import io.github.supersetsdk.dbt.semantic.MetricInput;
import io.github.supersetsdk.dbt.semantic.MetricInputMeasure;
import io.github.supersetsdk.dbt.semantic.MetricType;
import io.github.supersetsdk.dbt.semantic.MetricTypeParams;
import io.github.supersetsdk.dbt.semantic.NodeRelation;
import io.github.supersetsdk.dbt.semantic.NonAdditiveDimension;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import io.github.supersetsdk.sync.metrics.CompiledMetric;
import io.github.supersetsdk.sync.metrics.MetricCompilation;
import io.github.supersetsdk.sync.metrics.MetricCompilationException;
import io.github.supersetsdk.sync.metrics.ModelMetrics;
import io.github.supersetsdk.sync.metrics.SkippedMetric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One compilation run over one project's metrics. Not thread-safe: create one per run (the public
 * {@code MetricCompiler} does).
 */
public final class Compiler {

  /** A metric compiled to SQL over one semantic model, aggregated over one time dimension. */
  record Part(String sql, SemanticModel model, String timeDimension, Set<String> warnings) {}

  // The grains MetricFlow and Superset's time grain menu both know.
  private static final Set<String> STANDARD_GRAINS =
      Set.of("second", "minute", "hour", "day", "week", "month", "quarter", "year");

  private final Dialect dialect;
  private final List<SemanticModel> models = new ArrayList<>();
  private final Map<String, SemanticModel> modelByMeasure = new HashMap<>();
  private final Map<String, Measure> measures = new HashMap<>();
  private final Map<String, SemanticModel> modelsByName = new HashMap<>();
  private final Map<String, Metric> metrics = new LinkedHashMap<>();
  private final Map<String, Object> memo = new HashMap<>();
  private final Set<String> inProgress = new LinkedHashSet<>();
  private @Nullable FilterRenderer filters;

  /**
   * Creates a run.
   *
   * @param dialect the SQL dialect
   */
  public Compiler(Dialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * Compiles.
   *
   * @param semantic the semantic manifest, or null to use the manifest's embedded semantic models
   *     and metrics
   * @param manifest the manifest, or null
   * @return the compilation
   * @throws MetricCompilationException if a metric is invalid
   */
  public MetricCompilation compile(@Nullable SemanticManifest semantic, @Nullable DbtManifest manifest) {
    List<Metric> metricList = new ArrayList<>();
    // Where each metric is, for errors: its index in semantic_manifest.json, or its key in manifest.json.
    Map<String, String> pointers = new HashMap<>();
    String artifact;
    if (semantic != null) {
      models.addAll(semantic.semanticModels());
      metricList.addAll(semantic.metrics());
      artifact = "semantic_manifest.json";
      for (int i = 0; i < metricList.size(); i++) {
        pointers.putIfAbsent(metricList.get(i).name(), "/metrics/" + i);
      }
    } else {
      artifact = "manifest.json";
    }
    if (semantic == null && manifest != null) {
      for (DbtSemanticModel m : manifest.semanticModels().values()) {
        models.add(m.definition());
      }
      for (DbtMetric m : manifest.metrics().values()) {
        pointers.putIfAbsent(m.name(), "/metrics/" + pointerToken(m.uniqueId()));
        if (m.legacy() == null) {
          metricList.add(
              new Metric(m.name(), m.description().isEmpty() ? null : m.description(), m.label(),
                  m.type(), m.typeParams(), m.filters(), m.timeGranularity(), m.meta()));
        }
      }
    }
    for (SemanticModel m : models) {
      modelsByName.put(m.name(), m);
      for (Measure measure : m.measures()) {
        measures.put(measure.name(), measure);
        modelByMeasure.put(measure.name(), m);
      }
    }
    for (Metric m : metricList) {
      metrics.put(m.name(), m);
    }
    filters = new FilterRenderer(dialect, models);

    Map<String, String> metricIds = new HashMap<>();
    if (manifest != null) {
      for (DbtMetric m : manifest.metrics().values()) {
        metricIds.put(m.name(), m.uniqueId());
      }
    }
    Output output = new Output();
    for (SemanticModel m : models) {
      output.model(m, manifest);
    }
    for (Metric metric : metricList) {
      String id = metricIds.get(metric.name());
      Part part;
      try {
        part = compileMetric(metric.name(), List.of(), metric.name());
      } catch (MetricCompilationException e) {
        throw located(e, artifact, pointers);
      } catch (Skip skip) {
        output.skipped.add(
            new SkippedMetric(metric.name(), id, metric.type(),
                skip.model == null ? null : output.model(skip.model, manifest).uniqueId,
                skip.getMessage()));
        continue;
      }
      output.model(part.model(), manifest).metrics.add(compiled(metric, id, part));
    }
    if (manifest != null) {
      try {
        new LegacyCompiler(dialect, manifest, output).compileAll();
      } catch (MetricCompilationException e) {
        Map<String, String> legacy = new HashMap<>();
        manifest.metrics().values().forEach(m -> legacy.putIfAbsent(m.name(), "/metrics/" + pointerToken(m.uniqueId())));
        throw located(e, "manifest.json", legacy);
      }
    }
    return output.result();
  }

  private static MetricCompilationException located(
      MetricCompilationException e, String artifact, Map<String, String> pointers) {
    String pointer = pointers.get(e.metricName());
    if (e.jsonPointer() != null || pointer == null) {
      return e;
    }
    MetricCompilationException located =
        new MetricCompilationException(e.metricName(), e.problem(), artifact, pointer);
    if (e.getCause() != null) {
      located.initCause(e.getCause());
    }
    located.setStackTrace(e.getStackTrace());
    return located;
  }

  // RFC 6901 escaping of one reference token.
  private static String pointerToken(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  // ------------------------------------------------------------------------------------------
  // MetricFlow metrics

  /**
   * Compiles a metric with extra filters (from a ratio or derived metric that uses it).
   *
   * @param name the metric
   * @param extraFilters filter templates to add
   * @param top the metric being compiled, for error messages
   */
  private Part compileMetric(String name, List<String> extraFilters, String top) {
    String key = extraFilters.isEmpty() ? name : null;
    if (key != null && memo.containsKey(key)) {
      Object o = memo.get(key);
      if (o instanceof Skip s) {
        throw asInput(name, top, s);
      }
      return (Part) o;
    }
    Metric metric = metrics.get(name);
    if (metric == null && !name.equals(top) && measures.containsKey(name)) {
      // the 2023 pre-release's ratio metrics named measures as numerator and denominator
      metric = new Metric(name, null, null, MetricType.SIMPLE,
          new MetricTypeParams(new MetricInputMeasure(name, List.of(), null, false, null), List.of(),
              null, null, null, null, null, List.of(), List.of(), null, null),
          List.of(), null, Map.of());
    }
    if (metric == null) {
      throw new MetricCompilationException(top, "input metric '" + name + "' does not exist");
    }
    if (!inProgress.add(name)) {
      throw new MetricCompilationException(top, "metric inputs form a cycle: "
          + String.join(" -> ", inProgress) + " -> " + name);
    }
    try {
      List<String> allFilters = new ArrayList<>(metric.filters());
      allFilters.addAll(extraFilters);
      Part part = compileType(metric, allFilters);
      if (key != null) {
        memo.put(key, part);
      }
      return part;
    } catch (Skip skip) {
      if (key != null) {
        memo.put(key, skip);
      }
      throw asInput(name, top, skip);
    } finally {
      inProgress.remove(name);
    }
  }

  /** An input's reason is prefixed with the input's name, so the user metric says which input. */
  private static Skip asInput(String name, String parent, Skip skip) {
    return name.equals(parent) ? skip
        : new Skip("input metric '" + name + "': " + skip.getMessage(), skip.model);
  }

  private Part compileType(Metric metric, List<String> allFilters) {
    MetricType type = metric.type();
    if (type.equals(MetricType.SIMPLE) || type.equals(MetricType.MEASURE_PROXY)) {
      return simple(metric, allFilters);
    }
    if (type.equals(MetricType.RATIO)) {
      return ratio(metric, allFilters);
    }
    if (type.equals(MetricType.DERIVED)) {
      return derived(metric, allFilters);
    }
    if (type.equals(MetricType.CUMULATIVE)) {
      throw new Skip(cumulativeReason(metric), measureModel(metric));
    }
    if (type.equals(MetricType.CONVERSION)) {
      var c = metric.typeParams().conversionTypeParams();
      String window = c == null || c.window() == null ? "" : " within " + plural(c.window());
      String entity = c == null || c.entity() == null ? "entity" : "entity '" + c.entity() + "'";
      throw new Skip("conversion metric: it counts base events followed by a conversion event of"
          + " the same " + entity + window + ", which needs a join of the rows with each other,"
          + " not one aggregate over a table", measureModel(metric));
    }
    // The model of its input measures (dbt lists them for every type), so that the plan notes it.
    throw new Skip("metric type '" + type.value() + "' is not known to this compiler", measureModel(metric));
  }

  // dbt writes a window as "30 day": "30 days" in a sentence.
  private static String plural(String window) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) ([a-z]+)").matcher(window);
    return m.matches() && !m.group(1).equals("1") && !m.group(2).endsWith("s") ? window + "s" : window;
  }

  private String cumulativeReason(Metric metric) {
    String window = metric.typeParams().window();
    String grain = metric.typeParams().grainToDate();
    String what;
    if (window != null) {
      what = "a sum over the trailing " + window + " window ending in each period";
    } else if (grain != null) {
      what = "a " + grain + "-to-date running total";
    } else {
      what = "a running total since the first row";
    }
    return "cumulative metric: its value in each period is " + what + ", which depends on the"
        + " chart's time grain and on rows outside the period, so no aggregate over one group"
        + " of rows computes it";
  }

  private @Nullable SemanticModel measureModel(Metric metric) {
    MetricInputMeasure m = metric.typeParams().measure();
    if (m == null && metric.typeParams().conversionTypeParams() != null) {
      m = metric.typeParams().conversionTypeParams().baseMeasure();
    }
    if (m == null && !metric.typeParams().measures().isEmpty()) {
      m = metric.typeParams().measures().get(0);
    }
    if (m == null && !metric.typeParams().inputMeasures().isEmpty()) {
      m = metric.typeParams().inputMeasures().get(0);
    }
    return m == null ? null : modelByMeasure.get(m.name());
  }

  private Part simple(Metric metric, List<String> allFilters) {
    MetricTypeParamsView p = MetricTypeParamsView.of(metric);
    SemanticModel model;
    String agg;
    String expr;
    @Nullable AggregationParameters aggParams;
    @Nullable NonAdditiveDimension nonAdditive;
    String aggTime;
    MetricInputMeasure input = p.measure;
    Set<String> warnings = new LinkedHashSet<>();
    if (input != null) {
      Measure measure = measures.get(input.name());
      model = modelByMeasure.get(input.name());
      if (measure == null || model == null) {
        throw new MetricCompilationException(metric.name(),
            "measure '" + input.name() + "' is not a measure of any semantic model");
      }
      agg = measure.agg();
      expr = measure.expr() != null ? measure.expr() : dialect.identifier(measure.name());
      aggParams = measure.aggParams();
      nonAdditive = measure.nonAdditiveDimension();
      aggTime = measure.aggTimeDimension() != null ? measure.aggTimeDimension()
          : model.defaultAggTimeDimension();
      allFilters.addAll(input.filters());
    } else if (p.aggregation != null) {
      MetricAggregationParams a = p.aggregation;
      model = a.semanticModel() == null ? null : modelsByName.get(a.semanticModel());
      if (model == null) {
        throw new MetricCompilationException(metric.name(), "metric_aggregation_params.semantic_model '"
            + a.semanticModel() + "' is not a semantic model");
      }
      if (a.agg() == null) {
        throw new MetricCompilationException(metric.name(), "metric_aggregation_params has no agg");
      }
      agg = a.agg();
      String e = a.expr() != null ? a.expr() : metric.typeParams().expr();
      expr = e != null ? e : dialect.identifier(metric.name());
      aggParams = a.aggParams();
      nonAdditive = a.nonAdditiveDimension();
      aggTime = a.aggTimeDimension() != null ? a.aggTimeDimension() : model.defaultAggTimeDimension();
    } else {
      throw new MetricCompilationException(metric.name(),
          "simple metric has neither type_params.measure nor metric_aggregation_params");
    }
    if (nonAdditive != null) {
      throw new Skip("semi-additive: it is not additive over '" + nonAdditive.name() + "' (it takes"
          + " the " + (nonAdditive.windowChoice() == null ? "last" : nonAdditive.windowChoice())
          + " " + nonAdditive.name() + " of each period), which needs a subquery, not one"
          + " aggregate", model);
    }
    String timeDimension = timeDimension(metric, model, aggTime);
    String condition = condition(allFilters, model, timeDimension, metric.name());
    String sql = Aggregates.aggregate(dialect, metric.name(), agg, expr, aggParams, condition, warnings, model);
    if (input != null && input.fillNullsWith() != null) {
      sql = "COALESCE(" + sql + ", " + dialect.numberLiteral(input.fillNullsWith()) + ")";
    }
    if (input != null && input.joinToTimespine()) {
      warnings.add("MetricFlow joins this metric to the time spine, so it also returns periods"
          + " without rows (as " + (input.fillNullsWith() == null ? "NULL"
              : String.valueOf(input.fillNullsWith())) + "); Superset shows only periods that have"
          + " rows.");
    }
    return new Part(sql, model, timeDimension, warnings);
  }

  /** The type params a simple metric reads, in any of the artifact's shapes. */
  private record MetricTypeParamsView(
      @Nullable MetricInputMeasure measure, @Nullable MetricAggregationParams aggregation) {
    static MetricTypeParamsView of(Metric metric) {
      var tp = metric.typeParams();
      MetricInputMeasure m = tp.measure();
      if (m == null && tp.measures().size() == 1) {
        m = tp.measures().get(0);
      }
      return new MetricTypeParamsView(m, tp.metricAggregationParams());
    }
  }

  private String timeDimension(Metric metric, SemanticModel model, @Nullable String aggTime) {
    if (aggTime == null) {
      throw new MetricCompilationException(metric.name(), "semantic model '" + model.name()
          + "' has no defaults.agg_time_dimension and the measure sets no agg_time_dimension");
    }
    Dimension d = FilterRenderer.findDimension(model, aggTime);
    if (d == null) {
      throw new MetricCompilationException(metric.name(), "agg_time_dimension '" + aggTime
          + "' is not a dimension of semantic model '" + model.name() + "'");
    }
    return aggTime;
  }

  private @Nullable String condition(
      List<String> templates, SemanticModel model, String aggTime, String metricName) {
    if (templates.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String t : new LinkedHashSet<>(templates)) {
      String sql;
      try {
        sql = Objects.requireNonNull(filters).render(t, model, aggTime);
      } catch (FilterRenderer.BadFilter bad) {
        throw new MetricCompilationException(metricName, "filter '" + t + "': " + bad.getMessage());
      }
      parts.add(templates.size() == 1 ? sql : "(" + sql + ")");
    }
    return String.join(" AND ", parts);
  }

  private Part ratio(Metric metric, List<String> allFilters) {
    MetricInput num = metric.typeParams().numerator();
    MetricInput den = metric.typeParams().denominator();
    if (num == null || den == null) {
      throw new MetricCompilationException(metric.name(),
          "ratio metric without " + (num == null ? "type_params.numerator" : "type_params.denominator"));
    }
    Part n = input(metric, num, allFilters);
    Part d = input(metric, den, allFilters);
    sameModel(metric, List.of(n, d), List.of(num.name(), den.name()));
    Set<String> warnings = new LinkedHashSet<>(n.warnings());
    warnings.addAll(d.warnings());
    return new Part(dialect.ratio(n.sql(), d.sql()), n.model(), n.timeDimension(), warnings);
  }

  private Part derived(Metric metric, List<String> allFilters) {
    String expr = metric.typeParams().expr();
    if (expr == null || expr.isBlank()) {
      throw new MetricCompilationException(metric.name(), "derived metric without type_params.expr");
    }
    List<MetricInput> inputs = metric.typeParams().metrics();
    if (inputs.isEmpty()) {
      throw new MetricCompilationException(metric.name(), "derived metric without type_params.metrics");
    }
    List<Part> parts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, String> replacements = new HashMap<>();
    for (MetricInput in : inputs) {
      String alias = in.alias() != null ? in.alias() : in.name();
      if (in.offsetWindow() != null || in.offsetToGrain() != null) {
        throw new Skip("input '" + alias + "' is offset ("
            + (in.offsetWindow() != null ? "offset_window " + in.offsetWindow()
                : "offset_to_grain " + in.offsetToGrain())
            + "): it reads another period's rows, which one aggregate over a group cannot",
            measureModelOf(in.name()));
      }
      Part part = input(metric, in, allFilters);
      parts.add(part);
      names.add(in.name());
      if (replacements.put(alias, "(" + part.sql() + ")") != null) {
        throw new MetricCompilationException(metric.name(), "two inputs are named '" + alias
            + "'; give them distinct aliases");
      }
    }
    sameModel(metric, parts, names);
    Set<String> warnings = new LinkedHashSet<>();
    parts.forEach(p -> warnings.addAll(p.warnings()));
    String sql = SqlText.replaceIdentifiers(expr.trim(), replacements);
    return new Part("(" + sql + ")", parts.get(0).model(), parts.get(0).timeDimension(), warnings);
  }

  private @Nullable SemanticModel measureModelOf(String metricName) {
    Metric m = metrics.get(metricName);
    return m == null ? null : measureModel(m);
  }

  private Part input(Metric metric, MetricInput in, List<String> allFilters) {
    if (in.offsetWindow() != null || in.offsetToGrain() != null) {
      throw new Skip("input '" + in.name() + "' is offset: it reads another period's rows",
          measureModelOf(in.name()));
    }
    List<String> extra = new ArrayList<>(allFilters);
    extra.addAll(in.filters());
    return compileMetric(in.name(), extra, metric.name());
  }

  private void sameModel(Metric metric, List<Part> parts, List<String> names) {
    Part first = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.model() != first.model()) {
        throw new Skip("its inputs live on different semantic models ('" + names.get(0) + "' on '"
            + first.model().name() + "', '" + names.get(i) + "' on '" + p.model().name()
            + "'), so no one dataset holds them", first.model());
      }
      if (!p.timeDimension().equals(first.timeDimension())) {
        throw new Skip("its inputs aggregate over different time dimensions ('" + names.get(0)
            + "' over '" + first.timeDimension() + "', '" + names.get(i) + "' over '"
            + p.timeDimension() + "'), so no one time column groups them as MetricFlow's"
            + " metric_time does", first.model());
      }
    }
  }

  private CompiledMetric compiled(Metric metric, @Nullable String id, Part part) {
    Map<String, @Nullable Object> superset = Meta.superset(metric.meta());
    Set<String> warnings = new LinkedHashSet<>(part.warnings());
    String def = part.model().defaultAggTimeDimension();
    Dimension time = Objects.requireNonNull(FilterRenderer.findDimension(part.model(), part.timeDimension()));
    if (def != null && !def.equals(part.timeDimension())) {
      warnings.add("MetricFlow aggregates this metric over '" + part.timeDimension()
          + "', not the semantic model's default '" + def + "': use " + part.timeDimension()
          + " as the chart's time column to match.");
    }
    String grain = metric.timeGranularity();
    if (grain != null) {
      // MetricFlow answers a query without a grain at this one; a Superset metric has no grain of its own
      warnings.add("MetricFlow groups this metric by " + grain + " unless a query asks for another"
          + " grain (its time_granularity); Superset does not carry that default, so a chart groups"
          + " it by the time grain the chart chooses"
          + (STANDARD_GRAINS.contains(grain) ? ": choose " + grain + " to match."
              : ", and Superset has no time grain '" + grain + "' (a custom granularity of the time"
                  + " spine)."));
    }
    String timeColumn = time.expr() != null ? time.expr() : dialect.identifier(time.name());
    return Meta.compiled(metric.name(), id, part.sql(), metric.label(), metric.description(),
        metric.type(), timeColumn, warnings, superset);
  }

  // ------------------------------------------------------------------------------------------
  // Output

  /** Collects metrics per dbt model. */
  static final class Output {
    final Map<String, Acc> byKey = new LinkedHashMap<>();
    final Map<String, Acc> bySemanticModel = new HashMap<>();
    final List<SkippedMetric> skipped = new ArrayList<>();

    Acc model(SemanticModel model, @Nullable DbtManifest manifest) {
      Acc known = bySemanticModel.get(model.name());
      if (known != null) {
        return known;
      }
      NodeRelation rel = model.nodeRelation();
      String table = rel == null || rel.alias() == null ? model.name() : rel.alias();
      String db = rel == null ? null : rel.database();
      String schema = rel == null ? null : rel.schemaName();
      String uniqueId = manifest == null ? null : modelUniqueId(model, db, schema, table, manifest);
      Acc acc = forRelation(uniqueId, db, schema, table);
      acc.semanticModels.add(model.name());
      bySemanticModel.put(model.name(), acc);
      return acc;
    }

    Acc forRelation(@Nullable String uniqueId, @Nullable String db, @Nullable String schema, String table) {
      String key = uniqueId != null ? uniqueId
          : (db + "." + schema + "." + table).toLowerCase(Locale.ROOT);
      return byKey.computeIfAbsent(key, k -> new Acc(uniqueId, db, schema, table));
    }

    MetricCompilation result() {
      List<ModelMetrics> out = new ArrayList<>();
      for (Acc a : byKey.values()) {
        if (!a.metrics.isEmpty()) {
          out.add(new ModelMetrics(a.uniqueId, a.database, a.schema, a.table, a.semanticModels,
              a.metrics));
        }
      }
      return new MetricCompilation(out, skipped);
    }

    private static @Nullable String modelUniqueId(
        SemanticModel model, @Nullable String db, @Nullable String schema, String table,
        DbtManifest manifest) {
      for (DbtSemanticModel sm : manifest.semanticModels().values()) {
        if (sm.definition().name().equals(model.name())) {
          for (String node : sm.dependsOn().nodes()) {
            if (manifest.nodes().containsKey(node)) {
              return node;
            }
          }
        }
      }
      for (DbtNode node : manifest.nodes().values()) {
        String alias = node.alias() != null ? node.alias() : node.name();
        if (alias.equalsIgnoreCase(table)
            && (schema == null || schema.equalsIgnoreCase(node.schema()))
            && (db == null || node.database() == null || db.equalsIgnoreCase(node.database()))) {
          return node.uniqueId();
        }
      }
      return null;
    }
  }

  /** The metrics of one dbt model, being collected. */
  static final class Acc {
    final @Nullable String uniqueId;
    final @Nullable String database;
    final @Nullable String schema;
    final String table;
    final List<String> semanticModels = new ArrayList<>();
    final List<CompiledMetric> metrics = new ArrayList<>();

    Acc(@Nullable String uniqueId, @Nullable String database, @Nullable String schema, String table) {
      this.uniqueId = uniqueId;
      this.database = database;
      this.schema = schema;
      this.table = table;
    }
  }
}
