package io.github.supersetsdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cycle finder the package rule relies on. */
class PackageGraphTest {

  @Test
  void findsEachGroupOfMutuallyReachablePackagesAndNothingElse() {
    Map<String, Set<String>> edges =
        Map.of(
            "a", Set.of("b"),
            "b", Set.of("c", "d"),
            "c", Set.of("a"),
            "d", Set.of("e"),
            "e", Set.of("d", "f"),
            "g", Set.of("a"));
    assertThat(PackageGraph.stronglyConnected(edges))
        .containsExactlyInAnyOrder(Set.of("a", "b", "c"), Set.of("d", "e"));
  }

  @Test
  void aDagHasNoCycle() {
    assertThat(PackageGraph.stronglyConnected(Map.of("a", Set.of("b", "c"), "b", Set.of("c")))).isEmpty();
  }
}
