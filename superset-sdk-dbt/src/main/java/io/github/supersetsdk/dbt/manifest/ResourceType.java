package io.github.supersetsdk.dbt.manifest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code resource_type} of a dbt resource, such as {@code model} or {@code unit_test}.
 *
 * <p>This is an open set: values that dbt adds later are kept as read, through {@link #of(String)},
 * rather than rejected. Compare with {@link #equals(Object)}. Immutable and thread-safe.
 */
public final class ResourceType {

  /** {@code model}. */
  public static final ResourceType MODEL = new ResourceType("model");

  /** {@code seed}. */
  public static final ResourceType SEED = new ResourceType("seed");

  /** {@code snapshot}. */
  public static final ResourceType SNAPSHOT = new ResourceType("snapshot");

  /** {@code test}. */
  public static final ResourceType TEST = new ResourceType("test");

  /** {@code analysis}. */
  public static final ResourceType ANALYSIS = new ResourceType("analysis");

  /** {@code operation}. */
  public static final ResourceType OPERATION = new ResourceType("operation");

  /** {@code sql_operation}. */
  public static final ResourceType SQL_OPERATION = new ResourceType("sql_operation");

  /** {@code rpc}. */
  public static final ResourceType RPC = new ResourceType("rpc");

  /** {@code source}. */
  public static final ResourceType SOURCE = new ResourceType("source");

  /** {@code exposure}. */
  public static final ResourceType EXPOSURE = new ResourceType("exposure");

  /** {@code metric}. */
  public static final ResourceType METRIC = new ResourceType("metric");

  /** {@code semantic_model}. */
  public static final ResourceType SEMANTIC_MODEL = new ResourceType("semantic_model");

  /** {@code saved_query}. */
  public static final ResourceType SAVED_QUERY = new ResourceType("saved_query");

  /** {@code unit_test}. */
  public static final ResourceType UNIT_TEST = new ResourceType("unit_test");

  /** {@code function}. */
  public static final ResourceType FUNCTION = new ResourceType("function");

  /** {@code group}. */
  public static final ResourceType GROUP = new ResourceType("group");

  /** {@code macro}. */
  public static final ResourceType MACRO = new ResourceType("macro");

  /** {@code doc}. */
  public static final ResourceType DOC = new ResourceType("doc");

  private final String value;

  private ResourceType(String value) {
    this.value = value;
  }

  /**
   * Returns the value for a string as dbt writes it; known values return their constant.
   *
   * @param value the value as written
   * @return the value, never {@code null}
   * @throws NullPointerException if {@code value} is null
   */
  public static ResourceType of(String value) {
    Objects.requireNonNull(value, "value");
    switch (value) {
      case "model":
        return MODEL;
      case "seed":
        return SEED;
      case "snapshot":
        return SNAPSHOT;
      case "test":
        return TEST;
      case "analysis":
        return ANALYSIS;
      case "operation":
        return OPERATION;
      case "sql_operation":
        return SQL_OPERATION;
      case "rpc":
        return RPC;
      case "source":
        return SOURCE;
      case "exposure":
        return EXPOSURE;
      case "metric":
        return METRIC;
      case "semantic_model":
        return SEMANTIC_MODEL;
      case "saved_query":
        return SAVED_QUERY;
      case "unit_test":
        return UNIT_TEST;
      case "function":
        return FUNCTION;
      case "group":
        return GROUP;
      case "macro":
        return MACRO;
      case "doc":
        return DOC;
      default:
        return new ResourceType(value);
    }
  }

  /**
   * Returns the value as dbt writes it.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResourceType && ((ResourceType) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
