package io.github.supersetsdk.client.snippets;

import io.github.supersetsdk.client.AsyncQuery;
import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.LoginType;
import io.github.supersetsdk.client.PagedIterable;
import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.RawResponse;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.ServerInfo;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.OperationUnsupportedException;
import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.id.AnnotationLayerId;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.ReportScheduleId;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.id.TagId;
import io.github.supersetsdk.client.id.ThemeId;
import io.github.supersetsdk.client.model.AuditLogEntry;
import io.github.supersetsdk.client.model.CacheDatasource;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.CurrentUser;
import io.github.supersetsdk.client.model.DatabaseTable;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.QueryResult;
import io.github.supersetsdk.client.model.ReportRecipient;
import io.github.supersetsdk.client.model.SqlExpressionType;
import io.github.supersetsdk.client.model.SqlLabResult;
import io.github.supersetsdk.client.model.SqlQuery;
import io.github.supersetsdk.client.model.SqlValidationError;
import io.github.supersetsdk.client.model.TagObjectType;
import io.github.supersetsdk.client.model.TagTarget;
import io.github.supersetsdk.client.model.TaggedObject;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.CreateAnnotationRequest;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.CreateReportScheduleRequest;
import io.github.supersetsdk.client.request.CreateSavedQueryRequest;
import io.github.supersetsdk.client.request.CreateTagRequest;
import io.github.supersetsdk.client.request.ExploreFormDataRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.SortDirection;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import io.github.supersetsdk.client.request.ThemeRequest;
import io.github.supersetsdk.client.request.UpdateSavedQueryRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Samples of the {@code io.github.supersetsdk.client} package's javadoc. */
final class ClientSnippets {

  private ClientSnippets() {}

  static void supersetClient() {
    // @start region="SupersetClient"
    try (SupersetClient client = SupersetClient.builder()
        .baseUrl("https://superset.example.com")
        .credentials(Credentials.password("admin", System.getenv("SUPERSET_PASSWORD")))
        .build()) {
      for (Dataset dataset : client.datasets().list(ListQuery.all())) {
        System.out.println(dataset.tableName());
      }
    }
    // @end
  }

  static SupersetClient credentialsProvider(Supplier<String> vaultToken) {
    // @start region="CredentialsProvider"
    SupersetClient client = SupersetClient.builder()
        .baseUrl("https://superset.example.com")
        .credentialsProvider(() -> Credentials.bearerToken(vaultToken.get()))   // asked on every login
        .build();
    // @end
    return client;
  }

  static List<Credentials> credentials(String secret, String tokenFromVault) {
    // @start region="Credentials"
    Credentials admin = Credentials.password("admin", System.getenv("SUPERSET_PASSWORD"));
    Credentials viaLdap = Credentials.password("jdoe", secret, LoginType.LDAP);
    Credentials service = Credentials.bearerToken(tokenFromVault);
    // @end
    return List.of(admin, viaLdap, service);
  }

  static void serverInfo(SupersetClient client) {
    // @start region="ServerInfo"
    ServerInfo server = client.server();
    System.out.println("Superset " + server.version());
    if (server.supports("GET", "/api/v1/theme/") == ServerInfo.Support.UNSUPPORTED) {
      System.out.println("no themes on this server");   // themes arrived in Superset 6.0
    }
    try {
      client.themes().list(ListQuery.all()).forEach(System.out::println);
    } catch (OperationUnsupportedException e) {
      System.out.println(e.sdkMethod() + " needs a newer Superset than " + e.serverVersion());
    }
    // @end
  }

  static RetryPolicy retryPolicy() {
    // @start region="RetryPolicy"
    RetryPolicy patient = RetryPolicy.builder()
        .maxAttempts(5)
        .initialBackoff(Duration.ofMillis(500))
        .maxBackoff(Duration.ofSeconds(10))
        .build();
    // @end
    return patient;
  }

  static ClientEventListener clientEventListener() {
    // @start region="ClientEventListener"
    AtomicInteger logins = new AtomicInteger();
    ClientEventListener countLogins = new ClientEventListener() {
      @Override
      public void requestSucceeded(RequestInfo request, int statusCode, int attempts, Duration elapsed) {
        if (request.operationId().equals("POST /api/v1/security/login")) {
          logins.incrementAndGet();
        }
      }
    };
    // @end
    return countLogins;
  }

  static void pagedIterable(SupersetClient client) {
    // @start region="PagedIterable"
    PagedIterable<Dataset> datasets = client.datasets().list(ListQuery.all());
    for (Dataset d : datasets) {               // fetches page after page as needed
      System.out.println(d.tableName());
    }
    long fact = datasets.stream().filter(d -> d.tableName().startsWith("fct_")).count();
    Page<Dataset> first = datasets.byPage().iterator().next();
    System.out.println(first.totalCount() + " datasets");
    // @end
    System.out.println(fact);
  }

  static List<RawRequest> rawRequest() {
    // @start region="RawRequest"
    RawRequest listTags = RawRequest.get("/api/v1/tag/").toBuilder()
        .queryParameter("q", "(page:0,page_size:25)")
        .build();
    RawRequest createTag = RawRequest.builder("POST", "/api/v1/tag/")
        .jsonBody(Map.of("name", "finance", "description", "Finance marts"))
        .build();
    // @end
    return List.of(listTags, createTag);
  }

  static Map<?, ?> rawClient(SupersetClient client) {
    // @start region="RawClient"
    RawResponse response = client.raw().send(RawRequest.get("/api/v1/menu/"));
    Map<?, ?> menu = response.as(Map.class);
    // @end
    return menu;
  }

  static Dataset datasetsClient(SupersetClient client, DatabaseId warehouse) {
    // @start region="DatasetsClient"
    DatasetId orders = client.datasets().create(CreateDatasetRequest.table(warehouse, "marts", "fct_orders"));
    client.datasets().refresh(orders);   // re-read the table's columns after a dbt run
    Dataset dataset = client.datasets().get(orders);
    // @end
    return dataset;
  }

  static List<DatabaseTable> databasesClient(SupersetClient client, String sqlalchemyUri) {
    // @start region="DatabasesClient"
    DatabaseId warehouse = client.databases().create(
        CreateDatabaseRequest.builder("warehouse", sqlalchemyUri).exposeInSqllab(true).build());
    List<String> schemas = client.databases().listSchemas(warehouse);
    List<DatabaseTable> marts = client.databases().listTables(warehouse, "marts");
    // @end
    System.out.println(schemas);
    return marts;
  }

  static void chartsClient(SupersetClient client, DatasetId orders) {
    // @start region="ChartsClient"
    ChartDataResponse data = client.charts().data(ChartDataRequest.builder(ChartDatasource.dataset(orders))
        .query(ChartDataQuery.builder().column("tenant_id").sqlMetric("SUM(amount)", "revenue").build())
        .build());
    for (Map<String, Object> row : data.first().data()) {
      System.out.println(row.get("tenant_id") + ": " + row.get("revenue"));
    }
    // @end
  }

  static EmbeddedDashboard dashboardsClient(SupersetClient client, DashboardId dashboard) {
    // @start region="DashboardsClient"
    EmbeddedDashboard embedded = client.dashboards().enableEmbedding(dashboard, List.of("https://app.example.com"));
    // @end
    return embedded;
  }

  static void assetsClient(SupersetClient client, SupersetClient target, String warehousePassword) {
    // @start region="AssetsClient"
    client.assets().export(Path.of("superset-assets.zip"));
    target.assets().importBundle(ImportBundleRequest.builder(Path.of("superset-assets.zip"))
        .password("databases/warehouse.yaml", warehousePassword)
        .build());
    // @end
  }

  static void sqlLabClient(SupersetClient client, DatabaseId warehouse) {
    // @start region="SqlLabClient"
    SqlLabResult result = client.sqlLab().execute(
        SqlLabExecuteRequest.builder(warehouse, "select tenant_id, count(*) as n from marts.fct_orders group by 1")
            .limit(100)
            .build());
    for (Map<String, Object> row : result.rows()) {
      System.out.println(row.get("tenant_id") + ": " + row.get("n"));
    }
    // @end
  }

  static void asyncQuery(SupersetClient client, DatabaseId warehouse) {
    // @start region="AsyncQuery"
    try (AsyncQuery query = client.sqlLab().executeAsync(
        SqlLabExecuteRequest.of(warehouse, "select tenant_id, count(*) as n from marts.fct_orders group by 1"))) {
      QueryResult result = query.await(Duration.ofMinutes(2)); // stops the query if it takes longer
      for (List<Object> row : result.rows()) {
        System.out.println(row.get(0) + ": " + row.get(1));
      }
    } catch (QueryTimeoutException e) {
      System.err.println("query " + e.queryId() + " stopped after " + e.timeout());
    }
    // @end
  }

  static void queriesClient(SupersetClient client) {
    // @start region="QueriesClient"
    for (SqlQuery q : client.queries().list(ListQuery.where(Filter.eq("status", "failed")))) {
      System.out.println(q.sql() + ": " + q.errorMessage());
    }
    // @end
  }

  static SavedQueryId savedQueriesClient(SupersetClient client, DatabaseId warehouse) {
    // @start region="SavedQueriesClient"
    SavedQueryId id = client.savedQueries().create(
        CreateSavedQueryRequest.builder(warehouse, "Orders per tenant", "select tenant_id, count(*) from marts.fct_orders group by 1").build());
    client.savedQueries().update(id, UpdateSavedQueryRequest.builder().description("for the weekly review").build());
    // @end
    return id;
  }

  static URI exploreClient(SupersetClient client, DatasetId orders) {
    // @start region="ExploreClient"
    String key = client.explore().createFormData(ExploreFormDataRequest.forDataset(orders,
        Map.of("viz_type", "table", "groupby", List.of("tenant_id"))));
    URI link = URI.create(client.baseUrl() + "/explore/?form_data_key=" + key);
    // @end
    return link;
  }

  static void annotationLayersClient(SupersetClient client, Instant launch) {
    // @start region="AnnotationLayersClient"
    AnnotationLayerId releases = client.annotationLayers().create(
        CreateAnnotationLayerRequest.of("Releases", null));
    client.annotationLayers().createAnnotation(releases,
        CreateAnnotationRequest.of("v2.0", launch, launch));
    // @end
  }

  static CssTemplateId cssTemplatesClient(SupersetClient client) {
    // @start region="CssTemplatesClient"
    CssTemplateId compact = client.cssTemplates().create(
        CreateCssTemplateRequest.of("Compact", ".dashboard-content { padding: 0; }"));
    // @end
    return compact;
  }

  static ReportScheduleId reportsClient(SupersetClient client, DashboardId dashboardId) {
    // @start region="ReportsClient"
    ReportScheduleId weekly = client.reports().create(
        CreateReportScheduleRequest.report("Weekly revenue", "0 8 * * 1")
            .dashboard(dashboardId)
            .recipient(ReportRecipient.email("cfo@example.com"))
            .build());
    // @end
    return weekly;
  }

  static byte[] themesClient(SupersetClient client) {
    // @start region="ThemesClient"
    ThemeId brand = client.themes().create(
        ThemeRequest.of("Brand", "{\"token\": {\"colorPrimary\": \"#0a7d5a\"}}"));
    byte[] bundle = client.themes().export(List.of(brand));
    // @end
    return bundle;
  }

  static List<TaggedObject> tagsClient(SupersetClient client) {
    // @start region="TagsClient"
    TagId finance = client.tags().create(CreateTagRequest.of("finance"));
    client.tags().tagObject(TagTarget.of(TagObjectType.DASHBOARD, 12), List.of("finance"));
    List<TaggedObject> tagged = client.tags().objects(List.of(finance));
    // @end
    return tagged;
  }

  static List<SqlValidationError> datasourcesClient(SupersetClient client, DatasetId orders) {
    // @start region="DatasourcesClient"
    List<Object> tenants = client.datasources().columnValues(orders, "tenant_id");
    List<SqlValidationError> errors =
        client.datasources().validateExpression(orders, "SUM(amount) / COUNT(*)", SqlExpressionType.METRIC);
    // @end
    System.out.println(tenants);
    return errors;
  }

  static boolean currentUserClient(SupersetClient client) {
    // @start region="CurrentUserClient"
    CurrentUser me = client.currentUser().get();
    boolean admin = client.currentUser().roles().hasRole("Admin");
    // @end
    System.out.println(me);
    return admin;
  }

  static void serverCacheClient(SupersetClient client, DatasetId ordersDataset) {
    // @start region="ServerCacheClient"
    client.serverCache().invalidate(List.of(ordersDataset));                      // by dataset id
    client.serverCache().invalidateDatasources(List.of(CacheDatasource.table("warehouse", "marts", "fct_orders")));
    // @end
  }

  static void logsClient(SupersetClient client) {
    // @start region="LogsClient"
    ListQuery recentDeletes = ListQuery.builder()
        .filter(Filter.of("action", FilterOperator.ENDS_WITH, ".delete"))
        .orderBy("dttm", SortDirection.DESC)
        .pageSize(50)
        .build();
    for (AuditLogEntry e : client.logs().list(recentDeletes)) {
      System.out.println(e.dttm() + " " + e.user().username() + " " + e.json());
    }
    // @end
  }
}
