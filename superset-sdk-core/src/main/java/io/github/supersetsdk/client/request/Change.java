package io.github.supersetsdk.client.request;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of a partial update: {@linkplain #unchanged() left as it is}, {@linkplain #set(Object)
 * set to a value}, or {@linkplain #clear() cleared} (sent as JSON {@code null}).
 *
 * <p>Update requests use it so that "do not touch this field" and "empty this field" are told apart
 * explicitly, never inferred from a {@code null}. Their builders create these for you: {@code
 * .description("x")} sets, {@code .clearDescription()} clears, and fields not mentioned stay
 * unchanged.
 *
 * <p>Immutable and thread-safe: a list or map value is copied when set.
 *
 * @param <T> the field's type
 */
public final class Change<T> {

  private static final Change<?> UNCHANGED = new Change<>(State.UNCHANGED, null);
  private static final Change<?> CLEAR = new Change<>(State.CLEAR, null);

  private enum State {
    UNCHANGED,
    SET,
    CLEAR
  }

  private final State state;
  private final @Nullable T value;

  private Change(State state, @Nullable T value) {
    this.state = state;
    this.value = value;
  }

  /**
   * Leaves the field as it is on the server; it is not sent.
   *
   * @param <T> the field's type
   * @return the unchanged marker
   */
  @SuppressWarnings("unchecked")
  public static <T> Change<T> unchanged() {
    return (Change<T>) UNCHANGED;
  }

  /**
   * Sets the field to a value.
   *
   * @param value the new value
   * @param <T> the field's type
   * @return the change
   * @throws NullPointerException if {@code value} is null; use {@link #clear()} to empty a field
   */
  @SuppressWarnings("unchecked")
  public static <T> Change<T> set(T value) {
    Objects.requireNonNull(value, "value");
    // A list or map is copied (at every level), so that changing it later does not change the request.
    if (value instanceof List<?> list) {
      return new Change<>(State.SET, (T) Copies.deepList(list));
    }
    if (value instanceof Map<?, ?> map) {
      return new Change<>(State.SET, (T) Copies.deepMap(map));
    }
    return new Change<>(State.SET, value);
  }

  /**
   * Clears the field: it is sent as JSON {@code null}. Only fields that Superset allows to be null
   * offer a {@code clear...()} builder method.
   *
   * @param <T> the field's type
   * @return the clear marker
   */
  @SuppressWarnings("unchecked")
  public static <T> Change<T> clear() {
    return (Change<T>) CLEAR;
  }

  /** {@return whether the field is left as it is, as by {@link #unchanged()}} */
  public boolean isUnchanged() {
    return state == State.UNCHANGED;
  }

  /** {@return whether the field is set to a value, as by {@link #set(Object)}} */
  public boolean isSet() {
    return state == State.SET;
  }

  /** {@return whether the field is cleared, as by {@link #clear()}} */
  public boolean isClear() {
    return state == State.CLEAR;
  }

  /** {@return the new value if {@link #isSet()}, else {@code null}} */
  public @Nullable T value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Change<?> other && state == other.state && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, value);
  }

  @Override
  public String toString() {
    return switch (state) {
      case UNCHANGED -> "unchanged";
      case CLEAR -> "clear";
      case SET -> "set(" + value + ")";
    };
  }
}
