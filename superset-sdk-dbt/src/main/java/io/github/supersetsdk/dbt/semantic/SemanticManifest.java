package io.github.supersetsdk.dbt.semantic;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.DbtArtifact;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code semantic_manifest.json} artifact. It has no schema version field; the version of
 * dbt-semantic-interfaces that wrote it is in {@link ProjectConfiguration#dsiPackageVersion()}.
 * Immutable and thread-safe.
 *
 * @param semanticModels the semantic models
 * @param metrics the metrics
 * @param savedQueries the saved queries; empty before they existed
 * @param projectConfiguration the project configuration, or {@code null} (2023 pre-release files)
 */
public record SemanticManifest(
    List<SemanticModel> semanticModels,
    List<Metric> metrics,
    List<SavedQuery> savedQueries,
    @Nullable ProjectConfiguration projectConfiguration)
    implements DbtArtifact {

  /** Copies the components. */
  public SemanticManifest {
    semanticModels = semanticModels == null ? List.of() : List.copyOf(semanticModels);
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    savedQueries = savedQueries == null ? List.of() : List.copyOf(savedQueries);
  }

  /**
   * Returns {@link ArtifactKind#SEMANTIC_MANIFEST}.
   *
   * @return the kind
   */
  @Override
  public ArtifactKind kind() {
    return ArtifactKind.SEMANTIC_MANIFEST;
  }
}
