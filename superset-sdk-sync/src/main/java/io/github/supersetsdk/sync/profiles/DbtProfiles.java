package io.github.supersetsdk.sync.profiles;

import io.github.supersetsdk.sync.internal.profiles.ProfilesDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dbt {@code profiles.yml}, parsed, whose targets become {@link WarehouseTarget}s. Jinja in its
 * values is rendered by a real Jinja engine with dbt's profile context: {@code env_var('X')},
 * {@code env_var('X', 'default')} and the {@code as_text}, {@code as_bool}, {@code as_number} and
 * {@code as_native} filters. As in dbt, only the target asked for is rendered, so an unset variable
 * used by another target does not matter.
 *
 * {@snippet class=io.github.supersetsdk.sync.snippets.SyncSnippets region=DbtProfiles}
 *
 * <p>Immutable and thread-safe: {@link #target} renders anew on each call.
 */
public final class DbtProfiles {
  private final ProfilesDocument document;
  private final Map<String, String> env;

  private DbtProfiles(ProfilesDocument document, Map<String, String> env) {
    this.document = document;
    this.env = env;
  }

  /**
   * Reads {@code profiles.yml}. The location is, as in dbt: {@code profilesDirOrFile} when given
   * (a directory holding {@code profiles.yml}, or the file itself), else the
   * {@code DBT_PROFILES_DIR} variable of {@code env}, else {@code ~/.dbt}.
   *
   * @param profilesDirOrFile a profiles directory or file, or {@code null} for dbt's default lookup
   * @param env the environment for {@code env_var()} and {@code DBT_PROFILES_DIR}, usually
   *     {@code System.getenv()}; copied
   * @return the parsed profiles
   * @throws NullPointerException if {@code env} is null
   * @throws ProfilesParseException if the file is missing, unreadable, not valid YAML (with line and
   *     column) or not shaped like a profiles file
   */
  public static DbtProfiles load(@Nullable Path profilesDirOrFile, Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Map<String, String> copy = Map.copyOf(env);
    return new DbtProfiles(ProfilesDocument.read(resolve(profilesDirOrFile, copy)), copy);
  }

  /**
   * Returns where dbt would look for {@code profiles.yml}, without reading it: the file inside
   * {@code profilesDirOrFile} when it is a directory (or the path itself otherwise), else inside
   * {@code $DBT_PROFILES_DIR}, else inside {@code ~/.dbt}.
   *
   * @param profilesDirOrFile a profiles directory or file, or {@code null}
   * @param env the environment to read {@code DBT_PROFILES_DIR} from
   * @return the path of the profiles file
   * @throws NullPointerException if {@code env} is null
   */
  public static Path resolve(@Nullable Path profilesDirOrFile, Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Path base = profilesDirOrFile;
    if (base == null) {
      String dir = env.get("DBT_PROFILES_DIR");
      base =
          dir != null && !dir.isBlank()
              ? Path.of(dir)
              : Path.of(System.getProperty("user.home"), ".dbt");
      return base.resolve("profiles.yml");
    }
    return Files.isDirectory(base) ? base.resolve("profiles.yml") : base;
  }

  /**
   * Returns the profiles file that was read.
   *
   * @return the file
   */
  public Path file() {
    return document.file();
  }

  /**
   * Returns the profile names, in file order, without dbt's top-level {@code config} block.
   *
   * @return the profile names
   */
  public List<String> profileNames() {
    return document.profileNames();
  }

  /**
   * Returns the target (output) names of a profile, in file order.
   *
   * @param profile the profile name
   * @return the target names
   * @throws NullPointerException if {@code profile} is null
   * @throws ProfileNotFoundException if there is no such profile (the message lists those there are)
   */
  public List<String> targetNames(String profile) {
    Objects.requireNonNull(profile, "profile");
    return document.targetNames(profile);
  }

  /**
   * Returns the profile's default target, its rendered {@code target:} value.
   *
   * @param profile the profile name
   * @return the default target name
   * @throws NullPointerException if {@code profile} is null
   * @throws ProfileNotFoundException if there is no such profile
   * @throws ProfilesParseException if the profile has no {@code target:}
   * @throws ProfilesTemplateException if the value's Jinja cannot be rendered
   */
  public String defaultTarget(String profile) {
    Objects.requireNonNull(profile, "profile");
    return document.defaultTarget(profile, env);
  }

  /**
   * Renders one target of a profile.
   *
   * @param profile the profile name, as in {@code dbt_project.yml}'s {@code profile:}
   * @param target the target name, or {@code null} for the profile's default {@code target:}
   * @return the rendered target
   * @throws NullPointerException if {@code profile} is null
   * @throws ProfileNotFoundException if the profile or target is missing (the message lists the
   *     available names)
   * @throws MissingEnvVarException if {@code env_var()} names an unset variable without a default
   * @throws ProfilesTemplateException if a value's Jinja cannot be rendered, e.g. an unknown function
   * @throws ProfilesParseException if the target has no {@code type} or a field of the wrong type
   */
  public WarehouseTarget target(String profile, @Nullable String target) {
    Objects.requireNonNull(profile, "profile");
    String name = target != null ? target : document.defaultTarget(profile, env);
    return new WarehouseTarget(document.renderTarget(profile, name, env));
  }

  @Override
  public String toString() {
    return "DbtProfiles[file=" + document.file() + ", profiles=" + document.profileNames() + "]";
  }
}
