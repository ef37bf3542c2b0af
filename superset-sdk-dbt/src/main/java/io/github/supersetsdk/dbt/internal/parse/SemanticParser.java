package io.github.supersetsdk.dbt.internal.parse;

import com.fasterxml.jackson.core.JsonToken;
import io.github.supersetsdk.dbt.internal.json.JsonIn;
import io.github.supersetsdk.dbt.manifest.DbtConfig;
import io.github.supersetsdk.dbt.manifest.DbtDependsOn;
import io.github.supersetsdk.dbt.manifest.DbtRef;
import io.github.supersetsdk.dbt.semantic.AggregationParameters;
import io.github.supersetsdk.dbt.semantic.ConversionTypeParams;
import io.github.supersetsdk.dbt.semantic.CustomGranularity;
import io.github.supersetsdk.dbt.semantic.Dimension;
import io.github.supersetsdk.dbt.semantic.Entity;
import io.github.supersetsdk.dbt.semantic.Measure;
import io.github.supersetsdk.dbt.semantic.Metric;
import io.github.supersetsdk.dbt.semantic.MetricAggregationParams;
import io.github.supersetsdk.dbt.semantic.MetricInput;
import io.github.supersetsdk.dbt.semantic.MetricInputMeasure;
import io.github.supersetsdk.dbt.semantic.MetricType;
import io.github.supersetsdk.dbt.semantic.MetricTypeParams;
import io.github.supersetsdk.dbt.semantic.NonAdditiveDimension;
import io.github.supersetsdk.dbt.semantic.NodeRelation;
import io.github.supersetsdk.dbt.semantic.ProjectConfiguration;
import io.github.supersetsdk.dbt.semantic.SavedQuery;
import io.github.supersetsdk.dbt.semantic.SavedQueryExport;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import io.github.supersetsdk.dbt.semantic.TimeSpine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads MetricFlow objects, shared by {@code semantic_manifest.json} and the manifest. */
public final class SemanticParser {
  private SemanticParser() {}

  /** The place of a semantic object in the project; only the manifest has it. */
  static final class Placement {
    @Nullable String uniqueId;
    @Nullable String packageName;
    @Nullable String path;
    @Nullable String originalFilePath;
    List<String> fqn = List.of();
    @Nullable List<String> tags = null;
    Map<String, @Nullable Object> meta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    DbtDependsOn dependsOn = DbtDependsOn.EMPTY;
    List<DbtRef> refs = List.of();
    @Nullable String group;

    /** Reads a placement field; returns false if {@code f} is not one. */
    boolean read(JsonIn in, String f) throws IOException {
      switch (f) {
        case "unique_id":
          uniqueId = in.sharedString();
          return true;
        case "package_name":
          packageName = in.sharedString();
          return true;
        case "path":
          path = in.string();
          return true;
        case "original_file_path":
          originalFilePath = in.string();
          return true;
        case "fqn":
          fqn = in.strings();
          return true;
        case "tags":
          tags = in.nullableStringOrStrings();
          return true;
        case "meta":
          meta = in.anyMap();
          return true;
        case "config":
          config = Common.config(in);
          return true;
        case "depends_on":
          dependsOn = Common.dependsOn(in);
          return true;
        case "refs":
          refs = Common.refs(in);
          return true;
        case "group":
          group = in.sharedString();
          return true;
        default:
          return false;
      }
    }

    Map<String, @Nullable Object> mergedMeta() {
      return Common.mergeMeta(meta, config);
    }
  }

  /** A semantic model and, in the manifest, its placement. */
  record PlacedSemanticModel(SemanticModel model, Placement placement) {}

  /** A saved query and, in the manifest, its placement. */
  record PlacedSavedQuery(SavedQuery query, Placement placement) {}

  /**
   * Reads the whole {@code semantic_manifest.json} document.
   *
   * @param in the cursor on the root object
   * @return the semantic manifest
   * @throws IOException on read failure
   */
  public static SemanticManifest semanticManifest(JsonIn in) throws IOException {
    List<SemanticModel> models = List.of();
    List<Metric> metrics = List.of();
    List<SavedQuery> saved = List.of();
    ProjectConfiguration config = null;
    boolean sawSemanticKey = false;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "semantic_models":
          models = in.list((c, k) -> semanticModel(c, null).model());
          sawSemanticKey = true;
          break;
        case "metrics":
          metrics = in.list((c, k) -> metric(c));
          sawSemanticKey = true;
          break;
        case "saved_queries":
          saved = in.list((c, k) -> savedQuery(c, null).query());
          break;
        case "project_configuration":
          config = projectConfiguration(in);
          sawSemanticKey = true;
          break;
        case "metadata":
          // A dbt artifact with metadata is not a semantic manifest: name the kind it is.
          throw in.error(
              "expected a semantic_manifest artifact but this file has dbt metadata ("
                  + Common.metadata(in).kind().id()
                  + " artifact)");
        default:
          in.skip();
      }
    }
    if (!sawSemanticKey) {
      throw in.error("not a semantic manifest: no semantic_models, metrics or project_configuration");
    }
    return new SemanticManifest(models, metrics, saved, config);
  }

  static PlacedSemanticModel semanticModel(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("semantic model is null");
    }
    Placement placement = new Placement();
    String name = null;
    String description = null;
    String label = null;
    NodeRelation relation = null;
    String primaryEntity = null;
    String defaultAggTime = null;
    List<Entity> entities = List.of();
    List<Dimension> dimensions = List.of();
    List<Measure> measures = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "description":
          description = in.string();
          break;
        case "label":
          label = in.string();
          break;
        case "node_relation":
          relation = nodeRelation(in);
          break;
        case "primary_entity":
          primaryEntity = in.string();
          break;
        case "defaults":
          if (in.startObject()) {
            for (String g; (g = in.nextField()) != null; ) {
              if (g.equals("agg_time_dimension")) {
                defaultAggTime = in.string();
              } else {
                in.skip();
              }
            }
          }
          break;
        case "entities":
          entities = in.list((c, k) -> entity(c));
          break;
        case "dimensions":
          dimensions = in.list((c, k) -> dimension(c));
          break;
        case "measures":
          measures = in.list((c, k) -> measure(c));
          break;
        default:
          if (!placement.read(in, f)) {
            in.skip();
          }
      }
    }
    if (name == null) {
      if (placement.uniqueId == null && key == null) {
        throw in.error("semantic model without a name");
      }
      name = Common.lastSegment(placement.uniqueId != null ? placement.uniqueId : key);
    }
    return new PlacedSemanticModel(
        new SemanticModel(
            name, description, label, relation, primaryEntity, defaultAggTime, entities, dimensions,
            measures, placement.mergedMeta()),
        placement);
  }

  private static @Nullable NodeRelation nodeRelation(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String alias = null;
    String schema = null;
    String database = null;
    String relationName = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "alias":
          alias = in.string();
          break;
        case "schema_name":
          schema = in.sharedString();
          break;
        case "database":
          database = in.sharedString();
          break;
        case "relation_name":
          relationName = in.string();
          break;
        default:
          in.skip();
      }
    }
    return new NodeRelation(alias, schema, database, relationName);
  }

  private static @Nullable String lower(@Nullable String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static Entity entity(JsonIn in) throws IOException {
    if (!in.startObject()) {
      throw in.error("entity is null");
    }
    String name = null;
    String type = null;
    String expr = null;
    String role = null;
    String description = null;
    String label = null;
    Map<String, @Nullable Object> meta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "type":
          type = lower(in.string());
          break;
        case "expr":
          expr = in.scalarText();
          break;
        case "role":
          role = in.string();
          break;
        case "description":
          description = in.string();
          break;
        case "label":
          label = in.string();
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "config":
          config = Common.config(in);
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("entity without a name");
    }
    return new Entity(
        name, type == null ? "" : type, expr, role, description, label,
        Common.mergeMeta(meta, config));
  }

  private static Dimension dimension(JsonIn in) throws IOException {
    if (!in.startObject()) {
      throw in.error("dimension is null");
    }
    String name = null;
    String type = null;
    String expr = null;
    String description = null;
    String label = null;
    Map<String, @Nullable Object> meta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    boolean partition = false;
    String granularity = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "type":
          type = lower(in.string());
          break;
        case "expr":
          expr = in.scalarText();
          break;
        case "description":
          description = in.string();
          break;
        case "label":
          label = in.string();
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "config":
          config = Common.config(in);
          break;
        case "is_partition":
          partition = Boolean.TRUE.equals(in.bool());
          break;
        case "time_granularity":
          granularity = lower(in.string());
          break;
        case "type_params":
          if (in.startObject()) {
            for (String g; (g = in.nextField()) != null; ) {
              if (g.equals("time_granularity")) {
                String tg = lower(in.string());
                granularity = tg != null ? tg : granularity;
              } else {
                in.skip();
              }
            }
          }
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("dimension without a name");
    }
    return new Dimension(
        name, type == null ? "" : type, expr, description, label, partition, granularity,
        Common.mergeMeta(meta, config));
  }

  private static Measure measure(JsonIn in) throws IOException {
    if (!in.startObject()) {
      throw in.error("measure is null");
    }
    String name = null;
    String agg = null;
    String expr = null;
    String description = null;
    String label = null;
    Map<String, @Nullable Object> meta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    String aggTime = null;
    boolean createMetric = false;
    AggregationParameters aggParams = null;
    NonAdditiveDimension nonAdditive = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "agg":
          agg = lower(in.string());
          break;
        case "expr":
          expr = in.scalarText();
          break;
        case "description":
          description = in.string();
          break;
        case "label":
          label = in.string();
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "config":
          config = Common.config(in);
          break;
        case "agg_time_dimension":
          aggTime = in.string();
          break;
        case "create_metric":
          createMetric = Boolean.TRUE.equals(in.bool());
          break;
        case "agg_params":
          aggParams = aggParams(in);
          break;
        case "non_additive_dimension":
          nonAdditive = nonAdditiveDimension(in);
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("measure without a name");
    }
    return new Measure(
        name, agg == null ? "" : agg, expr, description, label, aggTime, createMetric, aggParams,
        nonAdditive, Common.mergeMeta(meta, config));
  }

  private static @Nullable AggregationParameters aggParams(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    Double percentile = null;
    boolean discrete = false;
    boolean approximate = false;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "percentile":
          String p = in.scalarText();
          if (p != null) {
            try {
              percentile = Double.valueOf(p);
            } catch (NumberFormatException e) {
              throw in.error("agg_params.percentile is not a number: " + p);
            }
          }
          break;
        case "use_discrete_percentile":
          discrete = Boolean.TRUE.equals(in.bool());
          break;
        case "use_approximate_percentile":
          approximate = Boolean.TRUE.equals(in.bool());
          break;
        default:
          in.skip();
      }
    }
    return new AggregationParameters(percentile, discrete, approximate);
  }

  private static @Nullable NonAdditiveDimension nonAdditiveDimension(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String name = null;
    String windowChoice = null;
    List<String> groupings = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "window_choice":
          windowChoice = lower(in.string());
          break;
        case "window_groupings":
          groupings = in.strings();
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("non_additive_dimension without a name");
    }
    return new NonAdditiveDimension(name, windowChoice, groupings);
  }

  /**
   * Reads a filter in any of its shapes: {@code {"where_filters": [{"where_sql_template": ..}]}},
   * a single {@code {"where_sql_template": ..}} (2023 pre-release), a string, a list, or null.
   */
  static List<String> filters(JsonIn in) throws IOException {
    JsonToken t = in.parser().currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (t == JsonToken.VALUE_STRING) {
      return List.of(in.parser().getText());
    }
    List<String> out = new ArrayList<>(1);
    if (t == JsonToken.START_ARRAY) {
      while (in.nextElement()) {
        out.addAll(filters(in));
      }
      return List.copyOf(out);
    }
    if (!in.startObject()) {
      return List.of();
    }
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "where_filters":
          out.addAll(filters(in));
          break;
        case "where_sql_template":
          String s = in.string();
          if (s != null) {
            out.add(s);
          }
          break;
        default:
          in.skip();
      }
    }
    return List.copyOf(out);
  }

  /** Reads a window {@code {"count": 7, "granularity": "day"}} as {@code "7 day"}, or a string. */
  private static @Nullable String window(JsonIn in) throws IOException {
    JsonToken t = in.parser().currentToken();
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NULL) {
      return in.string();
    }
    if (!in.startObject()) {
      return null;
    }
    String count = null;
    String granularity = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "count":
          count = in.scalarText();
          break;
        case "granularity":
          granularity = lower(in.string());
          break;
        default:
          in.skip();
      }
    }
    if (count == null && granularity == null) {
      return null;
    }
    return (count == null ? "" : count + " ") + (granularity == null ? "" : granularity);
  }

  private static @Nullable MetricInputMeasure inputMeasure(JsonIn in) throws IOException {
    JsonToken t = in.parser().currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return new MetricInputMeasure(in.parser().getText(), List.of(), null, false, null);
    }
    if (!in.startObject()) {
      return null;
    }
    String name = null;
    List<String> filters = List.of();
    String alias = null;
    boolean join = false;
    Long fill = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "filter":
          filters = filters(in);
          break;
        case "alias":
          alias = in.string();
          break;
        case "join_to_timespine":
          join = Boolean.TRUE.equals(in.bool());
          break;
        case "fill_nulls_with":
          fill = in.integer();
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("measure input without a name");
    }
    return new MetricInputMeasure(name, filters, alias, join, fill);
  }

  private static @Nullable MetricInput metricInput(JsonIn in) throws IOException {
    JsonToken t = in.parser().currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return new MetricInput(in.parser().getText(), List.of(), null, null, null);
    }
    if (!in.startObject()) {
      return null;
    }
    String name = null;
    List<String> filters = List.of();
    String alias = null;
    String offsetWindow = null;
    String offsetToGrain = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "filter":
          filters = filters(in);
          break;
        case "alias":
          alias = in.string();
          break;
        case "offset_window":
          offsetWindow = window(in);
          break;
        case "offset_to_grain":
          offsetToGrain = lower(in.string());
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("metric input without a name");
    }
    return new MetricInput(name, filters, alias, offsetWindow, offsetToGrain);
  }

  static MetricTypeParams typeParams(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return MetricTypeParams.EMPTY;
    }
    MetricInputMeasure measure = null;
    List<MetricInputMeasure> measures = List.of();
    MetricInput numerator = null;
    MetricInput denominator = null;
    String expr = null;
    String window = null;
    String grainToDate = null;
    List<MetricInput> metrics = List.of();
    List<MetricInputMeasure> inputMeasures = List.of();
    ConversionTypeParams conversion = null;
    MetricAggregationParams aggregation = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "measure":
          measure = inputMeasure(in);
          break;
        case "measures":
          measures = in.list((c, k) -> inputMeasure(c));
          break;
        case "numerator":
          numerator = metricInput(in);
          break;
        case "denominator":
          denominator = metricInput(in);
          break;
        case "expr":
          expr = in.scalarText();
          break;
        case "window":
          String w = window(in);
          window = w != null ? w : window;
          break;
        case "grain_to_date":
          String g = lower(in.string());
          grainToDate = g != null ? g : grainToDate;
          break;
        case "metrics":
          metrics = in.list((c, k) -> metricInput(c));
          break;
        case "input_measures":
          inputMeasures = in.list((c, k) -> inputMeasure(c));
          break;
        case "conversion_type_params":
          conversion = conversionParams(in);
          break;
        case "cumulative_type_params":
          if (in.startObject()) {
            for (String h; (h = in.nextField()) != null; ) {
              if (h.equals("window")) {
                String cw = window(in);
                window = cw != null ? cw : window;
              } else if (h.equals("grain_to_date")) {
                String cg = lower(in.string());
                grainToDate = cg != null ? cg : grainToDate;
              } else {
                in.skip();
              }
            }
          }
          break;
        case "metric_aggregation_params":
          aggregation = aggregationParams(in);
          break;
        default:
          in.skip();
      }
    }
    return new MetricTypeParams(
        measure, measures, numerator, denominator, expr, window, grainToDate, metrics,
        inputMeasures, conversion, aggregation);
  }

  private static @Nullable ConversionTypeParams conversionParams(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    MetricInputMeasure base = null;
    MetricInputMeasure conversion = null;
    String entity = null;
    String calculation = null;
    String window = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "base_measure":
          base = inputMeasure(in);
          break;
        case "conversion_measure":
          conversion = inputMeasure(in);
          break;
        case "entity":
          entity = in.string();
          break;
        case "calculation":
          calculation = lower(in.string());
          break;
        case "window":
          window = window(in);
          break;
        default:
          in.skip();
      }
    }
    return new ConversionTypeParams(base, conversion, entity, calculation, window);
  }

  private static @Nullable MetricAggregationParams aggregationParams(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String model = null;
    String agg = null;
    String expr = null;
    String aggTime = null;
    AggregationParameters aggParams = null;
    NonAdditiveDimension nonAdditive = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "agg_params":
          aggParams = aggParams(in);
          break;
        case "non_additive_dimension":
          nonAdditive = nonAdditiveDimension(in);
          break;
        case "semantic_model":
          model = in.string();
          break;
        case "agg":
          agg = lower(in.string());
          break;
        case "expr":
          expr = in.scalarText();
          break;
        case "agg_time_dimension":
          aggTime = in.string();
          break;
        default:
          in.skip();
      }
    }
    return new MetricAggregationParams(model, agg, expr, aggTime, aggParams, nonAdditive);
  }

  private static Metric metric(JsonIn in) throws IOException {
    if (!in.startObject()) {
      throw in.error("metric is null");
    }
    String name = null;
    String description = null;
    String label = null;
    String type = null;
    MetricTypeParams params = MetricTypeParams.EMPTY;
    List<String> filters = List.of();
    String granularity = null;
    Map<String, @Nullable Object> meta = Map.of();
    DbtConfig config = DbtConfig.EMPTY;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "description":
          description = in.string();
          break;
        case "label":
          label = in.string();
          break;
        case "type":
          type = in.sharedString();
          break;
        case "type_params":
          params = typeParams(in);
          break;
        case "filter":
          filters = filters(in);
          break;
        case "time_granularity":
          granularity = lower(in.string());
          break;
        case "meta":
          meta = in.anyMap();
          break;
        case "config":
          config = Common.config(in);
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("metric without a name");
    }
    return new Metric(
        name, description, label, MetricType.of(type == null ? "" : type), params, filters,
        granularity, Common.mergeMeta(meta, config));
  }

  static PlacedSavedQuery savedQuery(JsonIn in, @Nullable String key) throws IOException {
    if (!in.startObject()) {
      throw in.error("saved query is null");
    }
    Placement placement = new Placement();
    String name = null;
    String description = null;
    String label = null;
    List<String> metrics = List.of();
    List<String> groupBy = List.of();
    List<String> where = List.of();
    List<SavedQueryExport> exports = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "description":
          description = in.string();
          break;
        case "label":
          label = in.string();
          break;
        case "query_params":
          if (in.startObject()) {
            for (String g; (g = in.nextField()) != null; ) {
              switch (g) {
                case "metrics":
                  metrics = in.strings();
                  break;
                case "group_by":
                  groupBy = in.strings();
                  break;
                case "where":
                  where = filters(in);
                  break;
                default:
                  in.skip();
              }
            }
          }
          break;
        case "exports":
          exports = in.list((c, k) -> export(c));
          break;
        default:
          if (!placement.read(in, f)) {
            in.skip();
          }
      }
    }
    if (name == null) {
      if (placement.uniqueId == null && key == null) {
        throw in.error("saved query without a name");
      }
      name = Common.lastSegment(placement.uniqueId != null ? placement.uniqueId : key);
    }
    return new PlacedSavedQuery(
        new SavedQuery(name, description, label, metrics, groupBy, where, exports), placement);
  }

  private static @Nullable SavedQueryExport export(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String name = null;
    String exportAs = null;
    String schema = null;
    String alias = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "config":
          if (in.startObject()) {
            for (String g; (g = in.nextField()) != null; ) {
              switch (g) {
                case "export_as":
                  exportAs = lower(in.string());
                  break;
                case "schema_name":
                  schema = in.sharedString();
                  break;
                case "alias":
                  alias = in.string();
                  break;
                default:
                  in.skip();
              }
            }
          }
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("export without a name");
    }
    return new SavedQueryExport(name, exportAs, schema, alias);
  }

  private static @Nullable ProjectConfiguration projectConfiguration(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String dsi = null;
    List<TimeSpine> spines = new ArrayList<>();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "dsi_package_version":
          dsi = dsiVersion(in);
          break;
        case "time_spine_table_configurations":
          spines.addAll(in.list((c, k) -> legacySpine(c)));
          break;
        case "time_spines":
          spines.addAll(in.list((c, k) -> spine(c)));
          break;
        default:
          in.skip();
      }
    }
    return new ProjectConfiguration(dsi, spines);
  }

  private static @Nullable String dsiVersion(JsonIn in) throws IOException {
    if (in.parser().currentToken() == JsonToken.VALUE_STRING) {
      return in.string();
    }
    if (!in.startObject()) {
      return null;
    }
    String major = null;
    String minor = null;
    String patch = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "major_version":
          major = in.scalarText();
          break;
        case "minor_version":
          minor = in.scalarText();
          break;
        case "patch_version":
          patch = in.scalarText();
          break;
        default:
          in.skip();
      }
    }
    return major + "." + minor + "." + patch;
  }

  private static @Nullable TimeSpine legacySpine(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String location = null;
    String column = null;
    String grain = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "location":
          location = in.string();
          break;
        case "column_name":
          column = in.sharedString();
          break;
        case "grain":
          grain = lower(in.string());
          break;
        default:
          in.skip();
      }
    }
    return new TimeSpine(location, column, grain, List.of());
  }

  private static @Nullable TimeSpine spine(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String relation = null;
    String column = null;
    String grain = null;
    List<CustomGranularity> custom = List.of();
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "custom_granularities":
          custom = in.list((c, k) -> customGranularity(c));
          break;
        case "node_relation":
          NodeRelation r = nodeRelation(in);
          relation = r == null ? null : r.alias();
          break;
        case "primary_column":
          if (in.startObject()) {
            for (String g; (g = in.nextField()) != null; ) {
              if (g.equals("name")) {
                column = in.string();
              } else if (g.equals("time_granularity")) {
                grain = lower(in.string());
              } else {
                in.skip();
              }
            }
          }
          break;
        default:
          in.skip();
      }
    }
    return new TimeSpine(relation, column, grain, custom);
  }

  private static @Nullable CustomGranularity customGranularity(JsonIn in) throws IOException {
    if (!in.startObject()) {
      return null;
    }
    String name = null;
    String column = null;
    for (String f; (f = in.nextField()) != null; ) {
      switch (f) {
        case "name":
          name = in.string();
          break;
        case "column_name":
          column = in.sharedString();
          break;
        default:
          in.skip();
      }
    }
    if (name == null) {
      throw in.error("custom granularity without a name");
    }
    return new CustomGranularity(name, column);
  }
}
