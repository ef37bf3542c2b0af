package io.github.supersetsdk.benchmarks.embedding;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.embedding.GuestTokenSigning;
import io.github.supersetsdk.client.id.DashboardId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.CreateDashboardRequest;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What one guest token costs, three ways, measured in one JVM and one run against the real local
 * Superset: minted through Superset's API ({@code POST /api/v1/security/guest_token/}, one round
 * trip and server work), signed locally with the server's secret, and served from {@link
 * GuestTokenService}'s cache. Timed loops, each after its own warm-up; prints one JSON object.
 *
 * <p>Usage: {@code java -cp benchmarks.jar ...GuestTokenBench [remoteMints]} with the environment of
 * {@code scripts/services.sh env}. Creates one embedded dashboard (tokens must name a real one) and
 * deletes it at the end.
 */
public final class GuestTokenBench {

  private GuestTokenBench() {}

  /**
   * Runs the measurements.
   *
   * @param args optional number of measured remote mints (default 500)
   */
  public static void main(String[] args) {
    int remoteMints = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int localSigns = 50_000;
    int cachedCalls = 500_000;
    try (SupersetClient admin = SupersetClient.builder()
        .baseUrl(env("SUPERSET_URL"))
        .credentials(Credentials.password(env("SUPERSET_USERNAME"), env("SUPERSET_PASSWORD")))
        .build()) {
      DashboardId dashboard = admin.dashboards().create(
          CreateDashboardRequest.builder("guest-token bench " + UUID.randomUUID().toString().substring(0, 8)).build());
      try {
        EmbeddedDashboard embedded = admin.dashboards().enableEmbedding(dashboard, List.of());
        GuestTokenRequest request = GuestTokenRequest.builder()
            .resource(GuestResource.dashboard(embedded))
            .user(new GuestUser("bench-viewer", "Bench", "Viewer"))
            .rls(RlsClause.equalTo("tenant_id", 1))
            .build();
        GuestTokenService remote = GuestTokenService.builder().client(admin).build();
        GuestTokenService local = GuestTokenService.builder()
            .signing(GuestTokenSigning.hs256(env("SUPERSET_GUEST_TOKEN_SECRET"), env("SUPERSET_GUEST_TOKEN_AUDIENCE")))
            .build();

        long[] remoteNanos = time(remote, request, Math.max(20, remoteMints / 10), remoteMints, false);
        long[] localNanos = time(local, request, localSigns / 2, localSigns, false);
        long[] cachedNanos = time(remote, request, cachedCalls / 5, cachedCalls, true);

        System.out.printf(Locale.ROOT,
            "{\"remoteMints\": %d, \"remoteMintP50Ms\": %.3f, \"remoteMintP95Ms\": %.3f,"
                + " \"localSigns\": %d, \"localSignP50Us\": %.3f, \"localSignP95Us\": %.3f,"
                + " \"cachedCalls\": %d, \"cachedP50Us\": %.3f, \"cachedP95Us\": %.3f,"
                + " \"remoteMintsByService\": %d}%n",
            remoteMints, pct(remoteNanos, 0.5) / 1e6, pct(remoteNanos, 0.95) / 1e6,
            localSigns, pct(localNanos, 0.5) / 1e3, pct(localNanos, 0.95) / 1e3,
            cachedCalls, pct(cachedNanos, 0.5) / 1e3, pct(cachedNanos, 0.95) / 1e3,
            remote.stats().mints());
      } finally {
        admin.dashboards().delete(dashboard);
      }
    }
  }

  // Warm-up, then one timed call at a time; mint() bypasses the cache, token() goes through it.
  private static long[] time(GuestTokenService service, GuestTokenRequest request, int warmUp, int n, boolean cached) {
    long sink = 0;
    for (int i = 0; i < warmUp; i++) {
      sink += call(service, request, cached).value().length();
    }
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      GuestToken token = call(service, request, cached);
      nanos[i] = System.nanoTime() - start;
      sink += token.value().length();
    }
    if (sink == 42) {
      System.err.println(); // keeps the calls from being optimised away
    }
    return nanos;
  }

  private static GuestToken call(GuestTokenService service, GuestTokenRequest request, boolean cached) {
    return cached ? service.token(request) : service.mint(request);
  }

  private static double pct(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: eval \"$(scripts/services.sh env)\" first");
    }
    return value;
  }
}
