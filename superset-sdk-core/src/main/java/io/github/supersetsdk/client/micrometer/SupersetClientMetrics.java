package io.github.supersetsdk.client.micrometer;

import io.github.supersetsdk.client.ClientEventListener;
import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Publishes a client's calls to a Micrometer registry, tagged by operation (the endpoint template,
 * so cardinality stays bounded).
 *
 * <ul>
 *   <li>{@code superset.client.requests} (timer): every completed call, tagged {@code operation},
 *       {@code method}, {@code status} and {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR},
 *       {@code SERVER_ERROR}, {@code TRANSPORT_ERROR}, {@code DECODE_ERROR}). The outcome follows the
 *       exception: SQL the database refused, or a connection test's wrong password, which Superset
 *       answers with a 500, is a {@link io.github.supersetsdk.client.exception.BadRequestException}
 *       and so a {@code CLIENT_ERROR} ({@code status} keeps the 500).
 *   <li>{@code superset.client.retries} (counter): retries, tagged {@code operation}.
 *   <li>{@code superset.client.errors} (counter): failed calls, tagged {@code operation} and {@code
 *       exception} (the SDK exception's simple name).
 *   <li>{@code superset.client.query.queue} (timer): per query (SQL Lab or chart data), the time it
 *       waited for one of the client's query slots and, for asynchronous queries, for a worker;
 *       tagged {@code kind} ({@code sql_lab}, {@code chart_data}), {@code mode} ({@code sync}, {@code
 *       async}) and {@code outcome} ({@code SUCCESS}, {@code FAILED}, {@code STOPPED}, {@code TIMEOUT},
 *       {@code ERROR}).
 *   <li>{@code superset.client.query.run} (timer): per query, the time from then until the client had
 *       the result or gave up; same tags.
 * </ul>
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.MicrometerSnippets region=SupersetClientMetrics}
 *
 * <p>Thread-safe.
 */
public final class SupersetClientMetrics implements ClientEventListener {

  /** Name of the request timer. */
  public static final String REQUESTS = "superset.client.requests";

  /** Name of the retry counter. */
  public static final String RETRIES = "superset.client.retries";

  /** Name of the error counter. */
  public static final String ERRORS = "superset.client.errors";

  /** Name of the timer of the time queries wait for a slot and a worker. */
  public static final String QUERY_QUEUE = "superset.client.query.queue";

  /** Name of the timer of the time queries run. */
  public static final String QUERY_RUN = "superset.client.query.run";

  private final MeterRegistry registry;
  private final Tags commonTags;

  private SupersetClientMetrics(MeterRegistry registry, Tags commonTags) {
    this.registry = registry;
    this.commonTags = commonTags;
  }

  /**
   * Creates the listener.
   *
   * @param registry the registry to publish to
   * @return the listener
   * @throws NullPointerException if {@code registry} is null
   */
  public static SupersetClientMetrics create(MeterRegistry registry) {
    return new SupersetClientMetrics(Objects.requireNonNull(registry, "registry"), Tags.empty());
  }

  /**
   * Creates the listener with tags added to every meter, e.g. the Superset instance's name when an
   * application talks to several.
   *
   * @param registry the registry to publish to
   * @param commonTags tags for every meter
   * @return the listener
   * @throws NullPointerException if an argument is null
   */
  public static SupersetClientMetrics create(MeterRegistry registry, Tags commonTags) {
    return new SupersetClientMetrics(
        Objects.requireNonNull(registry, "registry"), Objects.requireNonNull(commonTags, "commonTags"));
  }

  @Override
  public void retryScheduled(
      RequestInfo request, int failedAttempt, @Nullable Integer statusCode, SupersetException cause, Duration delay) {
    Counter.builder(RETRIES)
        .description("Retries of Superset API calls")
        .tags(commonTags)
        .tag("operation", request.operationId())
        .register(registry)
        .increment();
  }

  @Override
  public void requestSucceeded(RequestInfo request, int statusCode, int attempts, Duration elapsed) {
    timer(request, Integer.toString(statusCode), "SUCCESS").record(elapsed);
  }

  @Override
  public void requestFailed(
      RequestInfo request, SupersetException failure, @Nullable Integer statusCode, int attempts, Duration elapsed) {
    String status = statusCode == null ? "NONE" : Integer.toString(statusCode);
    timer(request, status, outcome(failure)).record(elapsed);
    Counter.builder(ERRORS)
        .description("Failed Superset API calls")
        .tags(commonTags)
        .tag("operation", request.operationId())
        .tag("exception", failure.getClass().getSimpleName())
        .register(registry)
        .increment();
  }

  @Override
  public void queryCompleted(io.github.supersetsdk.client.QueryEvent event) {
    queryTimer(QUERY_QUEUE, "Time queries waited for a client slot and a Superset worker", event)
        .record(event.queueWait());
    queryTimer(QUERY_RUN, "Time queries ran, until the client had the result or gave up", event)
        .record(event.runTime());
  }

  private Timer queryTimer(String name, String description, io.github.supersetsdk.client.QueryEvent event) {
    return Timer.builder(name)
        .description(description)
        .tags(commonTags)
        .tag("kind", event.kind())
        .tag("mode", event.async() ? "async" : "sync")
        .tag("outcome", event.outcome())
        .register(registry);
  }

  private Timer timer(RequestInfo request, String status, String outcome) {
    return Timer.builder(REQUESTS)
        .description("Superset API calls, retries and waits included")
        .tags(commonTags)
        .tag("operation", request.operationId())
        .tag("method", request.method())
        .tag("status", status)
        .tag("outcome", outcome)
        .register(registry);
  }

  static String outcome(SupersetException failure) {
    if (failure instanceof io.github.supersetsdk.client.exception.BadRequestException) {
      // The caller's input, whatever the status: Superset answers refused SQL with a 500.
      return "CLIENT_ERROR";
    }
    if (failure instanceof SupersetApiException api) {
      return api.statusCode() >= 500 ? "SERVER_ERROR" : "CLIENT_ERROR";
    }
    if (failure instanceof SupersetTransportException) {
      return "TRANSPORT_ERROR";
    }
    if (failure instanceof io.github.supersetsdk.client.exception.SupersetDecodeException) {
      return "DECODE_ERROR";
    }
    return "UNKNOWN";
  }
}
