package io.github.supersetsdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.exception.FieldUnsupportedException;
import io.github.supersetsdk.client.testing.Zips;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleFieldsTest {

  private static final String FILE = "queries/warehouse/answer.yaml";

  private static FieldUnsupportedException refused(String... fields) {
    return new FieldUnsupportedException("POST", "/api/v1/saved_query/import/", List.of(fields),
        "SavedQueriesClient.importBundle", "4.1.4", null);
  }

  @Test
  void emptyValues_ofEveryYamlSpelling_areDropped_andNothingElseChanges() throws IOException {
    for (String empty : List.of("null", "~", "", "''", "[]", "{}")) {
      String yaml = "label: answer\ncatalog:" + (empty.isEmpty() ? "" : " " + empty) + "\nsql: select 1\n";
      byte[] bundle = zip(Map.of("export/" + FILE, yaml, "export/metadata.yaml", "version: 1.0.0\n"));

      Map<String, String> out = unzip(BundleFields.withoutEmpty(bundle, refused(FILE + ".catalog")));

      assertThat(out).as(empty).containsExactly(
          Map.entry("export/" + FILE, "label: answer\nsql: select 1\n"),
          Map.entry("export/metadata.yaml", "version: 1.0.0\n"));
    }
  }

  @Test
  void aValue_aNestedBlock_aNestedField_orAFieldTheFileLacks_cannotBeDropped() throws IOException {
    byte[] scalar = zip(Map.of("export/" + FILE, "catalog: analytics\n"));
    byte[] block = zip(Map.of("export/" + FILE, "catalog:\n  name: analytics\n"));
    byte[] list = zip(Map.of("export/" + FILE, "catalog:\n- analytics\n"));
    byte[] indented = zip(Map.of("export/" + FILE, "params:\n  catalog: null\n"));

    assertThat(BundleFields.withoutEmpty(scalar, refused(FILE + ".catalog"))).isNull();
    assertThat(BundleFields.withoutEmpty(block, refused(FILE + ".catalog"))).isNull();
    assertThat(BundleFields.withoutEmpty(list, refused(FILE + ".catalog"))).isNull();
    assertThat(BundleFields.withoutEmpty(indented, refused(FILE + ".catalog"))).isNull();
    assertThat(BundleFields.withoutEmpty(indented, refused(FILE + ".params.catalog"))).isNull();
    assertThat(BundleFields.withoutEmpty(scalar, refused("queries/other.yaml.catalog"))).isNull();
    assertThat(BundleFields.withoutEmpty(scalar, refused("catalog"))).isNull();
    assertThat(BundleFields.withoutEmpty(new byte[] {'P', 'K'}, refused(FILE + ".catalog"))).isNull();
  }

  @Test
  void importDroppingEmptyUnknown_retriesOnce_orRethrowsTheRefusal() throws IOException {
    byte[] bundle = zip(Map.of("export/" + FILE, "catalog: null\nsql: select 1\n"));
    List<byte[]> sent = new ArrayList<>();
    BundleFields.importDroppingEmptyUnknown(bundle, b -> {
      sent.add(b);
      if (sent.size() == 1) {
        throw refused(FILE + ".catalog");
      }
    });
    assertThat(sent).hasSize(2);
    assertThat(unzip(sent.get(1))).containsExactly(Map.entry("export/" + FILE, "sql: select 1\n"));

    FieldUnsupportedException valued = refused(FILE + ".catalog");
    byte[] withValue = zip(Map.of("export/" + FILE, "catalog: analytics\n"));
    List<byte[]> once = new ArrayList<>();
    assertThatThrownBy(() -> BundleFields.importDroppingEmptyUnknown(withValue, b -> {
      once.add(b);
      throw valued;
    })).isSameAs(valued);
    assertThat(once).hasSize(1);
  }

  /** The files in reverse name order: the refused file comes before metadata.yaml. */
  private static byte[] zip(Map<String, String> files) {
    return Zips.zip(new java.util.TreeMap<>(files).descendingMap());
  }

  private static Map<String, String> unzip(byte[] bundle) {
    return Zips.unzip(bundle);
  }
}
