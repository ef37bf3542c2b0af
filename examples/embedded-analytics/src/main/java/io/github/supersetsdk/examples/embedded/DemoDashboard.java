package io.github.supersetsdk.examples.embedded;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard the example embeds, built through the SDK on the example warehouse's {@code
 * marts.fct_orders}: orders and net revenue as big numbers, orders by sales channel and by tenant as
 * tables. Every row carries {@code tenant_id}, the column the guest tokens' row-level security
 * filters on. Each run creates its own connection, dataset, charts and dashboard under a unique
 * name, and {@link #close()} deletes them, so several runs can share one Superset.
 *
 * <p>Not thread-safe; built once at start-up.
 */
public final class DemoDashboard implements AutoCloseable {

  /** The chart titles, as the page shows them. */
  public static final String ORDERS = "Orders";

  /** The net revenue chart's title. */
  public static final String NET_REVENUE = "Net revenue";

  private final SupersetClient admin;
  private final String name;
  private final List<ChartId> charts = new ArrayList<>();
  private DatabaseId database;
  private DatasetId dataset;
  private DashboardId dashboard;
  private EmbeddedDashboard embedded;
  private ChartId ordersChart;
  private ChartId revenueChart;

  private DemoDashboard(SupersetClient admin, String name) {
    this.admin = admin;
    this.name = name;
  }

  /**
   * Builds the dashboard and enables embedding on it for the given origins.
   *
   * @param admin a client whose user may create databases, datasets, charts and dashboards
   * @param warehouseUri the SQLAlchemy URI of the warehouse (a read-only role is enough)
   * @param allowedDomains the origins allowed to frame the dashboard, e.g. {@code http://127.0.0.1:8090}
   * @return the dashboard; close it to delete what it created
   */
  public static DemoDashboard create(SupersetClient admin, String warehouseUri, List<String> allowedDomains) {
    String suffix = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    DemoDashboard demo = new DemoDashboard(admin, "Embedded analytics demo " + suffix);
    try {
      demo.build(warehouseUri, allowedDomains);
      return demo;
    } catch (RuntimeException e) {
      demo.close();
      throw e;
    }
  }

  private void build(String warehouseUri, List<String> allowedDomains) {
    database = admin.databases().create(CreateDatabaseRequest.builder(name + " warehouse", warehouseUri).build());
    dataset = admin.datasets().create(CreateDatasetRequest.table(database, "marts", "fct_orders"));
    dashboard = admin.dashboards().create(CreateDashboardRequest.builder(name).published(true).build());

    ChartId orders = chart(ORDERS, ChartSpec.builder(dataset, VizType.BIG_NUMBER_TOTAL)
        .metric(Metric.count().as("orders")).build(), Map.of("y_axis_format", ",d"));
    ChartId revenue = chart(NET_REVENUE, ChartSpec.builder(dataset, VizType.BIG_NUMBER_TOTAL)
        .metric(Metric.sum("net_revenue").as("net_revenue")).build(), Map.of("y_axis_format", ",.2f"));
    ChartId byChannel = chart("Orders by sales channel", ChartSpec.builder(dataset, VizType.TABLE)
        .metric(Metric.count().as("orders")).metric(Metric.sum("net_revenue").as("net_revenue"))
        .groupby("sales_channel").rowLimit(100).build(), Map.of());
    ChartId byTenant = chart("Tenants in view", ChartSpec.builder(dataset, VizType.TABLE)
        .metric(Metric.count().as("orders")).groupby("tenant_id").rowLimit(100).build(), Map.of());

    ordersChart = orders;
    revenueChart = revenue;
    admin.dashboards().update(dashboard, UpdateDashboardRequest.builder()
        .layout(DashboardLayout.builder()
            .row(r -> r.chart(orders, 3, 30).chart(revenue, 3, 30).chart(byTenant, 6, 30))
            .row(r -> r.chart(byChannel, 12, 40))
            .build())
        .build());
    embedded = admin.dashboards().enableEmbedding(dashboard, allowedDomains);
  }

  private ChartId chart(String title, ChartSpec spec, Map<String, Object> extraParams) {
    Map<String, Object> params = new LinkedHashMap<>(spec.params());
    params.putAll(extraParams);
    ChartId id = admin.charts().create(CreateChartRequest.of(title, spec).params(params)
        .dashboards(List.of(dashboard)).build());
    charts.add(id);
    return id;
  }

  /**
   * The embedding, whose UUID the page and the guest tokens name.
   *
   * @return the embedding
   */
  public EmbeddedDashboard embedded() {
    return embedded;
  }

  /**
   * The big-number chart of the order count (metric {@code orders}), which {@code GET /api/summary}
   * reads too.
   *
   * @return its id
   */
  public ChartId ordersChart() {
    return ordersChart;
  }

  /**
   * The big-number chart of the net revenue (metric {@code net_revenue}).
   *
   * @return its id
   */
  public ChartId revenueChart() {
    return revenueChart;
  }

  /**
   * The dashboard.
   *
   * @return its id
   */
  public DashboardId dashboard() {
    return dashboard;
  }

  /**
   * The dashboard's name, unique per run.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /** Deletes what {@link #create} made: charts, dashboard, dataset and connection. */
  @Override
  public void close() {
    for (ChartId chart : charts) {
      quietly(() -> admin.charts().delete(chart));
    }
    if (dashboard != null) {
      quietly(() -> admin.dashboards().delete(dashboard));
    }
    if (dataset != null) {
      quietly(() -> admin.datasets().delete(dataset));
    }
    if (database != null) {
      quietly(() -> admin.databases().delete(database));
    }
  }

  private static void quietly(Runnable delete) {
    try {
      delete.run();
    } catch (NotFoundException alreadyGone) {
      // Deleted by someone else: nothing left to clean up.
    }
  }
}
