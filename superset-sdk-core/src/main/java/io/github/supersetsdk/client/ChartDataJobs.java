package io.github.supersetsdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.exception.QueryFailedException;
import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.exception.SupersetDecodeException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.internal.api.ChartApi;
import io.github.supersetsdk.client.internal.json.Json;
import io.github.supersetsdk.client.internal.transport.Exchange;
import io.github.supersetsdk.client.internal.transport.OperationSpec;
import io.github.supersetsdk.client.model.ChartDataResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chart data on servers with and without global async queries, behind one call.
 *
 * <p>With {@code GLOBAL_ASYNC_QUERIES}, Superset answers a chart-data request whose result is not
 * cached with 202 and a job; a Celery worker runs the query, caches the result and publishes an event
 * on the caller's channel, which the polling transport ({@code GET /api/v1/async_event/}) reads. The
 * channel is named by the {@code async-token} cookie (a JWT the server signs), and the server may
 * hand out a new one after a login, so the client sends the request with the token it holds and
 * polls with that same token: the event is then on the channel it reads, whatever logins happen in
 * between. Without the feature the server answers 200 with the results, and the client never sees
 * the cookie: it stops looking for it after one probe. Thread-safe.
 */
final class ChartDataJobs {

  private static final Logger LOG = LoggerFactory.getLogger(ChartDataJobs.class);
  private static final String COOKIE = "async-token";
  private static final OperationSpec HEALTH = new OperationSpec("GET /health", "GET", true, true, true, false);
  private static final OperationSpec EVENTS =
      new OperationSpec("GET /api/v1/async_event/", "GET", true, true, false, false);

  private final QueryRuntime runtime;
  private final ChartApi api;
  // null: not known yet; false: the server sets no channel cookie, so it runs chart data inline.
  private volatile @Nullable Boolean channelCookies;

  ChartDataJobs(QueryRuntime runtime, ChartApi api) {
    this.runtime = runtime;
    this.api = api;
  }

  /**
   * Runs a chart-data call and, if the server answers with a job, waits for it and reads its result.
   *
   * @param call the chart-data call, given the extra headers to send
   * @return the results, the same in both modes
   */
  ChartDataResponse run(Function<Map<String, Object>, ChartApi.ChartDataWire> call) {
    long slotWait = runtime.slots.acquire(runtime.slotWait, "chart-data request");
    long start = System.nanoTime();
    String outcome = "ERROR";
    boolean async = false;
    String jobId = null;
    try {
      String token = channelToken();
      Map<String, Object> headers = new HashMap<>();
      if (token != null) {
        headers.put("Cookie", COOKIE + "=" + token);
      }
      ChartApi.ChartDataWire wire = call.apply(headers);
      if (wire.jobId() == null) {
        outcome = "SUCCESS";
        return new ChartDataResponse(wire.result() == null ? List.of() : wire.result());
      }
      async = true;
      jobId = wire.jobId();
      if (token == null) {
        // The server ran the job on a channel we cannot read; the token it set is for the next call.
        token = runtime.transport.cookie(COOKIE);
      }
      try {
        ChartDataResponse response = await(jobId, token);
        outcome = "SUCCESS";
        return response;
      } catch (QueryTimeoutException e) {
        outcome = "TIMEOUT";
        throw e;
      } catch (QueryFailedException e) {
        outcome = "FAILED";
        throw e;
      }
    } finally {
      runtime.slots.release();
      runtime.report(QueryEvent.CHART_DATA, async, jobId, outcome, slotWait, System.nanoTime() - start);
    }
  }

  /** The channel token to send, fetched once from a cheap endpoint if the client has none yet. */
  private @Nullable String channelToken() {
    String token = runtime.transport.cookie(COOKIE);
    if (token != null || Boolean.FALSE.equals(channelCookies)) {
      return token;
    }
    try {
      runtime.transport.call(HEALTH, runtime.transport.config().base() + "/health", Map.of(), null);
    } catch (SupersetException e) {
      // Without a reachable /health (e.g. a proxy in front) the client goes on without the probe.
      LOG.debug("could not probe /health for the async channel cookie: {}", e.getMessage());
      channelCookies = false;
      return null;
    }
    token = runtime.transport.cookie(COOKIE);
    channelCookies = token != null;
    return token;
  }

  private ChartDataResponse await(String jobId, @Nullable String token) {
    Duration timeout = runtime.chartDataTimeout;
    if (token == null) {
      throw new QueryFailedException("chart-data job " + jobId + " was queued, but the server set no "
          + COOKIE + " cookie, so its event cannot be read", jobId, "pending", null);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Duration interval = runtime.pollInitial;
    String lastId = null;
    Map<String, Collection<String>> headers = Map.of("Cookie", List.of(COOKIE + "=" + token));
    while (true) {
      String url = runtime.transport.config().base() + "/api/v1/async_event/"
          + (lastId == null ? "" : "?last_id=" + URLEncoder.encode(lastId, StandardCharsets.UTF_8));
      Exchange exchange = runtime.transport.call(EVENTS, url, headers, null);
      JsonNode events = read(exchange).path("result");
      for (JsonNode event : events) {
        lastId = text(event, "id") != null ? text(event, "id") : lastId;
        if (!jobId.equals(text(event, "job_id"))) {
          continue;
        }
        String status = text(event, "status");
        if ("done".equals(status)) {
          String resultUrl = text(event, "result_url");
          if (resultUrl == null) {
            throw new QueryFailedException("chart-data job " + jobId + " is done but has no result_url", jobId,
                status, null);
          }
          return api.cachedData(resultUrl.substring(resultUrl.lastIndexOf('/') + 1));
        }
        if ("error".equals(status)) {
          String message = errors(event.path("errors"));
          throw new QueryFailedException("chart-data job " + jobId + " failed"
              + (message == null ? "" : ": " + message), jobId, status, message);
        }
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new QueryTimeoutException("chart-data job " + jobId + " sent no result within " + timeout.toMillis()
            + " ms; no Celery worker may be running for this Superset. Superset's API cannot"
            + " stop a chart-data job: a worker that takes it later still runs it and caches the result",
            jobId, "pending", timeout, false, true);
      }
      QueryRuntime.sleep(interval.toNanos() < remaining ? interval : Duration.ofNanos(remaining), "GET",
          "/api/v1/async_event/");
      interval = runtime.next(interval);
    }
  }

  private static JsonNode read(Exchange exchange) {
    try {
      return Json.mapper().readTree(exchange.body());
    } catch (IOException e) {
      throw new SupersetDecodeException("GET", "/api/v1/async_event/", exchange.status(), e.getMessage(), e);
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable String errors(JsonNode errors) {
    List<String> messages = new ArrayList<>();
    for (JsonNode e : errors) {
      String m = text(e, "message");
      if (m != null) {
        messages.add(m);
      }
    }
    return messages.isEmpty() ? null : String.join("; ", messages);
  }

  /** The channel a token names (for messages); the server verifies the token, the client only reads it. */
  static String channelOf(String token) {
    String[] parts = token.split("\\.");
    if (parts.length < 2) {
      return "?";
    }
    try {
      JsonNode payload = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1].replace("=", "")));
      String channel = text(payload, "channel");
      return channel == null ? "?" : channel;
    } catch (IOException | IllegalArgumentException e) {
      return "?";
    }
  }
}
