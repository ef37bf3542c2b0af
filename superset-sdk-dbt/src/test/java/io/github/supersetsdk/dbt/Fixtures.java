package io.github.supersetsdk.dbt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the artifact fixtures under {@code src/test/resources/fixtures}. */
public final class Fixtures {
  private Fixtures() {}

  /** @return the fixtures directory */
  public static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param name a fixture file name
   * @return its path
   */
  public static Path file(String name) {
    Path p = dir().resolve(name);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    return p;
  }

  /**
   * @param prefix a file-name prefix such as {@code manifest-}
   * @return the fixtures whose names start with it, sorted
   */
  public static List<Path> all(String prefix) {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
