package io.github.supersetsdk.cache.chartdata.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supersetsdk.client.request.GuestResource;
import io.github.supersetsdk.client.request.GuestTokenRequest;
import io.github.supersetsdk.client.request.RlsClause;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/** Stable identity text for viewers, and the digest used in cache keys. */
public final class Identities {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Identities() {}

  /**
   * A user's identity.
   *
   * @param username the user name
   * @return stable JSON text
   */
  public static String user(String username) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", "user");
    o.put("username", username);
    return QueryContexts.canonical(o);
  }

  /**
   * A user's identity with the user's roles, as a sorted set: Superset's RLS rules attach to roles,
   * so a user given another role (another tenant's) gets another identity.
   *
   * @param username the user name
   * @param roles the names of the user's roles
   * @return stable JSON text
   */
  public static String user(String username, Collection<String> roles) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", "user");
    o.put("username", username);
    ArrayNode r = o.putArray("roles");
    new TreeSet<>(roles).forEach(r::add);
    return QueryContexts.canonical(o);
  }

  /**
   * A guest's identity: the token's user, its RLS clauses as a sorted set (Superset ANDs them, so
   * order and repeats do not matter) and its resources as a sorted set.
   *
   * @param token the guest token request
   * @return stable JSON text
   */
  public static String guest(GuestTokenRequest token) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", "guest");
    if (token.user() != null) {
      ObjectNode u = o.putObject("user");
      u.put("username", token.user().username());
      u.put("first_name", token.user().firstName());
      u.put("last_name", token.user().lastName());
    }
    TreeSet<String> rls = new TreeSet<>();
    for (RlsClause c : token.rls()) {
      ObjectNode r = NODES.objectNode();
      r.put("clause", c.clause());
      if (c.dataset() != null) {
        r.put("dataset", c.dataset().value());
      }
      rls.add(QueryContexts.canonical(r));
    }
    ArrayNode rlsArray = o.putArray("rls");
    rls.forEach(rlsArray::add);
    TreeSet<String> resources = new TreeSet<>();
    for (GuestResource r : token.resources()) {
      resources.add(r.type() + ":" + r.id());
    }
    ArrayNode res = o.putArray("resources");
    resources.forEach(res::add);
    return QueryContexts.canonical(o);
  }

  /**
   * SHA-256 of text, in hex.
   *
   * @param text the text
   * @return 64 hex digits
   */
  public static String digest(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
