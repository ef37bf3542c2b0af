package io.github.supersetsdk.sync;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DbtExposures} does, or did, to one generated exposure in the YAML file.
 * Hand-written exposures are never listed: they are never changed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the exposure's name
 * @param kind {@code dashboard} or {@code chart}
 * @param assetId the Superset dashboard or chart id
 * @param action what is done to the entry
 * @param dependsOn the entry's {@code depends_on} after the change (empty for a removal)
 * @param note why an entry is skipped, removed or kept partly, or {@code null}
 */
public record ExposureChange(
    String name,
    String kind,
    long assetId,
    Action action,
    List<String> dependsOn,
    @Nullable String note) {

  /**
   * Checks and copies.
   *
   * @param name the name
   * @param kind the kind
   * @param assetId the asset id
   * @param action the action
   * @param dependsOn the depends_on entries
   * @param note the note
   * @throws NullPointerException if a non-null argument is null
   */
  public ExposureChange {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    dependsOn = List.copyOf(dependsOn);
  }

  /** What is done to a generated exposure. */
  public enum Action {
    /** A new entry for an asset that uses synced models. */
    ADD,
    /** An entry the sync wrote before, changed (label, url, owner, depends_on, ...). */
    UPDATE,
    /** An entry the sync wrote before whose asset is gone or no longer uses synced models. */
    REMOVE,
    /** An entry the sync wrote before that already matches Superset. */
    UNCHANGED,
    /** Not written, for the reason in the note (e.g. its name is taken by a hand-written one). */
    SKIPPED
  }
}
