package io.github.supersetsdk.dbt.run;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.DbtArtifact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed {@code sources.json}, the output of {@code dbt source freshness}. Immutable and
 * thread-safe.
 *
 * @param metadata the metadata
 * @param results the results in file order
 * @param elapsedTime the invocation's seconds, 0 when absent
 */
public record SourceFreshnessResults(
    ArtifactMetadata metadata, List<SourceFreshnessResult> results, double elapsedTime)
    implements DbtArtifact {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code metadata} is null
   */
  public SourceFreshnessResults {
    Objects.requireNonNull(metadata, "metadata");
    results = results == null ? List.of() : List.copyOf(results);
  }

  /**
   * Returns {@link ArtifactKind#SOURCES}.
   *
   * @return the kind
   */
  @Override
  public ArtifactKind kind() {
    return ArtifactKind.SOURCES;
  }

  /**
   * Counts results by status, in order of first appearance.
   *
   * @return status to count
   */
  public Map<RunStatus, Integer> statusCounts() {
    Map<RunStatus, Integer> counts = new LinkedHashMap<>();
    for (SourceFreshnessResult r : results) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }
}
