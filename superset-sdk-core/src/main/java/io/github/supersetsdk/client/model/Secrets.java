package io.github.supersetsdk.client.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks secrets in free text before it reaches a log line, an exception message or a {@code
 * toString()}: passwords in URIs ({@code scheme://user:PASSWORD@host}) and the values of secret-named
 * fields in JSON, form and header-like text ({@code "password": "..."}, {@code access_token=...},
 * {@code Authorization: Bearer ...}).
 *
 * <p>It is a last line of defence; the first is never to put secrets into such text at all. It
 * lives beside the records that print connection URIs, so that they need nothing internal;
 * {@link Database#redact} makes it available to the rest of the SDK. Stateless and thread-safe.
 */
final class Secrets {

  /** What replaces a secret. */
  static final String MASK = "***";

  // A key whose value is a secret, in JSON ("key": "value"), form (key=value) or header (Key: value)
  // notation. The value ends at a quote, separator or whitespace.
  private static final Pattern SECRET_FIELD =
      Pattern.compile(
          "(?i)(\"?(?:password|passwd|pwd|access_token|refresh_token|token|guest_token|csrf_token"
              + "|x-csrftoken|x-guesttoken|secret|client_secret|api_key|masked_encrypted_extra"
              + "|encrypted_extra|session|cookie|set-cookie)\"?\\s*[:=]\\s*\"?)"
              + "((?:[^\"\\\\,&;\\s}]|\\\\.)+)");

  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

  private Secrets() {}

  /**
   * Returns {@code text} with every secret masked.
   *
   * @param text any text, or {@code null}
   * @return the redacted text, or {@code null} if {@code text} was null
   */
  static @Nullable String redact(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = redactUriPasswords(text);
    result = BEARER.matcher(result).replaceAll("$1" + MASK);
    Matcher m = SECRET_FIELD.matcher(result);
    if (m.find()) {
      StringBuilder sb = new StringBuilder(result.length());
      do {
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + MASK));
      } while (m.find());
      m.appendTail(sb);
      result = sb.toString();
    }
    return result;
  }

  /**
   * Masks the password of every URI with user information, e.g. {@code
   * postgresql+psycopg2://reader:s3cret@db:5432/warehouse} becomes {@code
   * postgresql+psycopg2://reader:***@db:5432/warehouse}. A password may itself contain {@code @} or
   * {@code :}; everything up to the last {@code @} of the authority is masked. In a Redis URI, user
   * information without a {@code :} is a password and is masked whole.
   *
   * @param text any text, not null
   * @return the text with URI passwords masked
   */
  private static String redactUriPasswords(String text) {
    int schemeSep = text.indexOf("://");
    if (schemeSep < 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    while (schemeSep >= 0) {
      int start = schemeSep + 3;
      int end = start;
      while (end < text.length() && !endsToken(text.charAt(end))) {
        end++;
      }
      // User information ends at the last '@' of the token, so that a password containing '@',
      // ':' or '/' is masked whole; over-masking a later '@' in a path is harmless.
      int at = text.lastIndexOf('@', end - 1);
      int colon = at > start ? text.indexOf(':', start) : -1;
      // The password follows the first ':' of the user information; the user may be empty
      // (redis://:PASSWORD@host). Redis URIs may also hold a password alone (redis://PASSWORD@host).
      int secretStart = -1;
      if (colon >= start && colon < at && text.substring(start, colon).indexOf('/') < 0) {
        secretStart = colon + 1;
      } else if (at > start && text.substring(start, at).indexOf('/') < 0 && isRedis(text, schemeSep)) {
        secretStart = start;
      }
      if (secretStart >= 0) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, secretStart).append(MASK);
        copied = at;
      }
      schemeSep = text.indexOf("://", Math.max(end, start));
    }
    if (out == null) {
      return text;
    }
    out.append(text, copied, text.length());
    return out.toString();
  }

  private static boolean isRedis(String text, int schemeSep) {
    int i = schemeSep;
    while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '+')) {
      i--;
    }
    String scheme = text.substring(i, schemeSep).toLowerCase(java.util.Locale.ROOT);
    return scheme.equals("redis") || scheme.equals("rediss") || scheme.startsWith("redis+")
        || scheme.startsWith("rediss+") || scheme.equals("valkey") || scheme.equals("valkeys");
  }

  private static boolean endsToken(char c) {
    return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>';
  }
}
