package io.github.supersetsdk.cache.chartdata;

import io.github.supersetsdk.cache.chartdata.internal.Identities;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.model.CurrentUser;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who reads chart data: a client acting as a Superset user or as a guest, and the identity that
 * decides which rows that client sees. The identity is part of every cache key, so two viewers
 * with different identities never share an entry: a guest's identity is its token's user, its
 * row-level security clauses (in any order) and its resources; a user's is the user name and, when
 * read from Superset by {@link #user(SupersetClient)}, the user's roles (Superset applies the RLS
 * rules of those roles).
 *
 * <p>Immutable and thread-safe. {@link #toString()} names the identity's kind and digest only.
 *
 * {@snippet class=io.github.supersetsdk.cache.snippets.CacheSnippets region=Viewer}
 */
public final class Viewer {

  private final SupersetClient client;
  private final String identity;
  private final String kind;

  private Viewer(SupersetClient client, String identity, String kind) {
    this.client = client;
    this.identity = identity;
    this.kind = kind;
  }

  /**
   * A viewer acting as the user the client logs in as; reads the user name and the user's roles
   * once from Superset ({@code GET /api/v1/me/} and {@code /api/v1/me/roles/}). The roles are part
   * of the identity, so a user moved to another role (another tenant's RLS rules) no longer reads
   * the entries made under the old roles: build the viewer again when the user's roles may have
   * changed, for example per request or per session.
   *
   * @param client a client logged in as a user (not a guest)
   * @return the viewer
   * @throws NullPointerException if {@code client} is null
   * @throws IllegalStateException if Superset names no user for the client
   * @throws io.github.supersetsdk.client.exception.SupersetException if a call fails
   */
  public static Viewer user(SupersetClient client) {
    Objects.requireNonNull(client, "client");
    CurrentUser me = client.currentUser().get();
    if (me.username() == null || me.username().isBlank()) {
      throw new IllegalStateException("Superset names no user for this client; use Viewer.guest for guests");
    }
    Set<String> roles = client.currentUser().roles().roles().keySet();
    return new Viewer(client, Identities.user(me.username(), roles), "user");
  }

  /**
   * A viewer acting as the user with this name, without asking Superset: the caller vouches that
   * the client logs in as {@code username}. The identity is the user name alone: entries stay
   * readable under it after the user's roles or RLS rules change, until they expire or their tags
   * are invalidated; prefer {@link #user(SupersetClient)} where a user's roles can change.
   *
   * @param client a client logged in as {@code username}
   * @param username the Superset user name
   * @return the viewer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code username} is blank
   */
  public static Viewer user(SupersetClient client, String username) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(username, "username");
    if (username.isBlank()) {
      throw new IllegalArgumentException("username is blank");
    }
    return new Viewer(client, Identities.user(username), "user");
  }

  /**
   * A guest viewer: a client built with the guest token minted from {@code token}.
   *
   * @param guestClient a client whose credentials are the guest token minted from {@code token}
   * @param token the request the guest token was minted from: its user, RLS clauses and resources
   *     form the identity
   * @return the viewer
   * @throws NullPointerException if an argument is null
   */
  public static Viewer guest(SupersetClient guestClient, GuestTokenRequest token) {
    Objects.requireNonNull(guestClient, "guestClient");
    Objects.requireNonNull(token, "token");
    return new Viewer(guestClient, Identities.guest(token), "guest");
  }

  /**
   * The client that loads this viewer's chart data on a miss.
   *
   * @return the client
   */
  public SupersetClient client() {
    return client;
  }

  /**
   * The identity as stable text, part of every cache key of this viewer. Holds the user name (and
   * roles) or the guest's RLS clauses; no credential.
   *
   * @return the identity
   */
  public String identity() {
    return identity;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Viewer other && client == other.client && identity.equals(other.identity);
  }

  @Override
  public int hashCode() {
    return identity.hashCode();
  }

  @Override
  public String toString() {
    return "Viewer[" + kind + " " + Identities.digest(identity).substring(0, 12) + "]";
  }
}
