package io.github.supersetsdk.dbt.snippets;

import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.select.NodeSelector;
import io.github.supersetsdk.dbt.select.SelectionRequest;
import java.util.List;

/** Samples of the {@code io.github.supersetsdk.dbt.select} package's javadoc. */
final class SelectSnippets {

  private SelectSnippets() {}

  static List<String> nodeSelector(DbtManifest manifest) {
    // @start region="NodeSelector"
    NodeSelector selector = NodeSelector.of(manifest);
    List<String> ids = selector.select("tag:nightly,+orders", "resource_type:test");
    // @end
    return ids;
  }

  static SelectionRequest selectionRequest() {
    // @start region="SelectionRequest"
    SelectionRequest request = SelectionRequest.builder()
        .select("tag:nightly", "+orders")
        .exclude("resource_type:test")
        .build();
    // @end
    return request;
  }
}
