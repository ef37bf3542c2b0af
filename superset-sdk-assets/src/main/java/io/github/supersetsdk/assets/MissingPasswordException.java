package io.github.supersetsdk.assets;

/**
 * A database connection that the apply would create on the server has a password in its URI, but
 * no password was given for it (folders never hold passwords). Thrown before anything is written.
 */
public final class MissingPasswordException extends AssetsException {

  private static final long serialVersionUID = 1L;

  /** The database connection whose password is not given. */
  private final String database;

  /**
   * Creates an error.
   *
   * @param file the database's file, relative to the folder
   * @param database the database's name
   */
  public MissingPasswordException(String file, String database) {
    super(file + ": database '" + database + "' is new on this server and needs its password;"
        + " give it with SupersetAssets.Builder.databasePassword (CLI: --database-password or"
        + " SUPERSET_DATABASE_PASSWORD_<NAME>)", file, null);
    this.database = database;
  }

  /**
   * The database's name.
   *
   * @return the name
   */
  public String database() {
    return database;
  }
}
