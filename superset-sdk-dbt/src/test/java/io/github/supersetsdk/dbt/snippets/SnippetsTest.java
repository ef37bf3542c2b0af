package io.github.supersetsdk.dbt.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.Fixtures;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import org.junit.jupiter.api.Test;

/** Runs the dbt module's javadoc samples against artifacts written by dbt. */
class SnippetsTest {

  private final DbtArtifactReader reader = DbtArtifactReader.create();
  private final DbtManifest manifest = reader.readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));

  @Test
  void samples_runAsWrittenOnARealManifest() {
    assertThat(DbtSnippets.readOptions().includeCompiledCode()).isTrue();
    assertThat(SelectSnippets.selectionRequest().select()).containsExactly("tag:nightly", "+orders");
    assertThat(SelectSnippets.nodeSelector(manifest)).contains("model.shop.orders");
    assertThat(LineageSnippets.dbtLineage(manifest, reader.readRunResults(Fixtures.file("run_results-v6-dbt-1.11.16.json")))
        .rebuiltModels()).isNotEmpty();
  }
}
