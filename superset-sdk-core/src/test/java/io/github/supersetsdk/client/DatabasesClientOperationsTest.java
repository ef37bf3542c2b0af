package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.ErrorType;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.ChartId;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.DatabaseEngine;
import io.github.supersetsdk.client.model.DatabaseTableKey;
import io.github.supersetsdk.client.model.DatabaseTableMetadata;
import io.github.supersetsdk.client.model.DatabaseUploadSheet;
import io.github.supersetsdk.client.model.DependentChart;
import io.github.supersetsdk.client.model.DependentDashboard;
import io.github.supersetsdk.client.model.DependentObjects;
import io.github.supersetsdk.client.model.SqlValidationError;
import io.github.supersetsdk.client.model.VizType;
import io.github.supersetsdk.client.request.DatabaseUpload;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ValidateDatabaseParametersRequest;
import io.github.supersetsdk.client.request.ValidateSqlRequest;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabasesClientOperationsTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  private static final String BASE = "/api/v1/database/";
  private static final DatabaseId DB = DatabaseId.of(3);

  private SupersetClient client;
  private DatabasesClient databases;

  @BeforeEach
  void setUp() {
    client = superset.client();
    databases = client.databases();
  }

  @Test
  void tableMetadata_decodesCamelCaseKeys_andSendsNameAndSchemaAsQuery() {
    String json = "{\"name\": \"fct_orders\", \"comment\": null, \"selectStar\": \"SELECT * FROM marts.fct_orders LIMIT 100\","
        + " \"columns\": [{\"name\": \"tenant_id\", \"type\": \"INTEGER\", \"longType\": \"INTEGER\", \"keys\": []},"
        + "  {\"name\": \"note\", \"type\": \"VARCHAR\", \"longType\": \"VARCHAR(50)\", \"comment\": \"free text\"}],"
        + " \"primaryKey\": {\"name\": \"fct_orders_pkey\", \"type\": \"pk\", \"column_names\": [\"order_id\"]},"
        + " \"foreignKeys\": [{\"name\": \"fk_t\", \"type\": \"fk\", \"column_names\": [\"tenant_id\"], \"referred_schema\": \"marts\","
        + "  \"referred_table\": \"dim_tenants\", \"referred_columns\": [\"tenant_id\"], \"options\": {}}],"
        + " \"indexes\": []}";
    superset.stubFor(get(urlPathEqualTo(BASE + "3/table_metadata/")).willReturn(okJson(json)));
    superset.stubFor(get(urlPathEqualTo(BASE + "3/table/fct_orders/marts/")).willReturn(okJson(json)));

    DatabaseTableMetadata metadata = databases.getTableMetadata(DB, "marts", "fct_orders");

    assertThat(metadata.name()).isEqualTo("fct_orders");
    assertThat(metadata.selectStar()).isEqualTo("SELECT * FROM marts.fct_orders LIMIT 100");
    assertThat(metadata.column("note").longType()).isEqualTo("VARCHAR(50)");
    assertThat(metadata.column("note").comment()).isEqualTo("free text");
    assertThat(metadata.primaryKey().columnNames()).containsExactly("order_id");
    DatabaseTableKey fk = metadata.foreignKeys().get(0);
    assertThat(fk.referredTable()).isEqualTo("dim_tenants");
    assertThat(fk.referredColumns()).containsExactly("tenant_id");
    assertThat(metadata.indexes()).isEmpty();
    assertThat(databases.getTableMetadataByPath(DB, "marts", "fct_orders")).isEqualTo(metadata);
    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "3/table_metadata/"))
        .withQueryParam("name", equalTo("fct_orders"))
        .withQueryParam("schema", equalTo("marts")));
  }

  @Test
  void tableMetadata_withoutSchema_omitsTheParameter() {
    superset.stubFor(get(urlPathEqualTo(BASE + "3/table_metadata/")).willReturn(okJson("{\"name\": \"t\", \"columns\": []}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "3/table_metadata/extra/")).willReturn(okJson("{\"partitions\": {\"cols\": [\"ds\"]}}")));

    assertThat(databases.getTableMetadata(DB, null, "t").columns()).isEmpty();
    assertThat(databases.getTableExtraMetadata(DB, null, "t").partitions()).containsEntry("cols", List.of("ds"));

    LoggedRequest sent = superset.findAll(getRequestedFor(urlPathEqualTo(BASE + "3/table_metadata/"))).get(0);
    assertThat(sent.getUrl()).doesNotContain("schema").doesNotContain("catalog");
  }

  @Test
  void tableExtraByPath_andSelectStar_hitTheirPaths() {
    superset.stubFor(get(urlPathEqualTo(BASE + "3/table_extra/t/s/")).willReturn(okJson("{}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "3/select_star/t/s/")).willReturn(okJson("{\"result\": \"SELECT * FROM s.t\"}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "3/select_star/t/")).willReturn(okJson("{\"result\": \"SELECT * FROM t\"}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "3/select_star/gone/"))
        .willReturn(okJson("{\"message\": \"Table not found on the database\"}").withStatus(404)));

    assertThat(databases.getTableExtraMetadataByPath(DB, "s", "t").metadata()).isEmpty();
    assertThat(databases.selectStar(DB, "s", "t")).isEqualTo("SELECT * FROM s.t");
    assertThat(databases.selectStar(DB, "t")).isEqualTo("SELECT * FROM t");
    assertThatThrownBy(() -> databases.selectStar(DB, "gone")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void validateSql_postsTheStatement_andDecodesErrors() {
    superset.stubFor(post(urlPathEqualTo(BASE + "3/validate_sql/")).willReturn(okJson(
        "{\"result\": [{\"message\": \"syntax error at or near \\\"frm\\\"\", \"line_number\": 1, \"start_column\": 8, \"end_column\": 11}]}")));

    List<SqlValidationError> errors = databases.validateSql(DB, ValidateSqlRequest.of("select 1 frm t").inSchema("marts"));

    assertThat(errors).containsExactly(new SqlValidationError("syntax error at or near \"frm\"", 1, 8, 11));
    superset.verify(postRequestedFor(urlPathEqualTo(BASE + "3/validate_sql/"))
        .withRequestBody(equalToJson("{\"sql\": \"select 1 frm t\", \"schema\": \"marts\", \"template_params\": {}}")));
  }

  @Test
  void validateSql_withoutValidator_throwsTheTypedError() {
    superset.stubFor(post(urlPathEqualTo(BASE + "3/validate_sql/")).willReturn(okJson(
        "{\"errors\": [{\"message\": \"no SQL validator is configured for postgresql\", \"error_type\": \"GENERIC_DB_ENGINE_ERROR\","
            + " \"level\": \"error\"}]}").withStatus(422)));

    assertThatThrownBy(() -> databases.validateSql(DB, ValidateSqlRequest.of("select 1")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(422);
          assertThat(e.errorType()).isEqualTo(ErrorType.GENERIC_DB_ENGINE_ERROR);
        });
  }

  @Test
  void validateParameters_sendsDynamicForm_andKeepsThePasswordOutOfToString() {
    superset.stubFor(post(urlPathEqualTo(BASE + "validate_parameters/")).willReturn(okJson("{\"message\": \"OK\"}")));
    ValidateDatabaseParametersRequest request = ValidateDatabaseParametersRequest.of(
        "postgresql", Map.of("host", "db", "port", 5432, "password", "s3cret-pw"));

    databases.validateParameters(request);

    assertThat(request.toString()).doesNotContain("s3cret-pw").contains("password");
    superset.verify(postRequestedFor(urlPathEqualTo(BASE + "validate_parameters/")).withRequestBody(equalToJson(
        "{\"engine\": \"postgresql\", \"configuration_method\": \"dynamic_form\","
            + " \"parameters\": {\"host\": \"db\", \"port\": 5432, \"password\": \"s3cret-pw\"}}")));
  }

  @Test
  void browsingEndpoints_decodeTheirEnvelopes() {
    superset.stubFor(get(urlPathEqualTo(BASE + "3/catalogs/")).willReturn(okJson("{\"result\": [\"analytics\"]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "3/function_names/")).willReturn(okJson("{\"function_names\": [\"abs\", \"avg\"]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "3/schemas_access_for_file_upload/")).willReturn(okJson("{\"schemas\": [\"uploads\"]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "available/")).willReturn(okJson(
        "{\"databases\": [{\"engine\": \"postgresql\", \"name\": \"PostgreSQL\", \"default_driver\": \"psycopg2\","
            + " \"available_drivers\": [\"psycopg2\"], \"preferred\": true, \"sqlalchemy_uri_placeholder\": \"postgresql://u:p@h/db\","
            + " \"parameters\": {\"type\": \"object\"}, \"engine_information\": {\"supports_file_upload\": true}}]}")));
    superset.stubFor(get(urlPathEqualTo(BASE + "_info")).willReturn(okJson("{\"permissions\": [\"can_read\"], \"filters\": {}}")));
    superset.stubFor(post(urlPathEqualTo(BASE + "3/sync_permissions/")).willReturn(okJson("{\"message\": \"OK\"}")));

    assertThat(databases.listCatalogs(DB, true)).containsExactly("analytics");
    assertThat(databases.listFunctionNames(DB)).containsExactly("abs", "avg");
    assertThat(databases.listUploadSchemas(DB)).containsExactly("uploads");
    DatabaseEngine engine = databases.listAvailableEngines().get(0);
    assertThat(engine.engine()).isEqualTo("postgresql");
    assertThat(engine.defaultDriver()).isEqualTo("psycopg2");
    assertThat(engine.preferred()).isTrue();
    assertThat(engine.supportsFileUpload()).isTrue();
    assertThat(databases.info().permissions()).containsExactly("can_read");
    databases.syncPermissions(DB);

    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "3/catalogs/")).withQueryParam("q", equalTo("(force:!t)")));
    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "_info")).withQueryParam("q", equalTo("(keys:!(permissions,filters))")));
    superset.verify(postRequestedFor(urlPathEqualTo(BASE + "3/sync_permissions/"))
        .withHeader("X-CSRFToken", equalTo(FakeSuperset.CSRF_TOKEN)));
  }

  @Test
  void dependents_flattenTheCountedLists() {
    superset.stubFor(get(urlPathEqualTo(BASE + "3/related_objects/")).willReturn(okJson(
        "{\"charts\": {\"count\": 1, \"result\": [{\"id\": 7, \"slice_name\": \"Orders\", \"viz_type\": \"table\"}]},"
            + " \"dashboards\": {\"count\": 1, \"result\": [{\"id\": 2, \"title\": \"Sales\", \"slug\": \"sales\", \"json_metadata\": \"{}\"}]}}")));

    DependentObjects dependents = databases.getDependents(DB);

    assertThat(dependents.charts()).containsExactly(new DependentChart(ChartId.of(7), "Orders", VizType.TABLE));
    assertThat(dependents.dashboards()).containsExactly(new DependentDashboard(DashboardId.of(2), "Sales", "sales"));
    assertThat(dependents.isEmpty()).isFalse();
  }

  @Test
  void exportAndImport_sendIdsAndMultipartWithPasswords() {
    byte[] zip = {'P', 'K', 3, 4, 5};
    superset.stubFor(get(urlPathEqualTo(BASE + "export/"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/zip").withBody(zip)));
    superset.stubFor(post(urlPathEqualTo(BASE + "import/")).willReturn(okJson("{\"message\": \"OK\"}")));

    assertThat(databases.export(List.of(DB, DatabaseId.of(4)))).isEqualTo(zip);
    databases.importBundle(ImportBundleRequest.builder(zip).overwrite(true)
        .password("databases/warehouse.yaml", "pw").build());

    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "export/")).withQueryParam("q", equalTo("!(3,4)")));
    LoggedRequest sent = superset.findAll(postRequestedFor(urlPathEqualTo(BASE + "import/"))).get(0);
    assertThat(sent.getHeader("Content-Type")).matches("multipart/form-data; boundary=superset-sdk-.+");
    assertThat(sent.getPart("formData").getBody().asBytes()).isEqualTo(zip);
    assertThat(sent.getPart("overwrite").getBody().asString()).isEqualTo("true");
    assertThat(sent.getPart("passwords").getBody().asString()).isEqualTo("{\"databases/warehouse.yaml\":\"pw\"}");
  }

  @Test
  void upload_andUploadColumns_sendTheFileAndOptions() {
    superset.stubFor(post(urlPathEqualTo(BASE + "3/upload/")).willReturn(okJson("{\"message\": \"OK\"}").withStatus(201)));
    superset.stubFor(post(urlPathEqualTo(BASE + "upload_metadata/")).willReturn(okJson(
        "{\"result\": {\"items\": [{\"column_names\": [\"a\", \"b\"], \"sheet_name\": null}]}}")));
    byte[] csv = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);
    DatabaseUpload upload = DatabaseUpload.csv("targets.csv", csv, "targets")
        .schema("uploads").alreadyExists(DatabaseUpload.IfExists.REPLACE).delimiter(";").headerRow(0)
        .columnDates(List.of("day")).build();

    databases.upload(DB, upload);
    List<DatabaseUploadSheet> sheets = databases.readUploadColumns(upload);

    assertThat(sheets).containsExactly(new DatabaseUploadSheet(null, List.of("a", "b")));
    LoggedRequest sent = superset.findAll(postRequestedFor(urlPathEqualTo(BASE + "3/upload/"))).get(0);
    assertThat(sent.getPart("file").getBody().asBytes()).isEqualTo(csv);
    assertThat(sent.getPart("type").getBody().asString()).isEqualTo("csv");
    assertThat(sent.getPart("table_name").getBody().asString()).isEqualTo("targets");
    assertThat(sent.getPart("schema").getBody().asString()).isEqualTo("uploads");
    assertThat(sent.getPart("already_exists").getBody().asString()).isEqualTo("replace");
    assertThat(sent.getPart("delimiter").getBody().asString()).isEqualTo(";");
    assertThat(sent.getPart("header_row").getBody().asString()).isEqualTo("0");
    assertThat(sent.getPart("column_dates").getBody().asString()).isEqualTo("day");
    LoggedRequest meta = superset.findAll(postRequestedFor(urlPathEqualTo(BASE + "upload_metadata/"))).get(0);
    assertThat(meta.getPart("file").getBody().asBytes()).isEqualTo(csv);
    assertThat(meta.getPart("type").getBody().asString()).isEqualTo("csv");
    assertThat(new String(meta.getBody(), StandardCharsets.ISO_8859_1)).doesNotContain("table_name");
    assertThat(upload.toString()).contains("targets.csv").doesNotContain("1;2");
  }

  @Test
  void related_listsOptionsPageByPage() {
    superset.stubFor(get(urlPathEqualTo(BASE + "related/created_by")).willReturn(okJson(
        "{\"count\": 1, \"result\": [{\"value\": 1, \"text\": \"admin user\", \"extra\": {}}]}")));

    assertThat(databases.related("created_by", "adm").stream().toList()).hasSize(1);

    superset.verify(getRequestedFor(urlPathEqualTo(BASE + "related/created_by"))
        .withQueryParam("q", matching(".*filter:adm.*")));
    assertThatThrownBy(() -> databases.related("a/b", null)).isInstanceOf(IllegalArgumentException.class);
  }
}
