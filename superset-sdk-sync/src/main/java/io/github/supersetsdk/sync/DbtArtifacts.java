package io.github.supersetsdk.sync;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.catalog.DbtCatalog;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dbt artifacts a sync reads: the manifest, and optionally the semantic manifest (metrics), the
 * catalog (column types) and run results.
 *
 * {@snippet class=io.github.supersetsdk.sync.snippets.SyncSnippets region=DbtArtifacts}
 *
 * <p>Immutable and thread-safe.
 *
 * @param manifest {@code manifest.json}
 * @param semanticManifest {@code semantic_manifest.json}, or {@code null}
 * @param catalog {@code catalog.json}, or {@code null}
 * @param runResults {@code run_results.json}, or {@code null}
 */
public record DbtArtifacts(
    DbtManifest manifest,
    @Nullable SemanticManifest semanticManifest,
    @Nullable DbtCatalog catalog,
    @Nullable RunResults runResults) {

  /**
   * Checks the manifest.
   *
   * @param manifest the manifest
   * @param semanticManifest the semantic manifest
   * @param catalog the catalog
   * @param runResults the run results
   * @throws NullPointerException if {@code manifest} is null
   */
  public DbtArtifacts {
    Objects.requireNonNull(manifest, "manifest");
  }

  /**
   * Artifacts with only a manifest.
   *
   * @param manifest the manifest
   * @return the artifacts
   * @throws NullPointerException if {@code manifest} is null
   */
  public static DbtArtifacts of(DbtManifest manifest) {
    return new DbtArtifacts(manifest, null, null, null);
  }

  /**
   * Reads the artifacts from files.
   *
   * @param manifest {@code manifest.json}
   * @param semanticManifest {@code semantic_manifest.json}, or {@code null}
   * @param catalog {@code catalog.json}, or {@code null}
   * @return the artifacts
   * @throws NullPointerException if {@code manifest} is null
   * @throws io.github.supersetsdk.dbt.DbtArtifactParseException if a file is not a valid artifact
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static DbtArtifacts read(
      Path manifest, @Nullable Path semanticManifest, @Nullable Path catalog) {
    Objects.requireNonNull(manifest, "manifest");
    DbtArtifactReader reader = DbtArtifactReader.create();
    return new DbtArtifacts(
        reader.readManifest(manifest),
        semanticManifest == null ? null : reader.readSemanticManifest(semanticManifest),
        catalog == null ? null : reader.readCatalog(catalog),
        null);
  }

  /**
   * Reads {@code manifest.json} from a dbt target directory, and {@code semantic_manifest.json} and
   * {@code catalog.json} when they are there.
   *
   * @param targetDir the target directory
   * @return the artifacts
   * @throws NullPointerException if {@code targetDir} is null
   * @throws io.github.supersetsdk.dbt.DbtArtifactParseException if a file is not a valid artifact
   * @throws java.io.UncheckedIOException if the manifest is missing or a file cannot be read
   */
  public static DbtArtifacts fromTargetDir(Path targetDir) {
    Objects.requireNonNull(targetDir, "targetDir");
    Path semantic = targetDir.resolve("semantic_manifest.json");
    Path catalog = targetDir.resolve("catalog.json");
    return read(
        targetDir.resolve("manifest.json"),
        Files.isRegularFile(semantic) ? semantic : null,
        Files.isRegularFile(catalog) ? catalog : null);
  }
}
