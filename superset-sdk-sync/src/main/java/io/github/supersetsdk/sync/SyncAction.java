package io.github.supersetsdk.sync;

/** What the sync does, or did, to one dataset. */
public enum SyncAction {
  /** A new dataset is created for a dbt node. */
  CREATE,
  /** An existing dataset is changed; the plan lists the field-level diff. */
  UPDATE,
  /**
   * A dataset the sync made earlier is deleted because its dbt node is gone or its model is now
   * ephemeral (prune).
   */
  DELETE,
  /** The dataset already matches dbt; nothing is written. */
  UNCHANGED,
  /** Nothing is done, for the reason given (a conflict, a prune refused, ...). */
  SKIPPED
}
