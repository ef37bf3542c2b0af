package io.github.supersetsdk.dbt;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code metadata} object of a dbt artifact.
 *
 * <p>{@code dbtVersion} is kept as written: dbt Core writes semver such as {@code 1.11.2}, dbt
 * platform writes {@code 2026.1.29+7e71201} and Fusion writes its own scheme, so it is not parsed.
 * Immutable and thread-safe.
 *
 * @param kind the artifact kind named by {@code dbt_schema_version}
 * @param schemaVersion the number in {@code dbt_schema_version} ({@code 12} for {@code v12.json})
 * @param schemaUrl the {@code dbt_schema_version} URL as written
 * @param dbtVersion the {@code dbt_version} as written, or {@code null} when absent
 * @param generatedAt the {@code generated_at} timestamp as written, or {@code null}
 * @param invocationId the {@code invocation_id}, or {@code null}
 * @param adapterType the {@code adapter_type} (manifest v4 and later), or {@code null}
 * @param projectName the {@code project_name} (manifest v10 and later), or {@code null}
 */
public record ArtifactMetadata(
    ArtifactKind kind,
    int schemaVersion,
    String schemaUrl,
    @Nullable String dbtVersion,
    @Nullable String generatedAt,
    @Nullable String invocationId,
    @Nullable String adapterType,
    @Nullable String projectName) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code kind} or {@code schemaUrl} is null
   */
  public ArtifactMetadata {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schemaUrl, "schemaUrl");
  }

  /**
   * Whether the file's schema version is one this library knows for its kind (see {@link
   * ArtifactKind#knowsVersion(int)}). A file of another version, such as one a newer dbt writes, is
   * still read; what its version added or changed is not, so a caller should say so.
   *
   * @return {@code true} for a known version
   */
  public boolean isKnownVersion() {
    return kind.knowsVersion(schemaVersion);
  }
}
