package io.github.supersetsdk.sync.internal;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.exception.SupersetException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Counts the HTTP requests (every attempt) the sync's client makes, logins excluded. Thread-safe. */
public final class HttpCounter implements ClientEventListener {

  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();

  /** @return GET requests so far */
  public int reads() {
    return reads.get();
  }

  /** @return POST, PUT, PATCH and DELETE requests so far */
  public int writes() {
    return writes.get();
  }

  @Override
  public void requestSucceeded(RequestInfo request, int statusCode, int attempts, Duration elapsed) {
    count(request, attempts);
  }

  @Override
  public void requestFailed(
      RequestInfo request, SupersetException failure, @Nullable Integer statusCode, int attempts,
      Duration elapsed) {
    count(request, Math.max(1, attempts));
  }

  private void count(RequestInfo request, int attempts) {
    String path = request.path();
    if (path.contains("/security/login") || path.contains("/security/refresh")
        || path.contains("/security/csrf_token")) {
      return;
    }
    if ("GET".equalsIgnoreCase(request.method()) || "HEAD".equalsIgnoreCase(request.method())) {
      reads.addAndGet(attempts);
    } else {
      writes.addAndGet(attempts);
    }
  }
}
