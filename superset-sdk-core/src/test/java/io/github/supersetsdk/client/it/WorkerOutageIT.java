package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.AsyncQuery;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.QueryTimeoutException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.ChartDatasource;
import io.github.supersetsdk.client.request.ChartDataQuery;
import io.github.supersetsdk.client.request.ChartDataRequest;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.SqlLabExecuteRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Async calls while the local Celery worker is stopped: they fail within their timeout with a typed
 * error that points at the worker, and work again once it is back. The test stops and starts only the
 * worker of the local services ({@code scripts/services.sh stop|up worker}); it restarts it even when
 * an assertion fails.
 */
@ExtendWith(NoSecretsInLogs.class)
class WorkerOutageIT {

  @Test
  void asyncCalls_workerStopped_failWithinTimeoutAndRecoverAfterRestart() throws Exception {
    try (SupersetClient client = AsyncQueriesIT.asyncClient().asyncChartDataTimeout(Duration.ofSeconds(5)).build()) {
      DatabaseId database = client.databases().create(
          CreateDatabaseRequest.builder(ItEnv.uniqueName("outage-warehouse"), ItEnv.warehouseSqlalchemyUri())
              .exposeInSqllab(true)
              .allowRunAsync(true)
              .build());
      DatasetId dataset = null;
      try {
        dataset = client.datasets().create(CreateDatasetRequest.table(database, "marts", "fct_orders"));
        ChartDataRequest chartData = ChartDataRequest.builder(ChartDatasource.dataset(dataset))
            .query(ChartDataQuery.builder().sqlMetric("COUNT(*)", "orders").build())
            .force(true)
            .build();
        services("stop", "worker");
        try {
          try (AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(database, "select 1 as one"))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> query.await(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(QueryTimeoutException.class, e -> {
                  assertThat(e.neverStarted()).as(e.getMessage()).isTrue();
                  assertThat(e.state()).isEqualTo("pending");
                  assertThat(e.getMessage()).contains("no Celery worker has taken it");
                  // Superset refuses to stop a PostgreSQL query no worker has started (422): the
                  // exception says so instead of claiming a cancel.
                  assertThat(e.cancelled()).as(e.getMessage()).isFalse();
                  assertThat(e.getMessage()).contains("a worker that takes it later will still run it");
                });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
          }
          long start = System.nanoTime();
          assertThatThrownBy(() -> client.charts().data(chartData))
              .isInstanceOfSatisfying(QueryTimeoutException.class, e -> {
                assertThat(e.neverStarted()).isTrue();
                assertThat(e.queryId()).isNotBlank();
                assertThat(e.getMessage()).contains("no Celery worker");
              });
          assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        } finally {
          services("up", "worker");
        }
        try (AsyncQuery query = client.sqlLab().executeAsync(SqlLabExecuteRequest.of(database, "select 1 as one"))) {
          assertThat(query.await(Duration.ofSeconds(60)).rows()).containsExactly(List.of(1L));
        }
        assertThat(client.charts().data(chartData).first().data()).hasSize(1);
      } finally {
        if (dataset != null) {
          client.datasets().delete(dataset);
        }
        client.databases().delete(database);
      }
    }
  }

  /** Runs scripts/services.sh with the given arguments; its output is kept in a temporary file on failure. */
  private static void services(String... args) throws Exception {
    Path log = Files.createTempFile("services-", ".log");
    List<String> command = new java.util.ArrayList<>(List.of("bash", ItEnv.require("SERVICES_SH")));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(240, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("scripts/services.sh " + String.join(" ", args) + " took over 240 s; see " + log);
    }
    assertThat(p.exitValue()).as("scripts/services.sh %s (output in %s): %s", String.join(" ", args), log,
        Files.readString(log)).isZero();
    Files.deleteIfExists(log);
  }
}
