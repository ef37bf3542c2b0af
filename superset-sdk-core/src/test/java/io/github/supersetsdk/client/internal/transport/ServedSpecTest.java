package io.github.supersetsdk.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.internal.api.ApiCoverage;
import io.github.supersetsdk.client.internal.api.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServedSpecTest {

  private static ServedSpec parse(String json) throws IOException {
    return ServedSpec.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bundledSpec_listsEveryTypedOperation_soNoneIsRefusedOnTheTargetRelease() throws IOException {
    ServedSpec spec;
    try (InputStream in = ServedSpec.class.getResourceAsStream(ApiCoverage.SPEC_RESOURCE)) {
      spec = ServedSpec.parse(in.readAllBytes());
    }
    List<String> missing = new ArrayList<>();
    for (OperationSpec op : Operations.all()) {
      if (!spec.has(op.method(), op.id().substring(op.id().indexOf(' ') + 1))) {
        missing.add(op.id());
      }
    }
    assertThat(missing).isEmpty();
    assertThat(spec.requestProperties("PUT", "/api/v1/dataset/{pk}")).contains("table_name", "columns", "metrics");
  }

  @Test
  void sqlLabPermalink_documentedWithTheChartPermalinksSchema_isNotFieldChecked() throws IOException {
    for (String version : List.of("6.1.0", "6.0.0", "5.0.0")) {
      ServedSpec spec;
      try (InputStream in = ServedSpec.class.getResourceAsStream(
          "/io/github/supersetsdk/client/superset-openapi-" + version + ".json")) {
        spec = ServedSpec.parse(in.readAllBytes());
      }
      assertThat(spec.has("POST", "/api/v1/sqllab/permalink")).as(version).isTrue();
      assertThat(spec.requestProperties("POST", "/api/v1/sqllab/permalink")).as(version).isNull();
      // The schema it borrows is checked where it belongs.
      assertThat(spec.requestProperties("POST", "/api/v1/explore/permalink")).as(version).contains("formData");
    }
  }

  @Test
  void parse_followsRefsAndCombinators_unknownWhenOpen() throws IOException {
    ServedSpec spec = parse("""
        {"paths": {
           "/a/": {"post": {"requestBody": {"content": {"application/json": {"schema": {"allOf": [
               {"$ref": "#/components/schemas/A"}, {"properties": {"y": {}}}]}}}}},
                   "put": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Open"}}}}},
                   "patch": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nope"}}}}},
                   "get": {}, "parameters": []},
           "/a/{pk}/x/": {"get": {}},
           "/a/export/x/": {"get": {}}},
         "components": {"schemas": {
           "A": {"type": "object", "properties": {"x": {}}},
           "Open": {"type": "object", "properties": {"x": {}}, "additionalProperties": {"type": "string"}}}}}
        """);

    assertThat(spec.size()).isEqualTo(6);
    assertThat(spec.requestProperties("POST", "/a/")).containsExactlyInAnyOrder("x", "y");
    assertThat(spec.requestProperties("PUT", "/a/")).isNull();
    assertThat(spec.requestProperties("PATCH", "/a/")).isNull();
    assertThat(spec.requestProperties("GET", "/a/")).isNull();
    assertThat(spec.has("GET", "/a/{id}/x/")).isTrue();
    assertThat(spec.has("GET", "/a/7/x/")).isTrue();
    assertThat(spec.has("GET", "/a//x/")).isFalse();
    assertThat(spec.has("GET", "/a/7/x")).isFalse();
    assertThat(spec.has("DELETE", "/a/")).isFalse();
  }

  @Test
  void parse_notADocument_throws() {
    assertThatThrownBy(() -> parse("{\"msg\": \"Missing Authorization Header\"}")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> parse("<html>")).isInstanceOf(IOException.class);
  }
}
