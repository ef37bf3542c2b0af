package io.github.supersetsdk.cache.chartdata;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.cache.RedisConfig;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.testing.FakeSuperset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user viewer's identity holds the user's roles: Superset's RLS rules attach to roles, so a user
 * moved to another tenant's role must not be served the rows cached under the old role. Redis is
 * down (a closed port), so entries live in L1 only.
 */
class ViewerTest {

  @RegisterExtension static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static void me(String username, String... roles) {
    superset.stubFor(get(urlPathEqualTo("/api/v1/me/")).willReturn(okJson(
        "{\"result\": {\"id\": 7, \"username\": \"" + username + "\"}}")));
    StringBuilder r = new StringBuilder();
    for (String role : roles) {
      r.append(r.length() == 0 ? "" : ", ").append('"').append(role).append("\": [[\"can_read\", \"Chart\"]]");
    }
    superset.stubFor(get(urlPathEqualTo("/api/v1/me/roles/")).willReturn(okJson(
        "{\"result\": {\"roles\": {" + r + "}, \"permissions\": {}}}")));
  }

  private static void rowsOfTenant(int tenant) {
    superset.stubFor(post(urlPathEqualTo("/api/v1/chart/data")).willReturn(okJson(
        "{\"result\": [{\"colnames\": [\"tenant_id\"], \"coltypes\": [0], \"data\": [{\"tenant_id\": " + tenant
            + "}], \"rowcount\": 1, \"status\": \"success\"}]}")));
  }

  @Test
  void user_identityHoldsTheRoles_inAnyOrder() {
    try (SupersetClient client = superset.client()) {
      me("alice", "Alpha", "tenant_1");
      Viewer first = Viewer.user(client);
      me("alice", "tenant_1", "Alpha");
      Viewer sameRoles = Viewer.user(client);
      me("alice", "Alpha", "tenant_2");
      Viewer moved = Viewer.user(client);

      assertThat(sameRoles.identity()).isEqualTo(first.identity());
      assertThat(moved.identity()).isNotEqualTo(first.identity());
      assertThat(first.identity()).contains("alice", "tenant_1").doesNotContain("tenant_2");
      assertThat(first.toString()).doesNotContain("alice", "tenant_1");
    }
  }

  @Test
  void get_afterTheUserMovedToAnotherTenantsRole_loadsTheRowsSupersetNowShows() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/chart/11")).willReturn(okJson(
        "{\"result\": {\"id\": 11, \"query_context\": \"{\\\"datasource\\\": {\\\"id\\\": 5, \\\"type\\\":"
            + " \\\"table\\\"}, \\\"queries\\\": [{\\\"columns\\\": [\\\"tenant_id\\\"], \\\"metrics\\\": []}],"
            + " \\\"form_data\\\": {}}\"}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/5")).willReturn(okJson(
        "{\"id\": 5, \"result\": {\"id\": 5, \"table_name\": \"orders\", \"schema\": \"s\"}}")));
    try (SupersetClient client = superset.client();
        ChartDataCache cache = ChartDataCache.builder(client).redis(RedisConfig.of("redis://127.0.0.1:1"))
            .keyPrefix("viewer-test:").build()) {
      me("alice", "Alpha", "tenant_1");
      rowsOfTenant(1);
      assertThat(cache.get(Viewer.user(client), ChartId.of(11), DashboardId.of(3)).first().data())
          .containsExactly(java.util.Map.of("tenant_id", 1L));

      // The admin moves alice to tenant 2's role; Superset now filters her queries to tenant 2.
      me("alice", "Alpha", "tenant_2");
      rowsOfTenant(2);
      assertThat(cache.get(Viewer.user(client), ChartId.of(11), DashboardId.of(3)).first().data())
          .containsExactly(java.util.Map.of("tenant_id", 2L));
      assertThat(cache.supersetRequestCount()).isEqualTo(2);
    }
  }
}
