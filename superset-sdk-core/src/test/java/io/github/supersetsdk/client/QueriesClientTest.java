package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.QueryId;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.QueryDatabaseRef;
import io.github.supersetsdk.client.model.QueryState;
import io.github.supersetsdk.client.model.SavedQuery;
import io.github.supersetsdk.client.model.SqlQuery;
import io.github.supersetsdk.client.model.TagType;
import io.github.supersetsdk.client.model.UserRef;
import io.github.supersetsdk.client.request.CreateSavedQueryRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateSavedQueryRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QueriesClientTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.withoutRetries();

  @Test
  void queriesList_filter_sendsRisonAndDecodesEpochTimes() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/query/")).willReturn(okJson("""
        {"count": 1, "ids": [1], "result": [{"id": 1, "database": {"database_name": "wh"}, "status": "success",
          "sql": "select 1", "rows": 4, "start_time": 1795606059926.751, "end_time": 1795606059983.054,
          "changed_on": "2026-11-25T11:27:39.992127", "user": {"first_name": "Admin", "id": 1, "last_name": "User"}}]}
        """)));
    try (SupersetClient client = superset.clientBuilder().build()) {
      List<SqlQuery> queries = client.queries().list(ListQuery.where(Filter.eq("status", "success"))).stream().toList();
      assertThat(queries).singleElement().satisfies(q -> {
        assertThat(q.id()).isEqualTo(QueryId.of(1));
        assertThat(q.database().databaseName()).isEqualTo("wh");
        assertThat(q.database().id()).isNull();
        assertThat(q.startTime()).isEqualTo(Instant.ofEpochMilli(1795606059927L));
        assertThat(q.changedOn()).isNotNull();
        assertThat(q.user().firstName()).isEqualTo("Admin");
      });
    }
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/query/")))
        .isEqualTo("(filters:!((col:status,opr:eq,value:success)),page:0,page_size:100,keys:!(none))");
  }

  @Test
  void queryGet_stringTimes_areParsed() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/query/5")).willReturn(okJson("""
        {"id": 5, "result": {"id": 5, "client_id": "abc", "database": {"id": 2}, "start_time": "1795606059926.751000",
          "end_time": null, "status": "running"}}
        """)));
    superset.stubFor(post(urlPathEqualTo("/api/v1/query/stop")).willReturn(okJson("{\"result\":\"OK\"}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      SqlQuery q = client.queries().get(QueryId.of(5));
      assertThat(q.clientId()).isEqualTo("abc");
      assertThat(q.database().id()).isEqualTo(DatabaseId.of(2));
      assertThat(q.startTime()).isEqualTo(Instant.ofEpochMilli(1795606059927L));
      assertThat(q.endTime()).isNull();
      client.queries().stop("abc");
    }
    assertThat(superset.single("POST", "/api/v1/query/stop").getBodyAsString()).isEqualTo("{\"client_id\":\"abc\"}");
  }

  @Test
  void updatedSince_sendsEpochMillis() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/query/updated_since")).willReturn(okJson(
        "{\"result\":[{\"id\":\"c\",\"queryId\":3,\"dbId\":1,\"db\":\"warehouse\",\"state\":\"success\","
            + "\"tempTable\":\"t\",\"tempSchema\":\"scratch\",\"user\":\"Admin User\",\"userId\":1,"
            + "\"endDttm\":\"1795607121390.544000\"}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.queries().updatedSince(Instant.ofEpochMilli(1700000000000L)))
          .singleElement().satisfies(q -> {
            assertThat(q.clientId()).isEqualTo("c");
            assertThat(q.id()).isEqualTo(QueryId.of(3));
            assertThat(q.status()).isEqualTo(QueryState.SUCCESS);
            assertThat(q.database()).isEqualTo(new QueryDatabaseRef(DatabaseId.of(1), "warehouse"));
            assertThat(q.tmpTableName()).isEqualTo("t");
            assertThat(q.tmpSchemaName()).isEqualTo("scratch");
            assertThat(q.user()).isEqualTo(new UserRef(UserId.of(1), null, null));
            assertThat(q.userLabel()).isEqualTo("Admin User");
            assertThat(q.endTime()).isEqualTo(Instant.ofEpochMilli(1795607121391L));
          });
    }
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/query/updated_since")))
        .isEqualTo("(last_updated_ms:1700000000000)");
  }

  @Test
  void relatedAndDistinct_pageThroughLookups() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/query/related/user"))
        .willReturn(okJson("{\"count\":1,\"result\":[{\"extra\":{},\"text\":\"Admin User\",\"value\":1}]}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/saved_query/distinct/schema"))
        .willReturn(okJson("{\"count\":1,\"result\":[{\"text\":\"marts\",\"value\":\"marts\"}]}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.queries().related("user", "adm").stream().toList())
          .singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(1));
      assertThat(client.savedQueries().distinct("schema", null).stream().map(d -> d.text()).toList())
          .containsExactly("marts");
    }
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/query/related/user")))
        .isEqualTo("(filter:adm,page:0,page_size:100)");
  }

  @Test
  void savedQueryCrud_sendsSnakeCaseBodiesAndOnlyChangedFields() {
    superset.stubFor(post(urlPathEqualTo("/api/v1/saved_query/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":12,\"result\":{}}")));
    superset.stubFor(put(urlPathEqualTo("/api/v1/saved_query/12")).willReturn(okJson("{\"id\":12,\"result\":{}}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/saved_query/12")).willReturn(okJson("""
        {"id": 12, "result": {"id": 12, "label": "q", "sql": "select 2", "schema": "marts",
          "database": {"database_name": "wh", "id": 3}, "template_parameters": "{}",
          "created_by": {"first_name": "Admin", "id": 1, "last_name": "User"}}}
        """)));
    superset.stubFor(delete(urlPathEqualTo("/api/v1/saved_query/")).willReturn(okJson("{\"message\":\"Deleted 2\"}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      SavedQueryId id = client.savedQueries().create(
          CreateSavedQueryRequest.builder(DatabaseId.of(3), "q", "select 1").schema("marts").build());
      assertThat(id).isEqualTo(SavedQueryId.of(12));
      client.savedQueries().update(id, UpdateSavedQueryRequest.builder().sql("select 2").clearDescription().build());
      SavedQuery read = client.savedQueries().get(id);
      assertThat(read.database().id()).isEqualTo(DatabaseId.of(3));
      assertThat(read.createdBy().firstName()).isEqualTo("Admin");
      client.savedQueries().delete(List.of(SavedQueryId.of(12), SavedQueryId.of(13)));
      assertThatThrownBy(() -> client.savedQueries().update(id, UpdateSavedQueryRequest.builder().build()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(superset.single("POST", "/api/v1/saved_query/").getBodyAsString())
        .isEqualTo("{\"db_id\":3,\"label\":\"q\",\"sql\":\"select 1\",\"schema\":\"marts\"}");
    assertThat(superset.single("PUT", "/api/v1/saved_query/12").getBodyAsString())
        .isEqualTo("{\"sql\":\"select 2\",\"description\":null}");
    assertThat(FakeSuperset.q(superset.single("DELETE", "/api/v1/saved_query/"))).isEqualTo("!(12,13)");
  }

  @Test
  void savedQueriesList_decodesTags() {
    superset.stubFor(get(urlPathEqualTo("/api/v1/saved_query/")).willReturn(okJson("""
        {"count": 1, "result": [{"id": 1, "label": "a", "tags": [{"id": 1, "name": "owner:1", "type": 3}]}]}
        """)));
    try (SupersetClient client = superset.clientBuilder().build()) {
      SavedQuery q = client.savedQueries().listPage(ListQuery.all(), 0).items().get(0);
      assertThat(q.tags()).singleElement().satisfies(t -> assertThat(t.type()).isEqualTo(TagType.OWNER));
    }
  }

  @Test
  void exportAndImport_useZipAndMultipart() {
    byte[] zip = {0x50, 0x4b, 3, 4};
    superset.stubFor(get(urlPathEqualTo("/api/v1/saved_query/export/"))
        .willReturn(aResponse().withHeader("Content-Type", "application/zip").withBody(zip)));
    superset.stubFor(post(urlPathEqualTo("/api/v1/saved_query/import/"))
        .withHeader("Content-Type", containing("multipart/form-data; boundary="))
        .willReturn(okJson("{\"message\":\"OK\"}")));
    superset.stubFor(get(urlPathEqualTo("/api/v1/saved_query/_info")).willReturn(okJson(
        "{\"permissions\":[\"can_read\",\"can_write\"],\"filters\":{\"label\":[{\"name\":\"Contains\",\"operator\":\"ct\"}]}}")));
    try (SupersetClient client = superset.clientBuilder().build()) {
      assertThat(client.savedQueries().export(List.of(SavedQueryId.of(4)))).isEqualTo(zip);
      client.savedQueries().importBundle(ImportBundleRequest.builder(zip).overwrite(true)
          .password("databases/wh.yaml", "pw").build());
      var info = client.savedQueries().info();
      assertThat(info.can("can_write")).isTrue();
      assertThat(info.filters().get("label")).extracting(o -> o.operator().value()).containsExactly("ct");
    }
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/saved_query/export/"))).isEqualTo("!(4)");
    LoggedRequest imported = superset.single("POST", "/api/v1/saved_query/import/");
    String body = new String(imported.getBody(), StandardCharsets.ISO_8859_1);
    assertThat(body).contains("name=\"formData\"; filename=\"bundle.zip\"", "name=\"overwrite\"\r\n\r\ntrue",
        "name=\"passwords\"\r\n\r\n{\"databases/wh.yaml\":\"pw\"}");
    assertThat(FakeSuperset.q(superset.single("GET", "/api/v1/saved_query/_info"))).isEqualTo("(keys:!(permissions,filters,add_columns,edit_columns))");
  }
}
