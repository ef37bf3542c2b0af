package io.github.supersetsdk.dbt.run;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.DbtArtifact;
import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code run_results.json}. Immutable and thread-safe.
 *
 * @param metadata the metadata
 * @param results the results in file order
 * @param elapsedTime the invocation's seconds, 0 when absent
 * @param args the invocation's arguments as plain JSON values (v2 and later)
 */
public record RunResults(
    ArtifactMetadata metadata,
    List<RunResult> results,
    double elapsedTime,
    Map<String, @Nullable Object> args)
    implements DbtArtifact {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code metadata} is null
   */
  public RunResults {
    Objects.requireNonNull(metadata, "metadata");
    results = results == null ? List.of() : List.copyOf(results);
    args = Immutables.orderedMap(args);
  }

  /**
   * Returns {@link ArtifactKind#RUN_RESULTS}.
   *
   * @return the kind
   */
  @Override
  public ArtifactKind kind() {
    return ArtifactKind.RUN_RESULTS;
  }

  /**
   * Counts results by status, in order of first appearance.
   *
   * @return status to count
   */
  public Map<RunStatus, Integer> statusCounts() {
    Map<RunStatus, Integer> counts = new LinkedHashMap<>();
    for (RunResult r : results) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }
}
