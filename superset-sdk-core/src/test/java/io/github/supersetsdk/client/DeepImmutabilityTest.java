package io.github.supersetsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.QueryId;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.model.AdvancedDataTypeConversion;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDataResult;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.CurrentUserRoles;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardPermalinkState;
import io.github.supersetsdk.client.model.DatabaseEngine;
import io.github.supersetsdk.client.model.DatabaseTable;
import io.github.supersetsdk.client.model.DatabaseTableExtraMetadata;
import io.github.supersetsdk.client.model.ExploreContext;
import io.github.supersetsdk.client.model.ExplorePermalinkState;
import io.github.supersetsdk.client.model.QueryResult;
import io.github.supersetsdk.client.model.QueryState;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.SqlCostEstimate;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.model.UserPermission;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.DashboardConfigUpdate;
import io.github.supersetsdk.client.request.TestDatabaseConnectionRequest;
import io.github.supersetsdk.client.request.ValidateDatabaseParametersRequest;
import io.github.supersetsdk.client.request.ValidateSqlRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Records documented as immutable stay so at every level: a list or map nested in a component (JSON
 * form data, parameters, rows, lists of permissions) can be changed neither through the caller's
 * input nor through the accessor.
 */
class DeepImmutabilityTest {

  private final ObjectMapper mapper = Json.mapper();

  /** A mutable JSON value: {"adhoc_filters": [{"col": "a", "vals": [1]}], "groupby": ["x"], "gone": null}. */
  private static Map<String, @Nullable Object> formData() {
    Map<String, @Nullable Object> filter = new LinkedHashMap<>();
    filter.put("col", "a");
    filter.put("vals", new ArrayList<>(List.of(1)));
    Map<String, @Nullable Object> form = new LinkedHashMap<>();
    form.put("adhoc_filters", new ArrayList<>(List.of(filter)));
    form.put("groupby", new ArrayList<>(List.of("x")));
    form.put("gone", null);
    return form;
  }

  /** Mutates every list and map reachable from a value; the value must not have been a copy of it. */
  @SuppressWarnings("unchecked")
  private static void scribble(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      new ArrayList<>(map.values()).forEach(DeepImmutabilityTest::scribble);
      ((Map<String, Object>) map).put("scribbled", 1);
    } else if (value instanceof List<?> list) {
      new ArrayList<>(list).forEach(DeepImmutabilityTest::scribble);
      ((List<Object>) list).add("scribbled");
    }
  }

  /** Every list and map reachable from a value refuses changes. */
  @SuppressWarnings("unchecked")
  private static void assertFrozen(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      assertThatThrownBy(() -> ((Map<String, Object>) map).put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
      map.values().forEach(DeepImmutabilityTest::assertFrozen);
    } else if (value instanceof List<?> list) {
      assertThatThrownBy(() -> ((List<Object>) list).add("x")).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
      list.forEach(DeepImmutabilityTest::assertFrozen);
    }
  }

  @Test
  void jsonMapComponents_areUnmodifiableAtEveryLevel_andKeepOrderAndNulls() {
    Map<String, @Nullable Object> form = formData();
    DashboardChart chart = new DashboardChart(ChartId.of(1), "c", null, form, null, null, null, null, null);
    scribble(form);

    assertThat(chart.formData()).containsOnlyKeys("adhoc_filters", "groupby", "gone");
    assertThat(chart.formData().keySet()).containsExactly("adhoc_filters", "groupby", "gone");
    assertThat(chart.formData()).containsEntry("gone", null);
    assertThat(chart.formData().get("groupby")).isEqualTo(List.of("x"));
    assertThat(chart.formData().get("adhoc_filters")).isEqualTo(List.of(Map.of("col", "a", "vals", List.of(1))));
    assertFrozen(chart.formData());
    assertThatThrownBy(() -> ((List<?>) chart.formData().get("adhoc_filters")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyJsonComponent_isADeepUnmodifiableCopy() {
    Map<String, @Nullable Object> in = formData();
    List<Object> all = new ArrayList<>();
    all.add(new ExploreContext(in, null, null, null).formData());
    all.add(new ExplorePermalinkState(in, List.of(), in).formData());
    all.add(new ExplorePermalinkState(Map.of(), List.of(), in).chartState());
    all.add(new DashboardPermalinkState(in, List.of(), null, List.of()).dataMask());
    all.add(new DatabaseEngine("pg", "PostgreSQL", null, List.of(), null, true, cast(in), cast(in)).parameters());
    all.add(new DatabaseEngine("pg", "PostgreSQL", null, List.of(), null, true, cast(in), cast(in)).engineInformation());
    all.add(new DatabaseTable("t", "table", cast(in)).extra());
    DatabaseTableExtraMetadata metadata = new DatabaseTableExtraMetadata(cast(in), cast(in), cast(in));
    all.add(metadata.metadata());
    all.add(metadata.partitions());
    all.add(metadata.clustering());
    all.add(new RelatedObject(1, "x", in).extra());
    all.add(new SqlCostEstimate(new ArrayList<>(List.of(cast(in)))).statements());
    all.add(new AdvancedDataTypeConversion(null, null, List.of(), new ArrayList<>(List.of(in))).values());
    all.add(CreateDatabaseRequest.builder("db", "postgresql://h/db").parameters(cast(in)).build().parameters());
    all.add(TestDatabaseConnectionRequest.builder("postgresql://h/db").parameters(cast(in)).build().parameters());
    all.add(new ValidateDatabaseParametersRequest("postgresql", cast(in), null, null).parameters());
    all.add(new ValidateSqlRequest("select 1", null, null, cast(in)).templateParams());
    all.add(new DashboardConfigUpdate(new ArrayList<>(List.of(in)), List.of(), List.of()).modified());
    ChartDataQuery query = new ChartDataQuery(new ArrayList<>(List.of(in)), new ArrayList<>(List.of(in)), List.of(),
        new ArrayList<>(List.of(new ArrayList<>(List.of(in, true)))), null, null, null, null, cast(in), null, null,
        new ArrayList<>(List.of(cast(in))), Map.of("other", in));
    all.add(query.columns());
    all.add(query.metrics());
    all.add(query.orderby());
    all.add(query.extras());
    all.add(query.postProcessing());
    all.add(query.otherFields());
    ChartDataRequest request = new ChartDataRequest(new ChartDatasource(1, "table"), List.of(query), cast(in), null,
        null, null, Map.of("other", in));
    all.add(request.formData());
    all.add(request.otherFields());
    ChartDataResult result = new ChartDataResult(List.of(), List.of(), new ArrayList<>(List.of(in)), 1, null, null,
        null, null, null, null, new ArrayList<>(List.of(cast(in))), new ArrayList<>(List.of(cast(in))));
    all.add(result.data());
    all.add(result.appliedFilters());
    all.add(result.rejectedFilters());
    String before = all.toString();

    scribble(in);

    assertThat(all.toString()).isEqualTo(before).doesNotContain("scribbled");
    all.forEach(DeepImmutabilityTest::assertFrozen);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<String, @Nullable Object> map) {
    return (Map<String, Object>) (Map<String, ?>) map;
  }

  @Test
  void rows_outerListEachRowAndNestedValues_areUnmodifiable_scalarsShared() {
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("name", "a");
    row.put("n", null);
    row.put("tags", new ArrayList<>(List.of("t")));
    List<Map<String, @Nullable Object>> rows = new ArrayList<>(List.of(row));
    List<@Nullable Object> listRow = new ArrayList<>(Arrays.asList("a", null, new ArrayList<>(List.of(1))));
    List<List<@Nullable Object>> listRows = new ArrayList<>(List.of(listRow));

    SqlLabResult sqlLab = new SqlLabResult(QueryState.SUCCESS, null, List.of(), rows, null);
    QueryResult query = new QueryResult(QueryId.of(1), List.of(), listRows, false, null);
    String before = sqlLab.rows() + " " + query.rows();
    scribble(rows);
    scribble(listRows);

    assertThat(sqlLab.rows() + " " + query.rows()).isEqualTo(before).doesNotContain("scribbled");
    assertThat(sqlLab.rows().get(0).keySet()).containsExactly("name", "n", "tags");
    assertThat(query.rows().get(0)).containsExactly("a", null, List.of(1));
    assertFrozen(sqlLab.rows());
    assertFrozen(query.rows());
  }

  @Test
  void typedNestedCollections_areUnmodifiableAtEveryLevel() {
    Map<String, List<String>> permissions = new LinkedHashMap<>();
    permissions.put("datasource_access", new ArrayList<>(List.of("[db].[t]")));
    Map<String, List<UserPermission>> roles = new LinkedHashMap<>();
    roles.put("Alpha", new ArrayList<>(List.of(new UserPermission("can_read", "Chart"))));
    CurrentUserRoles r = new CurrentUserRoles(roles, permissions);
    permissions.get("datasource_access").add("Y");
    roles.get("Alpha").clear();

    assertThat(r.permissions()).isEqualTo(Map.of("datasource_access", List.of("[db].[t]")));
    assertThat(r.roles().get("Alpha")).hasSize(1);
    assertThatThrownBy(() -> r.permissions().get("datasource_access").add("X"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.roles().get("Alpha").clear()).isInstanceOf(UnsupportedOperationException.class);

    Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
    fieldErrors.put("name", new ArrayList<>(List.of("required")));
    SupersetApiException.ErrorDetails details = new SupersetApiException.ErrorDetails(
        422, null, null, fieldErrors, "POST", "/api/v1/chart/", null, false, null);
    fieldErrors.get("name").add("later");
    SupersetApiException e = new NotFoundException(details);

    assertThat(details.fieldErrors()).isEqualTo(Map.of("name", List.of("required")));
    assertThatThrownBy(() -> details.fieldErrors().get("name").add("X")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.fieldErrors().get("name").clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readFromJson_nestedValuesAreUnmodifiable() throws Exception {
    DashboardChart chart = mapper.readValue(
        "{\"id\": 3, \"form_data\": {\"adhoc_filters\": [{\"col\": \"a\", \"val\": null}], \"viz_type\": \"table\"}}",
        DashboardChart.class);
    assertThat(chart.formData().keySet()).containsExactly("adhoc_filters", "viz_type");
    assertFrozen(chart.formData());

    // Row-oriented and column-oriented chart data both come out frozen at every level.
    ChartDataResponse rowsResponse = mapper.readValue(
        "{\"result\": [{\"data\": [{\"a\": 1, \"b\": [1, 2], \"c\": null}], \"applied_filters\": [{\"column\": \"a\"}]}]}",
        ChartDataResponse.class);
    ChartDataResponse columnsResponse = mapper.readValue(
        "{\"result\": [{\"data\": {\"a\": {\"0\": 1}, \"b\": {\"0\": {\"k\": 2}}}}]}", ChartDataResponse.class);
    assertThat(rowsResponse.result().get(0).data()).containsExactly(mapOf("a", 1L, "b", List.of(1L, 2L), "c", null));
    assertThat(columnsResponse.result().get(0).data()).containsExactly(mapOf("a", 1L, "b", Map.of("k", 2L)));
    assertFrozen(rowsResponse.result().get(0).data());
    assertFrozen(rowsResponse.result().get(0).appliedFilters());
    assertFrozen(columnsResponse.result().get(0).data());
  }

  private static Map<String, @Nullable Object> mapOf(Object... keysAndValues) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void updateRequests_listAndMapChanges_areCopies_notTheCallersCollections() {
    java.util.List<io.github.supersetsdk.client.id.UserId> owners =
        new java.util.ArrayList<>(java.util.List.of(io.github.supersetsdk.client.id.UserId.of(1)));
    io.github.supersetsdk.client.request.UpdateChartRequest chart =
        io.github.supersetsdk.client.request.UpdateChartRequest.builder().owners(owners).build();
    Map<String, @Nullable Object> parameters = formData();
    io.github.supersetsdk.client.request.UpdateDatabaseRequest database =
        io.github.supersetsdk.client.request.UpdateDatabaseRequest.builder().parameters(parameters).build();

    owners.add(io.github.supersetsdk.client.id.UserId.of(2));
    parameters.put("added", 1);

    assertThat(chart.owners().value()).containsExactly(io.github.supersetsdk.client.id.UserId.of(1));
    assertThat(database.parameters().value()).doesNotContainKey("added");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> chart.owners().value().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        ((java.util.List<Object>) database.parameters().value().get("groupby")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
