package io.github.supersetsdk.benchmarks.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.internal.ListQueries;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.request.CreateDatabaseRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.ListQuery;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One SDK call against the same request made with a bare {@link HttpClient}, both against the real
 * local Superset: {@code GET /api/v1/database/?q=...}, the first page of database connections.
 *
 * <p>The bare side does what any hand-written client must do and no more: it sends the same URL with
 * a bearer token and reads the body as bytes, logging in again when its token nears expiry (the local
 * server issues 10-second tokens). The SDK side also decodes the page into records, counts in-flight
 * requests, and runs its retry and listener machinery, which is the overhead being measured.
 *
 * <p>Run through {@code scripts/bench.sh client}, which reads the environment of
 * {@code scripts/services.sh env}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class ClientOverheadBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ListQuery QUERY = ListQuery.builder().pageSize(20).build();

  private SupersetClient sdk;
  private HttpClient bare;
  private URI bareUri;
  private String baseUrl;
  private String username;
  private String password;
  // Null until the first login of the bare side.
  private volatile @Nullable String bareToken;
  private volatile long bareTokenRenewAtNanos;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    baseUrl = require("SUPERSET_URL");
    username = require("SUPERSET_USERNAME");
    password = require("SUPERSET_PASSWORD");
    sdk =
        SupersetClient.builder()
            .baseUrl(baseUrl)
            .credentials(Credentials.password(username, password))
            .build();
    ensureBenchDatabase();
    bare = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    // Exactly the request the SDK sends for QUERY's first page.
    String q = URLEncoder.encode(ListQueries.rison(QUERY, 0), StandardCharsets.UTF_8);
    bareUri = URI.create(baseUrl + "/api/v1/database/?q=" + q);
    renewBareToken();
    // Both sides are checked once, so a broken setup fails loudly instead of measuring errors.
    sdkCall();
    bareCall();
  }

  /** The list should hold a real connection, so that both sides read and the SDK decodes a real body. */
  private void ensureBenchDatabase() {
    String name = "sdk_bench_warehouse";
    if (sdk.databases().listPage(ListQuery.where(Filter.eq("database_name", name)), 0).items().isEmpty()) {
      sdk.databases().create(CreateDatabaseRequest.builder(name, require("WAREHOUSE_SQLALCHEMY_URI")).build());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(1)
  public Page<Database> sdkSingle() {
    return sdkCall();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(1)
  public byte[] bareSingle() throws Exception {
    return bareCall();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(16)
  public Page<Database> sdkConcurrent() {
    return sdkCall();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(16)
  public byte[] bareConcurrent() throws Exception {
    return bareCall();
  }

  Page<Database> sdkCall() {
    return sdk.databases().listPage(QUERY, 0);
  }

  byte[] bareCall() throws IOException, InterruptedException {
    if (System.nanoTime() >= bareTokenRenewAtNanos) {
      renewBareToken();
    }
    HttpResponse<byte[]> response =
        bare.send(
            HttpRequest.newBuilder(bareUri).header("Authorization", "Bearer " + bareToken).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("bare call answered " + response.statusCode());
    }
    return response.body();
  }

  private synchronized void renewBareToken() throws IOException, InterruptedException {
    if (bareToken != null && System.nanoTime() < bareTokenRenewAtNanos) {
      return;
    }
    String body =
        JSON.writeValueAsString(Map.of("username", username, "password", password, "provider", "db"));
    HttpResponse<String> response =
        bare.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/security/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("login answered " + response.statusCode());
    }
    bareToken = JSON.readTree(response.body()).path("access_token").asText();
    // Renew well before the local server's 10 s expiry, as a careful hand-written client would.
    bareTokenRenewAtNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(7);
  }

  private static String require(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: eval \"$(scripts/services.sh env)\" first");
    }
    return value;
  }
}
