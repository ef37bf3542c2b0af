package io.github.supersetsdk.examples.sync;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.List;
import java.util.Optional;

/**
 * Builds the demo dashboard "Roastwise orders" on the datasets the dbt sync made from the example
 * project: a revenue total, orders per month and revenue by sales channel, using the synced
 * MetricFlow metrics when they are there. Safe to re-run: the dashboard and its charts are found by
 * slug and name, never created twice.
 *
 * <p>Needs {@code SUPERSET_URL}, {@code SUPERSET_USERNAME}, {@code SUPERSET_PASSWORD} and {@code
 * SUPERSET_DATABASE} (the connection the sync wrote to); prints the dashboard's URL.
 */
public final class DemoDashboard {

  private static final String SLUG = "roastwise-orders-demo";

  private DemoDashboard() {}

  /**
   * Entry point.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (SupersetClient client = SupersetClient.builder()
        .baseUrl(System.getenv("SUPERSET_URL"))
        .credentials(Credentials.password(System.getenv("SUPERSET_USERNAME"), System.getenv("SUPERSET_PASSWORD")))
        .build()) {
      Dataset orders = dataset(client, System.getenv("SUPERSET_DATABASE"), "marts", "fct_orders");
      DashboardId dashboard = client.dashboards().findBySlug(SLUG).map(DashboardDetail::id)
          .orElseGet(() -> client.dashboards().create(
              CreateDashboardRequest.builder("Roastwise orders").slug(SLUG).published(true).build()));
      String revenue = metric(orders, "revenue");
      String count = metric(orders, "orders");
      String ds = "\"datasource\":\"" + orders.id().value() + "__table\"";
      chart(client, orders, dashboard, "Roastwise: net revenue", "big_number_total",
          "{" + ds + ",\"viz_type\":\"big_number_total\",\"metric\":\"" + revenue + "\"}");
      chart(client, orders, dashboard, "Roastwise: orders per month", "echarts_timeseries_bar",
          "{" + ds + ",\"viz_type\":\"echarts_timeseries_bar\",\"x_axis\":\"ordered_at\","
              + "\"time_grain_sqla\":\"P1M\",\"metrics\":[\"" + count + "\"]}");
      chart(client, orders, dashboard, "Roastwise: revenue by sales channel", "table",
          "{" + ds + ",\"viz_type\":\"table\",\"query_mode\":\"aggregate\","
              + "\"groupby\":[\"sales_channel\"],\"metrics\":[\"" + revenue + "\"]}");
      System.out.println("dashboard: " + client.baseUrl().toString().replaceAll("/$", "")
          + "/superset/dashboard/" + SLUG + "/");
    }
  }

  private static Dataset dataset(SupersetClient client, String database, String schema, String table) {
    for (Database db : client.databases().list(ListQuery.all())) {
      if (db.databaseName().equals(database)) {
        for (Dataset d : client.datasets().list(ListQuery.where(
            Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.id().value()),
            Filter.eq("table_name", table)))) {
          if (schema.equals(d.schema())) {
            return client.datasets().get(d.id());
          }
        }
      }
    }
    throw new IllegalStateException("no dataset " + schema + "." + table + " on " + database
        + "; run bin/superset-sdk dbt sync first");
  }

  // The synced metric when the sync made it, else Superset's default COUNT(*) metric.
  private static String metric(Dataset d, String name) {
    return d.metric(name) != null ? name : "count";
  }

  private static void chart(SupersetClient client, Dataset d, DashboardId dashboard, String name,
      String vizType, String params) {
    Optional<Chart> existing = client.charts().list(ListQuery.where(Filter.eq("slice_name", name)))
        .stream().filter(c -> d.id().value() == (c.datasourceId() == null ? -1 : c.datasourceId()))
        .findFirst();
    if (existing.isPresent()) {
      return;
    }
    ChartId id = client.charts().create(CreateChartRequest.forDataset(name, vizType, d.id())
        .params(params).dashboards(List.of(dashboard)).build());
    System.out.println("created chart " + id.value() + ": " + name);
  }
}
