package io.github.supersetsdk.client.snippets;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.request.UserPassword;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the javadoc samples that need no real server: the value builders as written (a builder
 * that rejects its own sample fails here), and a few client samples against the fake Superset.
 */
class SnippetsTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void valueSamples_runAsWritten() {
    assertThat(ClientSnippets.retryPolicy().maxAttempts()).isEqualTo(5);
    assertThat(ClientSnippets.retryPolicy().maxBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(ClientSnippets.rawRequest()).hasSize(2);
    assertThat(ClientSnippets.clientEventListener()).isNotNull();
    assertThat(RequestSnippets.listQuery().pageSize()).isEqualTo(50);
    assertThat(EmbeddingSnippets.rlsClause(DatasetId.of(3), "it's-quoted").get(0).clause())
        .isEqualTo("tenant_slug = 'it''s-quoted'");
    assertThat(EmbeddingSnippets.guestTokenSigning("a-secret-of-at-least-thirty-two-bytes").signsLocally()).isTrue();
    assertThat(RequestSnippets.filter()).hasSize(2);
    assertThatCode(() -> {
      RequestSnippets.roleSearch(UserId.of(1));
      RequestSnippets.chartDataRequest(DatasetId.of(1));
      RequestSnippets.chartDataQuery();
      RequestSnippets.createDatabaseRequest();
      RequestSnippets.updateDatabaseRequest();
      RequestSnippets.createDatasetRequest(DatabaseId.of(1));
      RequestSnippets.createReportScheduleRequest(DashboardId.of(1));
      RequestSnippets.createAnnotationLayerRequest();
      RequestSnippets.updateAnnotationLayerRequest();
      RequestSnippets.createAnnotationRequest();
      RequestSnippets.updateAnnotationRequest();
      RequestSnippets.createCssTemplateRequest();
      RequestSnippets.updateCssTemplateRequest();
      RequestSnippets.createTagRequest();
      RequestSnippets.themeRequest();
      RequestSnippets.createRlsRuleRequest(DatasetId.of(1), RoleId.of(2));
      RequestSnippets.createUserRequest(RequestSnippets.userPassword("generated-Pw-1"), RoleId.of(2));
      RequestSnippets.updateUserRequest();
      RequestSnippets.createGroupRequest(RoleId.of(2), UserId.of(3));
      RequestSnippets.updateGroupRequest(UserId.of(3), UserId.of(4));
      RequestSnippets.metric();
      ModelSnippets.reportRecipient();
      ModelSnippets.tagTarget(DashboardId.of(12));
    }).doesNotThrowAnyException();
    assertThat(RequestSnippets.userPassword("generated-Pw-1")).isInstanceOf(UserPassword.class);
  }

  @Test
  void pagedIterableSample_walksItemsStreamAndPages() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/dataset/")).willReturn(okJson(
        "{\"count\": 2, \"result\": [{\"id\": 1, \"table_name\": \"fct_orders\"}, {\"id\": 2, \"table_name\": \"dim_tenant\"}]}")));

    assertThatCode(() -> ClientSnippets.pagedIterable(superset.client())).doesNotThrowAnyException();
  }

  @Test
  void serverCacheSample_invalidatesByIdAndByTable() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/cachekey/invalidate")).willReturn(okJson("{}")));

    ClientSnippets.serverCacheClient(superset.client(), DatasetId.of(7));

    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/cachekey/invalidate"))
        .withRequestBody(equalToJson("{\"datasource_uids\": [\"7__table\"], \"datasources\": []}")));
    superset.verify(postRequestedFor(urlPathEqualTo("/api/v1/cachekey/invalidate"))
        .withRequestBody(equalToJson("{\"datasource_uids\": [], \"datasources\": [{\"database_name\": \"warehouse\","
            + " \"schema\": \"marts\", \"datasource_name\": \"fct_orders\", \"datasource_type\": \"table\"}]}")));
  }
}
