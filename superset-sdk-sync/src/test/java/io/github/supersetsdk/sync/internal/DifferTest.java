package io.github.supersetsdk.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatasetMetric;
import io.github.supersetsdk.client.request.DatasetColumnUpdate;
import io.github.supersetsdk.client.request.DatasetMetricUpdate;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.sync.FieldChange;
import io.github.supersetsdk.sync.SyncException;
import io.github.supersetsdk.sync.SyncMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Mapping and diffing on the example project's (trimmed) manifest, against datasets built in memory.
 * The trimmed fixture keeps dim_tenants' meta.superset and its semantic model's dimensions, not its
 * documented columns.
 */
class DifferTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DbtManifest MANIFEST = manifest();
  private static final DbtNode TENANTS = MANIFEST.nodes().get("model.roastwise.dim_tenants");
  private static final List<DesiredMetric> METRICS =
      List.of(new DesiredMetric("tenants", "COUNT(DISTINCT tenant_id)", "Tenants", null, ",d", null, null, null));

  private static DbtManifest manifest() {
    try (InputStream in = DifferTest.class.getResourceAsStream("/fixtures/example-manifest-trimmed.json")) {
      return DbtArtifactReader.create().readManifest(Objects.requireNonNull(in), "example");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Desired desired(SyncMode mode) {
    return new Mapping(MANIFEST, null, mode, null, false, false).map(TENANTS, METRICS, List.of());
  }

  // A dataset as Superset creates it: the warehouse's columns, nothing else.
  private static Dataset bare() {
    List<DatasetColumn> cols = new ArrayList<>();
    long id = 1;
    for (String c : List.of("tenant_id", "tenant_name", "plan_tier", "country_code", "onboarded_at")) {
      cols.add(new DatasetColumn(id++, c, "VARCHAR", false, null, null, null, false, false, true, null,
          null, null, null));
    }
    return dataset(cols, List.of(), null, null, null);
  }

  private static Dataset dataset(List<DatasetColumn> cols, List<DatasetMetric> metrics,
      @Nullable String description, @Nullable String extra, @Nullable Integer cacheTimeout) {
    return dataset(cols, metrics, description, extra, cacheTimeout, null);
  }

  private static Dataset dataset(List<DatasetColumn> cols, List<DatasetMetric> metrics,
      @Nullable String description, @Nullable String extra, @Nullable Integer cacheTimeout,
      @Nullable String mainDttmCol) {
    return new Dataset(DatasetId.of(7), "dim_tenants", "marts", null, null, null, description,
        "physical", mainDttmCol, cacheTimeout, false, false, null, null, extra, false, false, false, null,
        null, 0, List.of(), cols, metrics, null, null);
  }

  // What Superset holds after it accepted the update.
  private static Dataset applied(Dataset before, UpdateDatasetRequest r) {
    List<DatasetColumn> cols = before.columns();
    if (r.columns().isSet()) {
      cols = new ArrayList<>();
      long id = 50;
      for (DatasetColumnUpdate u : Objects.requireNonNull(r.columns().value())) {
        // Superset gives a new (calculated) column an id.
        cols.add(new DatasetColumn(u.id() == null ? id++ : u.id(), u.columnName(), u.type(),
            u.isDttm(), u.expression(), u.verboseName(), u.description(), u.groupby(),
            u.filterable(), u.isActive(), u.pythonDateFormat(), u.advancedDataType(), u.extra(), null));
      }
    }
    List<DatasetMetric> metrics = before.metrics();
    if (r.metrics().isSet()) {
      metrics = new ArrayList<>();
      long id = 100;
      for (DatasetMetricUpdate u : Objects.requireNonNull(r.metrics().value())) {
        metrics.add(new DatasetMetric(u.id() == null ? id++ : u.id(), u.metricName(), u.expression(),
            u.metricType(), u.verboseName(), u.description(), u.d3format(), u.warningText(),
            u.extra(), null));
      }
    }
    String description = r.description().isSet() ? r.description().value() : before.description();
    Integer cache = r.cacheTimeout().isSet() ? r.cacheTimeout().value() : before.cacheTimeout();
    String mainDttm = r.mainDttmCol().isSet() ? r.mainDttmCol().value() : before.mainDttmCol();
    return dataset(cols, metrics, description, r.extra().value(), cache, mainDttm);
  }

  @Test
  void map_modelWithSupersetMeta_usesOverridesAndNeverTheRawNameAsLabel() {
    Desired d = desired(SyncMode.MERGE);
    assertThat(d.table()).isEqualTo("dim_tenants");
    assertThat(d.fields())
        .containsEntry("cache_timeout", "3600")
        .containsEntry("certified_by", "Analytics Engineering")
        .containsEntry("columns.plan_tier.groupby", "true")
        .containsEntry("columns.plan_tier.filterable", "true")
        .doesNotContainKey("columns.plan_tier.verbose_name")
        .doesNotContainKey("description");
    assertThat(d.notes()).anyMatch(n -> n.contains("dataset_name 'tenants'"));
  }

  @Test
  void diff_afterItsOwnUpdate_writesNothing() {
    Desired d = desired(SyncMode.MERGE);
    Dataset ds = bare();
    Differ.Diff first = Differ.diff(d, ds, Current.block(ds.extra()), SyncMode.MERGE, true);
    assertThat(first.request()).isNotNull();
    assertThat(first.changes()).extracting(FieldChange::field)
        .contains("cache_timeout", "columns.plan_tier.groupby", "metrics.tenants");
    Dataset after = applied(ds, first.request());
    assertThat(after.column("plan_tier").groupby()).isTrue();
    assertThat(after.cacheTimeout()).isEqualTo(3600);
    assertThat(after.metric("tenants").d3format()).isEqualTo(",d");
    assertThat(Current.block(after.extra()).hash()).isEqualTo(d.hash());

    Differ.Diff second = Differ.diff(d, after, Current.block(after.extra()), SyncMode.MERGE, true);
    assertThat(second.changes()).isEmpty();
    assertThat(second.request()).isNull();
  }

  @Test
  void diff_metricWarningAndCertificationDetails_areWritten_thenNothingMore() {
    // The compiler warns when a chart's default time column would give other numbers than MetricFlow.
    List<DesiredMetric> warned = List.of(new DesiredMetric("tenants", "COUNT(DISTINCT tenant_id)", "Tenants", null,
        ",d", "Analytics", "reviewed 2026-11", "MetricFlow aggregates this metric over onboarded_at"));
    Desired d = new Mapping(MANIFEST, null, SyncMode.MERGE, null, false, false).map(TENANTS, warned, List.of());
    Dataset ds = bare();

    Differ.Diff first = Differ.diff(d, ds, Current.block(ds.extra()), SyncMode.MERGE, true);
    Dataset after = applied(ds, Objects.requireNonNull(first.request()));

    assertThat(after.metric("tenants").warningText()).isEqualTo("MetricFlow aggregates this metric over onboarded_at");
    assertThat(after.metric("tenants").extra()).contains("\"certified_by\":\"Analytics\"")
        .contains("\"details\":\"reviewed 2026-11\"");
    Differ.Diff second = Differ.diff(d, after, Current.block(after.extra()), SyncMode.MERGE, true);
    assertThat(second.changes()).isEmpty();
    assertThat(second.request()).isNull();
  }

  @Test
  void diff_withoutMetricSync_leavesTheSyncsMetricsAlone_andKeepsOwningThem() {
    Desired d = desired(SyncMode.MERGE);
    Dataset synced = applied(bare(), Objects.requireNonNull(
        Differ.diff(d, bare(), Current.block(null), SyncMode.MERGE, true).request()));
    Desired noMetrics = new Mapping(MANIFEST, null, SyncMode.MERGE, null, false, false).map(TENANTS, List.of(), List.of());

    Differ.Diff diff = Differ.diff(noMetrics, synced, Current.block(synced.extra()), SyncMode.MERGE, false);

    assertThat(diff.removedMetrics()).isEmpty();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.request()).as("nothing to write").isNull();
    // With metrics on again, the metric is still the sync's: dbt dropping it removes it.
    assertThat(Differ.diff(noMetrics, synced, Current.block(synced.extra()), SyncMode.MERGE, true).removedMetrics())
        .containsExactly("tenants");
  }

  @Test
  void diff_replace_clearsTheDatasetFieldsDbtLeavesEmpty() {
    Dataset synced = applied(bare(), Objects.requireNonNull(
        Differ.diff(desired(SyncMode.MERGE), bare(), Current.block(null), SyncMode.MERGE, true).request()));
    assertThat(synced.cacheTimeout()).isEqualTo(3600);
    DbtNode plain = MANIFEST.nodes().get("model.roastwise.int_orders_enriched");
    Desired empty = new Mapping(MANIFEST, null, SyncMode.REPLACE, null, false, false).map(plain, List.of(), List.of());

    Differ.Diff diff = Differ.diff(empty, synced, Current.block(synced.extra()), SyncMode.REPLACE, true);

    assertThat(diff.changes()).extracting(FieldChange::field)
        .contains("cache_timeout", "certified_by", "certification_details");
    UpdateDatasetRequest r = Objects.requireNonNull(diff.request());
    assertThat(r.cacheTimeout().isClear()).isTrue();
    assertThat(r.extra().value()).doesNotContain("\"certification\":");
  }

  @Test
  void diff_inputsMovedWithoutAChangeInSuperset_writesTheSyncRecordOnce_andSaysSo() {
    Dataset synced = applied(bare(), Objects.requireNonNull(
        Differ.diff(desired(SyncMode.MERGE), bare(), Current.block(null), SyncMode.MERGE, true).request()));
    // Another mode hashes the dbt side differently, yet asks Superset for nothing new.
    Desired preserve = desired(SyncMode.PRESERVE);
    assertThat(preserve.hash()).isNotEqualTo(Current.block(synced.extra()).hash());

    Differ.Diff diff = Differ.diff(preserve, synced, Current.block(synced.extra()), SyncMode.PRESERVE, true);

    assertThat(diff.changes()).extracting(FieldChange::field).containsExactly(Differ.SYNC_RECORD);
    UpdateDatasetRequest r = Objects.requireNonNull(diff.request());
    assertThat(r.columns().isUnchanged()).isTrue();
    assertThat(r.metrics().isUnchanged()).isTrue();
    Dataset after = applied(synced, r);
    assertThat(Differ.diff(preserve, after, Current.block(after.extra()), SyncMode.PRESERVE, true).request()).isNull();
  }

  @Test
  void diff_merge_keepsSupersetOnlyMetricAndHandSetFlag_replaceRemovesThem() {
    Desired d = desired(SyncMode.MERGE);
    Dataset synced = applied(bare(), Objects.requireNonNull(
        Differ.diff(d, bare(), Current.block(null), SyncMode.MERGE, true).request()));
    // A person adds a metric and turns grouping by plan_tier off.
    List<DatasetMetric> metrics = new ArrayList<>(synced.metrics());
    metrics.add(new DatasetMetric(555, "hand_made", "COUNT(*)", null, null, null, null, null, null, null));
    List<DatasetColumn> cols = new ArrayList<>();
    for (DatasetColumn c : synced.columns()) {
      cols.add(c.columnName().equals("plan_tier")
          ? new DatasetColumn(c.id(), c.columnName(), c.type(), c.isDttm(), null, c.verboseName(),
              c.description(), false, c.filterable(), c.isActive(), null, null, null, null)
          : c);
    }
    Dataset edited = dataset(cols, metrics, "Changed description", synced.extra(), synced.cacheTimeout());

    Differ.Diff merge = Differ.diff(d, edited, Current.block(edited.extra()), SyncMode.MERGE, true);
    assertThat(merge.removedMetrics()).isEmpty();
    assertThat(merge.kept()).contains("columns.plan_tier.groupby");
    assertThat(merge.changes()).isEmpty();

    Desired r = desired(SyncMode.REPLACE);
    Differ.Diff replace = Differ.diff(r, edited, Current.block(edited.extra()), SyncMode.REPLACE, true);
    assertThat(replace.removedMetrics()).containsExactly("hand_made");
    assertThat(replace.changes()).extracting(FieldChange::field)
        .contains("columns.plan_tier.groupby", "metrics.hand_made", "description");
  }

  @Test
  void diff_preserve_keepsFieldAPersonChangedAndWritesTheRest() {
    Desired d = desired(SyncMode.PRESERVE);
    Dataset synced = applied(bare(), Objects.requireNonNull(
        Differ.diff(d, bare(), Current.block(null), SyncMode.PRESERVE, true).request()));
    Dataset edited = dataset(synced.columns(), synced.metrics(), "Written by a person",
        synced.extra(), 60);
    Differ.Diff diff = Differ.diff(d, edited, Current.block(edited.extra()), SyncMode.PRESERVE, true);
    assertThat(diff.kept()).containsExactly("cache_timeout");
    assertThat(diff.changes()).isEmpty();
  }

  @Test
  void diff_columnTheDatasetLacks_isReportedMissingForARefresh() {
    Desired d = desired(SyncMode.MERGE);
    List<DatasetColumn> cols = new ArrayList<>(bare().columns());
    cols.removeIf(c -> c.columnName().equals("plan_tier"));
    Dataset ds = dataset(cols, List.of(), null, null, null);
    Differ.Diff diff = Differ.diff(d, ds, Current.block(null), SyncMode.MERGE, true);
    assertThat(diff.missingColumns()).containsExactly("plan_tier");
  }

  // dim_tenants as mapped after an edit of its semantic model.
  private static Desired withTenantsSemanticModel(java.util.function.Consumer<ObjectNode> edit) {
    return withManifest(root -> edit.accept(
        (ObjectNode) root.path("semantic_models").path("semantic_model.roastwise.tenants")));
  }

  // dim_tenants with its meta.superset edited (config.meta and the older top-level meta alike).
  private static Desired withTenantsMeta(java.util.function.Consumer<ObjectNode> edit) {
    return withManifest(root -> {
      ObjectNode node = (ObjectNode) root.path("nodes").path("model.roastwise.dim_tenants");
      for (JsonNode meta : List.of(node.path("config").path("meta"), node.path("meta"))) {
        if (meta.path("superset") instanceof ObjectNode superset) {
          edit.accept(superset);
        }
      }
    });
  }

  private static Desired withManifest(java.util.function.Consumer<ObjectNode> edit) {
    try (InputStream in = DifferTest.class.getResourceAsStream("/fixtures/example-manifest-trimmed.json")) {
      ObjectNode root = (ObjectNode) JSON.readTree(Objects.requireNonNull(in));
      edit.accept(root);
      DbtManifest m = DbtArtifactReader.create().readManifest(
          new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "example");
      return new Mapping(m, null, SyncMode.MERGE, null, false, false)
          .map(m.nodes().get("model.roastwise.dim_tenants"), METRICS, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // dim_tenants with two dimensions defined by SQL: a categorical one and the default time dimension.
  private static Desired withExpressionDimensions(String... dropDimensions) {
    return withTenantsSemanticModel(sm -> {
      ArrayNode dims = (ArrayNode) sm.path("dimensions");
      dims.addObject().put("name", "tenant_size").put("type", "categorical")
          .put("expr", "case when plan_tier = 'scale' then 'large' else 'small' end")
          .put("label", "Tenant size").put("description", "large on the scale plan");
      dims.addObject().put("name", "onboarded_month").put("type", "time")
          .put("expr", "date_trunc('month', onboarded_at)")
          .putObject("type_params").put("time_granularity", "month");
      for (int i = dims.size() - 1; i >= 0; i--) {
        if (List.of(dropDimensions).contains(dims.get(i).path("name").asText())) {
          dims.remove(i);
        }
      }
      sm.putObject("defaults").put("agg_time_dimension", "onboarded_month");
    });
  }

  @Test
  void map_cacheTimeoutNotANumber_failsNamingTheModelTheKeyAndTheFile() {
    assertThatThrownBy(() -> withTenantsMeta(m -> m.put("cache_timeout", "ten minutes")))
        .isInstanceOf(SyncException.class)
        .hasMessageContaining("model.roastwise.dim_tenants (roastwise://models/marts/")
        .hasMessageContaining("meta.superset.cache_timeout 'ten minutes' is not a whole number of seconds");
  }

  @Test
  void diff_mainDttmColNamingNoColumn_isNotSet_andSaysSo() {
    Desired d = withTenantsMeta(m -> m.put("main_dttm_col", "onboarded_att"));
    Differ.Diff diff = Differ.diff(d, bare(), Current.block(null), SyncMode.MERGE, true);

    assertThat(diff.notes()).contains("main_dttm_col 'onboarded_att' is not set: the dataset has no column of that name");
    assertThat(Objects.requireNonNull(diff.request()).mainDttmCol().isUnchanged()).isTrue();
    assertThat(Differ.diff(withTenantsMeta(m -> m.put("main_dttm_col", "onboarded_at")), bare(),
        Current.block(null), SyncMode.MERGE, true).request().mainDttmCol().value()).isEqualTo("onboarded_at");
  }

  @Test
  void map_dimensionOnAColumn_givesItsLabelAndDescriptionWhereTheColumnHasNone() {
    Desired d = withTenantsSemanticModel(sm -> sm.path("dimensions").forEach(dim -> {
      if (dim.path("name").asText().equals("plan_tier")) {
        ((ObjectNode) dim).put("label", "Plan");
      }
    }));

    assertThat(d.fields())
        .containsEntry("columns.plan_tier.verbose_name", "Plan")
        .containsEntry("columns.plan_tier.description", "starter, growth or scale.");
  }

  @Test
  void map_dimensionWithExpression_isACalculatedColumnNamedAsTheDimension() {
    Desired d = withExpressionDimensions();

    assertThat(d.calculatedColumns()).containsExactly("tenant_size", "onboarded_month");
    assertThat(d.fields())
        .containsEntry("columns.tenant_size.expression", "case when plan_tier = 'scale' then 'large' else 'small' end")
        .containsEntry("columns.tenant_size.verbose_name", "Tenant size")
        .containsEntry("columns.tenant_size.description", "large on the scale plan")
        .containsEntry("columns.tenant_size.groupby", "true")
        .containsEntry("columns.onboarded_month.expression", "date_trunc('month', onboarded_at)")
        .containsEntry("columns.onboarded_month.is_dttm", "true")
        .containsEntry("main_dttm_col", "onboarded_month");
    assertThat(d.columnNames()).as("not a table column: no refresh brings it")
        .doesNotContainKeys("tenant_size", "onboarded_month");
  }

  @Test
  void diff_calculatedColumns_areAddedOnce_thenNothingMore() {
    Desired d = withExpressionDimensions();
    Dataset ds = bare();

    Differ.Diff first = Differ.diff(d, ds, Current.block(null), SyncMode.MERGE, true);

    assertThat(first.missingColumns()).as("created by the update, not by a refresh").isEmpty();
    assertThat(first.changes()).extracting(FieldChange::field)
        .contains("columns.tenant_size", "columns.onboarded_month", "main_dttm_col");
    // The plan shows what the new column and metric get besides their expression.
    assertThat(first.changes()).extracting(FieldChange::field, FieldChange::after).contains(
        org.assertj.core.groups.Tuple.tuple("columns.tenant_size.verbose_name", "Tenant size"),
        org.assertj.core.groups.Tuple.tuple("columns.onboarded_month.is_dttm", "true"),
        org.assertj.core.groups.Tuple.tuple("metrics.tenants.d3format", ",d"));
    UpdateDatasetRequest r = Objects.requireNonNull(first.request());
    assertThat(r.columns().value()).filteredOn(c -> c.id() == null)
        .extracting(DatasetColumnUpdate::columnName).containsExactly("tenant_size", "onboarded_month");
    Dataset after = applied(ds, r);
    assertThat(after.column("tenant_size").expression()).startsWith("case when plan_tier");
    assertThat(after.column("onboarded_month").isDttm()).isTrue();
    assertThat(Current.block(after.extra()).columns()).containsExactly("tenant_size", "onboarded_month");

    Differ.Diff second = Differ.diff(d, after, Current.block(after.extra()), SyncMode.MERGE, true);
    assertThat(second.changes()).isEmpty();
    assertThat(second.request()).isNull();
  }

  @Test
  void diff_dimensionGone_removesTheSyncsCalculatedColumn_andKeepsAPersons() {
    Dataset ds = bare();
    Dataset synced = applied(ds, Objects.requireNonNull(
        Differ.diff(withExpressionDimensions(), ds, Current.block(null), SyncMode.MERGE, true).request()));
    List<DatasetColumn> cols = new ArrayList<>(synced.columns());
    cols.add(new DatasetColumn(99, "hand_made", null, false, "upper(tenant_name)", null, null, true,
        true, true, null, null, null, null));
    Dataset edited = dataset(cols, synced.metrics(), null, synced.extra(), synced.cacheTimeout(),
        synced.mainDttmCol());
    Desired without = withExpressionDimensions("tenant_size");

    for (SyncMode mode : SyncMode.values()) {
      Differ.Diff diff = Differ.diff(without, edited, Current.block(edited.extra()), mode, true);
      assertThat(diff.removedColumns()).as(mode.toString()).containsExactly("tenant_size");
      assertThat(Objects.requireNonNull(diff.request()).columns().value())
          .extracting(DatasetColumnUpdate::columnName)
          .contains("hand_made", "onboarded_month", "plan_tier").doesNotContain("tenant_size");
    }
  }

  @Test
  void diff_dimensionNamedAsATableColumn_flagsThatColumnAndSaysSo() {
    // The table gained a physical column named as the dimension: it keeps its own values.
    List<DatasetColumn> cols = new ArrayList<>(bare().columns());
    cols.add(new DatasetColumn(77, "tenant_size", "VARCHAR", false, null, null, null, false, false,
        true, null, null, null, null));
    Dataset ds = dataset(cols, List.of(), null, null, null);

    Differ.Diff diff = Differ.diff(withExpressionDimensions(), ds, Current.block(null), SyncMode.MERGE, true);

    assertThat(diff.notes()).anySatisfy(n -> assertThat(n).contains("dimension tenant_size is not a calculated column"));
    Dataset after = applied(ds, Objects.requireNonNull(diff.request()));
    assertThat(after.column("tenant_size").expression()).isNull();
    assertThat(after.column("tenant_size").groupby()).isTrue();
    assertThat(Current.block(after.extra()).columns()).containsExactly("onboarded_month");
    assertThat(Differ.diff(withExpressionDimensions(), after, Current.block(after.extra()), SyncMode.MERGE,
        true).request()).isNull();
  }

  @Test
  void hash_isStableAndDependsOnTheMode() {
    assertThat(desired(SyncMode.MERGE).hash()).isEqualTo(desired(SyncMode.MERGE).hash());
    assertThat(desired(SyncMode.MERGE).hash()).isNotEqualTo(desired(SyncMode.REPLACE).hash());
  }

  @Test
  void withoutCatalog_aDocumentedColumnTheRefreshDidNotBring_isRecorded_andNotRefreshedForAgain() {
    Desired d = desired(SyncMode.MERGE);
    assertThat(d.catalogTable()).isNull();
    List<DatasetColumn> noPlanTier = new ArrayList<>(bare().columns());
    noPlanTier.removeIf(c -> c.columnName().equals("plan_tier"));
    Dataset lacking = dataset(noPlanTier, List.of(), null, null, null);

    // Before a refresh, the plan wants one to bring plan_tier.
    assertThat(Differ.diff(d, lacking, Current.block(null), SyncMode.MERGE, true).missingColumns())
        .containsExactly("plan_tier");
    // After it, the columns are the table's: the update records that the table lacks plan_tier.
    Differ.Diff refreshed = Differ.diff(d, lacking, Current.block(null), SyncMode.MERGE, true, true);
    Dataset after = applied(lacking, Objects.requireNonNull(refreshed.request()));
    assertThat(Current.block(after.extra()).absent()).containsExactly("plan_tier");

    // A verifying plan notes it and has nothing to do.
    Differ.Diff again = Differ.diff(d, after, Current.block(after.extra()), SyncMode.MERGE, true);
    assertThat(again.missingColumns()).isEmpty();
    assertThat(again.request()).isNull();
    assertThat(again.notes()).anyMatch(n -> n.startsWith(
        "dbt documents column plan_tier, which the table did not have when the sync last read its columns"));

    // Once the table has it (refreshed after a dbt run), the record forgets it.
    Dataset gained = dataset(bare().columns(), after.metrics(), after.description(), after.extra(),
        after.cacheTimeout());
    Differ.Diff forgets = Differ.diff(d, gained, Current.block(gained.extra()), SyncMode.MERGE, true);
    assertThat(forgets.notes()).noneMatch(n -> n.contains("plan_tier"));
    assertThat(Current.block(applied(gained, Objects.requireNonNull(forgets.request())).extra()).absent())
        .isEmpty();
  }

  @Test
  void map_valuesLongerThanSupersetStores_failNamingTheModelTheFieldAndTheLimit() {
    String longLabel = "é".repeat(Mapping.MAX_LABEL + 1);
    assertThatThrownBy(() -> withTenantsSemanticModel(sm -> sm.path("dimensions").forEach(dim -> {
      if (dim.path("name").asText().equals("plan_tier")) {
        ((ObjectNode) dim).put("label", longLabel);
      }
    }))).isInstanceOf(SyncException.class)
        .hasMessageContaining("model.roastwise.dim_tenants (roastwise://models/marts/")
        .hasMessageEndingWith(": the label of column plan_tier is 1025 characters long; Superset stores at most 1024");
    // Characters count, not UTF-8 bytes: the longest label Superset takes maps.
    String longest = "é".repeat(Mapping.MAX_LABEL);
    assertThat(withTenantsSemanticModel(sm -> sm.path("dimensions").forEach(dim -> {
      if (dim.path("name").asText().equals("plan_tier")) {
        ((ObjectNode) dim).put("label", longest);
      }
    })).fields()).containsEntry("columns.plan_tier.verbose_name", longest);

    Mapping mapping = new Mapping(MANIFEST, null, SyncMode.MERGE, null, false, false);
    assertThatThrownBy(() -> mapping.map(TENANTS, List.of(new DesiredMetric("tenants", "COUNT(*)", "Tenants",
        null, "x".repeat(Mapping.MAX_D3FORMAT + 1), null, null, null)), List.of()))
        .isInstanceOf(SyncException.class)
        .hasMessageEndingWith(": the d3format of metric tenants is 129 characters long; Superset stores at most 128");
    assertThatThrownBy(() -> mapping.map(TENANTS, List.of(new DesiredMetric("m".repeat(Mapping.MAX_NAME + 1),
        "COUNT(*)", null, null, null, null, null, null)), List.of()))
        .isInstanceOf(SyncException.class)
        .hasMessageContaining("the name of metric 'mmmm")
        .hasMessageEndingWith("...' is 256 characters long; Superset stores at most 255");
  }

  @Test
  void diff_mainDttmColNamingADocumentedColumnTheTableLacks_isNotSet() {
    Desired d = withTenantsMeta(m -> m.put("main_dttm_col", "plan_tier"));
    assertThat(d.catalogTable()).isNull();
    List<DatasetColumn> noPlanTier = new ArrayList<>(bare().columns());
    noPlanTier.removeIf(c -> c.columnName().equals("plan_tier"));
    Dataset lacking = dataset(noPlanTier, List.of(), null, null, null);

    // Before a refresh it may still come from the table.
    assertThat(Objects.requireNonNull(Differ.diff(d, lacking, Current.block(null), SyncMode.MERGE, true)
        .request()).mainDttmCol().value()).isEqualTo("plan_tier");
    // Once the columns are the table's, or the sync recorded the table lacks it, it is no column.
    Differ.Diff fromTable = Differ.diff(d, lacking, Current.block(null), SyncMode.MERGE, true, true);
    assertThat(Objects.requireNonNull(fromTable.request()).mainDttmCol().isUnchanged()).isTrue();
    assertThat(fromTable.notes()).contains("main_dttm_col 'plan_tier' is not set: the dataset has no column of that name");
    Dataset recorded = applied(lacking, Objects.requireNonNull(fromTable.request()));
    Differ.Diff later = Differ.diff(d, recorded, Current.block(recorded.extra()), SyncMode.MERGE, true);
    assertThat(later.notes()).contains("main_dttm_col 'plan_tier' is not set: the dataset has no column of that name");
    assertThat(later.request()).isNull();
  }
}
