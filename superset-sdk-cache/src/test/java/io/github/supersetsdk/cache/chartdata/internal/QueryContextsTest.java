package io.github.supersetsdk.cache.chartdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.model.ChartResultType;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.QueryFilter;
import io.github.supersetsdk.client.request.RlsClause;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryContextsTest {

  private static final java.util.UUID EMBEDDED = java.util.UUID.fromString("4a8f3c2e-1b7d-4e5f-9a6b-0c1d2e3f4a5b");

  private static ChartDataQuery query(int rowLimit, Object filterValue) {
    return ChartDataQuery.builder().column("sales_channel").sqlMetric("SUM(net_revenue)", "revenue")
        .filter(QueryFilter.eq("tenant_id", filterValue)).rowLimit(rowLimit).extra("having", "").build();
  }

  private static ChartDataRequest.Builder request(ChartDataQuery q) {
    return ChartDataRequest.builder(ChartDatasource.dataset(DatasetId.of(7))).query(q);
  }

  @Test
  void normalised_formDataInOtherOrder_isEqual() {
    Map<String, Object> ab = new LinkedHashMap<>();
    ab.put("viz_type", "table");
    ab.put("slice_id", 3);
    Map<String, Object> ba = new LinkedHashMap<>();
    ba.put("slice_id", 3);
    ba.put("viz_type", "table");
    assertThat(QueryContexts.normalised(request(query(10, 1)).formData(ab).build()))
        .isEqualTo(QueryContexts.normalised(request(query(10, 1)).formData(ba).build()));
  }

  @Test
  void normalised_forceCacheTimeoutDashboardAndStyling_areIgnored() {
    String plain = QueryContexts.normalised(request(query(10, 1)).formData("slice_id", 3).build());
    String decorated = QueryContexts.normalised(request(query(10, 1)).formData("slice_id", 3)
        .formData("dashboardId", 99).formData("color_scheme", "supersetColors").force(true)
        .customCacheTimeout(60).build());
    assertThat(decorated).isEqualTo(plain);
  }

  @Test
  void normalised_integralDoubleAndInteger_areEqual() {
    assertThat(QueryContexts.normalised(request(query(10, 1.0)).build()))
        .isEqualTo(QueryContexts.normalised(request(query(10, 1)).build()));
  }

  @Test
  void normalised_whatChangesTheRows_differs() {
    String base = QueryContexts.normalised(request(query(10, 1)).build());
    assertThat(QueryContexts.normalised(request(query(11, 1)).build())).isNotEqualTo(base);
    assertThat(QueryContexts.normalised(request(query(10, 2)).build())).isNotEqualTo(base);
    assertThat(QueryContexts.normalised(request(query(10, 1)).resultType(ChartResultType.SAMPLES).build()))
        .isNotEqualTo(base);
    assertThat(QueryContexts.normalised(request(query(10, 1)).formData("slice_id", 4).build())).isNotEqualTo(base);
  }

  @Test
  void normalised_isSortedCompactJson() {
    String text = QueryContexts.normalised(request(query(10, 1)).formData("b", 1).formData("a", 2).build());
    assertThat(text).startsWith("{\"datasource\":{\"id\":7,\"type\":\"table\"},\"form_data\":{\"a\":2,\"b\":1}");
    assertThat(text).doesNotContain("force").doesNotContain(" ");
  }

  @Test
  void guestIdentity_rlsInOtherOrderOrRepeated_isEqual() {
    GuestTokenRequest one = GuestTokenRequest.builder().resource(GuestResource.dashboard(EMBEDDED))
        .rls(RlsClause.of("tenant_id = 1")).rls(RlsClause.of(DatasetId.of(7), "region = 'eu'"))
        .user(GuestUser.of("a")).build();
    GuestTokenRequest other = GuestTokenRequest.builder().resource(GuestResource.dashboard(EMBEDDED))
        .rls(RlsClause.of(DatasetId.of(7), "region = 'eu'")).rls(RlsClause.of("tenant_id = 1"))
        .rls(RlsClause.of("tenant_id = 1")).user(GuestUser.of("a")).build();
    assertThat(Identities.guest(other)).isEqualTo(Identities.guest(one));
  }

  @Test
  void keys_twoTenantsSameRequest_differ() {
    ChartDataRequest r = request(query(10, 1)).build();
    GuestTokenRequest t1 = GuestTokenRequest.builder().resource(GuestResource.dashboard(EMBEDDED)).rls(RlsClause.of("tenant_id = 1")).build();
    GuestTokenRequest t2 = GuestTokenRequest.builder().resource(GuestResource.dashboard(EMBEDDED)).rls(RlsClause.of("tenant_id = 2")).build();
    GuestTokenRequest noRls = GuestTokenRequest.builder().resource(GuestResource.dashboard(EMBEDDED)).build();
    String k1 = ChartDataKey.id(Identities.guest(t1), r);
    assertThat(k1).startsWith("v1:").hasSize(3 + 64);
    assertThat(ChartDataKey.id(Identities.guest(t2), r)).isNotEqualTo(k1);
    assertThat(ChartDataKey.id(Identities.guest(noRls), r)).isNotEqualTo(k1);
    assertThat(ChartDataKey.id(Identities.user("admin"), r)).isNotEqualTo(k1);
    assertThat(ChartDataKey.id(Identities.guest(t1), r)).isEqualTo(k1);
  }

  @Test
  void guestAndUser_withTheSameName_differ() {
    GuestTokenRequest t = GuestTokenRequest.builder().resource(GuestResource.dashboard(EMBEDDED)).user(GuestUser.of("admin")).build();
    assertThat(Identities.guest(t)).isNotEqualTo(Identities.user("admin"));
  }
}
