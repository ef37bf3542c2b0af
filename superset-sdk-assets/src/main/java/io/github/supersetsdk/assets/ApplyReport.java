package io.github.supersetsdk.assets;

import java.util.List;
import java.util.Objects;

/**
 * What {@link SupersetAssets#apply(AssetsFolder)} did: the plan it carried out, the assets it sent
 * to Superset's import (the changed ones plus the dependencies the import needs to resolve them),
 * what the server still differs in when it was read back afterwards, and the dashboards whose
 * native filters it repaired.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan the plan that was applied
 * @param written the assets sent to the import, empty when the plan had no changes
 * @param drift the assets that still differ from the folder after the import (Superset rewrote or
 *     dropped a field), empty when the apply is verified
 * @param repaired the dashboards not sent to the import whose native filters still pointed at the
 *     folder's chart numbers (an earlier apply stopped between its import and pointing them at the
 *     real charts) and were pointed at the real charts by this apply; a write a plan cannot show
 */
public record ApplyReport(AssetPlan plan, List<AssetRef> written, List<AssetChange> drift,
    List<AssetRef> repaired) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component or an element is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public ApplyReport {
    Objects.requireNonNull(plan, "plan");
    written = List.copyOf(written);
    drift = List.copyOf(drift);
    repaired = List.copyOf(repaired);
  }

  /**
   * Whether the apply wrote anything: assets sent to the import, or native filters repaired.
   *
   * @return {@code true} if the server was changed
   */
  public boolean wroteAnything() {
    return !written.isEmpty() || !repaired.isEmpty();
  }

  /**
   * Whether the server, read back after the import, equals the folder.
   *
   * @return {@code true} if no asset drifted
   */
  public boolean verified() {
    return drift.isEmpty();
  }
}
