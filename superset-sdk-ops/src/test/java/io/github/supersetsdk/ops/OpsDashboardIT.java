package io.github.supersetsdk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-monitoring dashboard on the local Superset's own metadata database. */
class OpsDashboardIT {

  @Test
  void apply_twice_createsOnceAndItsChartsReturnData() {
    String sfx = OpsIt.suffix();
    String slug = "ops-it-" + sfx;
    String dbName = "ops-it metadata " + sfx;
    try (SupersetClient client = OpsIt.client()) {
      OpsDashboard ops = OpsDashboard.builder(client)
          .database(dbName, OpsIt.require("SUPERSET_META_READER_SQLALCHEMY_URI"))
          .slug(slug)
          .title("ops-it operations " + sfx)
          .build();
      OpsDashboardResult first = null;
      try {
        first = ops.apply();
        // connection + 2 datasets + 5 charts + dashboard
        assertThat(first.created()).isEqualTo(9);
        OpsDashboardResult second = ops.apply();
        assertThat(second.created()).isZero();
        assertThat(second).isEqualTo(new OpsDashboardResult(first.dashboardId(), slug, first.databaseId(),
            first.datasets(), first.charts(), 0));

        List<Dashboard> bySlug = new ArrayList<>();
        client.dashboards().list(ListQuery.where(Filter.eq("slug", slug))).forEach(bySlug::add);
        assertThat(bySlug).hasSize(1);
        assertThat(client.dashboards().charts(first.dashboardId())).extracting(c -> c.id())
            .containsExactlyInAnyOrderElementsOf(first.charts());

        for (ChartId id : first.charts()) {
          Chart chart = client.charts().get(id);
          ChartDataResponse data = client.charts().data(chart, first.dashboardId());
          assertThat(data.result()).as(chart.sliceName()).isNotEmpty();
          assertThat(data.first().error()).as(chart.sliceName()).isNull();
          // The metadata database has queries and dashboard reads: this test's own dashboard reads count.
          assertThat(data.first().rowcount()).as(chart.sliceName()).isPositive();
        }
      } finally {
        if (first != null) {
          cleanUp(client, first);
        }
      }
    }
  }

  private static void cleanUp(SupersetClient client, OpsDashboardResult r) {
    List<Runnable> steps = new ArrayList<>();
    steps.add(() -> client.dashboards().delete(r.dashboardId()));
    for (ChartId c : r.charts()) {
      steps.add(() -> client.charts().delete(c));
    }
    for (DatasetId d : r.datasets()) {
      steps.add(() -> client.datasets().delete(d));
    }
    steps.add(() -> client.databases().delete(r.databaseId()));
    for (Runnable s : steps) {
      try {
        s.run();
      } catch (SupersetException e) {
        System.err.println("cleanup: " + e.getMessage());
      }
    }
  }
}
