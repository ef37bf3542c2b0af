package io.github.supersetsdk.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a plan applied after Superset changed does (a person's edit, another sync, a chart made in
 * between): the apply works on the dataset as it is, not on the plan's copy. The fake Superset of
 * {@link BulkImportFallbackTest} plays the datasets.
 */
class StalePlanTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATABASES = "{\"count\":1,\"ids\":[1],\"result\":[{\"id\":1,"
      + "\"database_name\":\"wh\",\"backend\":\"postgresql\"}]}";

  private final BulkImportFallbackTest.FakeDatasets fake = new BulkImportFallbackTest.FakeDatasets();

  @RegisterExtension
  final FakeSuperset wm = FakeSuperset.withoutRetries(fake);

  private void existingConnection() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(okJson(DATABASES)));
    wm.stubFor(any(urlPathMatching("/api/v1/dataset.*")).willReturn(okJson("{}")));
  }

  private DbtSync.Builder sync() {
    SupersetClient client = wm.client();
    return DbtSync.builder(client).metrics(false).bulkImport(false);
  }

  @Test
  void extraKeyAPersonAddsBetweenPlanAndApply_isKept() throws Exception {
    existingConnection();
    try (DbtSync s = sync().database("wh").build()) {
      s.sync(BulkImportFallbackTest.artifacts());
    }
    ObjectNode d1 = fake.byUniqueId("model.p.d1");
    d1.put("description", "changed by hand");
    try (DbtSync s = sync().database("wh").verifyAll(true).build()) {
      SyncPlan plan = s.plan(BulkImportFallbackTest.artifacts());
      assertThat(plan.datasets()).filteredOn(d -> d.uniqueId().equals("model.p.d1"))
          .extracting(DatasetPlan::action).containsExactly(SyncAction.UPDATE);
      // Between plan and apply, a person certifies the dataset in Superset (extra).
      ObjectNode extra = (ObjectNode) JSON.readTree(d1.path("extra").asText());
      extra.putObject("certification").put("certified_by", "Data team");
      d1.put("extra", extra.toString());

      SyncReport report = s.apply(plan);

      DatasetResult r = report.results().stream().filter(x -> x.uniqueId().equals("model.p.d1")).findFirst()
          .orElseThrow();
      assertThat(r.error()).isNull();
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("changed in Superset after the plan"));
    }
    ObjectNode after = fake.byUniqueId("model.p.d1");
    assertThat(after.path("description").asText()).isEqualTo("The d1 model.");
    assertThat(JSON.readTree(after.path("extra").asText()).path("certification").path("certified_by").asText())
        .isEqualTo("Data team");
  }

  @Test
  void chartMadeBetweenPlanAndPrune_keepsItsDataset_andTheResultSaysWhy() {
    existingConnection();
    try (DbtSync s = sync().database("wh").build()) {
      s.sync(BulkImportFallbackTest.artifacts());
    }
    try (DbtSync s = sync().database("wh").prune(true).build()) {
      SyncPlan plan = s.plan(BulkImportFallbackTest.artifacts(List.of("d0", "d1", "d2")));
      assertThat(plan.datasets()).filteredOn(d -> d.uniqueId().equals("model.p.d3"))
          .extracting(DatasetPlan::action).containsExactly(SyncAction.DELETE);
      fake.chartOn = "d3";

      SyncReport report = s.apply(plan);

      DatasetResult d3 = report.results().stream().filter(r -> r.uniqueId().equals("model.p.d3")).findFirst()
          .orElseThrow();
      assertThat(d3.action()).isEqualTo(SyncAction.SKIPPED);
      assertThat(d3.error()).isNull();
      assertThat(d3.notes()).anySatisfy(n -> assertThat(n).contains("chart(s) [7]").contains("after the plan")
          .contains("force"));
    }
    assertThat(fake.tables()).contains("d3");
  }

  @Test
  void connectionAnotherSyncCreatedMeanwhile_isUsed_notABadInputFailure() {
    // Both syncs planned without the connection; the other one's create landed first.
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/")).inScenario("db").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"count\":0,\"ids\":[],\"result\":[]}")));
    wm.stubFor(post(urlPathEqualTo("/api/v1/database/")).inScenario("db").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(FakeSuperset.json(422, "{\"message\": \"Database could not be created.\"}"))
        .willSetStateTo("created"));
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/")).inScenario("db").whenScenarioStateIs("created")
        .willReturn(okJson(DATABASES)));
    wm.stubFor(any(urlPathMatching("/api/v1/dataset.*")).willReturn(okJson("{}")));
    try (DbtSync s = sync().database("wh", "postgresql://reader@127.0.0.1:5432/warehouse").build()) {
      SyncPlan plan = s.plan(BulkImportFallbackTest.artifacts());
      assertThat(plan.databaseId()).isNull();

      SyncReport report = s.apply(plan);

      assertThat(report.failed()).isZero();
      assertThat(report.count(SyncAction.CREATE)).isEqualTo(4);
    }
    wm.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/database/")));
    assertThat(fake.tables()).containsExactlyInAnyOrder("d0", "d1", "d2", "d3");
  }

  @Test
  void datasetDeletedBetweenPlanAndApply_failsSayingSo_andTheNextSyncCreatesItAgain() {
    existingConnection();
    try (DbtSync s = sync().database("wh").build()) {
      s.sync(BulkImportFallbackTest.artifacts());
    }
    ObjectNode d1 = fake.byUniqueId("model.p.d1");
    d1.put("description", "changed by hand");
    try (DbtSync s = sync().database("wh").verifyAll(true).build()) {
      SyncPlan plan = s.plan(BulkImportFallbackTest.artifacts());
      // Another sync, run with prune from a branch without the model, deletes its dataset.
      wm.client().datasets().delete(io.github.supersetsdk.client.id.DatasetId.of(d1.path("id").asLong()));

      SyncReport report = s.apply(plan);

      DatasetResult r = report.results().stream().filter(x -> x.uniqueId().equals("model.p.d1")).findFirst()
          .orElseThrow();
      assertThat(r.error()).startsWith("dataset " + d1.path("id").asLong() + " was deleted after the plan")
          .contains("the next sync creates it again");
      assertThat(report.failed()).isEqualTo(1);
    }
    try (DbtSync s = sync().database("wh").build()) {
      SyncReport again = s.sync(BulkImportFallbackTest.artifacts());
      assertThat(again.failed()).isZero();
      assertThat(again.count(SyncAction.CREATE)).isEqualTo(1);
    }
    assertThat(fake.tables()).containsExactlyInAnyOrder("d0", "d1", "d2", "d3");
  }
}
