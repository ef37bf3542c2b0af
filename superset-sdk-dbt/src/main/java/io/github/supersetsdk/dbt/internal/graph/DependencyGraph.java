package io.github.supersetsdk.dbt.internal.graph;

import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.manifest.DbtResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph dbt selects on: enabled graph members, with an edge from each dependency to its
 * dependant, built from {@code depends_on.nodes} as dbt's linker does. Immutable after
 * construction and thread-safe.
 */
public final class DependencyGraph {
  private final Map<String, DbtResource> members;
  private final Map<String, List<String>> parents;
  private final Map<String, List<String>> children;

  private DependencyGraph(
      Map<String, DbtResource> members,
      Map<String, List<String>> parents,
      Map<String, List<String>> children) {
    this.members = members;
    this.parents = parents;
    this.children = children;
  }

  /**
   * Builds the graph of a manifest's enabled members.
   *
   * @param manifest the manifest
   * @return the graph
   */
  public static DependencyGraph of(DbtManifest manifest) {
    Map<String, DbtResource> members = new LinkedHashMap<>();
    for (DbtResource r : manifest.graphMembers()) {
      if (r.config().enabled()) {
        members.put(r.uniqueId(), r);
      }
    }
    Map<String, List<String>> parents = new HashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    for (DbtResource r : members.values()) {
      List<String> ps = new ArrayList<>(r.dependsOn().nodes().size());
      for (String dep : r.dependsOn().nodes()) {
        if (members.containsKey(dep) && !ps.contains(dep)) {
          ps.add(dep);
          children.computeIfAbsent(dep, k -> new ArrayList<>()).add(r.uniqueId());
        }
      }
      parents.put(r.uniqueId(), ps);
    }
    return new DependencyGraph(members, parents, children);
  }

  /** @return enabled members by unique id, in manifest order */
  public Map<String, DbtResource> members() {
    return members;
  }

  /**
   * @param id a unique id
   * @return its direct parents
   */
  public List<String> parentsOf(String id) {
    return parents.getOrDefault(id, List.of());
  }

  /**
   * @param id a unique id
   * @return its direct children
   */
  public List<String> childrenOf(String id) {
    return children.getOrDefault(id, List.of());
  }

  /**
   * Ancestors of a set, breadth-first up to {@code maxDepth} layers, as dbt's
   * {@code select_parents}.
   *
   * @param selected the start set
   * @param maxDepth layers to walk, or {@code null} for all
   * @return the ancestors (start nodes only if they are ancestors of others)
   */
  public Set<String> ancestors(Collection<String> selected, Integer maxDepth) {
    return walk(selected, maxDepth, true);
  }

  /**
   * Descendants of a set, breadth-first up to {@code maxDepth} layers.
   *
   * @param selected the start set
   * @param maxDepth layers to walk, or {@code null} for all
   * @return the descendants
   */
  public Set<String> descendants(Collection<String> selected, Integer maxDepth) {
    return walk(selected, maxDepth, false);
  }

  private Set<String> walk(Collection<String> selected, Integer maxDepth, boolean up) {
    Set<String> found = new HashSet<>();
    Collection<String> layer = selected;
    int depth = 0;
    while (!layer.isEmpty() && (maxDepth == null || depth < maxDepth)) {
      List<String> next = new ArrayList<>();
      for (String id : layer) {
        for (String n : up ? parentsOf(id) : childrenOf(id)) {
          if (found.add(n)) {
            next.add(n);
          }
        }
      }
      layer = next;
      depth++;
    }
    return found;
  }
}
