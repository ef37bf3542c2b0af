package io.github.supersetsdk.dbt.select;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.Fixtures;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Algebraic laws of dbt's selection syntax, checked on selectors built from a real project. */
class NodeSelectorPropertiesTest {

  private static final DbtManifest MANIFEST =
      DbtArtifactReader.create().readManifest(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
  private final NodeSelector selector = NodeSelector.of(MANIFEST);

  @Provide
  Arbitrary<String> atoms() {
    Arbitrary<String> base =
        Arbitraries.of(
            "orders", "stg_orders", "stg_customers", "customers", "daily_revenue", "order_items",
            "stg_*", "tag:nightly", "tag:staging", "tag:finance", "source:raw", "source:raw.orders",
            "path:models/staging", "resource_type:model", "resource_type:test", "config.materialized:table",
            "exposure:*", "metric:revenue", "semantic_model:orders", "test_type:generic", "package:shop");
    Arbitrary<String> prefix = Arbitraries.of("", "", "+", "1+", "2+", "@");
    Arbitrary<String> suffix = Arbitraries.of("", "", "+", "+1");
    return Combinators.combine(prefix, base, suffix)
        .as((p, b, s) -> p.equals("@") && !s.isEmpty() ? "@" + b : p + b + s);
  }

  @Property(tries = 200)
  void select_isSortedAndWithinTheGraph(@ForAll("atoms") String a) {
    List<String> ids = selector.select(a);

    assertThat(ids).isSorted().doesNotHaveDuplicates();
    ids.forEach(id -> assertThat(MANIFEST.findResource(id)).as(id).isPresent());
  }

  @Property(tries = 200)
  void select_excludingItself_isEmpty(@ForAll("atoms") String a) {
    assertThat(selector.select(a, a)).isEmpty();
  }

  @Property(tries = 200)
  void select_unionIsCommutativeAndContainsBothSides(@ForAll("atoms") String a, @ForAll("atoms") String b) {
    List<String> ab = selector.select(a + " " + b);

    assertThat(ab).isEqualTo(selector.select(b + " " + a));
    assertThat(ab).containsAll(selector.select(a)).containsAll(selector.select(b));
  }

  @Property(tries = 200)
  void select_intersectionEqualsIntersectionOfResults(@ForAll("atoms") String a, @ForAll("atoms") String b) {
    Set<String> expected = new HashSet<>(selector.select(a));
    expected.retainAll(selector.select(b));

    assertThat(selector.select(a + "," + b)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Property(tries = 200)
  void select_graphOperators_onlyAddToTheSelection(@ForAll("atoms") String a) {
    String plain = a.replaceAll("^(@|\\d*\\+)", "").replaceAll("\\+\\d*$", "");
    List<String> base = selector.select(plain);

    assertThat(selector.select("+" + plain + "+")).containsAll(base);
    assertThat(selector.select("@" + plain)).containsAll(base);
  }
}
