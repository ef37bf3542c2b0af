package io.github.supersetsdk.dbt.manifest;

import io.github.supersetsdk.dbt.ArtifactKind;
import io.github.supersetsdk.dbt.ArtifactMetadata;
import io.github.supersetsdk.dbt.DbtArtifact;
import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code manifest.json}. Maps keep the file's order and are keyed by unique id; a map that
 * the file's schema version does not have is empty. {@link #parentMap()} and {@link #childMap()}
 * are the file's own when present, otherwise computed from {@code depends_on}. Immutable and
 * thread-safe.
 *
 * <p>Read one with {@link io.github.supersetsdk.dbt.DbtArtifactReader#readManifest(java.nio.file.Path)}.
 *
 * @param metadata the metadata
 * @param nodes models, seeds, snapshots, tests, analyses, operations
 * @param sources sources
 * @param macros macros
 * @param docs docs blocks
 * @param exposures exposures
 * @param metrics metrics (legacy or MetricFlow)
 * @param groups groups (v10 and later)
 * @param selectors YAML selectors by name
 * @param semanticModels semantic models (v10 and later)
 * @param savedQueries saved queries (v11 and later)
 * @param unitTests unit tests (v12 and later)
 * @param functions user-defined functions (dbt 1.11 and later)
 * @param disabled unique ids of disabled resources
 * @param parentMap each graph member's direct parents
 * @param childMap each graph member's direct children
 */
public record DbtManifest(
    ArtifactMetadata metadata,
    Map<String, DbtNode> nodes,
    Map<String, DbtSource> sources,
    Map<String, DbtMacro> macros,
    Map<String, DbtDoc> docs,
    Map<String, DbtExposure> exposures,
    Map<String, DbtMetric> metrics,
    Map<String, DbtGroup> groups,
    Map<String, DbtSelectorDefinition> selectors,
    Map<String, DbtSemanticModel> semanticModels,
    Map<String, DbtSavedQuery> savedQueries,
    Map<String, DbtNode> unitTests,
    Map<String, DbtNode> functions,
    List<String> disabled,
    Map<String, List<String>> parentMap,
    Map<String, List<String>> childMap)
    implements DbtArtifact {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code metadata} is null
   */
  public DbtManifest {
    Objects.requireNonNull(metadata, "metadata");
    nodes = Immutables.orderedMap(nodes);
    sources = Immutables.orderedMap(sources);
    macros = Immutables.orderedMap(macros);
    docs = Immutables.orderedMap(docs);
    exposures = Immutables.orderedMap(exposures);
    metrics = Immutables.orderedMap(metrics);
    groups = Immutables.orderedMap(groups);
    selectors = Immutables.orderedMap(selectors);
    semanticModels = Immutables.orderedMap(semanticModels);
    savedQueries = Immutables.orderedMap(savedQueries);
    unitTests = Immutables.orderedMap(unitTests);
    functions = Immutables.orderedMap(functions);
    disabled = disabled == null ? List.of() : List.copyOf(disabled);
    parentMap = Immutables.orderedMap(parentMap);
    childMap = Immutables.orderedMap(childMap);
  }

  /**
   * Returns {@link ArtifactKind#MANIFEST}.
   *
   * @return the kind
   */
  @Override
  public ArtifactKind kind() {
    return ArtifactKind.MANIFEST;
  }

  /**
   * Finds a graph member by unique id in any of the maps that hold graph members.
   *
   * @param uniqueId the unique id
   * @return the resource, or empty when there is none
   */
  public Optional<DbtResource> findResource(String uniqueId) {
    Objects.requireNonNull(uniqueId, "uniqueId");
    return Optional.ofNullable(resourceOrNull(uniqueId));
  }

  private @Nullable DbtResource resourceOrNull(String id) {
    int dot = id.indexOf('.');
    String prefix = dot < 0 ? id : id.substring(0, dot);
    DbtResource r;
    switch (prefix) {
      case "source":
        return sources.get(id);
      case "exposure":
        return exposures.get(id);
      case "metric":
        return metrics.get(id);
      case "semantic_model":
        return semanticModels.get(id);
      case "saved_query":
        return savedQueries.get(id);
      case "unit_test":
        return unitTests.get(id);
      case "function":
        r = functions.get(id);
        return r != null ? r : nodes.get(id);
      default:
        return nodes.get(id);
    }
  }

  /**
   * Finds a node (model, seed, snapshot, test, ...) by unique id.
   *
   * @param uniqueId the unique id
   * @return the node, or empty when there is none
   */
  public Optional<DbtNode> findNode(String uniqueId) {
    Objects.requireNonNull(uniqueId, "uniqueId");
    return Optional.ofNullable(nodes.get(uniqueId));
  }

  /**
   * Returns every graph member: nodes, sources, exposures, metrics, semantic models, saved
   * queries, unit tests and functions, in that order.
   *
   * @return a new unmodifiable list
   */
  public List<DbtResource> graphMembers() {
    List<DbtResource> all =
        new ArrayList<>(
            nodes.size() + sources.size() + exposures.size() + metrics.size()
                + semanticModels.size() + savedQueries.size() + unitTests.size()
                + functions.size());
    all.addAll(nodes.values());
    all.addAll(sources.values());
    all.addAll(exposures.values());
    all.addAll(metrics.values());
    all.addAll(semanticModels.values());
    all.addAll(savedQueries.values());
    all.addAll(unitTests.values());
    all.addAll(functions.values());
    return List.copyOf(all);
  }
}
