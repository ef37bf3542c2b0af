package io.github.supersetsdk.assets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.ChartId;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An apply that fails half-way against the real Superset: the import's answer is lost after
 * Superset imported the bundle, or the apply stops between the import and the fix of the native
 * filters' charts in scope. The faults are made on the client's side of a real connection: the
 * request reaches Superset, and its answer is thrown away.
 */
class AssetsHalfWayIT {

  @TempDir Path tmp;

  @Test
  void importAnswerLost_applyReadsBack_andFinishes_thenAFailedFilterFix_isRepairedByTheRerun() throws Exception {
    try (Fixture fx = new Fixture()) {
      Faults faults = new Faults();
      SupersetClient lossy = SupersetClient.builder().baseUrl(Fixture.env("SUPERSET_URL"))
          .credentials(Credentials.password(Fixture.env("SUPERSET_USERNAME"), Fixture.env("SUPERSET_PASSWORD")))
          .httpClient(faults)
          .build();
      SupersetAssets assets = SupersetAssets.builder(lossy).build();
      Path dir = tmp.resolve("folder");
      assets.export(List.of(fx.slug)).write(dir);
      retitle(dir, "Assets IT " + fx.suffix, "Assets IT (v2) " + fx.suffix);
      AssetsFolder folder = AssetsFolder.read(dir, TemplateValues.empty());

      // Superset imports the bundle; its answer never arrives.
      faults.arm("POST", "/api/v1/assets/import/", true, 1);
      ApplyReport report = assets.apply(folder);

      assertThat(faults.fired).as("the fault fired").isEqualTo(1);
      assertThat(report.verified()).as("drift %s", report.drift()).isTrue();
      assertThat(fx.client.dashboards().getBySlug(fx.slug).dashboardTitle()).isEqualTo("Assets IT (v2) " + fx.suffix);
      assertThat(chartsInScope(fx)).containsExactlyInAnyOrderElementsOf(chartIds(fx));

      // The next apply stops after the import: the filters endpoint fails, on every attempt the
      // client makes, before anything reaches Superset.
      retitle(dir, "Assets IT (v2) " + fx.suffix, "Assets IT (v3) " + fx.suffix);
      folder = AssetsFolder.read(dir, TemplateValues.empty());
      faults.arm("PUT", "/api/v1/dashboard/" + fx.dashboard.value() + "/filters", false, 10);
      assets.apply(folder);
      assertThat(faults.fired).isGreaterThan(1);
      faults.arm("", "", false, 0);
      assertThat(chartsInScope(fx)).as("the folder's numbers are left").doesNotContainAnyElementsOf(chartIds(fx));
      assertThat(assets.plan(folder).hasChanges()).as("a plan cannot see them").isFalse();

      // A rerun, nothing else pending, puts the real ids back and says so; and then writes nothing.
      ApplyReport rerun = assets.apply(folder);
      assertThat(chartsInScope(fx)).containsExactlyInAnyOrderElementsOf(chartIds(fx));
      assertThat(rerun.written()).isEmpty();
      assertThat(rerun.repaired()).extracting(AssetRef::name).containsExactly("Assets IT (v3) " + fx.suffix);
      assertThat(rerun.wroteAnything()).isTrue();
      ApplyReport last = assets.apply(folder);
      assertThat(last.written()).isEmpty();
      assertThat(last.repaired()).isEmpty();
      assertThat(last.wroteAnything()).isFalse();
      lossy.close();
    }
  }

  private static void retitle(Path dir, String from, String to) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("dashboards"))) {
      Path f = s.findFirst().orElseThrow();
      String text = Files.readString(f);
      assertThat(text).contains("dashboard_title: " + from);
      Files.writeString(f, text.replace("dashboard_title: " + from, "dashboard_title: " + to));
    }
  }

  private static List<Long> chartsInScope(Fixture fx) throws IOException {
    JsonNode metadata = new ObjectMapper().readTree(fx.client.dashboards().getBySlug(fx.slug).jsonMetadata());
    List<Long> ids = new ArrayList<>();
    metadata.path("native_filter_configuration").get(0).path("chartsInScope").forEach(n -> ids.add(n.asLong()));
    return ids;
  }

  private static List<Long> chartIds(Fixture fx) {
    return Stream.of(fx.revenue, fx.monthly, fx.byChannel).map(ChartId::value).toList();
  }

  /**
   * The JDK client, with one armed fault: the next request with the method and path either reaches
   * Superset and loses its answer, or fails before it is sent.
   */
  static final class Faults extends HttpClient {
    private final HttpClient real = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile String method = "";
    private volatile String path = "";
    private volatile boolean afterSending;
    private int times;
    volatile int fired;

    /** Arms a fault for the next {@code times} requests with this method and path. */
    synchronized void arm(String method, String path, boolean afterSending, int times) {
      this.afterSending = afterSending;
      this.path = path;
      this.method = method;
      this.times = times;
    }

    private synchronized boolean take(HttpRequest request) {
      if (times > 0 && request.method().equals(method) && request.uri().getPath().equals(path)) {
        times--;
        fired++;
        return true;
      }
      return false;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException, InterruptedException {
      if (!take(request)) {
        return real.send(request, handler);
      }
      if (afterSending) {
        real.send(request, HttpResponse.BodyHandlers.discarding());
      }
      throw new IOException("Connection reset");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      return real.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
      return real.sendAsync(request, handler, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return real.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return real.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
      return real.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return real.proxy();
    }

    @Override
    public SSLContext sslContext() {
      return real.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
      return real.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return real.authenticator();
    }

    @Override
    public Version version() {
      return real.version();
    }

    @Override
    public Optional<Executor> executor() {
      return real.executor();
    }
  }
}
