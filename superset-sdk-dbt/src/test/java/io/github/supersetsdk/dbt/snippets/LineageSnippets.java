package io.github.supersetsdk.dbt.snippets;

import io.github.supersetsdk.dbt.lineage.DbtLineage;
import io.github.supersetsdk.dbt.lineage.RunImpact;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.run.RunResults;
import java.util.List;

/** Samples of the {@code io.github.supersetsdk.dbt.lineage} package's javadoc. */
final class LineageSnippets {

  private LineageSnippets() {}

  static RunImpact dbtLineage(DbtManifest manifest, RunResults runResults) {
    // @start region="DbtLineage"
    DbtLineage lineage = DbtLineage.of(manifest);
    List<String> parents = lineage.upstream("model.shop.orders", 1);
    RunImpact impact = lineage.impactOf(runResults);
    // @end
    System.out.println(parents);
    return impact;
  }
}
