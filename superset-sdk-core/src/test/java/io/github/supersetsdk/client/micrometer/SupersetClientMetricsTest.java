package io.github.supersetsdk.client.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.RequestInfo;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.ErrorType;
import io.github.supersetsdk.client.exception.ServerException;
import io.github.supersetsdk.client.exception.SupersetApiException.ErrorDetails;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SupersetClientMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final SupersetClientMetrics metrics = SupersetClientMetrics.create(registry, Tags.of("instance", "prod"));
  private final RequestInfo chartData = new RequestInfo("POST /api/v1/chart/data", "POST", "/api/v1/chart/data", "r1");

  @Test
  void requestSucceeded_recordsLatencyByOperationAndStatus() {
    metrics.requestSucceeded(chartData, 200, 1, Duration.ofMillis(120));
    metrics.requestSucceeded(chartData, 200, 2, Duration.ofMillis(80));

    var timer = registry.get(SupersetClientMetrics.REQUESTS)
        .tags("operation", "POST /api/v1/chart/data", "status", "200", "outcome", "SUCCESS", "instance", "prod")
        .timer();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(200.0);
  }

  @Test
  void retriesAndFailures_areCountedByOperation() {
    SupersetTransportException failure = new SupersetTransportException(
        SupersetTransportException.Kind.CONNECT, "POST", "/api/v1/chart/data", "refused", null, true);

    metrics.retryScheduled(chartData, 1, null, failure, Duration.ofMillis(10));
    metrics.requestFailed(chartData, failure, null, 3, Duration.ofMillis(40));

    assertThat(registry.get(SupersetClientMetrics.RETRIES).tags("operation", "POST /api/v1/chart/data").counter().count())
        .isEqualTo(1.0);
    assertThat(registry.get(SupersetClientMetrics.ERRORS)
        .tags("operation", "POST /api/v1/chart/data", "exception", "SupersetTransportException").counter().count())
        .isEqualTo(1.0);
    assertThat(registry.get(SupersetClientMetrics.REQUESTS)
        .tags("outcome", "TRANSPORT_ERROR", "status", "NONE").timer().count())
        .isEqualTo(1);
  }

  @Test
  void sqlTheDatabaseRefused_answeredWith500_isAClientErrorNotAServerError() {
    RequestInfo execute = new RequestInfo("POST /api/v1/sqllab/execute/", "POST", "/api/v1/sqllab/execute/", "r2");
    // Superset 6.1 answers SQL the warehouse refused with a 500; the SDK maps it to a BadRequestException.
    BadRequestException refusedSql = new BadRequestException(new ErrorDetails(500, ErrorType.of("GENERIC_DB_ENGINE_ERROR"),
        "relation \"nope\" does not exist", Map.of(), "POST", "/api/v1/sqllab/execute/", "r2", false, null));
    ServerException broken = new ServerException(new ErrorDetails(500, null, "boom", Map.of(), "POST",
        "/api/v1/sqllab/execute/", "r3", true, null));

    metrics.requestFailed(execute, refusedSql, 500, 1, Duration.ofMillis(30));
    metrics.requestFailed(execute, broken, 500, 1, Duration.ofMillis(30));

    assertThat(registry.get(SupersetClientMetrics.REQUESTS)
        .tags("operation", "POST /api/v1/sqllab/execute/", "status", "500", "outcome", "CLIENT_ERROR").timer().count())
        .isEqualTo(1);
    assertThat(registry.get(SupersetClientMetrics.REQUESTS)
        .tags("operation", "POST /api/v1/sqllab/execute/", "status", "500", "outcome", "SERVER_ERROR").timer().count())
        .isEqualTo(1);
  }
}
