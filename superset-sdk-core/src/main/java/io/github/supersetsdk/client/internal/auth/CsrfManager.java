package io.github.supersetsdk.client.internal.auth;

import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.internal.api.SecurityAuthApi;
import io.github.supersetsdk.client.internal.transport.CsrfTokens;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the CSRF token lazily, before the first unsafe call, and again after Superset refuses it.
 * The token belongs to the session cookie that the same response sets, which the transport keeps.
 * One fetch at a time; concurrent callers reuse its result.
 */
public final class CsrfManager implements CsrfTokens {

  private static final Logger LOG = LoggerFactory.getLogger(CsrfManager.class);

  private final Supplier<SecurityAuthApi> api;
  private final AtomicReference<@Nullable String> token = new AtomicReference<>();
  private final ReentrantLock lock = new ReentrantLock();

  /**
   * Creates the manager.
   *
   * @param api the CSRF endpoint, resolved lazily
   */
  public CsrfManager(Supplier<SecurityAuthApi> api) {
    this.api = api;
  }

  @Override
  public String token() {
    String current = token.get();
    if (current != null) {
      return current;
    }
    lock.lock();
    try {
      current = token.get();
      if (current == null) {
        LOG.debug("fetching a CSRF token");
        current = api.get().csrfToken().result();
        if (current == null || current.isBlank()) {
          throw new SupersetException("GET /api/v1/security/csrf_token/ returned no token", null, false);
        }
        token.set(current);
      }
      return current;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void invalidate(String rejected) {
    token.compareAndSet(rejected, null);
  }
}
