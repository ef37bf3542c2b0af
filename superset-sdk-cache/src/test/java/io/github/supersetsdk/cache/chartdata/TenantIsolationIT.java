package io.github.supersetsdk.cache.chartdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.RlsRuleId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.ChartDataResponse;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.model.RlsFilterType;
import io.github.supersetsdk.client.model.Role;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.ChartSpec;
import io.github.supersetsdk.client.request.CreateChartRequest;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.CreateRlsRuleRequest;
import io.github.supersetsdk.client.request.CreateUserRequest;
import io.github.supersetsdk.client.request.DashboardLayout;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.Metric;
import io.github.supersetsdk.client.request.RlsClause;
import io.github.supersetsdk.client.request.UpdateUserRequest;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the chart-data cache against the real Superset, warehouse and Redis: a table of
 * its own with rows of tenants 1 and 2, tenants as guests (RLS clauses in the token) and as users
 * (Superset RLS rules on a role per tenant). Everything it creates is named {@code tn_...} and deleted
 * at the end.
 */
class TenantIsolationIT {

  private static final String SCHEMA = "tn_scratch";
  private static final String TABLE = "tn_orders";

  private static SupersetClient admin;
  private static String suffix;
  private static DatabaseId database;
  private static DatasetId orders;
  private static ChartId byTenant;
  private static DashboardId dashboard;
  private static DashboardId otherDashboard;
  private static EmbeddedDashboard embedded;
  private static EmbeddedDashboard otherEmbedded;
  private static final List<RoleId> roles = new ArrayList<>();
  private static final List<RlsRuleId> rules = new ArrayList<>();
  private static final List<UserId> users = new ArrayList<>();
  private static final Map<Integer, String> usernames = new TreeMap<>();
  private static final Map<Integer, RoleId> tenantRoles = new TreeMap<>();
  private static String password;

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    admin = LiveServices.admin();
    suffix = LiveServices.suffix();
    password = "tn-" + UUID.randomUUID();
    LiveServices.sqlAsWriter("create schema if not exists " + SCHEMA);
    LiveServices.sqlAsWriter("drop table if exists " + SCHEMA + "." + TABLE);
    LiveServices.sqlAsWriter("create table " + SCHEMA + "." + TABLE
        + " (tenant_id int not null, tenant_code text not null, amount numeric(10,2) not null)");
    LiveServices.sqlAsWriter("insert into " + SCHEMA + "." + TABLE + " values"
        + " (1, 'acme', 10.00), (1, 'acme', 20.00), (1, 'acme', 30.00), (2, 'globex', 100.00), (2, 'globex', 200.00)");
    LiveServices.sqlAsWriter("grant usage on schema " + SCHEMA + " to superset_reader");
    LiveServices.sqlAsWriter("grant select on all tables in schema " + SCHEMA + " to superset_reader");

    database = LiveServices.createDatabase(admin, "tn_db_" + suffix);
    orders = admin.datasets().create(CreateDatasetRequest.table(database, SCHEMA, TABLE));
    byTenant = admin.charts().create(CreateChartRequest.of("tn_by_tenant_" + suffix,
        ChartSpec.builder(orders, VizType.TABLE)
            .metric(Metric.sum("amount").as("amount")).metric(Metric.count().as("orders"))
            .groupby("tenant_id", "tenant_code").rowLimit(1000).build()).build());
    dashboard = admin.dashboards().create(CreateDashboardRequest.builder("tn_dash_" + suffix)
        .published(true)
        .layout(DashboardLayout.builder().row(r -> r.chart(byTenant, 12, 50)).build())
        .build());
    embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
    otherDashboard = admin.dashboards().create(CreateDashboardRequest.builder("tn_other_dash_" + suffix).build());
    otherEmbedded = admin.dashboards().enableEmbedding(otherDashboard, List.of());

    // A user per tenant: Alpha (reads every dataset) plus a role of the tenant's own, which a
    // Superset RLS rule filters to the tenant's rows.
    RoleId alpha = roleNamed("Alpha");
    for (int tenant : new int[] {1, 2}) {
      String name = "tn_tenant_" + tenant + "_" + suffix;
      RoleId role = admin.security().roles().create(name);
      roles.add(role);
      tenantRoles.put(tenant, role);
      rules.add(admin.security().rowLevelSecurity().create(
          CreateRlsRuleRequest.builder(name, RlsFilterType.REGULAR, "tenant_id = " + tenant)
              .tables(List.of(orders)).roles(List.of(role)).build()));
      users.add(admin.security().users().create(CreateUserRequest.builder(
          name, "Tenant", Integer.toString(tenant), name + "@example.invalid", password)
          .roles(List.of(alpha, role)).build()));
      usernames.put(tenant, name);
    }
  }

  @AfterAll
  static void cleanUp() {
    if (admin == null) {
      return;
    }
    try {
      users.forEach(u -> admin.security().users().delete(u));
      if (!rules.isEmpty()) {
        admin.security().rowLevelSecurity().delete(rules);
      }
      roles.forEach(r -> admin.security().roles().delete(r));
      if (database != null) {
        List<DashboardId> dashboards = new ArrayList<>();
        if (dashboard != null) {
          dashboards.add(dashboard);
        }
        if (otherDashboard != null) {
          dashboards.add(otherDashboard);
        }
        LiveServices.dropDatabase(admin, database, dashboards);
      }
      LiveServices.sqlAsWriter("drop schema if exists " + SCHEMA + " cascade");
      deleteRedisKeys("tn_:" + suffix + ":");
    } finally {
      admin.close();
    }
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  /** Deletes this run's entries, leases and generations from Redis. */
  private static void deleteRedisKeys(String prefix) {
    RedisClient client = RedisClient.create(LiveServices.env("REDIS_URL"));
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      List<String> keys = new ArrayList<>();
      ScanIterator.scan(c.sync(), ScanArgs.Builder.matches(prefix + "*").limit(1000)).forEachRemaining(keys::add);
      if (!keys.isEmpty()) {
        c.sync().del(keys.toArray(String[]::new));
      }
    } finally {
      client.shutdown();
    }
  }

  private static RoleId roleNamed(String name) {
    for (Role r : admin.security().roles().list(ListQuery.where(Filter.eq("name", name)))) {
      if (r.name().equals(name)) {
        return r.id();
      }
    }
    throw new IllegalStateException("no role " + name);
  }

  private String prefix() {
    return "tn_:" + suffix + ":" + UUID.randomUUID().toString().substring(0, 4) + ":";
  }

  private ChartDataCache cache(String prefix) {
    ChartDataCache c = ChartDataCache.builder(admin).redis(RedisConfig.of(LiveServices.env("REDIS_URL")))
        .keyPrefix(prefix).build();
    toClose.add(c);
    return c;
  }

  private Viewer guest(GuestTokenRequest token) {
    Viewer v = LiveServices.guest(admin, token);
    toClose.add(v.client());
    return v;
  }

  private static GuestTokenRequest tenantToken(EmbeddedDashboard on, String user, RlsClause... clauses) {
    GuestTokenRequest.Builder b = GuestTokenRequest.builder().resource(GuestResource.dashboard(on))
        .user(GuestUser.of(user));
    for (RlsClause c : clauses) {
      b.rls(c);
    }
    return b.build();
  }

  private SupersetClient userClient(int tenant) {
    SupersetClient c = SupersetClient.builder().baseUrl(LiveServices.env("SUPERSET_URL"))
        .credentials(Credentials.password(usernames.get(tenant), password))
        .readTimeout(Duration.ofSeconds(60)).build();
    toClose.add(c);
    return c;
  }

  /** The tenants in a response's rows. */
  private static Set<Integer> tenants(ChartDataResponse r) {
    Set<Integer> out = new TreeSet<>();
    r.first().data().forEach(row -> out.add(((Number) row.get("tenant_id")).intValue()));
    return out;
  }

  private static double amount(ChartDataResponse r, int tenant) {
    return r.first().data().stream().filter(row -> ((Number) row.get("tenant_id")).intValue() == tenant)
        .mapToDouble(row -> ((Number) row.get("amount")).doubleValue()).sum();
  }

  @Test
  void guests_sameChartAThenB_overTwoReplicasSharingRedis_eachSeesOnlyItsOwnRows() {
    String prefix = prefix();
    ChartDataCache one = cache(prefix);
    ChartDataCache two = cache(prefix);
    Viewer a = guest(tenantToken(embedded, "tn-viewer", RlsClause.equalTo("tenant_id", 1)));
    Viewer b = guest(tenantToken(embedded, "tn-viewer", RlsClause.equalTo("tenant_id", 2)));

    ChartDataResponse aOnOne = one.get(a, byTenant, dashboard);
    ChartDataResponse bOnTwo = two.get(b, byTenant, dashboard);
    ChartDataResponse bOnOne = one.get(b, byTenant, dashboard);
    ChartDataResponse aOnTwo = two.get(a, byTenant, dashboard);

    assertThat(tenants(aOnOne)).containsExactly(1);
    assertThat(tenants(aOnTwo)).containsExactly(1);
    assertThat(tenants(bOnTwo)).containsExactly(2);
    assertThat(tenants(bOnOne)).containsExactly(2);
    assertThat(amount(aOnOne, 1)).isEqualTo(60.0);
    assertThat(amount(bOnTwo, 2)).isEqualTo(300.0);
    // One load per tenant, the other replica answered from Redis.
    assertThat(one.supersetRequestCount() + two.supersetRequestCount()).isEqualTo(2);
    ChartDataRequest request = one.savedRequest(byTenant, dashboard);
    assertThat(one.key(a, request)).isNotEqualTo(one.key(b, request));
  }

  @Test
  void afterTheDataChanged_invalidatingTheDataset_eachTenantSeesItsNewRowsOnly() {
    String prefix = prefix();
    ChartDataCache one = cache(prefix);
    ChartDataCache two = cache(prefix);
    Viewer a = guest(tenantToken(embedded, "tn-viewer", RlsClause.equalTo("tenant_id", 1)));
    Viewer b = guest(tenantToken(embedded, "tn-viewer", RlsClause.equalTo("tenant_id", 2)));
    assertThat(amount(one.get(a, byTenant, dashboard), 1)).isEqualTo(60.0);
    assertThat(amount(two.get(b, byTenant, dashboard), 2)).isEqualTo(300.0);
    LiveServices.sqlAsWriter("insert into " + SCHEMA + "." + TABLE + " values (1, 'acme', 5.00)");
    try {
      // What the coordinator does after a dbt run: invalidate the dataset's tag, here on the other
      // replica, which then learns it through Redis.
      assertThat(one.invalidateTags(Set.of(ChartDataTags.dataset(orders)))).isEmpty();
      ChartDataResponse aAfter = two.get(a, byTenant, dashboard);
      ChartDataResponse bAfter = one.get(b, byTenant, dashboard);
      assertThat(tenants(aAfter)).containsExactly(1);
      assertThat(amount(aAfter, 1)).isEqualTo(65.0);
      assertThat(tenants(bAfter)).containsExactly(2);
      assertThat(amount(bAfter, 2)).isEqualTo(300.0);
    } finally {
      LiveServices.sqlAsWriter("delete from " + SCHEMA + "." + TABLE + " where amount = 5.00");
    }
  }

  @Test
  void superset_ownCache_keysGuestsByTheirRlsClauses() {
    Viewer a = guest(tenantToken(embedded, "tn-viewer", RlsClause.equalTo("tenant_id", 1)));
    Viewer b = guest(tenantToken(embedded, "tn-viewer", RlsClause.equalTo("tenant_id", 2)));
    ChartDataResponse first = a.client().charts().data(byTenant, dashboard);
    ChartDataResponse second = b.client().charts().data(byTenant, dashboard);
    assertThat(tenants(first)).containsExactly(1);
    assertThat(tenants(second)).containsExactly(2);
    assertThat(first.first().cacheKey()).isNotEqualTo(second.first().cacheKey());
  }

  @Test
  void users_withRoleRls_afterAdminWarmUp_eachSeesOnlyItsOwnRows() {
    String prefix = prefix();
    ChartDataCache one = cache(prefix);
    ChartDataCache two = cache(prefix);
    // The warm-up's default viewer is the service user (admin): it stores every tenant's rows.
    WarmReport warm = DbtRunCoordinator.builder(admin).cache(one).build().warm(List.of(dashboard));
    assertThat(warm.failures()).isEmpty();
    assertThat(warm.warmed()).isEqualTo(1);
    ChartDataResponse adminRows = one.get(Viewer.user(admin), byTenant, dashboard);
    assertThat(tenants(adminRows)).containsExactly(1, 2);

    Viewer userA = Viewer.user(userClient(1));
    Viewer userB = Viewer.user(userClient(2));
    long before = one.supersetRequestCount() + two.supersetRequestCount();
    assertThat(tenants(two.get(userA, byTenant, dashboard))).containsExactly(1);
    assertThat(tenants(one.get(userB, byTenant, dashboard))).containsExactly(2);
    assertThat(tenants(one.get(userA, byTenant, dashboard))).containsExactly(1);
    assertThat(one.supersetRequestCount() + two.supersetRequestCount() - before).isEqualTo(2);
  }

  @Test
  void guestToken_forAnotherDashboard_isRefusedAndNothingIsStored() {
    ChartDataCache one = cache(prefix());
    Viewer a = guest(tenantToken(embedded, "tn-viewer", RlsClause.equalTo("tenant_id", 1)));
    assertThat(tenants(one.get(a, byTenant, dashboard))).containsExactly(1);
    // Same user and clause, but the token names another embedded dashboard.
    Viewer elsewhere = guest(tenantToken(otherEmbedded, "tn-viewer", RlsClause.equalTo("tenant_id", 1)));
    assertThatThrownBy(() -> one.get(elsewhere, byTenant, dashboard)).isInstanceOf(SupersetException.class);
    assertThatThrownBy(() -> one.get(elsewhere, byTenant, otherDashboard)).isInstanceOf(SupersetException.class);
    assertThat(one.supersetRequestCount()).isEqualTo(3);
  }

  @Test
  void clauses_inAnotherOrder_shareAnEntry_andHostileValues_stayInsideTheKeyHash() throws Exception {
    String prefix = prefix();
    ChartDataCache one = cache(prefix);
    Viewer ab = guest(tenantToken(embedded, "tn-viewer",
        RlsClause.equalTo("tenant_id", 1), RlsClause.equalTo("tenant_code", "acme")));
    Viewer ba = guest(tenantToken(embedded, "tn-viewer",
        RlsClause.equalTo("tenant_code", "acme"), RlsClause.equalTo("tenant_id", 1)));
    Viewer hostile = guest(tenantToken(embedded, "tn:*:viewer", RlsClause.equalTo("tenant_code", "acme:*' OR '1'='1")));
    assertThat(tenants(one.get(ab, byTenant, dashboard))).containsExactly(1);
    assertThat(tenants(one.get(ba, byTenant, dashboard))).containsExactly(1);
    assertThat(one.supersetRequestCount()).isEqualTo(1);
    assertThat(one.get(hostile, byTenant, dashboard).first().data()).isEmpty();

    RedisClient client = RedisClient.create(LiveServices.env("REDIS_URL"));
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      List<String> keys = new ArrayList<>();
      ScanIterator.scan(c.sync(), ScanArgs.Builder.matches(prefix.replace("*", "\\*") + "*").limit(1000))
          .forEachRemaining(keys::add);
      assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(k.substring(prefix.length()))
          .matches("v:v1:[0-9a-f]{64}|\\{" + java.util.regex.Pattern.quote(prefix) + "\\}(seq|g:.*)"));
    } finally {
      client.shutdown();
    }
  }

  @Test
  void user_movedToAnotherTenant_isServedWhatSupersetNowShowsThem() {
    ChartDataCache one = cache(prefix());
    SupersetClient client = userClient(1);
    Viewer before = Viewer.user(client);
    assertThat(tenants(one.get(before, byTenant, dashboard))).containsExactly(1);
    try {
      // The user's tenant changes: now the tenant-2 role instead of tenant 1's.
      admin.security().users().update(users.get(0), UpdateUserRequest.builder()
          .roles(List.of(roleNamed("Alpha"), tenantRoles.get(2))).build());
      ChartDataResponse direct = client.charts().data(byTenant, dashboard);
      Viewer after = Viewer.user(client);
      ChartDataResponse viaCache = one.get(after, byTenant, dashboard);
      assertThat(tenants(direct)).containsExactly(2);
      assertThat(tenants(viaCache)).containsExactly(2);
    } finally {
      admin.security().users().update(users.get(0), UpdateUserRequest.builder()
          .roles(List.of(roleNamed("Alpha"), tenantRoles.get(1))).build());
    }
  }
}
