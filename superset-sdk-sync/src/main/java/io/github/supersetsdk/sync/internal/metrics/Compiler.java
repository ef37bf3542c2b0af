package io.github.supersetsdk.sync.internal.metrics;

import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import io.github.supersetsdk.sync.metrics.MetricCompilation;
import org.jspecify.annotations.Nullable;

/** One compilation run. Not thread-safe; create one per run. */
public final class Compiler {

  /** The SQL a dialect writes. Implementations must be immutable and thread-safe. */
  public interface Dialect {}

  private final Dialect dialect;

  /**
   * Creates a run.
   *
   * @param dialect the SQL dialect
   */
  public Compiler(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Compiles.
   *
   * @param semantic the semantic manifest, or null to use the manifest's embedded one
   * @param manifest the manifest, or null
   * @return the compilation
   */
  public MetricCompilation compile(@Nullable SemanticManifest semantic, @Nullable DbtManifest manifest) {
    throw new UnsupportedOperationException("metric compilation is being implemented");
  }
}
