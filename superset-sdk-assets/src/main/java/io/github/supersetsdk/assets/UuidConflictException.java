package io.github.supersetsdk.assets;

import java.util.UUID;

/**
 * Two assets claim one identity: two folder files with the same UUID, or a folder asset whose
 * unique name (database name, dashboard slug) the server already gives another UUID. Thrown before
 * anything is written.
 */
public final class UuidConflictException extends AssetsException {

  private static final long serialVersionUID = 1L;

  /** The UUID of the conflicting file's asset. */
  private final UUID uuid;

  /**
   * Creates an error.
   *
   * @param file the folder file, relative to the folder
   * @param uuid the UUID of that file's asset
   * @param problem what it conflicts with
   */
  public UuidConflictException(String file, UUID uuid, String problem) {
    super(file + ": " + problem, file, null);
    this.uuid = uuid;
  }

  /**
   * The UUID of the folder's asset.
   *
   * @return the UUID
   */
  public UUID uuid() {
    return uuid;
  }
}
