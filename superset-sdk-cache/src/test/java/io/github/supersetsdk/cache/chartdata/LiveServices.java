package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The local services for the chart-data layer's integration tests, and cleanup of what they create. */
final class LiveServices {

  private LiveServices() {}

  static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set. Integration tests need the local"
          + " services: run `scripts/services.sh up` and `eval \"$(scripts/services.sh env)\"`.");
    }
    return value;
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static SupersetClient admin(ClientEventListener... listeners) {
    SupersetClient.Builder b = SupersetClient.builder()
        .baseUrl(env("SUPERSET_URL"))
        .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD")))
        .readTimeout(Duration.ofSeconds(60));
    for (ClientEventListener l : listeners) {
      b.addEventListener(l);
    }
    return b.build();
  }

  /** A database connection of the test's own, so that its datasets collide with nobody's. */
  static DatabaseId createDatabase(SupersetClient admin, String name) {
    return admin.databases().create(CreateDatabaseRequest.builder(name, env("WAREHOUSE_SQLALCHEMY_URI")).build());
  }

  /** Deletes the dashboards, charts and datasets of a connection the test made, then the connection. */
  static void dropDatabase(SupersetClient admin, DatabaseId db, List<DashboardId> dashboards) {
    for (DashboardId d : dashboards) {
      try {
        admin.dashboards().delete(d);
      } catch (NotFoundException e) {
        // already gone
      }
    }
    for (var ds : admin.datasets().list(io.github.supersetsdk.client.request.ListQuery.where(
        io.github.supersetsdk.client.request.Filter.of("database",
            io.github.supersetsdk.client.request.FilterOperator.RELATION_ONE_TO_MANY, db.value())))) {
      try {
        admin.datasets().getDependents(ds.id()).charts().forEach(c -> admin.charts().delete(c.id()));
        admin.datasets().delete(ds.id());
      } catch (NotFoundException e) {
        // already gone
      }
    }
    admin.databases().delete(db);
  }

  /** A guest token request for one tenant of a dataset on an embedded dashboard. */
  static GuestTokenRequest tenantToken(EmbeddedDashboard embedded, DatasetId dataset, int tenant) {
    return GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .user(GuestUser.of("tenant-" + tenant + "-viewer"))
        .rls(RlsClause.of(dataset, "tenant_id = " + tenant))
        .build();
  }

  static Viewer guest(SupersetClient admin, GuestTokenRequest token, ClientEventListener... listeners) {
    SupersetClient.Builder b = SupersetClient.builder()
        .baseUrl(env("SUPERSET_URL"))
        .credentials(Credentials.guestToken(admin.security().createGuestToken(token)))
        .readTimeout(Duration.ofSeconds(60));
    for (ClientEventListener l : listeners) {
      b.addEventListener(l);
    }
    return Viewer.guest(b.build(), token);
  }

  /** Rows of a SQL query on the warehouse (read-only role), column label to value. */
  static List<Map<String, Object>> sql(String query) {
    try (Connection c = DriverManager.getConnection(env("WAREHOUSE_JDBC_URL"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      List<Map<String, Object>> out = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("warehouse query failed: " + e.getMessage(), e);
    }
  }

  /** Runs SQL as dbt's writer role. */
  static void sqlAsWriter(String sql) {
    try (Connection c = DriverManager.getConnection(env("WAREHOUSE_WRITER_JDBC_URL"));
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("warehouse statement failed: " + e.getMessage(), e);
    }
  }

  /** Counts chart-data requests in flight across every client it is registered on. */
  static final class InFlight implements ClientEventListener {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    final AtomicInteger total = new AtomicInteger();

    private static boolean chartData(RequestInfo r) {
      return r.path().startsWith("/api/v1/chart/data") || r.path().matches("/api/v1/chart/\\d+/data/?");
    }

    @Override
    public void requestStarted(RequestInfo request) {
      if (chartData(request)) {
        total.incrementAndGet();
        peak.accumulateAndGet(now.incrementAndGet(), Math::max);
      }
    }

    @Override
    public void requestSucceeded(RequestInfo request, int statusCode, int attempts, Duration elapsed) {
      if (chartData(request)) {
        now.decrementAndGet();
      }
    }

    @Override
    public void requestFailed(RequestInfo request, io.github.supersetsdk.client.exception.SupersetException failure,
        @org.jspecify.annotations.Nullable Integer statusCode, int attempts, Duration elapsed) {
      if (chartData(request)) {
        now.decrementAndGet();
      }
    }
  }

  static ChartId chart(long id) {
    return ChartId.of(id);
  }
}
