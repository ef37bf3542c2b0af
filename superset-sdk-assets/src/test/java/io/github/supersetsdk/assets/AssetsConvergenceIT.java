package io.github.supersetsdk.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.Dashboard;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dashboards made over the REST API the ways users make them (title only, a layout without
 * metadata, an empty metadata, charts joined without a layout) converge: export, plan, apply and
 * plan again agree with the server. Every object is named {@code ad_...} and deleted at the end.
 */
class AssetsConvergenceIT {

  private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
  private static final String PREFIX = "ad_conv_" + SUFFIX;
  private static SupersetClient client;
  private static SupersetAssets assets;
  private static final List<String> slugs = new ArrayList<>();
  @TempDir static Path tmp;

  @BeforeAll
  static void build() {
    client = Fixture.client();
    assets = SupersetAssets.builder(client).build();
    DatabaseId db = client.databases().create(CreateDatabaseRequest.builder(PREFIX, Fixture.env("WAREHOUSE_SQLALCHEMY_URI"))
        .build());
    DatasetId orders = client.datasets().getOrCreate(db, "marts", "fct_orders");
    ChartSpec spec = ChartSpec.builder(orders, VizType.BIG_NUMBER_TOTAL).metric(Metric.sum("net_revenue").as("revenue"))
        .build();
    ChartId inLayout = client.charts().create(CreateChartRequest.of(PREFIX + " in layout", spec).build());
    ChartId joined = client.charts().create(CreateChartRequest.of(PREFIX + " joined", spec).build());
    create(CreateDashboardRequest.builder(PREFIX + " title only").slug(PREFIX + "_title"));
    create(CreateDashboardRequest.builder(PREFIX + " layout").slug(PREFIX + "_layout")
        .layout(DashboardLayout.builder().row(r -> r.chart(inLayout, 4, 50)).build()));
    create(CreateDashboardRequest.builder(PREFIX + " empty metadata").slug(PREFIX + "_empty").jsonMetadata("{}").css(""));
    DashboardId charts = create(CreateDashboardRequest.builder(PREFIX + " charts").slug(PREFIX + "_charts"));
    client.charts().update(joined, UpdateChartRequest.builder().dashboards(List.of(charts)).build());
  }

  private static DashboardId create(CreateDashboardRequest.Builder b) {
    CreateDashboardRequest r = b.build();
    slugs.add(r.slug());
    return client.dashboards().create(r);
  }

  @AfterAll
  static void cleanUp() {
    if (client == null) {
      return;
    }
    for (Dashboard d : client.dashboards().list(ListQuery.where(Filter.of("dashboard_title", FilterOperator.CONTAINS, PREFIX)))) {
      client.dashboards().delete(d.id());
    }
    for (Chart c : client.charts().list(ListQuery.where(Filter.of("slice_name", FilterOperator.CONTAINS, PREFIX)))) {
      client.charts().delete(c.id());
    }
    for (Database db : client.databases().list(ListQuery.all())) {
      if (db.databaseName().equals(PREFIX)) {
        for (Dataset ds : client.datasets().list(ListQuery.where(
            Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.id().value())))) {
          client.datasets().delete(ds.id());
        }
        client.databases().delete(db.id());
      }
    }
    client.close();
  }

  @Test
  void restDashboardsWithoutMetadata_exportApplyPlan_converge_andFolderMetadataStillApplied() throws Exception {
    Path dir = tmp.resolve("folder");
    assets.export(slugs).write(dir);
    AssetsFolder exported = AssetsFolder.read(dir, TemplateValues.empty());
    assertThat(assets.plan(exported).pending()).as("plan of a fresh export").isEmpty();

    // An edit of each dashboard goes through Superset's import, which rewrites the metadata.
    List<Path> files = dashboardFiles(dir);
    assertThat(files).hasSize(4);
    for (Path f : files) {
      Files.writeString(f, Files.readString(f).replace("dashboard_title: " + PREFIX, "dashboard_title: " + PREFIX + " v2"));
    }
    AssetsFolder edited = AssetsFolder.read(dir, TemplateValues.empty());
    ApplyReport report = assets.apply(edited);
    assertThat(report.written()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(report.verified()).as("drift %s", report.drift()).isTrue();
    assertThat(assets.plan(edited).pending()).as("plan after apply").isEmpty();
    assertThat(assets.apply(edited).wroteAnything()).as("re-applying writes nothing").isFalse();

    // A metadata the folder sets is applied and compared, and taking it out of the folder clears it.
    Path titleOnly = files.stream().filter(f -> f.getFileName().toString().startsWith(PREFIX + "_title")).findFirst()
        .orElseThrow();
    String without = Files.readString(titleOnly);
    assertThat(without).doesNotContain("metadata:");
    Files.writeString(titleOnly, without + "metadata:\n  color_scheme: supersetColors\n");
    AssetsFolder withScheme = AssetsFolder.read(dir, TemplateValues.empty());
    assertThat(assets.plan(withScheme).pending()).singleElement().satisfies(c ->
        assertThat(c.fields()).containsExactly(new FieldChange("metadata.color_scheme", null, "\"supersetColors\"")));
    assertThat(assets.apply(withScheme).verified()).isTrue();
    assertThat(client.dashboards().getBySlug(PREFIX + "_title").jsonMetadata()).contains("supersetColors");

    Files.writeString(titleOnly, without);
    AssetsFolder back = AssetsFolder.read(dir, TemplateValues.empty());
    assertThat(assets.plan(back).pending()).singleElement().satisfies(c ->
        assertThat(c.fields()).containsExactly(new FieldChange("metadata.color_scheme", "\"supersetColors\"", null)));
    ApplyReport cleared = assets.apply(back);
    assertThat(cleared.verified()).as("drift %s", cleared.drift()).isTrue();
    assertThat(client.dashboards().getBySlug(PREFIX + "_title").jsonMetadata()).doesNotContain("supersetColors");
    assertThat(assets.plan(back).pending()).isEmpty();
  }

  private static List<Path> dashboardFiles(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir.resolve("dashboards"))) {
      return s.sorted().toList();
    }
  }
}
