package io.github.supersetsdk.dbt;

/**
 * A parsed dbt artifact: a {@code DbtManifest}, {@code SemanticManifest}, {@code RunResults},
 * {@code DbtCatalog} or {@code SourceFreshnessResults}. Returned by
 * {@link DbtArtifactReader#read(java.nio.file.Path)} when the kind is detected from the file; use
 * a pattern-matching {@code instanceof} or {@link #kind()} to tell them apart. All implementations
 * are immutable and thread-safe.
 */
public interface DbtArtifact {

  /**
   * Returns the artifact's kind.
   *
   * @return the kind, never {@code null}
   */
  ArtifactKind kind();
}
