package io.github.supersetsdk.sync.internal.metrics;

import io.github.supersetsdk.dbt.semantic.SemanticModel;
import org.jspecify.annotations.Nullable;

/** Thrown inside the compiler when a metric cannot be one aggregate; caught per metric. */
final class Skip extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The semantic model the metric would have belonged to, or null. */
  final transient @Nullable SemanticModel model;

  Skip(String reason, @Nullable SemanticModel model) {
    super(reason, null, false, false);
    this.model = model;
  }
}
