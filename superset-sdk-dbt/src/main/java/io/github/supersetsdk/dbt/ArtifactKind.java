package io.github.supersetsdk.dbt;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of dbt artifacts this library reads. The set is closed: each kind has its own typed
 * model and reader method.
 */
public enum ArtifactKind {
  /** {@code manifest.json}: the project's full graph. */
  MANIFEST("manifest", "manifest"),
  /** {@code semantic_manifest.json}: semantic models, MetricFlow metrics and saved queries. */
  SEMANTIC_MANIFEST("semantic_manifest", null),
  /** {@code run_results.json}: the outcome of one dbt invocation. */
  RUN_RESULTS("run_results", "run-results"),
  /** {@code catalog.json}: warehouse metadata from {@code dbt docs generate}. */
  CATALOG("catalog", "catalog"),
  /** {@code sources.json}: results of {@code dbt source freshness}. */
  SOURCES("sources", "sources");

  private final String id;
  private final @Nullable String schemaPathSegment;

  ArtifactKind(String id, @Nullable String schemaPathSegment) {
    this.id = id;
    this.schemaPathSegment = schemaPathSegment;
  }

  /**
   * Returns the artifact's name as the CLI prints it, such as {@code run_results}.
   *
   * @return the identifier
   */
  public String id() {
    return id;
  }

  /**
   * Finds the kind named by a {@code dbt_schema_version} URL path segment, such as
   * {@code run-results}.
   *
   * @param segment the segment between {@code /dbt/} and {@code /vN.json}
   * @return the kind, or {@code null} if no kind uses that segment
   */
  public static @Nullable ArtifactKind fromSchemaPathSegment(String segment) {
    for (ArtifactKind kind : values()) {
      if (segment.equals(kind.schemaPathSegment)) {
        return kind;
      }
    }
    return null;
  }
}
