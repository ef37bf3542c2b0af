package io.github.supersetsdk.dbt.lineage;

import io.github.supersetsdk.dbt.internal.graph.DependencyGraph;
import io.github.supersetsdk.dbt.manifest.DbtExposure;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtResource;
import io.github.supersetsdk.dbt.manifest.ResourceType;
import io.github.supersetsdk.dbt.run.RunResult;
import io.github.supersetsdk.dbt.run.RunResults;
import io.github.supersetsdk.dbt.run.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks a manifest's dependency graph (its enabled members, linked by {@code depends_on}).
 *
 * {@snippet class=io.github.supersetsdk.dbt.snippets.LineageSnippets region=DbtLineage}
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DbtLineage {

  /** Depth meaning "no limit" for {@link #upstream} and {@link #downstream}. */
  public static final int ALL = Integer.MAX_VALUE;

  private final DbtManifest manifest;
  private final DependencyGraph graph;

  private DbtLineage(DbtManifest manifest) {
    this.manifest = manifest;
    this.graph = DependencyGraph.of(manifest);
  }

  /**
   * Creates the lineage of a manifest.
   *
   * @param manifest the manifest
   * @return the lineage
   * @throws NullPointerException if {@code manifest} is null
   */
  public static DbtLineage of(DbtManifest manifest) {
    return new DbtLineage(Objects.requireNonNull(manifest, "manifest"));
  }

  /**
   * Returns the ancestors of a member up to {@code depth} edges away (1 = direct parents).
   *
   * @param uniqueId the member
   * @param depth the number of edges to walk, at least 1, or {@link #ALL}
   * @return sorted unique ids, without the member itself
   * @throws IllegalArgumentException if the member is unknown or {@code depth < 1}
   */
  public List<String> upstream(String uniqueId, int depth) {
    check(uniqueId, depth);
    return sorted(graph.ancestors(List.of(uniqueId), depth == ALL ? null : depth), uniqueId);
  }

  /**
   * Returns the descendants of a member up to {@code depth} edges away (1 = direct children).
   *
   * @param uniqueId the member
   * @param depth the number of edges to walk, at least 1, or {@link #ALL}
   * @return sorted unique ids, without the member itself
   * @throws IllegalArgumentException if the member is unknown or {@code depth < 1}
   */
  public List<String> downstream(String uniqueId, int depth) {
    check(uniqueId, depth);
    return sorted(graph.descendants(List.of(uniqueId), depth == ALL ? null : depth), uniqueId);
  }

  /**
   * Returns the exposures that depend on a member directly or through other members, such as the
   * Superset dashboards a model feeds.
   *
   * @param uniqueId the member, typically a model
   * @return the exposures, sorted by unique id
   * @throws IllegalArgumentException if the member is unknown
   */
  public List<DbtExposure> exposuresFedBy(String uniqueId) {
    check(uniqueId, 1);
    List<DbtExposure> out = new ArrayList<>();
    for (String id : downstream(uniqueId, ALL)) {
      DbtResource r = graph.members().get(id);
      if (r instanceof DbtExposure) {
        out.add((DbtExposure) r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Tells what a run changed: the models, seeds, snapshots and functions with status {@code
   * success} or {@code partial success} (the nodes that write a relation or a function: {@code dbt
   * seed} and {@code dbt snapshot} change data as {@code dbt run} does, views downstream show it at
   * once, and a replaced function changes what every view calling it computes; a
   * microbatch model ends in {@code partial success} when some of its batches failed, and the
   * batches that succeeded are written; other statuses, such as {@code error}, {@code skipped} or
   * {@code reused}, rebuilt nothing), and every member downstream of them. Results for unique ids
   * absent from the manifest are ignored.
   *
   * @param runResults the run's results
   * @return the impact
   * @throws NullPointerException if {@code runResults} is null
   */
  public RunImpact impactOf(RunResults runResults) {
    Objects.requireNonNull(runResults, "runResults");
    Set<String> rebuilt = new TreeSet<>();
    for (RunResult r : runResults.results()) {
      DbtResource resource = graph.members().get(r.uniqueId());
      if (resource != null
          && (ResourceType.MODEL.equals(resource.resourceType())
              || ResourceType.SEED.equals(resource.resourceType())
              || ResourceType.SNAPSHOT.equals(resource.resourceType())
              || ResourceType.FUNCTION.equals(resource.resourceType()))
          && (RunStatus.SUCCESS.equals(r.status()) || RunStatus.PARTIAL_SUCCESS.equals(r.status()))) {
        rebuilt.add(r.uniqueId());
      }
    }
    Set<String> affected = new TreeSet<>(graph.descendants(rebuilt, null));
    affected.removeAll(rebuilt);
    return new RunImpact(List.copyOf(rebuilt), List.copyOf(affected));
  }

  /**
   * Returns the manifest this lineage walks.
   *
   * @return the manifest
   */
  public DbtManifest manifest() {
    return manifest;
  }

  private void check(String uniqueId, int depth) {
    Objects.requireNonNull(uniqueId, "uniqueId");
    if (!graph.members().containsKey(uniqueId)) {
      throw new IllegalArgumentException("no enabled graph member " + uniqueId);
    }
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, was " + depth);
    }
  }

  private static List<String> sorted(Set<String> ids, String self) {
    Set<String> out = new TreeSet<>(ids);
    out.remove(self);
    return List.copyOf(out);
  }
}
