package io.github.supersetsdk.cli;

import io.github.supersetsdk.dbt.ArtifactMetadata;
import java.io.PrintWriter;
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

  /**
   * Warns, on standard error, when an artifact's schema version is not one this SDK knows (a dbt
   * newer than it): the file is still read, which is worth a word before anything is built on it.
   *
   * @param err standard error
   * @param file the artifact's file
   * @param metadata its metadata
   */
  public static void warnIfUnknownVersion(PrintWriter err, Path file, ArtifactMetadata metadata) {
    if (!metadata.isKnownVersion()) {
      int v = metadata.schemaVersion();
      err.println("superset-sdk: warning: " + file + " is " + metadata.kind().id() + " v" + v + ", a version this"
          + " superset-sdk does not know (it knows " + metadata.kind().knownVersions() + "); it is read as far"
          + " as the known versions go, so what v" + v + " added or changed is not read");
      err.flush();
    }
  }
}
