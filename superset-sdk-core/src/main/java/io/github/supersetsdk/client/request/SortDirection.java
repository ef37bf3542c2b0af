package io.github.supersetsdk.client.request;

/** The direction of a list's ordering. */
public enum SortDirection {
  /** Smallest first. */
  ASC,
  /** Largest first. */
  DESC
}
