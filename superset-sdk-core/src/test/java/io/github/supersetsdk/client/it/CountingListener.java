package io.github.supersetsdk.client.it;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.exception.SupersetException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Counts successful calls per operation id and keeps failures, for assertions on real traffic. */
final class CountingListener implements ClientEventListener {

  private final Map<String, AtomicInteger> succeeded = new ConcurrentHashMap<>();
  final List<String> failures = new CopyOnWriteArrayList<>();

  @Override
  public void requestSucceeded(RequestInfo request, int statusCode, int attempts, Duration elapsed) {
    succeeded.computeIfAbsent(request.operationId(), k -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void requestFailed(
      RequestInfo request, SupersetException failure, @Nullable Integer statusCode, int attempts, Duration elapsed) {
    failures.add(failure.getMessage());
  }

  int succeeded(String operationId) {
    AtomicInteger n = succeeded.get(operationId);
    return n == null ? 0 : n.get();
  }

  int logins() {
    return succeeded("POST /api/v1/security/login");
  }
}
