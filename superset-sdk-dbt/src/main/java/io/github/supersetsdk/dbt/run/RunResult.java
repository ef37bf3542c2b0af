package io.github.supersetsdk.dbt.run;

import io.github.supersetsdk.dbt.internal.Immutables;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of one node in a dbt invocation. Immutable and thread-safe.
 *
 * @param uniqueId the node's unique id
 * @param status the status
 * @param executionTime seconds spent, 0 when absent
 * @param message the message, or {@code null}
 * @param failures the number of failing rows for tests, or {@code null}
 * @param threadId the thread, or {@code null}
 * @param relationName the relation built (v5 and later), or {@code null}
 * @param compiledCode the compiled code when {@code ReadOptions.includeCompiledCode()}, else null
 * @param adapterResponse the adapter's response as plain JSON values
 * @param batchResults a microbatch model's batches, written and failed (dbt 1.9 and later), or
 *     {@code null} for other nodes and older files
 */
public record RunResult(
    String uniqueId,
    RunStatus status,
    double executionTime,
    @Nullable String message,
    @Nullable Long failures,
    @Nullable String threadId,
    @Nullable String relationName,
    @Nullable String compiledCode,
    Map<String, @Nullable Object> adapterResponse,
    @Nullable BatchResults batchResults) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if {@code uniqueId} or {@code status} is null
   */
  public RunResult {
    Objects.requireNonNull(uniqueId, "uniqueId");
    Objects.requireNonNull(status, "status");
    adapterResponse = Immutables.orderedMap(adapterResponse);
  }
}
