package io.github.supersetsdk.client.micrometer;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.exception.SupersetException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reports every call of a client as a Micrometer {@link Observation}, for tracing: with Micrometer
 * Tracing (OpenTelemetry or Brave) each call becomes a span, and the requests the client makes on its
 * own (login, token refresh, CSRF token) are child spans of the call that needed them, so a slow
 * call shows whether Superset or a renewal took the time.
 *
 * <p>Each observation is named {@value #NAME}, its contextual (span) name is {@code superset} and the
 * operation, e.g. {@code superset GET /api/v1/dataset/{id_or_uuid}}. Low-cardinality keys: {@code
 * operation}, {@code method}, {@code status} and {@code outcome}, as {@link SupersetClientMetrics}
 * tags its timer; high-cardinality keys: {@code path} (the concrete path) and {@code request.id}
 * (the {@code X-Request-Id} Superset logs). A failed call carries its exception as the observation's
 * error; a retry is an event. The observation's scope is open while the call runs, so log lines
 * written meanwhile carry its trace id.
 *
 * <p>An observation handler that records meters (Spring Boot's, for one) also times the calls under
 * {@value #NAME}; use {@link SupersetClientMetrics} for meters and this class for traces.
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.MicrometerSnippets region=SupersetClientObservations}
 *
 * <p>Thread-safe.
 */
public final class SupersetClientObservations implements ClientEventListener {

  /** Name of the observations. */
  public static final String NAME = "superset.client.calls";

  private final ObservationRegistry registry;
  // Calls in progress by request id: start and end of a call come on its thread, in that order.
  private final Map<String, Ongoing> ongoing = new ConcurrentHashMap<>();

  private record Ongoing(Observation observation, Observation.Scope scope) {}

  private SupersetClientObservations(ObservationRegistry registry) {
    this.registry = registry;
  }

  /**
   * Creates the listener.
   *
   * @param registry the registry whose handlers receive the observations
   * @return the listener
   * @throws NullPointerException if {@code registry} is null
   */
  public static SupersetClientObservations create(ObservationRegistry registry) {
    return new SupersetClientObservations(Objects.requireNonNull(registry, "registry"));
  }

  @Override
  public void requestStarted(RequestInfo request) {
    if (registry.isNoop()) {
      return;
    }
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName("superset " + request.operationId())
        .lowCardinalityKeyValue("operation", request.operationId())
        .lowCardinalityKeyValue("method", request.method())
        .highCardinalityKeyValue("path", request.path())
        .highCardinalityKeyValue("request.id", request.requestId())
        .start();
    ongoing.put(request.requestId(), new Ongoing(observation, observation.openScope()));
  }

  @Override
  public void retryScheduled(
      RequestInfo request, int failedAttempt, @Nullable Integer statusCode, SupersetException cause, Duration delay) {
    Ongoing call = ongoing.get(request.requestId());
    if (call != null) {
      call.observation().event(Observation.Event.of("superset.client.retry",
          "attempt " + failedAttempt + " failed (" + (statusCode == null ? "no answer" : statusCode)
              + "), next in " + delay.toMillis() + " ms"));
    }
  }

  @Override
  public void requestSucceeded(RequestInfo request, int statusCode, int attempts, Duration elapsed) {
    end(request, Integer.toString(statusCode), "SUCCESS", attempts, null);
  }

  @Override
  public void requestFailed(
      RequestInfo request, SupersetException failure, @Nullable Integer statusCode, int attempts, Duration elapsed) {
    end(request, statusCode == null ? "NONE" : Integer.toString(statusCode), SupersetClientMetrics.outcome(failure),
        attempts, failure);
  }

  private void end(RequestInfo request, String status, String outcome, int attempts, @Nullable Throwable failure) {
    Ongoing call = ongoing.remove(request.requestId());
    if (call == null) {
      return;
    }
    Observation observation = call.observation();
    observation.lowCardinalityKeyValue("status", status)
        .lowCardinalityKeyValue("outcome", outcome)
        .highCardinalityKeyValue("attempts", Integer.toString(attempts));
    if (failure != null) {
      observation.error(failure);
    }
    call.scope().close();
    observation.stop();
  }
}
