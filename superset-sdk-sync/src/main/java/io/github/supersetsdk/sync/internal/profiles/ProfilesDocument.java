package io.github.supersetsdk.sync.internal.profiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A parsed, not yet rendered profiles.yml. Immutable and thread-safe. */
public final class ProfilesDocument {
  private final Path file;

  private ProfilesDocument(Path file) {
    this.file = file;
  }

  public static ProfilesDocument read(Path file) {
    throw new UnsupportedOperationException("profiles.yml reading is being implemented");
  }

  public Path file() {
    return file;
  }

  public List<String> profileNames() {
    throw new UnsupportedOperationException("profiles.yml reading is being implemented");
  }

  public List<String> targetNames(String profile) {
    throw new UnsupportedOperationException("profiles.yml reading is being implemented");
  }

  public String defaultTarget(String profile, Map<String, String> env) {
    throw new UnsupportedOperationException("profiles.yml reading is being implemented");
  }

  public RenderedTarget renderTarget(String profile, String target, Map<String, String> env) {
    throw new UnsupportedOperationException("profiles.yml reading is being implemented");
  }
}
