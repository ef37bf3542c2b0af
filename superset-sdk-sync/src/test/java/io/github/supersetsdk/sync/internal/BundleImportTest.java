package io.github.supersetsdk.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.catalog.CatalogColumn;
import io.github.supersetsdk.dbt.catalog.CatalogTable;
import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.sync.SyncMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The would-be dataset and the import YAML, from the example manifest and a catalog built here. */
class BundleImportTest {

  private static final String TENANTS = "model.roastwise.dim_tenants";
  private static final DbtManifest MANIFEST = manifest();
  private static final List<DesiredMetric> METRICS =
      List.of(new DesiredMetric("tenants", "COUNT(DISTINCT tenant_id)", "Tenants", null, ",d", null, null, null));

  private static DbtManifest manifest() {
    try (InputStream in = BundleImportTest.class.getResourceAsStream("/fixtures/example-manifest-trimmed.json")) {
      return DbtArtifactReader.create().readManifest(Objects.requireNonNull(in), "example");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DbtCatalog catalog(String database, String... columns) {
    Map<String, CatalogColumn> cols = new LinkedHashMap<>();
    for (int i = 0; i < columns.length; i += 2) {
      cols.put(columns[i], new CatalogColumn(columns[i], columns[i + 1], i / 2 + 1,
          columns[i].equals("tenant_name") ? "Name from the warehouse" : null));
    }
    CatalogTable t = new CatalogTable(TENANTS, "VIEW", database, "marts", "dim_tenants", null, null, cols);
    return new DbtCatalog(new ArtifactMetadata(ArtifactKind.CATALOG, 1,
        "https://schemas.getdbt.com/dbt/catalog/v1.json", null, null, null, "postgres", null),
        Map.of(TENANTS, t), Map.of(), List.of());
  }

  private static final String[] TENANT_COLUMNS = {
      "tenant_id", "integer", "tenant_name", "text", "plan_tier", "character varying(20)",
      "country_code", "character(2)", "onboarded_at", "timestamp without time zone"};

  private static Desired desired(DbtCatalog catalog, SyncMode mode) {
    return new Mapping(MANIFEST, catalog, mode, null, false, false)
        .map(MANIFEST.nodes().get(TENANTS), METRICS, List.of());
  }

  @Test
  void postgresType_spellsTypesAsSupersetStoresThem_unknownIsNull() {
    assertThat(BundleImport.postgresType("integer")).isEqualTo("INTEGER");
    assertThat(BundleImport.postgresType("double precision")).isEqualTo("DOUBLE PRECISION");
    assertThat(BundleImport.postgresType("timestamp without time zone"))
        .isEqualTo("TIMESTAMP WITHOUT TIME ZONE");
    assertThat(BundleImport.postgresType("numeric(10,2)")).isEqualTo("NUMERIC(10, 2)");
    assertThat(BundleImport.postgresType("character varying(20)")).isEqualTo("VARCHAR(20)");
    assertThat(BundleImport.postgresType("character(2)")).isNull();
    assertThat(BundleImport.postgresType("time without time zone")).isNull();
    assertThat(BundleImport.postgresType("integer[]")).isNull();
    assertThat(BundleImport.postgresType("USER-DEFINED")).isNull();
  }

  @Test
  void defaultCatalog_isTheUrisDatabase_forPostgresOnly() {
    assertThat(BundleImport.defaultCatalog(db("postgresql",
        "postgresql+psycopg2://reader:XXXXXXXXXX@127.0.0.1:5432/warehouse?sslmode=disable")))
        .isEqualTo("warehouse");
    assertThat(BundleImport.defaultCatalog(db("trino", "trino://u@host:8080/hive"))).isNull();
    assertThat(BundleImport.defaultCatalog(db("postgresql", null))).isNull();
  }

  @Test
  void asCreated_unknownTypeOrOtherDatabaseOrStaleCatalog_isNotImportable() {
    // character(2) is not mapped: the REST path reads that type from the warehouse.
    assertThat(BundleImport.asCreated(desired(catalog("warehouse", TENANT_COLUMNS), SyncMode.MERGE),
        "warehouse")).isNull();
    String[] mapped = TENANT_COLUMNS.clone();
    mapped[7] = "text";
    assertThat(BundleImport.asCreated(desired(catalog("other_db", mapped), SyncMode.MERGE),
        "warehouse")).as("catalog of another database").isNull();
    // The semantic model has a plan_tier dimension but the catalog predates the column.
    String[] stale = {mapped[0], mapped[1], mapped[2], mapped[3], mapped[6], mapped[7], mapped[8],
        mapped[9]};
    assertThat(desired(catalog("warehouse", stale), SyncMode.MERGE).columnNames()).containsKey("plan_tier");
    assertThat(BundleImport.asCreated(desired(catalog("warehouse", stale), SyncMode.MERGE),
        "warehouse")).isNull();
    assertThat(BundleImport.asCreated(desired(null, SyncMode.MERGE), "warehouse")).isNull();
  }

  @Test
  void datasetYaml_isWhatSupersetCreatesPlusTheRestPathsUpdate_andAResyncWritesNothing()
      throws IOException {
    String[] mapped = TENANT_COLUMNS.clone();
    mapped[7] = "text";
    Desired d = desired(catalog("warehouse", mapped), SyncMode.MERGE);
    Dataset created = java.util.Objects.requireNonNull(BundleImport.asCreated(d, "warehouse"));
    assertThat(created.mainDttmCol()).as("Superset picks the first temporal column").isEqualTo("onboarded_at");
    assertThat(created.column("onboarded_at").isDttm()).isTrue();
    assertThat(created.column("tenant_name").description()).isEqualTo("Name from the warehouse");
    assertThat(created.metric("count")).isNotNull();

    UUID uuid = UUID.randomUUID();
    UUID dbUuid = UUID.randomUUID();
    ObjectNode y = BundleImport.datasetYaml(d, created, SyncMode.MERGE, uuid, dbUuid, true);
    assertThat(y.path("table_name").asText()).isEqualTo("dim_tenants");
    assertThat(y.path("schema").asText()).isEqualTo("marts");
    assertThat(y.path("catalog").asText()).isEqualTo("warehouse");
    assertThat(y.path("uuid").asText()).isEqualTo(uuid.toString());
    assertThat(y.path("database_uuid").asText()).isEqualTo(dbUuid.toString());
    assertThat(y.path("cache_timeout").asInt()).isEqualTo(3600);
    assertThat(y.path("extra").path("unique_id").asText()).isEqualTo(TENANTS);
    assertThat(y.path("extra").path(Current.BLOCK).path("hash").asText()).isEqualTo(d.hash());
    Map<String, JsonNode> cols = new LinkedHashMap<>();
    y.path("columns").forEach(c -> cols.put(c.path("column_name").asText(), c));
    assertThat(cols.keySet()).containsExactly("tenant_id", "tenant_name", "plan_tier",
        "country_code", "onboarded_at");
    assertThat(cols.get("plan_tier").path("type").asText()).isEqualTo("VARCHAR(20)");
    assertThat(cols.get("onboarded_at").path("is_dttm").asBoolean()).isTrue();
    assertThat(cols.get("tenant_id").has("is_dttm")).as("defaults are left out").isFalse();
    List<String> metrics = new ArrayList<>();
    y.path("metrics").forEach(m -> metrics.add(m.path("metric_name").asText()));
    assertThat(metrics).containsExactlyInAnyOrder("count", "tenants");
    y.path("metrics").forEach(m -> {
      if (m.path("metric_name").asText().equals("tenants")) {
        assertThat(m.path("d3format").asText()).isEqualTo(",d");
        assertThat(m.path("verbose_name").asText()).isEqualTo("Tenants");
      }
    });

    // The imported dataset, read back, needs no update.
    Dataset imported = readBack(created, y);
    Differ.Diff again = Differ.diff(d, imported, Current.block(imported.extra()), SyncMode.MERGE, true);
    assertThat(again.changes()).isEmpty();
    assertThat(again.request()).isNull();

    Database db = new Database(DatabaseId.of(3), "wh", "postgresql",
        "postgresql://u:XXXXXXXXXX@h/warehouse", true, null, null, null, null, null, null, null,
        null, null, null, null, null, dbUuid, null);
    Map<String, String> files = unzip(BundleImport.bundle(db, List.of(y)));
    assertThat(files).containsKeys("bundle/metadata.yaml", "bundle/databases/target.yaml",
        "bundle/datasets/target/dataset_0.yaml");
    YAMLMapper yaml = new YAMLMapper();
    assertThat(yaml.readTree(files.get("bundle/datasets/target/dataset_0.yaml"))).isEqualTo(y);
    assertThat(yaml.readTree(files.get("bundle/databases/target.yaml")).path("uuid").asText())
        .isEqualTo(dbUuid.toString());
    assertThat(files.get("bundle/databases/target.yaml")).doesNotContain("u:XX" + "x");
  }

  private static Dataset readBack(Dataset created, ObjectNode y) {
    List<io.github.supersetsdk.client.model.DatasetColumn> cols = new ArrayList<>();
    long id = 1;
    for (JsonNode c : y.path("columns")) {
      cols.add(new io.github.supersetsdk.client.model.DatasetColumn(id++,
          c.path("column_name").asText(), text(c, "type"), c.path("is_dttm").asBoolean(false),
          text(c, "expression"), text(c, "verbose_name"), text(c, "description"),
          c.path("groupby").asBoolean(true), c.path("filterable").asBoolean(true), true, null, null,
          null, null));
    }
    List<io.github.supersetsdk.client.model.DatasetMetric> metrics = new ArrayList<>();
    for (JsonNode m : y.path("metrics")) {
      metrics.add(new io.github.supersetsdk.client.model.DatasetMetric(id++,
          m.path("metric_name").asText(), m.path("expression").asText(), text(m, "metric_type"),
          text(m, "verbose_name"), text(m, "description"), text(m, "d3format"), null,
          m.has("extra") ? m.get("extra").toString() : null, null));
    }
    return new Dataset(created.id(), created.tableName(), created.schema(), created.catalog(),
        null, null, text(y, "description"), "physical", text(y, "main_dttm_col"),
        y.has("cache_timeout") ? y.get("cache_timeout").asInt() : null, false,
        y.path("is_managed_externally").asBoolean(false), text(y, "external_url"), null,
        y.get("extra").toString(), true, false, false, null, null, 0, List.of(), cols, metrics,
        null, null);
  }

  private static @org.jspecify.annotations.Nullable String text(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        out.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static Database db(String backend, @org.jspecify.annotations.Nullable String uri) {
    return new Database(DatabaseId.of(3), "wh", backend, uri, true, null, null, null, null, null,
        null, null, null, null, null, null, null, UUID.randomUUID(), null);
  }
}
