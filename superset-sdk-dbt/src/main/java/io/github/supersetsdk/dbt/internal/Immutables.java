package io.github.supersetsdk.dbt.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Copies collections into unmodifiable ones that keep the artifact's order. */
public final class Immutables {
  private Immutables() {}

  /**
   * Copies a map, keeping its iteration order and allowing {@code null} values (JSON nulls).
   *
   * @param map the map, or null for an empty one
   * @param <V> the value type
   * @return an unmodifiable copy
   */
  public static <V> Map<String, V> orderedMap(@Nullable Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    if (isUnmodifiableOrdered(map)) {
      return map;
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Copies a list that may hold JSON nulls.
   *
   * @param list the list, or null for an empty one
   * @param <T> the element type
   * @return an unmodifiable copy
   */
  public static <T> List<T> list(@Nullable List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Wraps a freshly built map without copying it; the caller must not keep a reference.
   *
   * @param map a map that nobody else holds
   * @param <V> the value type
   * @return an unmodifiable view
   */
  public static <V> Map<String, V> adopt(LinkedHashMap<String, V> map) {
    if (map.isEmpty()) {
      return Map.of();
    }
    if (map.size() <= ArrayMap.MAX_SIZE) {
      return new ArrayMap<>(map);
    }
    return new Frozen<>(map);
  }

  /**
   * Builds an unmodifiable ordered map without a hash table while it is small.
   *
   * @param <V> the value type
   */
  public static final class MapBuilder<V> {
    private String[] keys = new String[8];
    private Object[] values = new Object[8];
    private int size;
    private @Nullable LinkedHashMap<String, V> big;
    private final KeySet probe = new KeySet();
    private final int expected;

    /** Creates a builder for maps of any size. */
    public MapBuilder() {
      this(0);
    }

    /**
     * Creates a builder for one map of about {@code expected} entries, so that a large one is
     * hashed once into a table of the right size rather than grown step by step.
     *
     * @param expected the number of entries expected
     */
    public MapBuilder(int expected) {
      this.expected = expected;
    }

    /**
     * Empties the builder for reuse; maps built before are not affected.
     *
     * @param <T> the new value type
     * @return this builder, typed for its next map
     */
    @SuppressWarnings("unchecked")
    public <T> MapBuilder<T> reset() {
      java.util.Arrays.fill(values, 0, size, null);
      size = 0;
      big = null;
      return (MapBuilder<T>) this;
    }

    /**
     * Adds an entry; a later entry with the same key replaces the earlier one.
     *
     * @param key the key
     * @param value the value
     */
    @SuppressWarnings("unchecked")
    public void put(String key, V value) {
      if (big != null) {
        big.put(key, value);
        return;
      }
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          values[i] = value;
          return;
        }
      }
      if (size == ArrayMap.MAX_SIZE) {
        big = new LinkedHashMap<>(Math.max(size * 4, (int) Math.min(1 << 30, expected * 4L / 3 + 1)));
        for (int i = 0; i < size; i++) {
          big.put(keys[i], (V) values[i]);
        }
        big.put(key, value);
        return;
      }
      if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, size * 2);
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size++] = value;
    }

    /**
     * Builds the map; the builder must not be used afterwards.
     *
     * @return the map
     */
    public Map<String, V> build() {
      return build(null);
    }

    /**
     * Builds the map, taking its key array from {@code keyArrays} when an equal one was built
     * before: the maps of one manifest share a handful of key sets (every model's config has the
     * same keys), so sharing them saves an array per map.
     *
     * @param keyArrays a cache of key arrays, or null
     * @return the map
     */
    public Map<String, V> build(@Nullable Map<KeySet, String[]> keyArrays) {
      if (big != null) {
        return new Frozen<>(big);
      }
      if (size == 0) {
        return Map.of();
      }
      String[] k = null;
      if (keyArrays != null && size >= 4) {
        // Look the keys up before copying them: most maps reuse a key array seen before.
        k = keyArrays.get(probe.of(keys, size));
        if (k == null && keyArrays.size() < 4096) {
          k = java.util.Arrays.copyOf(keys, size);
          keyArrays.put(new KeySet(k), k);
        }
      }
      if (k == null) {
        k = java.util.Arrays.copyOf(keys, size);
      }
      return new ArrayMap<>(k, java.util.Arrays.copyOf(values, size));
    }
  }

  /**
   * Tells whether a map built here holds only scalars and short strings (nested maps and lists
   * are allowed when they were shared themselves, so they are compared cheaply too).
   *
   * @param map a map
   * @param maxStringLength the longest string value allowed
   * @return whether the map is worth sharing
   */
  public static boolean isSmallLeafMap(Map<String, ?> map, int maxStringLength) {
    if (!(map instanceof ArrayMap)) {
      return false;
    }
    for (Object v : ((ArrayMap<?>) map).values) {
      if (v instanceof String && ((String) v).length() > maxStringLength) {
        return false;
      }
    }
    return true;
  }

  /**
   * A key array compared by content, for sharing. A builder's probe is a reusable view of the
   * first {@code size} keys of its working array, so a lookup allocates nothing.
   */
  public static final class KeySet {
    private String[] keys;
    private int size;
    private int hash;

    KeySet(String[] keys) {
      of(keys, keys.length);
    }

    private KeySet() {}

    KeySet of(String[] array, int length) {
      this.keys = array;
      this.size = length;
      int h = 1;
      for (int i = 0; i < length; i++) {
        h = 31 * h + array[i].hashCode();
      }
      this.hash = h;
      return this;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof KeySet
          && java.util.Arrays.equals(keys, 0, size, ((KeySet) o).keys, 0, ((KeySet) o).size);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static boolean isUnmodifiableOrdered(Map<?, ?> map) {
    return map instanceof Frozen || map instanceof ArrayMap;
  }

  /**
   * A small unmodifiable ordered map backed by two arrays: configs, meta and column maps hold a
   * few dozen entries at most, and a manifest holds hundreds of thousands of them, so the few
   * bytes per entry saved over a hash map are what keeps a large manifest within a small heap.
   */
  private static final class ArrayMap<V> extends java.util.AbstractMap<String, V> {
    static final int MAX_SIZE = 48;
    private final String[] keys;
    private final Object[] values;

    ArrayMap(String[] keys, Object[] values) {
      this.keys = keys;
      this.values = values;
    }

    ArrayMap(Map<String, V> map) {
      keys = new String[map.size()];
      values = new Object[map.size()];
      int i = 0;
      for (Map.Entry<String, V> e : map.entrySet()) {
        keys[i] = e.getKey();
        values[i++] = e.getValue();
      }
    }

    private int indexOf(@Nullable Object key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          return i;
        }
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable V get(@Nullable Object key) {
      int i = indexOf(key);
      return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public int size() {
      return keys.length;
    }

    @Override
    public int hashCode() {
      int h = 0;
      for (int i = 0; i < keys.length; i++) {
        h += keys[i].hashCode() ^ java.util.Objects.hashCode(values[i]);
      }
      return h;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      // The fast path holds only for the same keys in the same order; a map is equal to another
      // with its entries in any order (Map's contract, which hashCode already follows).
      if (o instanceof ArrayMap<?> other && java.util.Arrays.equals(keys, other.keys)) {
        return java.util.Arrays.equals(values, other.values);
      }
      return super.equals(o);
    }

    @Override
    public java.util.Set<Entry<String, V>> entrySet() {
      return new java.util.AbstractSet<>() {
        @Override
        public java.util.Iterator<Entry<String, V>> iterator() {
          return new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
              return i < keys.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Entry<String, V> next() {
              if (i >= keys.length) {
                throw new java.util.NoSuchElementException();
              }
              int at = i++;
              return new java.util.AbstractMap.SimpleImmutableEntry<>(keys[at], (V) values[at]);
            }
          };
        }

        @Override
        public int size() {
          return keys.length;
        }
      };
    }
  }

  /** An unmodifiable ordered map recognisable as already immutable, so records do not re-copy. */
  private static final class Frozen<V> extends java.util.AbstractMap<String, V> {
    private final Map<String, V> delegate;

    Frozen(LinkedHashMap<String, V> map) {
      this.delegate = Collections.unmodifiableMap(map);
    }

    @Override
    public java.util.Set<Entry<String, V>> entrySet() {
      return delegate.entrySet();
    }

    @Override
    public @Nullable V get(@Nullable Object key) {
      return delegate.get(key);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return delegate.containsKey(key);
    }

    @Override
    public int size() {
      return delegate.size();
    }
  }
}
