package io.github.supersetsdk.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.DashboardDetail;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@link OpsDashboard#apply()} refuses, and that it refuses before writing anything. */
class OpsDashboardTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  private static final String NOT_FOUND = "{\"message\":\"Not found\"}";

  @Test
  void apply_slugOfADashboardItDidNotMake_throwsSlugInUseAndWritesNothing() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/x")).willReturn(okJson("{\"result\":{\"id\":42,"
        + "\"dashboard_title\":\"Sales\",\"slug\":\"x\",\"css\":\"\",\"position_json\":\"{\\\"ROOT_ID\\\":{}}\","
        + "\"charts\":[\"a\",\"b\",\"c\"]}}")));

    SlugInUseException e = catchThrowableOfType(() -> OpsDashboard.builder(superset.client())
        .database(DatabaseId.of(1)).slug("x").title("t").build().apply(), SlugInUseException.class);

    assertThat(e).isNotNull();
    assertThat(e.slug()).isEqualTo("x");
    assertThat(e.dashboardId()).isEqualTo(DashboardId.of(42));
    assertThat(e.dashboardTitle()).isEqualTo("Sales");
    assertThat(e).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'x'").hasMessageContaining("#42 'Sales'").hasMessageContaining("use another slug");
    assertThat(writes()).isEmpty();
  }

  @Test
  void apply_unknownDatabaseId_throwsNamingItBeforeAnyWrite() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dashboard/superset-ops"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/99999"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));

    IllegalStateException e = catchThrowableOfType(() -> OpsDashboard.builder(superset.client())
        .database(DatabaseId.of(99999)).build().apply(), IllegalStateException.class);

    assertThat(e).hasMessageContaining("no database connection with id 99999");
    assertThat(writes()).isEmpty();
  }

  @Test
  void madeByOps_markerInCss_isOurs() {
    assertThat(OpsDashboard.madeByOps(detail("body {}\n" + OpsDashboard.MARKER_CSS, null))).isTrue();
  }

  @Test
  void madeByOps_madeBeforeTheMarker_isRecognisedByItsNote() {
    String layout = io.github.supersetsdk.client.request.DashboardLayout.builder().header("Ops")
        .markdown(OpsDashboard.NOTE).build().positionJson();
    assertThat(OpsDashboard.madeByOps(detail(null, layout))).isTrue();
  }

  @Test
  void madeByOps_someoneElsesDashboard_isNotOurs() {
    String layout = io.github.supersetsdk.client.request.DashboardLayout.builder().header("Sales")
        .markdown("Revenue by region").build().positionJson();
    assertThat(OpsDashboard.madeByOps(detail(".x { color: red }", layout))).isFalse();
    assertThat(OpsDashboard.madeByOps(detail(null, null))).isFalse();
  }

  private static DashboardDetail detail(@Nullable String css, @Nullable String positionJson) {
    return new DashboardDetail(DashboardId.of(7), "t", "s", true, null, positionJson, null, css, List.of(), List.of(),
        List.of(), null, null, null, null, null, null);
  }

  /** The requests that could change something; login and the CSRF token are the fake's own. */
  private static List<String> writes() {
    return superset.getAllServeEvents().stream().map(e -> e.getRequest())
        .filter(r -> !r.getMethod().getName().equals("GET"))
        .map(r -> r.getMethod() + " " + r.getUrl())
        .filter(s -> !s.startsWith("POST " + FakeSuperset.LOGIN) && !s.startsWith("POST " + FakeSuperset.REFRESH))
        .toList();
  }
}
