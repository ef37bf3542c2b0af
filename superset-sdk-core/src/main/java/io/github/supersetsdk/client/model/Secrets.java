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

  // A key whose value is a secret, in JSON ("key": "value", also escaped inside a JSON string), form
  // (key=value, key%3Dvalue) or header (Key: value) notation: any key naming a password, passphrase,
  // secret, token, credentials, private or API key, cookie or session, such as
  // private_key_passphrase or credentials_base64. Not a key right after "://": that is a URI's user
  // name (databricks://token:...@host), whose password the URI rule masks.
  private static final Pattern SECRET_FIELD =
      Pattern.compile(
          "(?i)(?<![\\w-])(?<!://)([\\w-]*?(?:password|passwd|pwd|passphrase|secret|token|credentials?"
              + "|private_?key|api_?key|cookie|session|encrypted_extra)[\\w-]*(?:\\\\?\")?\\s*(?:[:=]|%3D)\\s*)"
              // A value in quotes (plain, or escaped inside a JSON string) runs to its closing quote, so
              // it may hold spaces; a bare value runs to a separator.
              + "(?:(\")(?:[^\"\\\\]|\\\\.)*\"|(\\\\\")(?:[^\"\\\\]|\\\\\\\\|\\\\(?!\"))*\\\\\"|(?:[^\"\\\\,&;\\s}]|\\\\.)+)");

  // A Cookie or Set-Cookie header holds several name=value pairs: all of it is masked, to the line's end.
  private static final Pattern COOKIE_HEADER = Pattern.compile("(?i)((?<![\\w-])(?:set-)?cookie\\s*:\\s*)[^\\r\\n]+");

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
    result = COOKIE_HEADER.matcher(result).replaceAll("$1" + MASK);
    Matcher m = SECRET_FIELD.matcher(result);
    if (m.find()) {
      StringBuilder sb = new StringBuilder(result.length());
      do {
        String quote = m.group(2) != null ? m.group(2) : m.group(3);
        String masked = quote == null ? MASK : quote + MASK + quote;
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + masked));
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
      if (at < start) {
        // SQLAlchemy takes a password with spaces or quotes unencoded (postgresql://u:pa ss@h/db):
        // the user information then runs past the token, to an '@' later on the line.
        at = passwordPastToken(text, start, end);
        if (at > end) {
          end = at;
        }
      }
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

  /**
   * The '@' ending user information whose password holds a space or quote, or -1: the token must be
   * {@code user:} plus text without '/', and the '@' on the same line, before any other URI. Text after
   * the ':' that starts as a port ({@code host:8088 ...}) is not a password.
   */
  private static int passwordPastToken(String text, int start, int end) {
    int colon = text.indexOf(':', start);
    if (colon < 0 || colon >= end || text.substring(start, end).indexOf('/') >= 0) {
      return -1;
    }
    int i = colon + 1;
    while (i < end && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (i > colon + 1 && i == end) {
      return -1;
    }
    int limit = text.indexOf('\n', end);
    int nextUri = text.indexOf("://", end);
    if (limit < 0 || (nextUri >= 0 && nextUri < limit)) {
      limit = nextUri < 0 ? text.length() : nextUri;
    }
    int at = text.indexOf('@', end);
    if (at < 0 || at >= limit || text.substring(end, at).indexOf('/') >= 0) {
      return -1;
    }
    return at;
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
