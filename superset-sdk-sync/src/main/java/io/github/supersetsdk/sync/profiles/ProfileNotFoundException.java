package io.github.supersetsdk.sync.profiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the requested profile, or the requested target of a profile, is not in
 * {@code profiles.yml}. The message and {@link #available()} list the names that are.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProfileNotFoundException extends DbtProfilesException {
  private static final long serialVersionUID = 1L;

  /** The profile asked for. */
  private final String profile;
  /** The target asked for, or null when the profile itself is missing. */
  private final @Nullable String target;
  /** The profiles, or the profile's targets, that do exist. */
  private final List<String> available;

  /**
   * Creates the exception.
   *
   * @param profile the requested profile
   * @param target the requested target, or {@code null} when the profile itself is missing
   * @param available the profile names (when the profile is missing) or the profile's target names
   * @param file the profiles file
   * @throws NullPointerException if {@code profile}, {@code available} or {@code file} is null
   */
  public ProfileNotFoundException(
      String profile, @Nullable String target, List<String> available, Path file) {
    super(reason(profile, target, available), file, 0, 0, null, null);
    this.profile = profile;
    this.target = target;
    this.available = List.copyOf(available);
  }

  private static String reason(String profile, @Nullable String target, List<String> available) {
    Objects.requireNonNull(profile, "profile");
    String list = available.isEmpty() ? "none" : String.join(", ", available);
    return target == null
        ? "profile '" + profile + "' not found; available profiles: " + list
        : "target '" + target + "' not found in profile '" + profile + "'; available targets: " + list;
  }

  /**
   * Returns the requested profile name.
   *
   * @return the profile
   */
  public String profile() {
    return profile;
  }

  /**
   * Returns the requested target name.
   *
   * @return the target, or {@code null} when the profile itself is missing
   */
  public @Nullable String target() {
    return target;
  }

  /**
   * Returns the names that exist: profiles when the profile is missing, else the profile's targets.
   *
   * @return the available names, in file order
   */
  public List<String> available() {
    return available;
  }
}
