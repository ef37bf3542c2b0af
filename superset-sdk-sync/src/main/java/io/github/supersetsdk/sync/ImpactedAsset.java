package io.github.supersetsdk.sync;

import java.util.Objects;

/**
 * A chart or dashboard that a planned change would break: it uses a column or metric the plan
 * removes or renames, or a dataset the plan deletes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind {@code chart} or {@code dashboard}
 * @param id the chart's or dashboard's id
 * @param name its name or title
 * @param uses what it uses that goes away, e.g. {@code metric revenue} or {@code dataset}
 */
public record ImpactedAsset(String kind, long id, String name, String uses) {

  /**
   * Checks the arguments.
   *
   * @param kind {@code chart} or {@code dashboard}
   * @param id the id
   * @param name the name
   * @param uses what it uses
   * @throws NullPointerException if a text is null
   */
  public ImpactedAsset {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uses, "uses");
  }
}
