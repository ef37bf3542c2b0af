package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.RawRequest;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoSecretsInLogs.class)
class ConcurrencyIT {

  private static final int THREADS = 32;

  /** What one thread does, given its index. */
  private interface Work {
    void run(int thread) throws Exception;
  }

  /** Runs {@code work} on {@link #THREADS} threads released at the same moment, and waits for all. */
  private static void allAtOnce(Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          work.run(thread);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(3, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void thirtyTwoThreads_sharingOneClient_makeNoErrorsAndLogInOnce() throws Exception {
    CountingListener counts = new CountingListener();
    int callsPerThread = 10;
    try (SupersetClient client = ItEnv.adminClient(counts).build()) {
      // All threads hit the client at once, before it has a token.
      allAtOnce(thread -> {
        for (int i = 0; i < callsPerThread; i++) {
          client.datasets().listPage(ListQuery.builder().pageSize(5).build(), 0);
          // The menu answers bearer tokens on every release (/api/v1/me/ only from 6.1).
          client.raw().send(RawRequest.get("/api/v1/menu/"));
        }
      });
    }
    assertThat(counts.failures).isEmpty();
    assertThat(counts.logins()).isEqualTo(1);
    assertThat(counts.succeeded("GET /api/v1/dataset/")).isEqualTo(THREADS * callsPerThread);
    assertThat(counts.succeeded("raw GET")).isEqualTo(THREADS * callsPerThread);
  }

  @Test
  void aNewClient_readingAndWritingFromThirtyTwoThreadsAtOnce_keepsItsCsrfSession() throws Exception {
    // Reads sent before the client has a session each get a fresh session cookie; one answering after
    // the CSRF fetch replaced the session holding the token, and writes failed ("The CSRF session
    // token is missing", then 302 to the login page).
    String prefix = ItEnv.uniqueName("csrf-race");
    for (int round = 0; round < 3; round++) {
      CountingListener counts = new CountingListener();
      String names = prefix + "-" + round + "-";
      try (SupersetClient client = ItEnv.adminClient(counts).build()) {
        allAtOnce(thread -> {
          for (int i = 0; i < 3; i++) {
            if (thread % 2 == 0) {
              CssTemplateId id = client.cssTemplates().create(CreateCssTemplateRequest.of(names + thread + "-" + i, "a {}"));
              client.cssTemplates().delete(id);
            } else {
              client.datasets().listPage(ListQuery.builder().pageSize(5).build(), 0);
            }
          }
        });
      }
      assertThat(counts.failures).as("round %d", round).isEmpty();
    }
  }
}
