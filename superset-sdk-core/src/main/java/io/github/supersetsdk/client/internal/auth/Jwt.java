package io.github.supersetsdk.client.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.supersetsdk.client.internal.json.Json;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Reads the time claims of a JWT without verifying it (the server does that); the client only needs
 * to know when to refresh.
 */
public final class Jwt {

  private Jwt() {}

  /**
   * The {@code exp} and {@code iat} claims of a token.
   *
   * @param expiresAt the {@code exp} claim, or {@code null}
   * @param issuedAt the {@code iat} claim, or {@code null}
   */
  public record Claims(@Nullable Instant expiresAt, @Nullable Instant issuedAt) {
    static final Claims NONE = new Claims(null, null);
  }

  /**
   * Reads the claims; never throws, since an opaque token is legal.
   *
   * @param token a JWT or any other token
   * @return its time claims, all {@code null} if it is not a readable JWT
   */
  public static Claims claims(String token) {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (second < 0) {
      return Claims.NONE;
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(stripPadding(token.substring(first + 1, second)));
      JsonNode node = Json.mapper().readTree(payload);
      return new Claims(seconds(node.get("exp")), seconds(node.get("iat")));
    } catch (RuntimeException | java.io.IOException e) {
      return Claims.NONE;
    }
  }

  /**
   * Reads the {@code sub} claim: the user id for tokens Superset issues at login. Never throws.
   *
   * @param token a JWT or any other token
   * @return the subject as text, or {@code null} if the token is not a readable JWT or has none
   */
  public static @Nullable String subject(String token) {
    JsonNode node = payload(token);
    JsonNode sub = node == null ? null : node.get("sub");
    return sub == null || sub.isNull() || sub.isContainerNode() ? null : sub.asText();
  }

  private static @Nullable JsonNode payload(String token) {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    if (second < 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(Base64.getUrlDecoder().decode(stripPadding(token.substring(first + 1, second))));
    } catch (RuntimeException | java.io.IOException e) {
      return null;
    }
  }

  private static String stripPadding(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=') {
      end--;
    }
    return s.substring(0, end);
  }

  private static @Nullable Instant seconds(@Nullable JsonNode node) {
    return node != null && node.isNumber() ? Instant.ofEpochSecond(node.asLong()) : null;
  }
}
