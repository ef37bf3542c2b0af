package io.github.supersetsdk.ops;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Chart;
import io.github.supersetsdk.client.model.DashboardDetail;
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
import io.github.supersetsdk.client.request.QueryFilter;
import io.github.supersetsdk.client.request.QueryFilterOperator;
import io.github.supersetsdk.client.request.UpdateChartRequest;
import io.github.supersetsdk.client.request.UpdateDashboardRequest;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Creates, or brings up to date, a dashboard in Superset that monitors Superset itself from its
 * metadata database: queries per hour (SQL Lab and chart data), average and p95 duration, errors
 * (failed SQL Lab queries and failed chart-data requests), the slowest queries and the most viewed
 * dashboards. It reads the {@code query} (SQL Lab's query log),
 * {@code logs} (the action log), {@code slices} and {@code dashboards} tables through a database
 * connection that should be read-only: give Superset a role that may only SELECT those tables.
 *
 * <p>{@link #apply()} is idempotent: the connection, datasets, charts and dashboard are found by name
 * (and slug) and updated in place, so a second run changes nothing and creates nothing.
 *
 * <p>It only ever updates a dashboard it made. It marks the dashboards it makes with the CSS comment
 * {@value #MARKER} (Superset rejects unknown keys in {@code json_metadata}, while the CSS survives
 * edits in Superset's UI, copies and export/import, and shows in "Edit CSS"). A dashboard made
 * before that marker existed is recognised by the note the ops dashboard puts in its layout, and
 * gets the marker on its next update. If the slug belongs to any other dashboard, {@link #apply()}
 * throws {@link SlugInUseException} before writing anything, unless {@link Builder#takeOver(boolean)}
 * allows replacing it.
 *
 * {@snippet :
 * OpsDashboardResult ops = OpsDashboard.builder(client)
 *     .database("Superset metadata (read-only)", System.getenv("SUPERSET_META_READER_SQLALCHEMY_URI"))
 *     .build()
 *     .apply();
 * }
 *
 * <p>Immutable and thread-safe; do not run {@link #apply()} for the same slug from two places at once.
 */
public final class OpsDashboard {

  /** The default slug. */
  public static final String DEFAULT_SLUG = "superset-ops";

  /** The default name of the read-only connection. */
  public static final String DEFAULT_DATABASE_NAME = "Superset metadata (read-only)";

  /**
   * The token in a dashboard's CSS that marks it as made by the ops dashboard, which updates only
   * dashboards that carry it (or {@linkplain Builder#takeOver(boolean) takes one over explicitly}).
   */
  public static final String MARKER = "superset-sdk:ops-dashboard";

  // The CSS comment that carries the marker; CSS comments change nothing in how the dashboard looks.
  static final String MARKER_CSS = "/* " + MARKER + ": made by superset-sdk ops dashboard, which updates only"
      + " dashboards with this comment. */";

  // The note in the layout of every ops dashboard, including those made before MARKER existed.
  static final String NOTE = "Read from Superset's metadata database (query log and action log) through a read-only"
      + " connection. Made by superset-sdk ops dashboard; edits are overwritten on the next run.";
  private static final String LEGACY_NOTE = "Made by superset-sdk ops dashboard; edits are overwritten";

  // One row per query: SQL Lab's query log and the chart-data requests of the action log. Timestamps
  // are UTC without time zone, so both halves share a type. Superset (6.x) logs a chart-data request
  // as "ChartDataRestApi.data" whether it succeeded or not, and adds "is_cached" to the logged payload
  // only once the query ran: a row without it is a request that failed (bad request, failed query,
  // cache load error). Matched as text, as Python's json.dumps writes it, so that a payload that is
  // not valid JSON cannot fail the whole dataset.
  static final String CHART_DATA_FAILED = "CASE WHEN l.json LIKE '%\"is_cached\": %' THEN 0 ELSE 1 END";

  static final String QUERIES_SQL = """
      SELECT (to_timestamp(q.start_time / 1000.0) AT TIME ZONE 'UTC') AS started_at,
             'sql_lab' AS source,
             (q.end_time - q.start_time)::double precision AS duration_ms,
             CASE WHEN q.status IN ('failed', 'timed_out') OR q.error_message IS NOT NULL THEN 1 ELSE 0 END AS failed,
             left(regexp_replace(coalesce(q.executed_sql, q.sql, ''), '[[:space:]]+', ' ', 'g'), 300) AS query_text
      FROM query q
      WHERE q.start_time IS NOT NULL
      UNION ALL
      SELECT l.dttm AS started_at,
             'chart_data' AS source,
             l.duration_ms::double precision AS duration_ms,
             {chart_data_failed} AS failed,
             coalesce('chart: ' || s.slice_name, 'chart #' || l.slice_id::text, 'ad-hoc chart query') AS query_text
      FROM logs l
      LEFT JOIN slices s ON s.id = l.slice_id
      WHERE l.action = 'ChartDataRestApi.data' AND l.dttm IS NOT NULL
      """.replace("{chart_data_failed}", CHART_DATA_FAILED);

  // One row per dashboard view: the page (action "dashboard") and API reads of one dashboard.
  static final String VIEWS_SQL = """
      SELECT l.dttm AS viewed_at,
             coalesce(d.dashboard_title, 'dashboard #' || l.dashboard_id::text) AS dashboard,
             l.action AS action
      FROM logs l
      LEFT JOIN dashboards d ON d.id = l.dashboard_id
      WHERE l.dashboard_id IS NOT NULL AND l.action IN ('dashboard', 'DashboardRestApi.get')
      """;

  private final SupersetClient client;
  private final @Nullable DatabaseId databaseId;
  private final @Nullable String databaseName;
  private final @Nullable String databaseUri;
  private final String slug;
  private final String title;
  private final boolean takeOver;

  private OpsDashboard(Builder b) {
    this.client = b.client;
    this.databaseId = b.databaseId;
    this.databaseName = b.databaseName;
    this.databaseUri = b.databaseUri;
    this.slug = b.slug;
    this.title = b.title;
    this.takeOver = b.takeOver;
  }

  /**
   * Starts an ops dashboard.
   *
   * @param client the client; its user owns what is created
   * @return a new builder
   * @throws NullPointerException if {@code client} is null
   */
  public static Builder builder(SupersetClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Creates what is missing and updates what exists.
   *
   * @return what was made or found
   * @throws SlugInUseException if the slug belongs to a dashboard the ops dashboard did not make and
   *     {@link Builder#takeOver(boolean)} is off; nothing was changed
   * @throws IllegalStateException if no connection is configured, the connection with the given id
   *     does not exist, or the named connection does not exist and no URI was given to create it;
   *     nothing was changed
   * @throws io.github.supersetsdk.client.exception.SupersetException if a call fails; what was made
   *     before stays, and the next run continues from it
   */
  public OpsDashboardResult apply() {
    // Everything that can refuse the run is read before the first write.
    Optional<DashboardDetail> existing = client.dashboards().findBySlug(slug);
    if (existing.isPresent() && !takeOver && !madeByOps(existing.get())) {
      throw new SlugInUseException(slug, existing.get().id(), existing.get().dashboardTitle());
    }
    int[] created = {0};
    DatabaseId db = database(created);
    DatasetId queries = dataset(db, slug.replace('-', '_') + "_queries", QUERIES_SQL, created);
    DatasetId views = dataset(db, slug.replace('-', '_') + "_dashboard_views", VIEWS_SQL, created);

    DashboardId dashboard = existing.map(DashboardDetail::id).orElseGet(() -> {
      created[0]++;
      return client.dashboards().create(CreateDashboardRequest.builder(title).slug(slug).published(true)
          .css(MARKER_CSS).build());
    });

    ChartId perHour = chart(dashboard, title + ": queries per hour", ChartSpec.builder(queries, VizType.TIMESERIES_BAR)
        .xAxis("started_at").timeGrain(TimeGrain.HOUR).metric(Metric.count().as("queries")).groupby("source")
        .build(), created);
    ChartId duration = chart(dashboard, title + ": query duration, average and p95 (ms)",
        ChartSpec.builder(queries, VizType.TIMESERIES_LINE)
            .xAxis("started_at").timeGrain(TimeGrain.HOUR)
            .metric(Metric.avg("duration_ms").as("avg_ms"))
            .metric(Metric.sql("percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms)").as("p95_ms"))
            .build(), created);
    ChartId errors = chart(dashboard, title + ": query errors", ChartSpec.builder(queries, VizType.BIG_NUMBER_TOTAL)
        .metric(Metric.sql("SUM(failed)").as("errors")).build(), created);
    ChartId slowest = chart(dashboard, title + ": slowest queries", ChartSpec.builder(queries, VizType.TABLE)
        // Failed SQL Lab queries have no end time; PostgreSQL sorts their NULL first in a descending order.
        .filter(new QueryFilter("duration_ms", QueryFilterOperator.IS_NOT_NULL, null))
        .groupby("query_text", "source").metric(Metric.max("duration_ms").as("max_ms"))
        .metric(Metric.count().as("runs")).rowLimit(20).orderDesc(true).build(), created);
    ChartId viewed = chart(dashboard, title + ": most viewed dashboards", ChartSpec.builder(views, VizType.TABLE)
        .groupby("dashboard").metric(Metric.count().as("views")).rowLimit(20).orderDesc(true).build(), created);

    DashboardLayout layout = DashboardLayout.builder()
        .header(title)
        .markdown(NOTE)
        .row(r -> r.chart(perHour, 8, 50).chart(errors, 4, 50))
        .row(r -> r.chart(duration, 12, 50))
        .row(r -> r.chart(slowest, 8, 60).chart(viewed, 4, 60))
        .build();
    UpdateDashboardRequest.Builder update = UpdateDashboardRequest.builder().dashboardTitle(title)
        .positionJson(layout.positionJson());
    // A new dashboard was created with the marker.
    String css = existing.isPresent() ? existing.get().css() : MARKER_CSS;
    if (css == null || !css.contains(MARKER)) {
      // A dashboard from before the marker, or one taken over: mark it, keeping its own CSS.
      update.css(css == null || css.isBlank() ? MARKER_CSS : MARKER_CSS + "\n" + css);
    }
    client.dashboards().update(dashboard, update.build());
    return new OpsDashboardResult(dashboard, slug, db, List.of(queries, views),
        List.of(perHour, errors, duration, slowest, viewed), created[0]);
  }

  /**
   * Whether the ops dashboard made this dashboard: its CSS carries {@link #MARKER}, or, for one made
   * before the marker existed, its layout holds the ops dashboard's note.
   */
  static boolean madeByOps(DashboardDetail d) {
    return (d.css() != null && d.css().contains(MARKER))
        || (d.positionJson() != null && d.positionJson().contains(LEGACY_NOTE));
  }

  private DatabaseId database(int[] created) {
    if (databaseId != null) {
      // Superset would only refuse the first dataset (422 "Database does not exist"), after other writes.
      if (!client.databases().exists(databaseId)) {
        throw new IllegalStateException("there is no database connection with id " + databaseId.value()
            + ": give the id or name of the read-only connection to Superset's metadata database");
      }
      return databaseId;
    }
    String name = Objects.requireNonNull(databaseName);
    Optional<Database> existing = client.databases().findByName(name);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    if (databaseUri == null) {
      throw new IllegalStateException("there is no database connection named '" + name + "' and no URI to create"
          + " it with: give the metadata database's read-only SQLAlchemy URI");
    }
    created[0]++;
    return client.databases().create(CreateDatabaseRequest.builder(name, databaseUri).exposeInSqllab(false).build());
  }

  private DatasetId dataset(DatabaseId db, String name, String sql, int[] created) {
    for (Dataset d : client.datasets().list(ListQuery.where(
        Filter.of("database", FilterOperator.RELATION_ONE_TO_MANY, db.value()), Filter.eq("table_name", name)))) {
      if (name.equals(d.tableName())) {
        Dataset full = client.datasets().get(d.id());
        if (!sql.strip().equals(full.sql() == null ? "" : full.sql().strip())) {
          client.datasets().update(d.id(), UpdateDatasetRequest.builder().sql(sql).build());
          client.datasets().refresh(d.id());
        }
        return d.id();
      }
    }
    created[0]++;
    return client.datasets().create(CreateDatasetRequest.builder(db, name).sql(sql).build());
  }

  private ChartId chart(DashboardId dashboard, String name, ChartSpec spec, int[] created) {
    CreateChartRequest wanted = CreateChartRequest.of(name, spec).dashboards(List.of(dashboard)).build();
    Function<Chart, Boolean> sameDataset = c -> c.datasourceId() != null && c.datasourceId() == spec.dataset().value();
    for (Chart c : client.charts().list(ListQuery.where(Filter.eq("slice_name", name)))) {
      if (name.equals(c.sliceName()) && sameDataset.apply(c)) {
        Chart full = client.charts().get(c.id());
        if (!Objects.equals(full.params(), wanted.params()) || !Objects.equals(full.queryContext(), wanted.queryContext())) {
          client.charts().update(c.id(), UpdateChartRequest.builder().vizType(wanted.vizType())
              .params(Objects.requireNonNull(wanted.params())).queryContext(Objects.requireNonNull(wanted.queryContext()))
              .dashboards(List.of(dashboard)).build());
        }
        return c.id();
      }
    }
    created[0]++;
    return client.charts().create(wanted);
  }

  /** Builds an {@link OpsDashboard}. Not thread-safe. */
  public static final class Builder {
    private final SupersetClient client;
    private @Nullable DatabaseId databaseId;
    private @Nullable String databaseName = DEFAULT_DATABASE_NAME;
    private @Nullable String databaseUri;
    private String slug = DEFAULT_SLUG;
    private String title = "Superset operations";
    private boolean takeOver;

    private Builder(SupersetClient client) {
      this.client = client;
    }

    /**
     * Uses an existing connection to Superset's metadata database.
     *
     * @param id the connection
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder database(DatabaseId id) {
      this.databaseId = Objects.requireNonNull(id, "id");
      this.databaseName = null;
      this.databaseUri = null;
      return this;
    }

    /**
     * Uses the connection of that name, created with the URI when it is missing. The URI's password
     * never appears in messages. Default: {@value #DEFAULT_DATABASE_NAME}, without a URI.
     *
     * @param name the connection's name
     * @param sqlalchemyUri a read-only role's SQLAlchemy URI of the metadata database, or {@code null}
     *     to require that the connection exists
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder database(String name, @Nullable String sqlalchemyUri) {
      this.databaseName = Objects.requireNonNull(name, "name");
      this.databaseUri = sqlalchemyUri;
      this.databaseId = null;
      return this;
    }

    /**
     * The dashboard's slug; also the prefix of its datasets' names. Default {@value #DEFAULT_SLUG}.
     *
     * @param slug letters, digits, {@code -} and {@code _}
     * @return this builder
     * @throws NullPointerException if {@code slug} is null
     * @throws IllegalArgumentException if {@code slug} is empty or has other characters
     */
    public Builder slug(String slug) {
      Objects.requireNonNull(slug, "slug");
      if (!slug.matches("[A-Za-z0-9_-]+")) {
        throw new IllegalArgumentException("slug must be letters, digits, '-' and '_': " + slug);
      }
      this.slug = slug;
      return this;
    }

    /**
     * The dashboard's title; also the prefix of its charts' names. Default "Superset operations".
     *
     * @param title the title
     * @return this builder
     * @throws NullPointerException if {@code title} is null
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public Builder title(String title) {
      Objects.requireNonNull(title, "title");
      if (title.isBlank()) {
        throw new IllegalArgumentException("title is blank");
      }
      this.title = title;
      return this;
    }

    /**
     * Whether {@link OpsDashboard#apply()} may take over a dashboard it did not make that has the
     * slug: replace its title and layout (which drops its charts) and mark it as its own. Default
     * false: such a dashboard makes {@code apply()} throw {@link SlugInUseException}.
     *
     * @param takeOver true to replace a dashboard the ops dashboard did not make
     * @return this builder
     */
    public Builder takeOver(boolean takeOver) {
      this.takeOver = takeOver;
      return this;
    }

    /**
     * Builds the ops dashboard.
     *
     * @return the ops dashboard
     * @throws IllegalStateException if no connection is configured
     */
    public OpsDashboard build() {
      if (databaseId == null && databaseName == null) {
        throw new IllegalStateException("no database connection: call database(...)");
      }
      return new OpsDashboard(this);
    }
  }
}
