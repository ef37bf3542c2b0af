package io.github.supersetsdk.assets;

import java.util.List;
import java.util.Objects;

/**
 * What an apply would do to one asset of the folder, with the fields that differ.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asset the asset
 * @param action create, update or leave unchanged
 * @param fields the differing fields (for an update; empty otherwise)
 */
public record AssetChange(AssetRef asset, Action action, List<FieldChange> fields) {

  /** What an apply does to an asset. */
  public enum Action {
    /** The server has no asset with this UUID: it is created. */
    CREATE,
    /** The server's asset differs in {@link AssetChange#fields()}: it is overwritten. */
    UPDATE,
    /** The server's asset equals the folder's: nothing is written for it. */
    UNCHANGED
  }

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component or an element is null
   */
  @SuppressWarnings("doclint:missing") // the components are documented on the record
  public AssetChange {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(action, "action");
    fields = List.copyOf(fields);
  }
}
