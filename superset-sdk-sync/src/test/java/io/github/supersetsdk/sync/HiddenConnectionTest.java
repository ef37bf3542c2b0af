package io.github.supersetsdk.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.supersetsdk.client.testing.FakeSuperset.json;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.testing.FakeSuperset;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sync account whose role lacks {@code database_access} on the target connection: Superset
 * leaves the connection out of its list and answers 404 for it, as if it did not exist. The error
 * must say that it may be hidden, not only suggest creating it.
 */
class HiddenConnectionTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  @Test
  void byName_emptyList_saysNoneAreVisibleAndWhichPermissionShowsThem() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/")).willReturn(okJson("{\"count\": 0, \"ids\": [], \"result\": []}")));

    try (DbtSync sync = DbtSync.builder(superset.clientBuilder().build()).database("warehouse").build()) {
      assertThatThrownBy(() -> sync.plan(artifacts()))
          .isInstanceOf(SyncException.class)
          .hasMessageContaining("no Superset database connection named 'warehouse'")
          .hasMessageContaining("(known: none)")
          .hasMessageContaining("database_access");
    }
  }

  @Test
  void byId_notFound_saysItMayBeHidden() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/database/7")).willReturn(json(404, "{\"message\": \"Not found\"}")));

    try (DbtSync sync = DbtSync.builder(superset.clientBuilder().build()).database(DatabaseId.of(7)).build()) {
      assertThatThrownBy(() -> sync.plan(artifacts()))
          .isInstanceOf(SyncException.class)
          .hasMessageContaining("no Superset database connection with id 7")
          .hasMessageContaining("database_access");
    }
  }

  private static DbtArtifacts artifacts() {
    String json = "{\"metadata\": {\"dbt_schema_version\": \"https://schemas.getdbt.com/dbt/manifest/v12.json\","
        + " \"dbt_version\": \"1.11.16\", \"adapter_type\": \"postgres\"}, \"nodes\": {}, \"sources\": {},"
        + " \"macros\": {}, \"docs\": {}, \"exposures\": {}, \"metrics\": {}}";
    DbtManifest manifest = DbtArtifactReader.create().readManifest(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "manifest.json");
    return new DbtArtifacts(manifest, null, null, null);
  }
}
