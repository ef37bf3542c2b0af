package io.github.supersetsdk.cli.dbt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.cli.CliTestSupport;
import io.github.supersetsdk.cli.ConnectionOptions;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One dataset's failure (Superset answers 500 to its PUT) does not stop the others: the report
 * lists it as failed with Superset's message, the other dataset is written, and the exit status
 * is 1. A fault a real server does not make on demand, so WireMock plays Superset.
 */
class SyncFailureTest {

  @RegisterExtension
  static final FakeSuperset wm = FakeSuperset.withoutRetries();

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Function<String, String> realEnv = ConnectionOptions.env;

  @AfterEach
  void restore() {
    ConnectionOptions.env = realEnv;
  }

  @BeforeEach
  void superset() {
    // FakeSuperset answers login, refresh and CSRF; the connection and datasets are stubbed here.
    wm.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(okJson(
        "{\"count\":1,\"ids\":[1],\"result\":[{\"id\":1,\"database_name\":\"wh\",\"backend\":\"postgresql\"}]}")));
    wm.stubFor(get(urlPathEqualTo("/api/v1/dataset/")).willReturn(okJson(
        "{\"count\":3,\"ids\":[11,12,13],\"result\":[" + listed(11, "alpha") + "," + listed(12, "beta") + ","
            + listed(13, "gamma") + "]}")));
    for (int id : new int[] {11, 12, 13}) {
      String table = id == 11 ? "alpha" : id == 12 ? "beta" : "gamma";
      wm.stubFor(get(urlPathEqualTo("/api/v1/dataset/" + id)).willReturn(okJson(
          "{\"id\":" + id + ",\"result\":{\"id\":" + id + ",\"table_name\":\"" + table + "\",\"schema\":\"marts\","
              + "\"database\":{\"id\":1,\"database_name\":\"wh\"},\"description\":null,\"extra\":null,"
              + "\"columns\":[],\"metrics\":[]}}")));
      wm.stubFor(put(urlPathEqualTo("/api/v1/dataset/" + id))
          .willReturn(okJson("{\"id\":" + id + ",\"result\":{}}")));
    }
    wm.stubFor(put(urlPathEqualTo("/api/v1/dataset/12")).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Dataset could not be updated: deadlock detected\"}")));
  }

  private static String listed(int id, String table) {
    return "{\"id\":" + id + ",\"table_name\":\"" + table + "\",\"schema\":\"marts\",\"sql\":null,"
        + "\"extra\":null,\"database\":{\"id\":1,\"database_name\":\"wh\"}}";
  }

  private Path manifest() throws Exception {
    StringBuilder nodes = new StringBuilder();
    for (String m : new String[] {"alpha", "beta", "gamma"}) {
      if (nodes.length() > 0) {
        nodes.append(',');
      }
      nodes.append("\"model.p.").append(m).append("\": {\"resource_type\": \"model\", \"name\": \"")
          .append(m).append("\", \"unique_id\": \"model.p.").append(m)
          .append("\", \"package_name\": \"p\", \"schema\": \"marts\", \"description\": \"The ").append(m)
          .append(" model.\", \"database\": \"warehouse\", \"alias\": \"").append(m)
          .append("\", \"fqn\": [\"p\", \"").append(m).append("\"], \"path\": \"").append(m)
          .append(".sql\", \"original_file_path\": \"models/").append(m)
          .append(".sql\", \"tags\": [], \"columns\": {}, \"depends_on\": {\"nodes\": []},")
          .append(" \"config\": {\"materialized\": \"table\", \"enabled\": true}}");
    }
    return Files.writeString(tmp.resolve("manifest.json"),
        "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
            + " \"dbt_version\": \"1.11.16\", \"adapter_type\": \"postgres\"},"
            + " \"nodes\": {" + nodes + "},"
            + " \"sources\": {}, \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {}}");
  }

  private int run(String... args) {
    ConnectionOptions.env = Map.of("SUPERSET_URL", wm.baseUrl(), "SUPERSET_USERNAME", "admin",
        "SUPERSET_PASSWORD", "pw", "SUPERSET_DATABASE", "wh")::get;
    CommandLine cli = CliTestSupport.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void sync_oneDatasetsPutFails_othersWrittenReportNamesItAndExits1() throws Exception {
    int code = run("dbt", "sync", "--manifest", manifest().toString(), "--json", "--max-in-flight", "1");

    assertThat(code).as("stdout: %s%nstderr: %s", out, err).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.path("failed").asInt()).isEqualTo(1);
    assertThat(report.path("updated").asInt()).isEqualTo(2);
    JsonNode beta = null;
    for (JsonNode d : report.path("datasets")) {
      if (d.path("uniqueId").asText().equals("model.p.beta")) {
        beta = d;
      } else {
        assertThat(d.has("error")).as(d.toString()).isFalse();
        assertThat(d.path("action").asText()).isEqualTo("update");
      }
    }
    assertThat(beta).isNotNull();
    assertThat(beta.path("error").asText())
        .contains("500")
        .contains("Dataset could not be updated: deadlock detected");
    // The datasets after the failing one were still written.
    wm.verify(1, putRequestedFor(urlPathEqualTo("/api/v1/dataset/11")));
    wm.verify(1, putRequestedFor(urlPathEqualTo("/api/v1/dataset/13")));
  }

  @Test
  void sync_oneDatasetFails_textReportSaysFailedWithMessage() throws Exception {
    int code = run("dbt", "sync", "--manifest", manifest().toString());
    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("FAILED model.p.beta: ")
        .contains("Dataset could not be updated: deadlock detected")
        .contains("2 updated")
        .contains("1 failed");
  }
}
