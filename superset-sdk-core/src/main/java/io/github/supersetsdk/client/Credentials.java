package io.github.supersetsdk.client;

import io.github.supersetsdk.client.model.GuestToken;
import java.util.Objects;

/**
 * How the client authenticates to Superset: a username and password (the client logs in, keeps the
 * access token fresh and logs in again when it must), a static bearer token issued elsewhere, or a
 * guest token minted for an embedded dashboard.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=Credentials}
 *
 * <p>Implementations are immutable and thread-safe, and their {@code toString()} never shows a
 * password or a token. For credentials that change over time, pass a {@link CredentialsProvider} to
 * the client builder instead.
 */
public sealed interface Credentials
    permits Credentials.Password, Credentials.BearerToken, Credentials.Guest {

  /**
   * Username and password checked by Superset's own user table ({@link LoginType#DB}).
   *
   * @param username the user name; not blank
   * @param password the password; not empty
   * @return the credentials
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code username} is blank or {@code password} is empty
   */
  static Credentials password(String username, String password) {
    return new Password(username, password, LoginType.DB);
  }

  /**
   * Username and password checked by the given provider.
   *
   * @param username the user name; not blank
   * @param password the password; not empty
   * @param provider {@link LoginType#DB} or {@link LoginType#LDAP}
   * @return the credentials
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code username} is blank or {@code password} is empty
   */
  static Credentials password(String username, String password, LoginType provider) {
    return new Password(username, password, provider);
  }

  /**
   * A bearer access token obtained elsewhere (e.g. from an SSO flow). The client sends it as is and
   * cannot refresh it; supply a {@link CredentialsProvider} that returns a fresh one to rotate it.
   *
   * @param token the access token; not blank
   * @return the credentials
   * @throws NullPointerException if {@code token} is null
   * @throws IllegalArgumentException if {@code token} is blank
   */
  static Credentials bearerToken(String token) {
    return new BearerToken(token);
  }

  /**
   * A guest token for embedded dashboards, sent in Superset's {@code X-GuestToken} header. A client
   * built with it acts as that guest: it can fetch chart data of the dashboards the token names,
   * filtered by the token's row-level security clauses. Guest clients never fetch a CSRF token.
   *
   * @param token a token from {@code security().createGuestToken(...)}
   * @return the credentials
   * @throws NullPointerException if {@code token} is null
   */
  static Credentials guestToken(GuestToken token) {
    return new Guest(token);
  }

  /**
   * Username and password credentials. Immutable and thread-safe; {@code toString()} hides the
   * password.
   *
   * @param username the user name
   * @param password the password
   * @param provider the authentication provider
   */
  record Password(String username, String password, LoginType provider) implements Credentials {

    /**
     * Validates the components.
     *
     * @param username the user name
     * @param password the password
     * @param provider the authentication provider
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code username} is blank or {@code password} is empty
     */
    public Password {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(provider, "provider");
      if (username.isBlank()) {
        throw new IllegalArgumentException("username is blank");
      }
      if (password.isEmpty()) {
        throw new IllegalArgumentException("password is empty");
      }
    }

    @Override
    public String toString() {
      return "Credentials.Password[username=" + username + ", password=***, provider=" + provider + "]";
    }
  }

  /**
   * A static bearer access token. Immutable and thread-safe; {@code toString()} hides the token.
   *
   * @param token the access token
   */
  record BearerToken(String token) implements Credentials {

    /**
     * Validates the token.
     *
     * @param token the access token
     * @throws NullPointerException if {@code token} is null
     * @throws IllegalArgumentException if {@code token} is blank
     */
    public BearerToken {
      Objects.requireNonNull(token, "token");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token is blank");
      }
    }

    @Override
    public String toString() {
      return "Credentials.BearerToken[***]";
    }
  }

  /**
   * A guest token. Immutable and thread-safe; {@code toString()} hides the token.
   *
   * @param token the guest token
   */
  record Guest(GuestToken token) implements Credentials {

    /**
     * Validates the token.
     *
     * @param token the guest token
     * @throws NullPointerException if {@code token} is null
     */
    public Guest {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
      return "Credentials.Guest[" + token + "]";
    }
  }
}
