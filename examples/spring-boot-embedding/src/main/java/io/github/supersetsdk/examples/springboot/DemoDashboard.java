package io.github.supersetsdk.examples.springboot;

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
import io.github.supersetsdk.client.request.Metric;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The dashboard the tenants see: orders per tenant on the warehouse's {@code marts.fct_orders},
 * whose rows carry {@code tenant_id}. Created at start-up under a unique name with the injected
 * {@link SupersetClient}, embedding enabled, and deleted at shutdown, so several runs can share one
 * Superset. A real application would look its dashboard up instead.
 */
@Component
public class DemoDashboard implements DisposableBean {

  private final SupersetClient admin;
  private final DatabaseId database;
  private final DatasetId dataset;
  private final DashboardId dashboard;
  private final ChartId chart;
  private final EmbeddedDashboard embedded;

  /**
   * Creates the dashboard.
   *
   * @param admin the auto-configured client; its user may create assets
   * @param demo the example's settings
   */
  public DemoDashboard(SupersetClient admin, DemoProperties demo) {
    this.admin = admin;
    String name = "Spring Boot embedding demo " + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    database = admin.databases().create(CreateDatabaseRequest.builder(name + " warehouse", demo.warehouseUri()).build());
    dataset = admin.datasets().create(CreateDatasetRequest.table(database, "marts", "fct_orders"));
    dashboard = admin.dashboards().create(CreateDashboardRequest.builder(name).published(true).build());
    chart = admin.charts().create(CreateChartRequest.of("Orders by tenant", ChartSpec.builder(dataset, VizType.TABLE)
            .metric(Metric.count().as("orders")).groupby("tenant_id").rowLimit(100).build())
        .dashboards(List.of(dashboard)).build());
    embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
  }

  /**
   * The embedding the guest tokens name.
   *
   * @return the embedding
   */
  public EmbeddedDashboard embedded() {
    return embedded;
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
   * The chart of orders per tenant.
   *
   * @return its id
   */
  public ChartId chart() {
    return chart;
  }

  @Override
  public void destroy() {
    quietly(() -> admin.charts().delete(chart));
    quietly(() -> admin.dashboards().delete(dashboard));
    quietly(() -> admin.datasets().delete(dataset));
    quietly(() -> admin.databases().delete(database));
  }

  private static void quietly(Runnable delete) {
    try {
      delete.run();
    } catch (NotFoundException alreadyGone) {
      // Deleted by someone else: nothing left to clean up.
    }
  }
}
