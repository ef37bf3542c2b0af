package io.github.supersetsdk.client.snippets;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.ReportScheduleId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.client.model.RlsFilterType;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.model.TagObjectType;
import io.github.supersetsdk.client.model.TagTarget;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.CreateAnnotationRequest;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.CreateGroupRequest;
import io.github.supersetsdk.client.request.CreateReportScheduleRequest;
import io.github.supersetsdk.client.request.CreateRlsRuleRequest;
import io.github.supersetsdk.client.request.CreateSavedQueryRequest;
import io.github.supersetsdk.client.request.CreateTagRequest;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.DashboardConfigUpdate;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.DatabaseUpload;
import io.github.supersetsdk.client.request.DatasetMetricUpdate;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.QueryFilter;
import io.github.supersetsdk.client.request.RlsClause;
import io.github.supersetsdk.client.request.RoleSearch;
import io.github.supersetsdk.client.request.SortDirection;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import io.github.supersetsdk.client.request.ThemeRequest;
import io.github.supersetsdk.client.request.UpdateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.UpdateAnnotationRequest;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import io.github.supersetsdk.client.request.UpdateCssTemplateRequest;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import io.github.supersetsdk.client.request.UpdateDatabaseRequest;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import io.github.supersetsdk.client.request.UpdateGroupRequest;
import io.github.supersetsdk.client.request.UpdateReportScheduleRequest;
import io.github.supersetsdk.client.request.UpdateSavedQueryRequest;
import io.github.supersetsdk.client.request.UpdateUserRequest;
import io.github.supersetsdk.client.request.UserPassword;
import io.github.supersetsdk.client.request.ValidateDatabaseParametersRequest;
import io.github.supersetsdk.client.request.ValidateSqlRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Samples of the {@code io.github.supersetsdk.client.request} package's javadoc. */
final class RequestSnippets {

  private RequestSnippets() {}

  static ListQuery listQuery() {
    // @start region="ListQuery"
    ListQuery query = ListQuery.builder()
        .filter(Filter.of("table_name", FilterOperator.STARTS_WITH, "fct_"))
        .orderBy("changed_on_delta_humanized", SortDirection.DESC)
        .pageSize(50)
        .build();
    // @end
    return query;
  }

  static List<Filter> filter() {
    // @start region="Filter"
    Filter byName = Filter.of("table_name", FilterOperator.STARTS_WITH, "fct_");
    Filter byDatabase = Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, 3);
    // @end
    return List.of(byName, byDatabase);
  }

  static ChartId chartSpec(SupersetClient client, DatasetId dataset) {
    // @start region="ChartSpec"
    ChartSpec revenueByPlan = ChartSpec.builder(dataset, VizType.TABLE)
        .metric(Metric.sum("net_revenue").as("revenue"))
        .groupby("plan")
        .filter(QueryFilter.eq("status", "active"))
        .rowLimit(100)
        .build();
    ChartId chart = client.charts().create(CreateChartRequest.of("Revenue by plan", revenueByPlan).build());
    // @end
    return chart;
  }

  static List<Metric> metric() {
    // @start region="Metric"
    Metric revenue = Metric.sum("net_revenue").as("revenue");
    Metric orders = Metric.saved("count");
    Metric margin = Metric.sql("SUM(net_revenue) - SUM(cost)").as("margin");
    // @end
    return List.of(revenue, orders, margin);
  }

  static void dashboardLayout(SupersetClient client, ChartId total, ChartId byPlan, ChartId monthly, ChartId table) {
    // @start region="DashboardLayout"
    DashboardLayout layout = DashboardLayout.builder()
        .header("Revenue")
        .row(r -> r.chart(total, 4, 50).chart(byPlan, 8, 50))
        .markdown("Figures are net of refunds.")
        .tabs(t -> t
            .tab("By month", tab -> tab.row(r -> r.chart(monthly, 12, 60)))
            .tab("Details", tab -> tab.row(r -> r.chart(table, 12, 80))))
        .build();
    client.dashboards().create(CreateDashboardRequest.builder("Revenue").layout(layout).build());
    // @end
  }

  static RoleSearch roleSearch(UserId userId) {
    // @start region="RoleSearch"
    RoleSearch search = RoleSearch.builder().nameContains("tenant").user(userId).build();
    // @end
    return search;
  }

  static ChartDataRequest chartDataRequest(DatasetId orders) {
    // @start region="ChartDataRequest"
    ChartDataRequest request = ChartDataRequest.builder(ChartDatasource.dataset(orders))
        .query(ChartDataQuery.builder().column("tenant_id").metric("count").build())
        .build();
    // @end
    return request;
  }

  static ChartDataQuery chartDataQuery() {
    // @start region="ChartDataQuery"
    ChartDataQuery byTenant = ChartDataQuery.builder()
        .column("tenant_id")
        .sqlMetric("SUM(amount)", "revenue")
        .filter(QueryFilter.eq("status", "paid"))
        .orderBy("revenue", false)
        .rowLimit(100)
        .build();
    // @end
    return byTenant;
  }

  static void updateChartRequest(SupersetClient client, ChartId chart) {
    // @start region="UpdateChartRequest"
    client.charts().update(chart, UpdateChartRequest.builder().sliceName("Revenue by tenant").clearDescription().build());
    // @end
  }

  static void updateChartRequestSpec(SupersetClient client, ChartId chart, DatasetId dataset) {
    // @start region="UpdateChartRequestSpec"
    client.charts().update(chart, UpdateChartRequest.builder()
        .spec(ChartSpec.builder(dataset, VizType.PIE).metric(Metric.count().as("orders")).groupby("plan").build())
        .build());
    // @end
  }

  static void updateDashboardRequest(SupersetClient client, DashboardId dashboard) {
    // @start region="UpdateDashboardRequest"
    client.dashboards().update(dashboard, UpdateDashboardRequest.builder().published(true).build());
    // @end
  }

  static void dashboardConfigUpdate(SupersetClient client, DashboardId dashboard) {
    // @start region="DashboardConfigUpdate"
    Map<String, Object> filter = Map.of("id", "NATIVE_FILTER-tenant", "name", "Tenant",
        "filterType", "filter_select", "targets", List.of(Map.of("datasetId", 7, "column", Map.of("name", "tenant_id"))));
    client.dashboards().updateNativeFilters(dashboard, new DashboardConfigUpdate(List.of(filter), List.of(), List.of()));
    // @end
  }

  static void importBundleRequest(SupersetClient client) {
    // @start region="ImportBundleRequest"
    ImportBundleRequest request = ImportBundleRequest.builder(Path.of("dashboards.zip"))
        .overwrite(true)
        .password("databases/warehouse.yaml", System.getenv("WAREHOUSE_PASSWORD"))
        .build();
    client.dashboards().importBundle(request);
    // @end
  }

  static CreateDatabaseRequest createDatabaseRequest() {
    // @start region="CreateDatabaseRequest"
    CreateDatabaseRequest request = CreateDatabaseRequest
        .builder("warehouse", "postgresql+psycopg2://reader:secret@db:5432/warehouse")
        .exposeInSqllab(true)
        .build();
    // @end
    return request;
  }

  static UpdateDatabaseRequest updateDatabaseRequest() {
    // @start region="UpdateDatabaseRequest"
    UpdateDatabaseRequest request = UpdateDatabaseRequest.builder()
        .cacheTimeout(600)
        .clearExternalUrl()
        .build();
    // @end
    return request;
  }

  static void validateDatabaseParametersRequest(SupersetClient client, String secret) {
    // @start region="ValidateDatabaseParametersRequest"
    client.databases().validateParameters(ValidateDatabaseParametersRequest.of("postgresql", Map.of(
        "host", "warehouse", "port", 5432, "database", "analytics", "username", "reader", "password", secret)));
    // @end
  }

  static void validateSqlRequest(SupersetClient client, DatabaseId warehouse) {
    // @start region="ValidateSqlRequest"
    client.databases().validateSql(warehouse, ValidateSqlRequest.of("select * from fct_orders").inSchema("marts"));
    // @end
  }

  static void databaseUpload(SupersetClient client, DatabaseId warehouse, byte[] bytes) {
    // @start region="DatabaseUpload"
    client.databases().upload(warehouse, DatabaseUpload.csv("targets.csv", bytes, "sales_targets")
        .schema("uploads").alreadyExists(DatabaseUpload.IfExists.REPLACE).build());
    // @end
  }

  static CreateDatasetRequest createDatasetRequest(DatabaseId warehouse) {
    // @start region="CreateDatasetRequest"
    CreateDatasetRequest physical = CreateDatasetRequest.builder(warehouse, "fct_orders")
        .schema("marts")
        .build();
    // @end
    return physical;
  }

  static void updateDatasetRequest(SupersetClient client, DatasetId id) {
    // @start region="UpdateDatasetRequest"
    Dataset current = client.datasets().get(id);
    List<DatasetMetricUpdate> metrics = new ArrayList<>();
    current.metrics().forEach(m -> metrics.add(m.toUpdate()));
    metrics.add(DatasetMetricUpdate.builder("revenue", "SUM(amount)").d3format(",.2f").build());
    client.datasets().update(id, UpdateDatasetRequest.builder().metrics(metrics).build());
    // @end
  }

  static SqlLabResult sqlLabExecuteRequest(SupersetClient client, DatabaseId warehouse) {
    // @start region="SqlLabExecuteRequest"
    SqlLabExecuteRequest request = SqlLabExecuteRequest.builder(warehouse, "select count(*) as n from marts.fct_orders")
        .schema("marts")
        .limit(1000)
        .build();
    SqlLabResult result = client.sqlLab().execute(request);
    // @end
    return result;
  }

  static SavedQueryId createSavedQueryRequest(SupersetClient client, DatabaseId warehouse) {
    // @start region="CreateSavedQueryRequest"
    SavedQueryId id = client.savedQueries().create(
        CreateSavedQueryRequest.builder(warehouse, "Orders per tenant", "select tenant_id, count(*) from marts.fct_orders group by 1")
            .schema("marts")
            .build());
    // @end
    return id;
  }

  static void updateSavedQueryRequest(SupersetClient client, SavedQueryId id) {
    // @start region="UpdateSavedQueryRequest"
    client.savedQueries().update(id, UpdateSavedQueryRequest.builder().sql("select 2").clearDescription().build());
    // @end
  }

  static CreateReportScheduleRequest createReportScheduleRequest(DashboardId dashboardId) {
    // @start region="CreateReportScheduleRequest"
    CreateReportScheduleRequest weekly = CreateReportScheduleRequest
        .report("Weekly revenue", "0 8 * * 1")
        .dashboard(dashboardId)
        .recipient(ReportRecipient.email("cfo@example.com"))
        .timezone("Europe/Berlin")
        .build();
    // @end
    return weekly;
  }

  static void updateReportScheduleRequest(SupersetClient client, ReportScheduleId id) {
    // @start region="UpdateReportScheduleRequest"
    client.reports().update(id, UpdateReportScheduleRequest.builder().active(false).build());
    // @end
  }

  static CreateAnnotationLayerRequest createAnnotationLayerRequest() {
    // @start region="CreateAnnotationLayerRequest"
    CreateAnnotationLayerRequest request = CreateAnnotationLayerRequest.of("Releases", "Product releases");
    // @end
    return request;
  }

  static UpdateAnnotationLayerRequest updateAnnotationLayerRequest() {
    // @start region="UpdateAnnotationLayerRequest"
    UpdateAnnotationLayerRequest request = UpdateAnnotationLayerRequest.builder().descr("Deploys").build();
    // @end
    return request;
  }

  static CreateAnnotationRequest createAnnotationRequest() {
    // @start region="CreateAnnotationRequest"
    CreateAnnotationRequest release = CreateAnnotationRequest
        .of("v2.0", Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z"))
        .withLongDescr("Major release");
    // @end
    return release;
  }

  static UpdateAnnotationRequest updateAnnotationRequest() {
    // @start region="UpdateAnnotationRequest"
    UpdateAnnotationRequest request = UpdateAnnotationRequest.builder().shortDescr("v2.0.1").build();
    // @end
    return request;
  }

  static CreateCssTemplateRequest createCssTemplateRequest() {
    // @start region="CreateCssTemplateRequest"
    CreateCssTemplateRequest request = CreateCssTemplateRequest.of("Compact", ".dashboard { padding: 0; }");
    // @end
    return request;
  }

  static UpdateCssTemplateRequest updateCssTemplateRequest() {
    // @start region="UpdateCssTemplateRequest"
    UpdateCssTemplateRequest request = UpdateCssTemplateRequest.builder().css(".x { margin: 0; }").build();
    // @end
    return request;
  }

  static CreateTagRequest createTagRequest() {
    // @start region="CreateTagRequest"
    CreateTagRequest request = CreateTagRequest.of("finance", "Numbers for the CFO",
        List.of(TagTarget.of(TagObjectType.DASHBOARD, 12)));
    // @end
    return request;
  }

  static ThemeRequest themeRequest() {
    // @start region="ThemeRequest"
    ThemeRequest brand = ThemeRequest.of("Brand", "{\"token\": {\"colorPrimary\": \"#0a7d5a\"}}");
    // @end
    return brand;
  }

  static GuestTokenRequest guestTokenRequest(EmbeddedDashboard embedded) {
    // @start region="GuestTokenRequest"
    GuestTokenRequest request = GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .user(new GuestUser("user-1842", "Ada", "Lovelace"))
        .rls(RlsClause.of("tenant_id = 42"))
        .build();
    // @end
    return request;
  }

  static CreateRlsRuleRequest createRlsRuleRequest(DatasetId orders, RoleId tenantRole) {
    // @start region="CreateRlsRuleRequest"
    CreateRlsRuleRequest request = CreateRlsRuleRequest
        .builder("tenant-42", RlsFilterType.REGULAR, "tenant_id = 42")
        .tables(List.of(orders))
        .roles(List.of(tenantRole))
        .build();
    // @end
    return request;
  }

  static CreateUserRequest createUserRequest(UserPassword initialPassword, RoleId analystRole) {
    // @start region="CreateUserRequest"
    CreateUserRequest request = CreateUserRequest
        .builder("jdoe", "Jane", "Doe", "jdoe@example.com", initialPassword)
        .roles(List.of(analystRole))
        .build();
    // @end
    return request;
  }

  static UpdateUserRequest updateUserRequest() {
    // @start region="UpdateUserRequest"
    UpdateUserRequest request = UpdateUserRequest.builder().active(false).build();
    // @end
    return request;
  }

  static UserPassword userPassword(String generatedPassword) {
    // @start region="UserPassword"
    UserPassword initial = UserPassword.of(generatedPassword);
    // @end
    return initial;
  }

  static CreateGroupRequest createGroupRequest(RoleId analystRole, UserId jane) {
    // @start region="CreateGroupRequest"
    CreateGroupRequest request = CreateGroupRequest.builder("tenant-42-analysts")
        .label("Tenant 42 analysts")
        .roles(List.of(analystRole))
        .users(List.of(jane))
        .build();
    // @end
    return request;
  }

  static UpdateGroupRequest updateGroupRequest(UserId jane, UserId john) {
    // @start region="UpdateGroupRequest"
    UpdateGroupRequest request = UpdateGroupRequest.builder().users(List.of(jane, john)).build();
    // @end
    return request;
  }
}
