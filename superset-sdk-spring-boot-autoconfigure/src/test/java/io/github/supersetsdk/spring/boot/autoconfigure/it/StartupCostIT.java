package io.github.supersetsdk.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the starter adds to the start-up of an empty Boot application: the same application started
 * alternately with the SDK's auto-configuration on and off ({@code superset.enabled}), after a
 * warm-up, in one JVM. Prints the medians; fails only if the starter costs more than a generous bound.
 */
class StartupCostIT {

  private static final int ROUNDS = 15;

  private static long startMillis(boolean withStarter) {
    long t0 = System.nanoTime();
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(StarterApp.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .properties("superset.enabled=" + withStarter, "superset.base-url=http://127.0.0.1:9",
            "superset.username=admin", "superset.password=pw", "spring.main.banner-mode=off",
            "logging.level.root=warn")
        .run()) {
      return (System.nanoTime() - t0) / 1_000_000;
    }
  }

  private static long median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  @Test
  void starter_addsLittleToStartUp() {
    for (int i = 0; i < 5; i++) {
      startMillis(true);
      startMillis(false);
    }
    List<Long> with = new ArrayList<>();
    List<Long> without = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      with.add(startMillis(true));
      without.add(startMillis(false));
    }
    long added = median(with) - median(without);
    System.out.printf("start-up of an empty Boot app (median of %d, warm JVM): without starter %d ms, with %d ms,"
        + " added %d ms%n", ROUNDS, median(without), median(with), added);
    assertThat(added).isLessThan(500);
  }
}
