package io.github.supersetsdk.dbt.catalog;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.DbtArtifact;
import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed {@code catalog.json}. Immutable and thread-safe.
 *
 * @param metadata the metadata
 * @param nodes tables of models, seeds and snapshots, by unique id
 * @param sources tables of sources, by unique id
 * @param errors errors dbt met while building the catalog; empty when none
 */
public record DbtCatalog(
    ArtifactMetadata metadata,
    Map<String, CatalogTable> nodes,
    Map<String, CatalogTable> sources,
    List<String> errors)
    implements DbtArtifact {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code metadata} is null
   */
  public DbtCatalog {
    Objects.requireNonNull(metadata, "metadata");
    nodes = Immutables.orderedMap(nodes);
    sources = Immutables.orderedMap(sources);
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * Returns {@link ArtifactKind#CATALOG}.
   *
   * @return the kind
   */
  @Override
  public ArtifactKind kind() {
    return ArtifactKind.CATALOG;
  }
}
