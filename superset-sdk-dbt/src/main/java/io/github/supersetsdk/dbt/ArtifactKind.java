package io.github.supersetsdk.dbt;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of dbt artifacts this library reads. The set is closed: each kind has its own typed
 * model and reader method.
 */
public enum ArtifactKind {
  /** {@code manifest.json}: the project's full graph. */
  MANIFEST("manifest", "manifest", "v1 to v12 and v20", 1, 12, 20),
  /** {@code semantic_manifest.json}: semantic models, MetricFlow metrics and saved queries. */
  SEMANTIC_MANIFEST("semantic_manifest", null, "", 0, 0, 0),
  /** {@code run_results.json}: the outcome of one dbt invocation. */
  RUN_RESULTS("run_results", "run-results", "v1 to v6", 1, 6, 0),
  /** {@code catalog.json}: warehouse metadata from {@code dbt docs generate}. */
  CATALOG("catalog", "catalog", "v1", 1, 1, 0),
  /** {@code sources.json}: results of {@code dbt source freshness}. */
  SOURCES("sources", "sources", "v1 to v3", 1, 3, 0);

  private final String id;
  private final @Nullable String schemaPathSegment;
  private final String knownVersions;
  private final int oldest;
  private final int newest;
  private final int fusion;

  ArtifactKind(String id, @Nullable String schemaPathSegment, String knownVersions, int oldest, int newest,
      int fusion) {
    this.id = id;
    this.schemaPathSegment = schemaPathSegment;
    this.knownVersions = knownVersions;
    this.oldest = oldest;
    this.newest = newest;
    this.fusion = fusion;
  }

  /**
   * Whether this library was written and tested against the given schema version of this kind:
   * manifests v1 to v12 (dbt Core 0.19 to 1.11) and v20 (dbt Fusion), run results v1 to v6,
   * catalogs v1, source freshness v1 to v3. The semantic manifest carries no version, so every
   * version is known. A file of another version is still read, field by field as the known versions
   * have them, so what its version added or changed is not read; a caller should say so.
   *
   * @param version the number in {@code dbt_schema_version}
   * @return {@code true} for a known version
   */
  public boolean knowsVersion(int version) {
    return newest == 0 || (version >= oldest && version <= newest) || (fusion != 0 && version == fusion);
  }

  /**
   * The schema versions this library knows, in words, for messages.
   *
   * @return e.g. {@code "v1 to v12 and v20"}; empty for the semantic manifest
   */
  public String knownVersions() {
    return knownVersions;
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
