package io.github.supersetsdk.benchmarks.client;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.internal.ListQueries;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.request.ListQuery;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same comparison as {@link ClientOverheadBenchmark}, single caller, against a loopback stub that
 * serves the body the real Superset returned for that request: the server's time all but vanishes,
 * so the difference is the SDK's own cost per call (auth header, in-flight bound, retry wrapper,
 * listeners, decoding the page into records).
 */
@State(Scope.Benchmark)
// The JDK's server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
// delayed ACKs add ~40 ms to every exchange and hide everything else.
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-Dsun.net.httpserver.nodelay=true"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StubOverheadBenchmark {

  private static final ListQuery QUERY = ListQuery.builder().pageSize(20).build();

  /** A file holding the JSON body to serve, recorded from the real server by scripts/bench/client.sh. */
  @Param("")
  public String bodyFile;

  private StubSuperset stub;
  private SupersetClient sdk;
  private HttpClient bare;
  private HttpRequest bareRequest;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    stub = new StubSuperset(Files.readAllBytes(Path.of(bodyFile)));
    sdk =
        SupersetClient.builder()
            .baseUrl(stub.baseUrl())
            .credentials(Credentials.password("bench", "bench"))
            .build();
    bare = HttpClient.newHttpClient();
    String q = URLEncoder.encode(ListQueries.rison(QUERY, 0), StandardCharsets.UTF_8);
    bareRequest =
        HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/api/v1/database/?q=" + q))
            .header("Authorization", "Bearer stub")
            .GET()
            .build();
    stubSdk();
    stubBare();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    stub.close();
  }

  @Benchmark
  public Page<Database> stubSdk() {
    return sdk.databases().listPage(QUERY, 0);
  }

  @Benchmark
  public byte[] stubBare() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = bare.send(bareRequest, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("stub answered " + response.statusCode());
    }
    return response.body();
  }
}
