package io.github.supersetsdk.assets;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.TimeGrain;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dashboard of the integration tests, built through the SDK on the example marts in a database
 * connection of its own; every name carries a random suffix, and {@link #close()} deletes what the
 * test made (dashboards and charts whose names hold the suffix, the connections' datasets, the
 * connections).
 */
final class Fixture implements AutoCloseable {

  final String suffix = UUID.randomUUID().toString().substring(0, 8);
  final SupersetClient client;
  final String databaseName = "assets_it_" + suffix;
  DatabaseId database;
  DatasetId orders;
  DatasetId virtual;
  ChartId revenue;
  ChartId monthly;
  ChartId byChannel;
  final String slug = "assets-it-" + suffix;
  DashboardId dashboard;
  /** The virtual dataset's SQL, with Jinja Superset evaluates itself. */
  static final String VIRTUAL_SQL = "select order_date, sales_channel, net_revenue, tenant_id\n"
      + "from marts.fct_orders\n"
      + "/* {% if filter_values('sales_channel') %}{{ filter_values('sales_channel') | join(', ') }}{% endif %} */";
  final List<String> extraDatabases = new ArrayList<>();

  Fixture() {
    client = client();
    try {
      build();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void build() {
    database = client.databases().create(CreateDatabaseRequest.builder(databaseName, env("WAREHOUSE_SQLALCHEMY_URI")).build());
    orders = client.datasets().getOrCreate(database, "marts", "fct_orders");
    virtual = client.datasets().create(CreateDatasetRequest.builder(database, "orders_sql_" + suffix)
        .schema("marts").sql(VIRTUAL_SQL).build());
    Metric rev = Metric.sum("net_revenue").as("revenue");
    revenue = client.charts().create(CreateChartRequest.of("Net revenue " + suffix,
        ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(rev).build()).build());
    monthly = client.charts().create(CreateChartRequest.of("Revenue by month " + suffix,
        ChartSpec.builder(orders, VizType.TIMESERIES_BAR).metric(rev).xAxis("order_date").timeGrain(TimeGrain.MONTH)
            .build()).build());
    byChannel = client.charts().create(CreateChartRequest.of("Revenue by channel " + suffix,
        ChartSpec.builder(virtual, VizType.TABLE).metric(rev).groupby("sales_channel").rowLimit(100).build()).build());
    dashboard = client.dashboards().create(CreateDashboardRequest.builder("Assets IT " + suffix).slug(slug)
        .published(true)
        .layout(DashboardLayout.builder()
            .header("Revenue " + suffix)
            .row(r -> r.chart(revenue, 4, 50).chart(byChannel, 8, 50))
            .row(r -> r.chart(monthly, 8, 50).markdown("Net of **discounts**.", 4, 30))
            .build())
        .build());
    // A native filter on the channel, over every chart, as Superset's filter editor saves one.
    Map<String, @org.jspecify.annotations.Nullable Object> filter = new java.util.LinkedHashMap<>();
    filter.put("id", "NATIVE_FILTER-channel");
    filter.put("name", "Channel");
    filter.put("filterType", "filter_select");
    filter.put("type", "NATIVE_FILTER");
    filter.put("targets", List.of(Map.of("datasetId", virtual.value(), "column", Map.of("name", "sales_channel"))));
    filter.put("controlValues", Map.of("multiSelect", true, "enableEmptyFilter", false));
    filter.put("defaultDataMask", Map.of("extraFormData", Map.of(), "filterState", Map.of()));
    filter.put("cascadeParentIds", List.of());
    filter.put("scope", Map.of("rootPath", List.of("ROOT_ID"), "excluded", List.of()));
    filter.put("chartsInScope", List.of(revenue.value(), byChannel.value(), monthly.value()));
    client.dashboards().updateNativeFilters(dashboard,
        new io.github.supersetsdk.client.request.DashboardConfigUpdate(List.of(filter), List.of(), List.of()));
  }

  static SupersetClient client() {
    return SupersetClient.builder().baseUrl(env("SUPERSET_URL"))
        .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD"))).build();
  }

  static String env(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(name + " is not set: eval \"$(scripts/services.sh env)\"");
    }
    return v;
  }

  /** A number from the warehouse, the oracle for chart data. */
  static double sql(String query) throws Exception {
    try (Connection c = DriverManager.getConnection(env("WAREHOUSE_JDBC_URL")); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getDouble(1);
    }
  }

  static List<Long> tenants(int n) throws Exception {
    List<Long> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(env("WAREHOUSE_JDBC_URL")); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select distinct tenant_id from marts.fct_orders order by 1 limit " + n)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  /** Databases by name among those of this fixture. */
  DatabaseId databaseNamed(String name) {
    return client.databases().findByName(name).orElseThrow().id();
  }

  @Override
  public void close() {
    for (Dashboard d : client.dashboards().list(ListQuery.where(Filter.of("dashboard_title", FilterOperator.CONTAINS, suffix)))) {
      client.dashboards().delete(d.id());
    }
    for (Chart ch : client.charts().list(ListQuery.where(Filter.of("slice_name", FilterOperator.CONTAINS, suffix)))) {
      client.charts().delete(ch.id());
    }
    List<String> names = new ArrayList<>(extraDatabases);
    names.add(databaseName);
    for (Database db : client.databases().list(ListQuery.all())) {
      if (names.contains(db.databaseName())) {
        for (Dataset ds : client.datasets().list(ListQuery.where(
            Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.id().value())))) {
          client.datasets().delete(ds.id());
        }
        client.databases().delete(db.id());
      }
    }
    client.close();
  }
}
