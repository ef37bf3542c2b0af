package io.github.supersetsdk.assets;

import io.github.supersetsdk.client.SupersetClient;
import java.nio.file.Path;
import java.util.List;

/** Code samples the javadoc includes; compiled with the tests so that they stay correct. */
final class AssetsSnippets {

  private AssetsSnippets() {}

  static void supersetAssets(SupersetClient dev, SupersetClient prod) {
    // @start region="SupersetAssets"
    // Export a dashboard and what it needs from dev into a folder kept in git
    SupersetAssets.builder(dev).build().export(List.of("revenue")).write(Path.of("assets"));

    // Later, in CI: show what prod lacks, then apply it onto prod's warehouse connection
    SupersetAssets toProd = SupersetAssets.builder(prod).mapDatabase("warehouse_dev", "warehouse").build();
    AssetsFolder folder = AssetsFolder.read(Path.of("assets"), TemplateValues.empty().withEnvironment(System.getenv()));
    AssetPlan plan = toProd.plan(folder);
    if (plan.hasChanges()) {
      ApplyReport report = toProd.apply(folder);
      System.out.println("written: " + report.written().size() + ", verified: " + report.verified());
    }
    // @end
  }
}
