package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.DatasetDrillColumn;
import io.github.supersetsdk.client.model.DatasetDrillInfo;
import io.github.supersetsdk.client.model.DependentChart;
import io.github.supersetsdk.client.model.DistinctValue;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.model.WarmUpResult;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatasetsClientOperationsTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String BASE = "/api/v1/dataset/";
  private static final DatasetId DS = DatasetId.of(12);

  private SupersetClient client;
  private DatasetsClient datasets;

  @BeforeEach
  void setUp() {
    client = superset.client();
    datasets = client.datasets();
  }

  @Test
  void duplicate_postsBaseAndName_andReturnsTheCopy() {
    superset.stubFor(post(urlPathEqualTo(BASE + "duplicate")).willReturn(okJson(
        "{\"id\": 31, \"result\": {\"base_model_id\": 12, \"table_name\": \"orders_copy\"}}").withStatus(201)));

    assertThat(datasets.duplicate(DS, "orders_copy")).isEqualTo(DatasetId.of(31));

    superset.verify(postRequestedFor(urlPathEqualTo(BASE + "duplicate"))
        .withRequestBody(equalToJson("{\"base_model_id\": 12, \"table_name\": \"orders_copy\"}")));
  }

  @Test
  void duplicate_ofAPhysicalDataset_throwsBadRequest() {
    superset.stubFor(post(urlPathEqualTo(BASE + "duplicate"))
        .willReturn(okJson("{\"message\": \"Dataset type is invalid\"}").withStatus(400)));

    assertThatThrownBy(() -> datasets.duplicate(DS, "copy")).isInstanceOf(BadRequestException.class);
  }

  @Test
  void getOrCreate_sendsTheTable_andReadsTableId() {
    superset.stubFor(post(urlPathEqualTo(BASE + "get_or_create/")).willReturn(okJson("{\"result\": {\"table_id\": 12}}")));

    assertThat(datasets.getOrCreate(DatabaseId.of(3), "marts", "fct_orders")).isEqualTo(DS);
    assertThat(datasets.getOrCreate(DatabaseId.of(3), null, "fct_orders")).isEqualTo(DS);

    List<LoggedRequest> sent = superset.findAll(postRequestedFor(urlPathEqualTo(BASE + "get_or_create/")));
    assertThat(sent.get(0).getBodyAsString()).isEqualToIgnoringWhitespace(
        "{\"database_id\":3,\"schema\":\"marts\",\"table_name\":\"fct_orders\"}");
    assertThat(sent.get(1).getBodyAsString()).doesNotContain("schema");
  }

  @Test
  void warmUpCache_putsNames_andDecodesEachChart() {
    superset.stubFor(put(urlPathEqualTo(BASE + "warm_up_cache")).willReturn(okJson(
        "{\"result\": [{\"chart_id\": 5, \"viz_status\": \"success\", \"viz_error\": null},"
            + " {\"chart_id\": 6, \"viz_status\": null, \"viz_error\": \"column x missing\"}]}")));

    List<WarmUpResult> results = datasets.warmUpCache("warehouse", "fct_orders");

    assertThat(results).containsExactly(
        new WarmUpResult(ChartId.of(5), "success", null),
        new WarmUpResult(ChartId.of(6), null, "column x missing"));
    assertThat(results.get(0).succeeded()).isTrue();
    assertThat(results.get(1).succeeded()).isFalse();
    superset.verify(putRequestedFor(urlPathEqualTo(BASE + "warm_up_cache"))
        .withRequestBody(equalToJson("{\"db_name\": \"warehouse\", \"table_name\": \"fct_orders\"}")));
  }

  @Test
  void deleteColumnAndMetric_hitTheirPaths() {
    superset.stubFor(delete(urlPathEqualTo(BASE + "12/column/40")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "12/metric/41")).willReturn(okJson("{\"message\": \"OK\"}")));
    superset.stubFor(delete(urlPathEqualTo(BASE + "12/column/99")).willReturn(okJson("{\"message\": \"Not found\"}").withStatus(404)));

    datasets.deleteColumn(DS, 40);
    datasets.deleteMetric(DS, 41);

    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE + "12/column/40")));
    superset.verify(deleteRequestedFor(urlPathEqualTo(BASE + "12/metric/41")));
    assertThatThrownBy(() -> datasets.deleteColumn(DS, 99)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void drillInfoAndDependents_decode() {
    superset.stubFor(get(urlPathEqualTo(BASE + "12/drill_info/")).willReturn(okJson(
        "{\"result\": {\"id\": 12, \"table_name\": \"fct_orders\", \"changed_on_humanized\": \"now\","
            + " \"columns\": [{\"column_name\": \"tenant_id\", \"verbose_name\": \"Tenant\"}, {\"column_name\": \"status\"}]}}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "12/related_objects")).willReturn(okJson(
        "{\"charts\": {\"count\": 1, \"result\": [{\"id\": 5, \"slice_name\": \"Orders\", \"viz_type\": \"table\"}]},"
            + " \"dashboards\": {\"count\": 0, \"result\": []}}")));

    DatasetDrillInfo drill = datasets.getDrillInfo(DS);

    assertThat(drill).isEqualTo(new DatasetDrillInfo(DS, "fct_orders",
        List.of(new DatasetDrillColumn("tenant_id", "Tenant"), new DatasetDrillColumn("status", null))));
    assertThat(datasets.getDependents(DS).charts()).containsExactly(new DependentChart(ChartId.of(5), "Orders", VizType.TABLE));
    assertThat(datasets.getDependents(DS).dashboards()).isEmpty();
  }

  @Test
  void distinctRelatedAndInfo_sendRisonQueries() {
    superset.stubFor(get(urlPathEqualTo(BASE + "distinct/schema")).willReturn(okJson(
        "{\"count\": 2, \"result\": [{\"text\": \"marts\", \"value\": \"marts\"}, {\"text\": \"staging\", \"value\": \"staging\"}]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "related/database")).willReturn(okJson(
        "{\"count\": 1, \"result\": [{\"value\": 3, \"text\": \"warehouse\"}]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "_info")).willReturn(okJson("{\"permissions\": [\"can_read\", \"can_write\"]}")));

    assertThat(datasets.distinct("schema", null).stream().map(DistinctValue::value)).containsExactly("marts", "staging");
    assertThat(datasets.related("database", "ware").stream().toList()).hasSize(1);
    assertThat(datasets.info().permissions()).contains("can_write");

    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "distinct/schema")).withQueryParam("q", equalTo("(page:0,page_size:100)")));
    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "related/database"))
        .withQueryParam("q", equalTo("(filter:ware,page:0,page_size:100)")));
    assertThatThrownBy(() -> datasets.distinct(" ", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exportAndImport_sendIdsAndMultipart() {
    byte[] zip = {'P', 'K', 3, 4, 1};
    superset.stubFor(get(urlPathEqualTo(BASE + "export/"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/zip").withBody(zip)));
    superset.stubFor(post(urlPathEqualTo(BASE + "import/")).willReturn(okJson("{\"message\": \"OK\"}")));

    assertThat(datasets.export(List.of(DS))).isEqualTo(zip);
    datasets.importBundle(ImportBundleRequest.builder(zip).build());

    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "export/")).withQueryParam("q", equalTo("!(12)")));
    LoggedRequest sent = superset.findAll(postRequestedFor(urlPathEqualTo(BASE + "import/"))).get(0);
    assertThat(sent.getPart("formData").getBody().asBytes()).isEqualTo(zip);
    assertThat(sent.getPart("overwrite").getBody().asString()).isEqualTo("false");
    assertThat(sent.getBodyAsString()).doesNotContain("name=\"passwords\"");
    assertThatThrownBy(() -> datasets.export(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void importBundle_sendsTheConnectionsSecrets_asEveryImportDoes() {
    superset.stubFor(post(urlPathEqualTo(BASE + "import/")).willReturn(okJson("{\"message\": \"OK\"}")));
    byte[] zip = {'P', 'K', 3, 4};

    datasets.importBundle(ImportBundleRequest.builder(zip).overwrite(true)
        .password("databases/wh.yaml", "pw")
        .sshTunnelPrivateKey("databases/wh.yaml", "-----BEGIN KEY-----")
        .sshTunnelPrivateKeyPassword("databases/wh.yaml", "key-pw")
        .build());

    LoggedRequest sent = superset.findAll(postRequestedFor(urlPathEqualTo(BASE + "import/"))).get(0);
    assertThat(sent.getPart("overwrite").getBody().asString()).isEqualTo("true");
    assertThat(sent.getPart("passwords").getBody().asString()).isEqualTo("{\"databases/wh.yaml\":\"pw\"}");
    assertThat(sent.getPart("ssh_tunnel_private_keys").getBody().asString())
        .isEqualTo("{\"databases/wh.yaml\":\"-----BEGIN KEY-----\"}");
    assertThat(sent.getPart("ssh_tunnel_private_key_passwords").getBody().asString())
        .isEqualTo("{\"databases/wh.yaml\":\"key-pw\"}");
  }
}
