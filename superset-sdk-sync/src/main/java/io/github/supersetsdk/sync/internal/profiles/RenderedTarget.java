package io.github.supersetsdk.sync.internal.profiles;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One rendered output of a profile, secrets included. Immutable and thread-safe. */
public record RenderedTarget(String profile, String target, Path file, String type) {

  public @Nullable Integer intField(String name) {
    throw new UnsupportedOperationException("being implemented");
  }

  public Map<String, String> publicSettings() {
    throw new UnsupportedOperationException("being implemented");
  }
}
