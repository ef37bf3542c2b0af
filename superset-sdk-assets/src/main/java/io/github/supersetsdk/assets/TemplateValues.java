package io.github.supersetsdk.assets;

import io.github.supersetsdk.assets.internal.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The variables a folder's Jinja values are rendered with: named values (from {@code with}, an
 * environment file or a YAML values file) and the process environment as {@code env}, e.g. {@code
 * {{ warehouse_host }}} or {@code {{ env.WAREHOUSE_HOST }}}. Later additions replace earlier ones of
 * the same name. A variable a value uses but that has no value is an error, never an empty string.
 *
 * <p>{@link #toString()} names the variables, never their values. Immutable and thread-safe.
 */
public final class TemplateValues {

  private static final TemplateValues EMPTY = new TemplateValues(Map.of());

  private final Map<String, Object> values;

  private TemplateValues(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * No variables: a folder without Jinja of its own reads with these.
   *
   * @return the empty set
   */
  public static TemplateValues empty() {
    return EMPTY;
  }

  /**
   * A copy with one more variable.
   *
   * @param name the variable's name
   * @param value its value: a string, number, boolean, list or map
   * @return the new values
   * @throws NullPointerException if an argument is null
   */
  public TemplateValues with(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, Object> m = new LinkedHashMap<>(values);
    m.put(name, Objects.requireNonNull(freeze(value)));
    return new TemplateValues(m);
  }

  /**
   * A copy with more variables.
   *
   * @param more the variables by name
   * @return the new values
   * @throws NullPointerException if {@code more}, a key or a value is null
   */
  public TemplateValues withAll(Map<String, ?> more) {
    Map<String, Object> m = new LinkedHashMap<>(values);
    more.forEach((k, v) ->
        m.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(freeze(Objects.requireNonNull(v, "value")))));
    return new TemplateValues(m);
  }

  /**
   * A copy with the process environment (or another map) available as {@code env}.
   *
   * @param environment the variables, usually {@code System.getenv()}
   * @return the new values
   * @throws NullPointerException if {@code environment} is null
   */
  public TemplateValues withEnvironment(Map<String, String> environment) {
    return with("env", new TreeMap<>(environment));
  }

  /**
   * A copy with the variables of an environment file: {@code NAME=value} lines, {@code #} comments,
   * an optional {@code export} prefix, values optionally in single or double quotes.
   *
   * @param file the file
   * @return the new values
   * @throws AssetsFormatException if a line is not {@code NAME=value}
   * @throws UncheckedIOException if the file cannot be read
   */
  public TemplateValues withEnvFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + reason(e), e);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0 || !line.substring(0, eq).strip().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new AssetsFormatException(file.toString(), i + 1, 1, "expected NAME=value", null);
      }
      String v = line.substring(eq + 1).strip();
      if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
        v = v.substring(1, v.length() - 1);
      }
      m.put(line.substring(0, eq).strip(), v);
    }
    return withAll(m);
  }

  /**
   * A copy with the variables of a YAML mapping (values may be nested mappings and lists).
   *
   * @param file the file
   * @return the new values
   * @throws AssetsFormatException if the YAML is malformed or not a mapping
   * @throws UncheckedIOException if the file cannot be read
   */
  public TemplateValues withYamlFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + reason(e), e);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    Yaml.parse(text, file.toString()).root().forEach((k, v) -> {
      if (v != null) {
        m.put(k, v);
      }
    });
    return withAll(m);
  }

  // A list or map value is copied at every level into unmodifiable ones (keeping its order and any
  // nulls a YAML file holds), so that neither the caller's map nor asMap() can change these values.
  private static @Nullable Object freeze(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, freeze(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (@Nullable Object v : list) {
        copy.add(freeze(v));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  /**
   * The variables.
   *
   * @return an unmodifiable map by name; its list and map values are unmodifiable too
   */
  public Map<String, Object> asMap() {
    return values;
  }

  /** Names the variables; never their values, which may be secrets. */
  @Override
  public String toString() {
    return "TemplateValues" + values.keySet();
  }

  // NoSuchFileException and its kin carry the path alone as their message; say what went wrong.
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
