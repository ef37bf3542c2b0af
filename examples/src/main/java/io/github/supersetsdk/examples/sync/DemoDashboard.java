package io.github.supersetsdk.examples.sync;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.DashboardChart;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.TimeGrain;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the demo dashboard "Roastwise orders" on the datasets the dbt sync made from the example
 * project: a revenue total, orders per month and revenue by sales channel, using the synced
 * MetricFlow metrics when they are there. Each chart is a {@link ChartSpec} (so it is saved with the
 * query context the chart-data API and embedded guests run) and the dashboard's grid a {@link
 * DashboardLayout}. Safe to re-run: the dashboard and its charts are found by slug and name, never
 * created twice, and changed only where they differ from what is written here.
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
      Metric revenue = Metric.saved(metric(orders, "revenue"));
      Metric count = Metric.saved(metric(orders, "orders"));

      // What the dashboard's charts show now, to leave alone those that already match.
      Map<ChartId, ChartSpec> current = new HashMap<>();
      for (DashboardChart c : client.dashboards().charts(dashboard)) {
        try {
          current.put(c.id(), ChartSpec.fromFormData(c.formData()));
        } catch (IllegalArgumentException notDescribable) {
          // Written by hand or by an older demo: it is rewritten below.
        }
      }
      ChartId total = chart(client, current, "Roastwise: net revenue",
          ChartSpec.builder(orders.id(), VizType.BIG_NUMBER_TOTAL).metric(revenue).build());
      ChartId perMonth = chart(client, current, "Roastwise: orders per month",
          ChartSpec.builder(orders.id(), VizType.TIMESERIES_BAR).metric(count)
              .xAxis("ordered_at").timeGrain(TimeGrain.MONTH).build());
      ChartId byChannel = chart(client, current, "Roastwise: revenue by sales channel",
          ChartSpec.builder(orders.id(), VizType.TABLE).metric(revenue).groupby("sales_channel").build());

      DashboardLayout layout = DashboardLayout.builder()
          .header("Roastwise orders")
          .row(r -> r.chart(total, 4, 50).chart(perMonth, 8, 50))
          .row(r -> r.chart(byChannel, 12, 50))
          .build();
      // Laid out once: after that the dashboard holds exactly these charts (Superset adds each chart's
      // name and UUID to the stored layout, so the texts are not compared).
      if (!current.keySet().equals(new java.util.HashSet<>(layout.chartIds()))) {
        client.dashboards().update(dashboard, UpdateDashboardRequest.builder().layout(layout).build());
        System.out.println("laid out dashboard " + dashboard.value());
      }
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

  /** The chart of this name on the spec's dataset: created, rewritten to the spec, or left as it is. */
  private static ChartId chart(SupersetClient client, Map<ChartId, ChartSpec> current, String name, ChartSpec spec) {
    Optional<Chart> existing = client.charts().list(ListQuery.where(Filter.eq("slice_name", name))).stream()
        .filter(c -> c.datasourceId() != null && c.datasourceId() == spec.dataset().value())
        .findFirst();
    if (existing.isEmpty()) {
      ChartId id = client.charts().create(CreateChartRequest.of(name, spec).build());
      System.out.println("created chart " + id.value() + ": " + name);
      return id;
    }
    ChartId id = existing.get().id();
    // A chart saved without a query context (by hand, or by an older demo) cannot serve the
    // chart-data API or guests: rewritten too.
    if (!spec.equals(current.get(id)) || client.charts().get(id).queryContext() == null) {
      client.charts().update(id, UpdateChartRequest.builder().spec(spec).build());
      System.out.println("updated chart " + id.value() + ": " + name);
    }
    return id;
  }
}
