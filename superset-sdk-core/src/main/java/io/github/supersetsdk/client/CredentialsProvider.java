package io.github.supersetsdk.client;

/**
 * Supplies the credentials the client authenticates with, each time it needs to authenticate: before
 * the first call, when a refresh token no longer works, and when Superset rejects a static bearer or
 * guest token with 401. Use it to rotate passwords or tokens held in a vault, or to plug in SSO.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.ClientSnippets region=CredentialsProvider}
 *
 * <p>The client calls it from at most one thread at a time per client, but implementations must be
 * thread-safe because a provider may be shared between clients. It may block (e.g. on a vault
 * call); it should return promptly, since callers wait on it. Exceptions it throws reach the caller
 * wrapped in a {@link io.github.supersetsdk.client.exception.SupersetException}.
 */
@FunctionalInterface
public interface CredentialsProvider {

  /**
   * Returns the credentials to authenticate with now.
   *
   * @return the current credentials; never null
   */
  Credentials credentials();
}
