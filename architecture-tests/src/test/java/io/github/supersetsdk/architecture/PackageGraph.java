package io.github.supersetsdk.architecture;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Cycles in a directed graph of package names. Stateless. */
final class PackageGraph {

  private PackageGraph() {}

  /**
   * The strongly connected groups of more than one node: each is a set of packages that all reach
   * each other, i.e. a cycle or several overlapping ones (Tarjan's algorithm).
   *
   * @param edges each node's direct successors; successors without an entry of their own are nodes too
   * @return the groups, each sorted
   */
  static Set<Set<String>> stronglyConnected(Map<String, Set<String>> edges) {
    return new Tarjan(edges).run();
  }

  private static final class Tarjan {
    private final Map<String, Set<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final Set<Set<String>> groups = new HashSet<>();
    private int next;

    Tarjan(Map<String, Set<String>> edges) {
      this.edges = edges;
    }

    Set<Set<String>> run() {
      for (String node : new TreeSet<>(edges.keySet())) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return groups;
    }

    private void visit(String node) {
      index.put(node, next);
      low.put(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      for (String successor : edges.getOrDefault(node, Set.of())) {
        if (!index.containsKey(successor)) {
          visit(successor);
          low.put(node, Math.min(low.get(node), low.get(successor)));
        } else if (onStack.contains(successor)) {
          low.put(node, Math.min(low.get(node), index.get(successor)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        Set<String> group = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          group.add(member);
        } while (!member.equals(node));
        if (group.size() > 1) {
          groups.add(group);
        }
      }
    }
  }
}
