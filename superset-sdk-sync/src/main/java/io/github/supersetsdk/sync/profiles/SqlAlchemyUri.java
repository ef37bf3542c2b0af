package io.github.supersetsdk.sync.profiles;

import io.github.supersetsdk.client.model.Database;
import java.util.Objects;

/**
 * A SQLAlchemy URI that may carry a password, such as
 * {@code postgresql+psycopg2://superset_reader:pw@db:5432/warehouse}. {@link #toString()} and
 * {@link #masked()} show it with the password replaced by {@code XXXXXXXXXX}, the mask Superset
 * itself uses; {@link #reveal()} gives the full URI to send to Superset.
 *
 * <p>Immutable and thread-safe.
 */
public final class SqlAlchemyUri {
  /** The mask Superset puts in place of a password when it returns a URI. */
  public static final String PASSWORD_MASK = "XXXXXXXXXX";

  private final String uri;
  private final String masked;

  /**
   * Creates a URI from its full and masked forms.
   *
   * @param uri the full URI, password included
   * @param masked the same URI with the password (if any) replaced by {@link #PASSWORD_MASK}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code masked} is the full URI while it holds a password
   */
  public SqlAlchemyUri(String uri, String masked) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.masked = Objects.requireNonNull(masked, "masked");
    // toString() prints the masked form: it must not be the secret itself.
    if (masked.equals(uri) && !uri.equals(Database.redact(uri))) {
      throw new IllegalArgumentException("masked must hide the URI's password (with " + PASSWORD_MASK + "): "
          + Database.redact(uri));
    }
  }

  /**
   * Returns the full URI, password included: pass it to Superset, never to a log.
   *
   * @return the full URI
   */
  public String reveal() {
    return uri;
  }

  /**
   * Returns the URI with its password replaced by {@link #PASSWORD_MASK}, safe to print.
   *
   * @return the masked URI
   */
  public String masked() {
    return masked;
  }

  /**
   * Returns the SQLAlchemy dialect and driver, the part before {@code ://}, such as
   * {@code postgresql+psycopg2}.
   *
   * @return the scheme
   */
  public String scheme() {
    int i = uri.indexOf("://");
    return i < 0 ? uri : uri.substring(0, i);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SqlAlchemyUri other && uri.equals(other.uri);
  }

  @Override
  public int hashCode() {
    // Consistent with equals (the full URI), computed from what can be shown.
    return Objects.hashCode(Database.redact(uri));
  }

  /**
   * Returns the masked URI.
   *
   * @return {@link #masked()}
   */
  @Override
  public String toString() {
    return masked;
  }
}
