package io.github.supersetsdk.client;

import io.github.supersetsdk.client.exception.SupersetException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Records listener events as strings, e.g. {@code "start GET /api/v1/dataset/{id_or_uuid}"}. */
final class RecordingListener implements ClientEventListener {

  final List<String> events = new CopyOnWriteArrayList<>();
  final List<Duration> retryDelays = new CopyOnWriteArrayList<>();

  @Override
  public void requestStarted(RequestInfo request) {
    events.add("start " + request.operationId());
  }

  @Override
  public void retryScheduled(
      RequestInfo request, int failedAttempt, @Nullable Integer statusCode, SupersetException cause, Duration delay) {
    events.add("retry " + request.operationId() + " after attempt " + failedAttempt + " status " + statusCode);
    retryDelays.add(delay);
  }

  @Override
  public void requestSucceeded(RequestInfo request, int statusCode, int attempts, Duration elapsed) {
    events.add("success " + request.operationId() + " " + statusCode + " attempts " + attempts);
  }

  @Override
  public void requestFailed(
      RequestInfo request, SupersetException failure, @Nullable Integer statusCode, int attempts, Duration elapsed) {
    events.add("failure " + request.operationId() + " " + failure.getClass().getSimpleName() + " attempts " + attempts);
  }

  long count(String prefix) {
    return events.stream().filter(e -> e.startsWith(prefix)).count();
  }
}
