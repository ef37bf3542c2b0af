package io.github.supersetsdk.examples.dbt;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.lineage.DbtLineage;
import io.github.supersetsdk.dbt.lineage.RunImpact;
import io.github.supersetsdk.dbt.manifest.DbtExposure;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtNode;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.select.NodeSelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a dbt project's artifacts, selects models the way {@code dbt ls} does, and shows which
 * Superset-facing exposures each selected model feeds and what the last run changed.
 *
 * <p>Run with the dbt target directory and a selector, for example:
 * {@code java ... SelectAndTraceDbtModels ~/.cache/superset-sdk/dbt/target "tag:nightly,resource_type:model"}.
 */
public final class SelectAndTraceDbtModels {

  private SelectAndTraceDbtModels() {}

  /**
   * Runs the example.
   *
   * @param args the dbt target directory, then a dbt selector (default: every model)
   */
  public static void main(String[] args) {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    String select = args.length > 1 ? args[1] : "resource_type:model";

    DbtArtifactReader reader = DbtArtifactReader.create();
    DbtManifest manifest = reader.readManifest(target.resolve("manifest.json"));
    System.out.printf("%s: dbt %s, %d nodes%n", manifest.metadata().projectName(),
        manifest.metadata().dbtVersion(), manifest.nodes().size());

    List<String> selected = NodeSelector.of(manifest).select(select);
    DbtLineage lineage = DbtLineage.of(manifest);
    for (String id : selected) {
      DbtNode node = manifest.findNode(id).orElse(null);
      if (node == null || !ResourceType.MODEL.equals(node.resourceType())) {
        continue; // tests, sources, exposures and metrics are not tables Superset reads
      }
      System.out.printf("%-40s %-10s %s%n", id, node.materialized(), node.relationName());
      for (DbtExposure exposure : lineage.exposuresFedBy(id)) {
        System.out.printf("    feeds %s (%s)%n", exposure.name(), exposure.url());
      }
    }

    Path runResults = target.resolve("run_results.json");
    if (Files.exists(runResults)) {
      RunResults run = reader.readRunResults(runResults);
      RunImpact impact = lineage.impactOf(run);
      System.out.printf("last run rebuilt %d models; %d downstream resources are affected%n",
          impact.rebuiltModels().size(), impact.affectedDownstream().size());
    }
  }
}
