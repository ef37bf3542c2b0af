package io.github.supersetsdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every module's main sources declares {@code @NullMarked} in its
 * {@code package-info.java}, so that unannotated types mean non-null everywhere and
 * {@code @Nullable} marks each absence. Checked on the sources, since a package without a
 * {@code package-info.java} leaves nothing in the compiled classes to look at.
 */
class NullMarkedPackagesTest {

  private static final Pattern NULL_MARKED =
      Pattern.compile("(?m)^\\s*@(org\\.jspecify\\.annotations\\.)?NullMarked\\b[\\s\\S]*^\\s*package\\s");

  @Test
  void everyPackageOfEveryModuleIsNullMarked() throws IOException {
    List<String> missing = new ArrayList<>();
    int packages = 0;
    for (Path module : ProjectLayout.moduleDirectories()) {
      Path sources = module.resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      TreeSet<Path> dirs = new TreeSet<>();
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("module-info.java"))
            .forEach(f -> dirs.add(f.getParent()));
      }
      for (Path dir : dirs) {
        packages++;
        Path info = dir.resolve("package-info.java");
        if (!Files.isRegularFile(info) || !NULL_MARKED.matcher(Files.readString(info)).find()) {
          missing.add(ProjectLayout.root().relativize(dir).toString());
        }
      }
    }
    // Guards the walk itself: finding no package would pass vacuously.
    assertThat(packages).as("packages found").isGreaterThan(20);
    assertThat(missing).as("packages whose package-info.java does not declare @NullMarked").isEmpty();
  }
}
