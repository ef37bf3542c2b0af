package io.github.supersetsdk.client.internal.transport;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Supplies the credential headers of a client and renews them when Superset rejects them. */
public interface Authenticator {

  /**
   * The credential to send now, logging in or refreshing first if needed. May block, and may make
   * calls of its own through the transport.
   *
   * @return the current credential
   */
  Credential current();

  /**
   * Called once per attempt after Superset answered 401 to a request sent with {@code rejected}.
   * Renews the credential (refresh, new login, or a fresh one from the provider) unless another
   * thread already did.
   *
   * @param rejected the credential that was refused
   * @param serverMessage Superset's message, e.g. {@code Token has expired}, or {@code null}
   * @return {@code true} if a different credential is now current and the request should be repeated
   */
  boolean renewAfterRejection(Credential rejected, @Nullable String serverMessage);

  /**
   * Whether unsafe requests sent with this credential need a CSRF token; guest tokens are exempt.
   *
   * @param credential the credential in use
   * @return {@code true} if CSRF applies
   */
  boolean usesCsrf(Credential credential);

  /**
   * What to add to the message of a 401 that renewing did not cure, when Superset's own message
   * misleads: it answers a refused guest token with "Missing Authorization Header".
   *
   * @param rejected the credential that was refused
   * @return the note, or {@code null}
   */
  default @Nullable String rejectionNote(Credential rejected) {
    return null;
  }

  /** An immutable credential snapshot that knows how to put itself into request headers. */
  interface Credential {
    /**
     * Adds the credential's headers.
     *
     * @param headers the request headers to add to
     */
    void applyTo(Map<String, Collection<String>> headers);
  }
}
