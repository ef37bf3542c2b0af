package io.github.supersetsdk.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.RetryPolicy;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sync apply whose write lands on Superset while its answer is lost (the connection drops, as a
 * proxy or a restarting server does): the apply reads the dataset back and reports what Superset
 * holds, not a failure, and nothing is created twice. A write Superset really refused is still a
 * failure. The fake Superset of {@link BulkImportFallbackTest} plays the datasets.
 */
class HalfWayFailureTest {

  private final BulkImportFallbackTest.FakeDatasets fake = new BulkImportFallbackTest.FakeDatasets();

  @RegisterExtension
  final FakeSuperset wm = FakeSuperset.withoutRetries(fake);

  @BeforeEach
  void superset() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(okJson(
        "{\"count\":1,\"ids\":[1],\"result\":[{\"id\":1,\"database_name\":\"wh\",\"backend\":\"postgresql\"}]}")));
    wm.stubFor(any(urlPathMatching("/api/v1/dataset.*")).willReturn(okJson("{}")));
  }

  /** The REST way, with the default retries (quick back-off): PUT and DELETE are sent again. */
  private DbtSync sync(boolean prune) {
    SupersetClient client = wm.clientBuilder()
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50))
            .build())
        .build();
    return DbtSync.builder(client).database("wh").metrics(false).bulkImport(false).prune(prune).build();
  }

  private SyncReport syncAll() {
    try (DbtSync s = sync(false)) {
      return s.sync(BulkImportFallbackTest.artifacts());
    }
  }

  private void assertReplanChangesNothing() {
    try (DbtSync s = sync(false)) {
      assertThat(s.plan(BulkImportFallbackTest.artifacts()).datasets())
          .allSatisfy(d -> assertThat(d.action()).as(d.uniqueId()).isEqualTo(SyncAction.UNCHANGED));
    }
  }

  @Test
  void createWhoseAnswerIsLost_findsTheDatasetItMade_andFinishesIt_once() {
    fake.loseResponseOfCreateOf = "d1";

    SyncReport report = syncAll();

    assertThat(report.results()).allSatisfy(r -> assertThat(r.error()).as(r.uniqueId()).isNull());
    assertThat(report.failed()).isZero();
    assertThat(fake.tables()).containsExactlyInAnyOrder("d0", "d1", "d2", "d3");
    assertThat(fake.byUniqueId("model.p.d1")).as("d1 carries its dbt node").isNotNull();
    // The POST is not repeated (it may have landed): the dataset is found by its relation.
    wm.verify(4, postRequestedFor(urlPathEqualTo("/api/v1/dataset/")));
    assertReplanChangesNothing();
  }

  @Test
  void updateWhoseAnswerIsLost_andWhoseRetryIsRefused_isReportedAsDone_withANote() {
    fake.loseResponseOfFirstUpdateOf = "d2";

    SyncReport report = syncAll();

    DatasetResult d2 = report.results().stream().filter(r -> r.uniqueId().equals("model.p.d2")).findFirst()
        .orElseThrow();
    assertThat(d2.error()).isNull();
    assertThat(d2.notes()).anySatisfy(n -> assertThat(n).contains("read back, the dataset holds what dbt wants"));
    assertThat(report.failed()).isZero();
    // The lost PUT and its refused retry.
    wm.verify(2, putRequestedFor(urlPathEqualTo("/api/v1/dataset/" + d2.datasetId().value())));
    assertReplanChangesNothing();
  }

  @Test
  void updateSupersetRefuses_isStillAFailure_namingSupersetsReason() {
    fake.refuseUpdatesOf = "d3";

    SyncReport report = syncAll();

    DatasetResult d3 = report.results().stream().filter(r -> r.uniqueId().equals("model.p.d3")).findFirst()
        .orElseThrow();
    assertThat(d3.error()).contains("422").contains("description");
    assertThat(report.failed()).isEqualTo(1);
    // Created, then refused dbt's fields: the error says a dataset was left, and that a rerun finishes it.
    assertThat(d3.action()).isEqualTo(SyncAction.CREATE);
    assertThat(d3.error()).startsWith("created as dataset " + d3.datasetId().value()
        + " but not finished (the next sync finishes it): ");
  }

  @Test
  void pruneDeleteWhoseAnswerIsLost_isReportedAsDone() {
    syncAll();
    fake.loseResponseOfDeleteOf = "d3";

    SyncReport report;
    try (DbtSync s = sync(true)) {
      report = s.sync(BulkImportFallbackTest.artifacts(List.of("d0", "d1", "d2")));
    }

    DatasetResult d3 = report.results().stream().filter(r -> r.uniqueId().equals("model.p.d3")).findFirst()
        .orElseThrow();
    assertThat(d3.action()).isEqualTo(SyncAction.DELETE);
    assertThat(d3.error()).isNull();
    assertThat(report.failed()).isZero();
    assertThat(fake.tables()).containsExactlyInAnyOrder("d0", "d1", "d2");
  }
}
