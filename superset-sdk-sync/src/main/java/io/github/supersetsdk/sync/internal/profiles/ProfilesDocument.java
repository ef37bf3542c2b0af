package io.github.supersetsdk.sync.internal.profiles;

import io.github.supersetsdk.sync.internal.profiles.YamlTree.ListNode;
import io.github.supersetsdk.sync.internal.profiles.YamlTree.MapNode;
import io.github.supersetsdk.sync.internal.profiles.YamlTree.Node;
import io.github.supersetsdk.sync.internal.profiles.YamlTree.Scalar;
import io.github.supersetsdk.sync.profiles.MissingEnvVarException;
import io.github.supersetsdk.sync.profiles.ProfileNotFoundException;
import io.github.supersetsdk.sync.profiles.ProfilesParseException;
import io.github.supersetsdk.sync.profiles.ProfilesTemplateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed, not yet rendered profiles.yml: its shape is checked when read, its Jinja only when a
 * target is asked for, as dbt does. Immutable and thread-safe.
 */
public final class ProfilesDocument {
  private final Path file;
  private final Map<String, MapNode> profiles;

  private ProfilesDocument(Path file, Map<String, MapNode> profiles) {
    this.file = file;
    this.profiles = profiles;
  }

  /**
   * Reads and checks the file.
   *
   * @param file the profiles.yml
   * @return the document
   * @throws ProfilesParseException for a missing file, bad YAML or a shape dbt would reject
   */
  public static ProfilesDocument read(Path file) {
    Node root = YamlTree.read(file);
    if (root == null) {
      throw new ProfilesParseException("the file is empty; expected profiles", file, 0, 0, null, null);
    }
    if (!(root instanceof MapNode rootMap)) {
      throw new ProfilesParseException(
          "expected a mapping of profile names", file, root.line(), root.column(), null, null);
    }
    Map<String, MapNode> profiles = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : rootMap.entries().entrySet()) {
      String name = e.getKey();
      // dbt < 1.8 allowed a top-level "config:" block of settings; it is not a profile.
      if (name.equals("config")) {
        continue;
      }
      Node value = e.getValue();
      if (!(value instanceof MapNode profile)) {
        throw new ProfilesParseException(
            "profile '" + name + "' must be a mapping with 'target' and 'outputs'",
            file, value.line(), value.column(), name, null);
      }
      Node outputs = profile.entries().get("outputs");
      if (!(outputs instanceof MapNode outputsMap)) {
        int line = outputs == null ? profile.line() : outputs.line();
        int column = outputs == null ? profile.column() : outputs.column();
        throw new ProfilesParseException(
            "profile '" + name + "' has no 'outputs' mapping", file, line, column, name, null);
      }
      for (Map.Entry<String, Node> o : outputsMap.entries().entrySet()) {
        if (!(o.getValue() instanceof MapNode)) {
          throw new ProfilesParseException(
              "output '" + o.getKey() + "' must be a mapping of connection fields",
              file, o.getValue().line(), o.getValue().column(),
              name + ".outputs." + o.getKey(), null);
        }
      }
      profiles.put(name, profile);
    }
    return new ProfilesDocument(file, Collections.unmodifiableMap(profiles));
  }

  public Path file() {
    return file;
  }

  public List<String> profileNames() {
    return List.copyOf(profiles.keySet());
  }

  public List<String> targetNames(String profile) {
    return List.copyOf(outputs(profile).entries().keySet());
  }

  private MapNode profile(String profile) {
    MapNode p = profiles.get(profile);
    if (p == null) {
      throw new ProfileNotFoundException(profile, null, profileNames(), file);
    }
    return p;
  }

  private MapNode outputs(String profile) {
    return (MapNode) profile(profile).entries().get("outputs");
  }

  /**
   * Renders the profile's {@code target:}.
   *
   * @throws ProfileNotFoundException, ProfilesParseException, ProfilesTemplateException
   */
  public String defaultTarget(String profile, Map<String, String> env) {
    Node target = profile(profile).entries().get("target");
    if (!(target instanceof Scalar s) || s.text() == null || s.text().isBlank()) {
      MapNode p = profile(profile);
      throw new ProfilesParseException(
          "profile '" + profile + "' has no default 'target'; name the target explicitly",
          file, p.line(), p.column(), profile, null);
    }
    return renderScalar(s, profile + ".target", env);
  }

  /**
   * Renders every value of one output.
   *
   * @throws ProfileNotFoundException, ProfilesParseException, ProfilesTemplateException
   */
  public RenderedTarget renderTarget(String profile, String target, Map<String, String> env) {
    MapNode outputs = outputs(profile);
    Node node = outputs.entries().get(target);
    if (node == null) {
      throw new ProfileNotFoundException(profile, target, targetNames(profile), file);
    }
    MapNode output = (MapNode) node;
    String base = profile + ".outputs." + target;
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, int[]> locations = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : output.entries().entrySet()) {
      Object v = render(e.getValue(), base + "." + e.getKey(), env);
      locations.put(e.getKey(), new int[] {e.getValue().line(), e.getValue().column()});
      if (v != null) {
        values.put(e.getKey(), v);
      }
    }
    Object type = values.get("type");
    if (!(type instanceof String t) || t.isBlank()) {
      throw new ProfilesParseException(
          "output '" + target + "' has no adapter 'type'", file, output.line(), output.column(), base, null);
    }
    return new RenderedTarget(
        profile, target, file, t.trim().toLowerCase(Locale.ROOT), values, locations,
        output.line(), output.column());
  }

  private @Nullable Object render(Node node, String path, Map<String, String> env) {
    if (node instanceof Scalar s) {
      return s.text() == null ? null : renderScalar(s, path, env);
    }
    if (node instanceof ListNode l) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < l.items().size(); i++) {
        Object v = render(l.items().get(i), path + "[" + i + "]", env);
        if (v != null) {
          items.add(v);
        }
      }
      return List.copyOf(items);
    }
    MapNode m = (MapNode) node;
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      Object v = render(e.getValue(), path + "." + e.getKey(), env);
      if (v != null) {
        values.put(e.getKey(), v);
      }
    }
    return Collections.unmodifiableMap(values);
  }

  private String renderScalar(Scalar s, String path, Map<String, String> env) {
    String text = s.text();
    if (text == null) {
      return "";
    }
    try {
      return ProfileTemplates.render(text, env);
    } catch (ProfileTemplates.TemplateFailure f) {
      if (f.missingVariable() != null) {
        throw new MissingEnvVarException(f.missingVariable(), file, s.line(), s.column(), path);
      }
      throw new ProfilesTemplateException(f.getMessage(), file, s.line(), s.column(), path, null);
    }
  }
}
