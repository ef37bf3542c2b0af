package io.github.supersetsdk.examples.springboot;

import io.github.supersetsdk.client.embedding.GuestTokenService;
import io.github.supersetsdk.client.model.GuestToken;
import io.github.supersetsdk.client.model.GuestUser;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fake sign-in that puts the user's tenant in the session, and the endpoint the embedded SDK's
 * {@code fetchGuestToken} calls: a guest token for the signed-in user's tenant, with the row-level
 * security clause {@code tenant_id = <tenant>}, from the auto-configured {@link GuestTokenService}.
 */
@RestController
public class EmbeddingController {

  private static final String TENANT = "tenant";
  private static final String USER = "user";

  private final GuestTokenService guestTokens;
  private final DemoDashboard demo;
  private final DemoProperties settings;

  /**
   * Creates the controller.
   *
   * @param guestTokens the starter's guest-token service
   * @param demo the dashboard
   * @param settings the users and their tenants
   */
  public EmbeddingController(GuestTokenService guestTokens, DemoDashboard demo, DemoProperties settings) {
    this.guestTokens = guestTokens;
    this.demo = demo;
    this.settings = settings;
  }

  /**
   * Signs a user in (no password: this is a demo of the token flow, not of authentication).
   *
   * @param user the user's name
   * @param session the HTTP session
   * @return the user's tenant, or 401 for an unknown user
   */
  @PostMapping("/login")
  public ResponseEntity<Map<String, Object>> login(@RequestParam String user, HttpSession session) {
    Long tenant = settings.users().get(user);
    if (tenant == null) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unknown user"));
    }
    session.setAttribute(USER, user);
    session.setAttribute(TENANT, tenant);
    return ResponseEntity.ok(Map.of("user", user, "tenant", tenant));
  }

  /**
   * A guest token for the signed-in user's tenant and the demo dashboard.
   *
   * @param session the HTTP session
   * @return the token, its expiry and the embedded dashboard's UUID; 401 when nobody is signed in
   */
  @PostMapping("/guest-token")
  public ResponseEntity<Map<String, Object>> guestToken(HttpSession session) {
    Object tenant = session.getAttribute(TENANT);
    Object user = session.getAttribute(USER);
    if (!(tenant instanceof Long id) || !(user instanceof String name)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "sign in first"));
    }
    GuestToken token = guestTokens.token(GuestTokenRequest.builder()
        .resource(GuestResource.dashboard(demo.embedded()))
        .user(new GuestUser(name, name, "tenant " + id))
        // The tenant comes from the session, never from the request.
        .rls(RlsClause.equalTo("tenant_id", id))
        .build());
    return ResponseEntity.ok(Map.of("token", token.value(), "expiresAt", String.valueOf(token.expiresAt()),
        "dashboard", demo.embedded().uuid().toString()));
  }
}
