package io.github.supersetsdk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's {@code --manifest} points: a {@code manifest.json}, or dbt's target folder. */
public final class ManifestFiles {

  private ManifestFiles() {}

  /**
   * The manifest file a path names: the path itself, or {@code manifest.json} in it when it is a
   * folder (dbt's {@code target/}, as {@code --state} takes it).
   *
   * @param path the file or folder given
   * @param hint what to do when there is none, appended to the message, or empty
   * @return a regular file
   * @throws BadInput if there is no such file
   */
  public static Path resolve(Path path, String hint) {
    Path file = Files.isDirectory(path) ? path.resolve("manifest.json") : path;
    if (!Files.isRegularFile(file)) {
      throw new BadInput("manifest not found: " + file + (hint.isEmpty() ? "" : " (" + hint + ")"));
    }
    return file;
  }
}
