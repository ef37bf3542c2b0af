package io.github.supersetsdk.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.sync.SyncMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * What dbt says of a model's future and audience reaches the plan as notes, without changing what
 * is synced: a manifest real dbt 1.11.16 wrote for a project with a versioned model whose v1 passed
 * its deprecation_date (2024-06-30) and a model with {@code access: private} in group finance.
 */
class GovernanceNotesTest {

  private static final DbtManifest MANIFEST = manifest();
  private static final Instant AFTER = Instant.parse("2026-12-08T00:00:00Z");

  private static DbtManifest manifest() {
    try (InputStream in = GovernanceNotesTest.class.getResourceAsStream(
        "/fixtures/manifest-v12-dbt-1.11.16-contracts.json")) {
      return DbtArtifactReader.create().readManifest(Objects.requireNonNull(in), "contracts");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Desired map(String uniqueId, Instant now) {
    DbtNode node = MANIFEST.nodes().get(uniqueId);
    return new Mapping(MANIFEST, null, SyncMode.MERGE, null, false, false, false, now).map(node, List.of(), List.of());
  }

  // The notes of this feature; the models also have others (their meta.superset.dataset_name).
  private static List<String> governance(Desired d) {
    return d.notes().stream().filter(n -> n.startsWith("dbt ")).toList();
  }

  @Test
  void map_modelPastItsDeprecationDate_isSyncedWithANoteNamingTheDate() {
    Desired deprecated = map("model.roastwise.tenant_kpis.v1", AFTER);

    assertThat(governance(deprecated)).containsExactly(
        "dbt deprecated this model version (v1) on 2024-06-30 (deprecation_date): the dataset is still"
            + " synced, but the model may be removed; move its charts to its replacement");
    // the same fields are synced as before the date
    Desired before = map("model.roastwise.tenant_kpis.v1", Instant.parse("2024-06-29T00:00:00Z"));
    assertThat(governance(before)).isEmpty();
    assertThat(deprecated.fields()).isEqualTo(before.fields());
    assertThat(deprecated.hash()).isEqualTo(before.hash());
  }

  @Test
  void map_modelWithoutADeprecationDate_hasNoDeprecationNote() {
    assertThat(governance(map("model.roastwise.tenant_kpis.v2", AFTER))).isEmpty();
  }

  @Test
  void map_privateModel_isSyncedWithANoteNamingItsGroupAndHowToExcludeIt() {
    Desired internal = map("model.roastwise.tenant_order_internal", AFTER);

    assertThat(internal.notes()).containsExactly(
        "dbt access is private to group finance: only that group's models may ref it in dbt, but the"
            + " sync publishes it to Superset like any model; exclude it (--exclude access:private) if"
            + " dashboards should not read it");
    assertThat(internal.table()).isEqualTo("tenant_order_internal");
  }
}
