package io.github.supersetsdk.dbt.select;

/**
 * How tests attached to selected nodes are selected, as dbt's {@code --indirect-selection}. dbt
 * defines exactly these four modes.
 */
public enum IndirectSelection {
  /** Select a test if any of its parents is selected (dbt's default). */
  EAGER,
  /** Select a test only if all of its parents are selected. */
  CAUTIOUS,
  /** Select a test if all its parents are selected or are ancestors of the selection. */
  BUILDABLE,
  /** Never select tests indirectly. */
  EMPTY
}
