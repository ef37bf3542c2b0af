package io.github.supersetsdk.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder layout, reading, templating and tenant copies, without a server. */
class AssetsFolderTest {

  static final String DB = "11111111-1111-4111-8111-111111111111";
  static final String DS = "22222222-2222-4222-8222-222222222222";
  static final String CHART = "33333333-3333-4333-8333-333333333333";
  static final String DASH = "44444444-4444-4444-8444-444444444444";

  @TempDir Path dir;

  /** A small folder as an export writes it, with Superset Jinja in the dataset's SQL. */
  void writeFolder(Path root) throws Exception {
    Files.createDirectories(root.resolve("databases"));
    Files.createDirectories(root.resolve("datasets/warehouse"));
    Files.createDirectories(root.resolve("charts"));
    Files.createDirectories(root.resolve("dashboards"));
    Files.writeString(root.resolve("databases/warehouse-" + DB + ".yaml"), """
        database_name: warehouse
        sqlalchemy_uri: postgresql://reader:XXXXXXXXXX@{{ env.WAREHOUSE_HOST }}:5432/w
        uuid: %s
        version: 1.0.0
        """.formatted(DB));
    Files.writeString(root.resolve("datasets/warehouse/orders-" + DS + ".yaml"), """
        database_uuid: %s
        schema: "{{ schema }}"
        sql: "{%% raw %%}select * from t where {{ filter_values('c') }}{%% endraw %%}"
        table_name: orders
        uuid: %s
        """.formatted(DB, DS));
    Files.writeString(root.resolve("charts/revenue-" + CHART + ".yaml"), """
        dataset_uuid: %s
        params:
          metric: revenue
          viz_type: big_number_total
        slice_name: Revenue
        uuid: %s
        viz_type: big_number_total
        """.formatted(DS, CHART));
    Files.writeString(root.resolve("dashboards/sales-" + DASH + ".yaml"), """
        dashboard_title: Sales
        position:
          CHART-1:
            id: CHART-1
            meta:
              chartId: 5
              uuid: %s
            type: CHART
        slug: sales
        uuid: %s
        """.formatted(CHART, DASH));
  }

  TemplateValues values() {
    return TemplateValues.empty().with("schema", "marts").withEnvironment(Map.of("WAREHOUSE_HOST", "db.internal"));
  }

  @Test
  void read_rendersTemplates_keepsRawJinja_listsAssetsInDependencyOrder() throws Exception {
    writeFolder(dir);
    AssetsFolder folder = AssetsFolder.read(dir, values());
    assertThat(folder.assets()).extracting(AssetRef::type)
        .containsExactly(AssetType.DATABASE, AssetType.DATASET, AssetType.CHART, AssetType.DASHBOARD);
    assertThat(folder.assets()).extracting(AssetRef::name).containsExactly("warehouse", "orders", "Revenue", "Sales");
    Path out = dir.resolveSibling(dir.getFileName() + "-out");
    folder.write(out);
    String ds = Files.readString(out.resolve("datasets/warehouse/orders-" + DS + ".yaml"));
    assertThat(ds).contains("schema: marts").contains("{% raw %}select * from t where {{ filter_values('c') }}{% endraw %}");
    assertThat(Files.readString(out.resolve("databases/warehouse-" + DB + ".yaml"))).contains("@db.internal:5432");
  }

  @Test
  void write_twice_sameBytes_sortedKeys_derivedChartRef() throws Exception {
    writeFolder(dir);
    AssetsFolder folder = AssetsFolder.read(dir, values());
    Path a = dir.resolveSibling(dir.getFileName() + "-a");
    Path b = dir.resolveSibling(dir.getFileName() + "-b");
    folder.write(a);
    AssetsFolder.read(a, TemplateValues.empty()).write(b);
    assertThat(files(a)).isEqualTo(files(b));
    String dash = files(a).get("dashboards/sales-" + DASH + ".yaml");
    assertThat(dash).doesNotContain("chartId: 5\n").startsWith("dashboard_title: Sales\n");
  }

  @Test
  void read_missingVariable_templateErrorWithFileLineColumn() throws Exception {
    writeFolder(dir);
    assertThatThrownBy(() -> AssetsFolder.read(dir, TemplateValues.empty().with("schema", "marts")))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("databases/warehouse-" + DB + ".yaml:2:17: template variable 'env.WAREHOUSE_HOST' has no value (at sqlalchemy_uri)");
  }

  @Test
  void read_malformedYaml_formatErrorWithLineColumn() throws Exception {
    writeFolder(dir);
    Files.writeString(dir.resolve("charts/revenue-" + CHART + ".yaml"), "slice_name: Revenue\nparams: [a, b\nuuid: x\n");
    assertThatThrownBy(() -> AssetsFolder.read(dir, values()))
        .isInstanceOf(AssetsFormatException.class)
        .hasMessageStartingWith("charts/revenue-" + CHART + ".yaml:")
        .hasMessageContaining("malformed YAML")
        .satisfies(e -> assertThat(((AssetsFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void read_unknownDirectory_unknownAssetType() throws Exception {
    writeFolder(dir);
    Files.createDirectories(dir.resolve("themes"));
    Files.writeString(dir.resolve("themes/dark.yaml"), "uuid: " + UUID.randomUUID() + "\n");
    assertThatThrownBy(() -> AssetsFolder.read(dir, values()))
        .isInstanceOf(UnknownAssetTypeException.class).hasMessageStartingWith("themes/dark.yaml: unknown asset type");
  }

  @Test
  void read_twoFilesOneUuid_uuidConflict() throws Exception {
    writeFolder(dir);
    Files.copy(dir.resolve("charts/revenue-" + CHART + ".yaml"), dir.resolve("charts/copy.yaml"));
    assertThatThrownBy(() -> AssetsFolder.read(dir, values()))
        .isInstanceOf(UuidConflictException.class)
        .hasMessageContaining("charts/copy.yaml").hasMessageContaining("charts/revenue-" + CHART + ".yaml");
  }

  @Test
  void read_chartWithoutUuid_formatError() throws Exception {
    writeFolder(dir);
    Files.writeString(dir.resolve("charts/revenue-" + CHART + ".yaml"), "slice_name: R\ndataset_uuid: " + DS + "\n");
    assertThatThrownBy(() -> AssetsFolder.read(dir, values()))
        .isInstanceOf(AssetsFormatException.class).hasMessageContaining("the field 'uuid' is missing");
  }

  @Test
  void forTenant_derivesUuids_referencesFollow_slugSuffixed_databaseKept() throws Exception {
    writeFolder(dir);
    AssetsFolder folder = AssetsFolder.read(dir, values());
    AssetsFolder acme = folder.forTenant("acme");
    assertThat(acme.forTenant("x").assets()).hasSize(4);
    assertThat(folder.forTenant("acme").assets()).isEqualTo(acme.assets());
    List<AssetRef> refs = acme.assets();
    assertThat(refs.get(0).uuid()).hasToString(DB);
    assertThat(refs.subList(1, 4)).extracting(r -> r.uuid().toString()).doesNotContain(DS, CHART, DASH);
    assertThat(refs.get(1).uuid()).isEqualTo(io.github.supersetsdk.assets.internal.Uuids.v5(UUID.fromString(DS), "acme"));
    assertThat(folder.forTenant("globex").assets().get(2).uuid()).isNotEqualTo(refs.get(2).uuid());
    Path out = dir.resolveSibling(dir.getFileName() + "-acme");
    acme.write(out);
    String all = String.join("\n", files(out).values());
    assertThat(all).contains("slug: sales-acme").contains("dataset_uuid: " + refs.get(1).uuid())
        .contains("uuid: " + refs.get(2).uuid()).doesNotContain(DS).doesNotContain(CHART);
  }

  @Test
  void select_dashboardAndWhatItNeeds() throws Exception {
    writeFolder(dir);
    Files.writeString(dir.resolve("charts/other.yaml"), "slice_name: Other\ndataset_uuid: " + DS + "\nuuid: "
        + UUID.randomUUID() + "\n");
    AssetsFolder folder = AssetsFolder.read(dir, values());
    assertThat(folder.assets()).hasSize(5);
    assertThat(folder.select(List.of("sales")).assets()).extracting(AssetRef::name)
        .containsExactly("warehouse", "orders", "Revenue", "Sales");
    assertThatThrownBy(() -> folder.select(List.of("nope"))).isInstanceOf(AssetsException.class)
        .hasMessage("no dashboard 'nope' in the folder");
    // A server id, as `assets export --dashboard 437` takes: the message says why it is not found.
    assertThatThrownBy(() -> folder.select(List.of("437"))).isInstanceOf(AssetsException.class)
        .hasMessageContaining("no dashboard '437' in the folder").hasMessageContaining("no server ids");
  }

  @Test
  void templateValues_envFile_parsed_toStringHidesValues() throws Exception {
    Path env = dir.resolve("prod.env");
    Files.writeString(env, "# prod\nexport HOST=db.prod\nSCHEMA='marts'\n\nPASSWORD=\"s3cret\"\n");
    TemplateValues v = TemplateValues.empty().withEnvFile(env);
    assertThat(v.asMap()).containsEntry("HOST", "db.prod").containsEntry("SCHEMA", "marts")
        .containsEntry("PASSWORD", "s3cret");
    assertThat(v.toString()).doesNotContain("s3cret");
    Files.writeString(env, "HOST db\n");
    assertThatThrownBy(() -> TemplateValues.empty().withEnvFile(env)).isInstanceOf(AssetsFormatException.class)
        .hasMessageContaining(":1:1: expected NAME=value");
    Path missing = dir.resolve("absent.env");
    assertThatThrownBy(() -> TemplateValues.empty().withEnvFile(missing))
        .hasMessage("cannot read " + missing + ": no such file");
    assertThatThrownBy(() -> TemplateValues.empty().withYamlFile(missing))
        .hasMessage("cannot read " + missing + ": no such file");
  }

  static Map<String, String> files(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return out;
  }
}
