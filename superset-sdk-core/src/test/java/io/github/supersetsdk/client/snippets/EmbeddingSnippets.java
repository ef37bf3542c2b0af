package io.github.supersetsdk.client.snippets;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.embedding.GuestTokenAlgorithm;
import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.embedding.GuestTokenSigning;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.EmbeddedDashboard;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.time.Duration;
import java.util.List;

/** Samples of the {@code io.github.supersetsdk.client.embedding} package's javadoc. */
final class EmbeddingSnippets {

  private EmbeddingSnippets() {}

  static GuestToken guestTokenService(SupersetClient admin, EmbeddedDashboard embedded, String tenantId, String userId) {
    // @start region="GuestTokenService"
    // Once, at start-up: mint through Superset's API, cache per request.
    GuestTokenService guestTokens = GuestTokenService.builder().client(admin).build();

    // Per page view (the fetchGuestToken endpoint of your backend):
    GuestToken token = guestTokens.token(GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(embedded))
        .user(GuestUser.of(userId))
        .rls(RlsClause.equalTo("tenant_id", tenantId))   // quoted: no tenant id can widen it
        .build());
    // @end
    return token;
  }

  static GuestTokenService guestTokenSigning(String secretFromVault) {
    // @start region="GuestTokenSigning"
    GuestTokenService guestTokens = GuestTokenService.builder()
        .signing(GuestTokenSigning.of(GuestTokenAlgorithm.HS256, secretFromVault, "superset")  // GUEST_TOKEN_JWT_*
            .withLifetime(Duration.ofMinutes(5)))
        .build();
    // @end
    return guestTokens;
  }

  static List<RlsClause> rlsClause(DatasetId orders, String tenantSlug) {
    // @start region="RlsClause"
    RlsClause byTenant = RlsClause.equalTo("tenant_slug", tenantSlug);   // tenant_slug = 'it''s-quoted'
    RlsClause byId = RlsClause.equalTo("tenant_id", 42).onDataset(orders);
    RlsClause regions = RlsClause.isIn("region", List.of("EU", "UK"));
    RlsClause handWritten = RlsClause.of("order_date >= DATE '2024-01-01'");   // trusted SQL only
    // @end
    return List.of(byTenant, byId, regions, handWritten);
  }
}
