package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.ErrorType;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.ServerException;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.DatabaseEngine;
import io.github.supersetsdk.client.model.DatabaseTableMetadata;
import io.github.supersetsdk.client.model.DatabaseUploadSheet;
import io.github.supersetsdk.client.model.ResourceInfo;
import io.github.supersetsdk.client.model.SqlValidationError;
import io.github.supersetsdk.client.request.DatabaseUpload;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ValidateDatabaseParametersRequest;
import io.github.supersetsdk.client.request.ValidateSqlRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoSecretsInLogs.class)
class DatabaseMetadataIT {

  private static SupersetClient client;
  private static WarehouseConnection warehouse;
  private static String mart;

  @BeforeAll
  static void setUp() throws Exception {
    client = ItEnv.adminClient().build();
    warehouse = WarehouseConnection.create(client);
    mart = Warehouse.tenantMarts().get(0);
  }

  @AfterAll
  static void tearDown() {
    if (warehouse != null) {
      warehouse.close();
    }
    if (client != null) {
      client.close();
    }
  }

  @Test
  void tableMetadata_ofAMart_listsItsColumns() {
    DatabaseTableMetadata metadata = client.databases().getTableMetadata(warehouse.id, "marts", mart);

    assertThat(metadata.name()).isEqualTo(mart);
    assertThat(metadata.column("tenant_id")).as("tenant_id column").isNotNull();
    assertThat(metadata.column("tenant_id").type()).isNotBlank();
    assertThat(metadata.selectStar()).contains(mart);
    assertThat(client.databases().getTableMetadataByPath(warehouse.id, "marts", mart).columns())
        .isEqualTo(metadata.columns());
    assertThat(client.databases().getTableExtraMetadata(warehouse.id, "marts", mart)).isNotNull();
    assertThat(client.databases().getTableExtraMetadataByPath(warehouse.id, "marts", mart)).isNotNull();
  }

  @Test
  void selectStar_quotesTheTable_andMissesTablesOutsideTheSchema() {
    String sql = client.databases().selectStar(warehouse.id, "marts", mart);

    assertThat(sql).containsIgnoringCase("select").contains(mart).contains("marts");
    assertThatThrownBy(() -> client.databases().selectStar(warehouse.id, "no_such_table_" + ItEnv.uniqueName("t")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void validateSql_reportsErrorsOrTheTypedRefusal() {
    try {
      List<SqlValidationError> valid = client.databases().validateSql(
          warehouse.id, ValidateSqlRequest.of("select tenant_id from " + mart).inSchema("marts"));
      assertThat(valid).isEmpty();
      List<SqlValidationError> invalid =
          client.databases().validateSql(warehouse.id, ValidateSqlRequest.of("selec tenant_id frm"));
      assertThat(invalid).isNotEmpty();
      assertThat(invalid.get(0).message()).isNotBlank();
    } catch (BadRequestException refused) {
      // Without a validator for the engine (SQL_VALIDATORS_BY_ENGINE), Superset answers 422.
      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(refused.serverMessage()).containsIgnoringCase("validator");
      assertThat(refused.errorType()).isEqualTo(ErrorType.GENERIC_DB_ENGINE_ERROR);
    }
  }

  @Test
  void browsing_listsFunctionsCatalogsEnginesAndPermissions() {
    // PostgreSQL's engine spec lists no functions; engines that do list non-blank names.
    assertThat(client.databases().listFunctionNames(warehouse.id)).allSatisfy(n -> assertThat(n).isNotBlank());
    assertThat(client.databases().listCatalogs(warehouse.id)).isEqualTo(client.databases().listCatalogs(warehouse.id, true));
    try {
      assertThat(client.databases().listUploadSchemas(warehouse.id)).allSatisfy(n -> assertThat(n).isNotBlank());
    } catch (ServerException serverBug) {
      // Superset 6.1.0 answers 500 here for admins: it returns the allowed schemas as a Python set,
      // which its JSON encoder cannot write. The SDK must surface that as the typed 5xx exception.
      assertThat(serverBug.statusCode()).isEqualTo(500);
      assertThat(serverBug.path()).endsWith("/schemas_access_for_file_upload/");
    }
    List<DatabaseEngine> engines = client.databases().listAvailableEngines();
    assertThat(engines).extracting(DatabaseEngine::engine).contains("postgresql");
    ResourceInfo info = client.databases().info();
    assertThat(info.permissions()).contains("can_read");
    assertThat(client.databases().related("created_by", null).stream().limit(5)).isNotEmpty();
    assertThat(client.databases().getDependents(warehouse.id).isEmpty()).isTrue();
    if (Served.has(client, "POST", "/api/v1/database/{pk}/sync_permissions/")) {
      client.databases().syncPermissions(warehouse.id);
    } else {
      // sync_permissions appeared in Superset 6.0.
      Served.assertUnsupported(() -> client.databases().syncPermissions(warehouse.id),
          "POST", "/api/v1/database/{pk}/sync_permissions/");
    }
  }

  @Test
  void validateParameters_acceptsTheWarehouse_andRejectsAWrongPort() {
    URI uri = URI.create(ItEnv.warehouseSqlalchemyUri().replaceFirst("^[a-z0-9+]+://", "postgresql://"));
    String[] credentials = uri.getUserInfo().split(":", 2);
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("host", uri.getHost());
    parameters.put("port", uri.getPort() == -1 ? 5432 : uri.getPort());
    parameters.put("database", uri.getPath().substring(1));
    parameters.put("username", credentials[0]);
    parameters.put("password", credentials.length > 1 ? credentials[1] : "");

    client.databases().validateParameters(ValidateDatabaseParametersRequest.of("postgresql", parameters));

    parameters.put("port", 1);
    assertThatThrownBy(() ->
            client.databases().validateParameters(ValidateDatabaseParametersRequest.of("postgresql", parameters)))
        .isInstanceOf(BadRequestException.class)
        .satisfies(e -> assertThat(((BadRequestException) e).errorType()).isNotNull());
  }

  @Test
  void export_thenImportWithOverwrite_keepsTheConnection() throws IOException {
    Database before = client.databases().get(warehouse.id);
    byte[] bundle = client.databases().export(List.of(warehouse.id));
    List<String> yamls = entries(bundle, "/databases/");
    assertThat(yamls).hasSize(1);
    String password = URI.create(ItEnv.warehouseSqlalchemyUri()).getUserInfo().split(":", 2)[1];
    String key = yamls.get(0).substring(yamls.get(0).indexOf("databases/"));

    client.databases().importBundle(ImportBundleRequest.builder(bundle).overwrite(true)
        .password(key, password).build());

    Database after = client.databases().get(warehouse.id);
    assertThat(after.uuid()).isEqualTo(before.uuid());
    assertThat(after.databaseName()).isEqualTo(before.databaseName());
    // The imported password must open the connection: a forced schema refresh asks the warehouse.
    assertThat(client.databases().listSchemas(warehouse.id, true)).contains("marts");
  }

  @Test
  void readUploadColumns_parsesACsvWithoutLoadingIt() {
    byte[] csv = "tenant_id;target;day\n1;100;2026-01-01\n2;250;2026-01-02\n".getBytes(StandardCharsets.UTF_8);
    DatabaseUpload upload = DatabaseUpload.csv("targets.csv", csv, ItEnv.uniqueName("targets")).delimiter(";").build();

    String route = "/api/v1/database/upload_metadata/";
    if (!Served.has(client, "POST", route)) {
      // Superset 4.1 has no upload_metadata (it appeared in 5.0 with the single upload route).
      Served.assertUnsupported(() -> client.databases().readUploadColumns(upload), "POST", route);
      return;
    }
    List<DatabaseUploadSheet> sheets = client.databases().readUploadColumns(upload);

    assertThat(sheets).hasSize(1);
    assertThat(sheets.get(0).columnNames()).containsExactly("tenant_id", "target", "day");
  }

  static List<String> entries(byte[] zip, String containing) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().contains(containing)) {
          names.add(e.getName());
        }
      }
    }
    return names;
  }
}
