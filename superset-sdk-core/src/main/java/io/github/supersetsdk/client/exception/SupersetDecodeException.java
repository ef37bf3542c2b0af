package io.github.supersetsdk.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * Superset answered with a success status but the body could not be read into the expected type:
 * truncated or malformed JSON, an HTML page where JSON was expected, or a value of the wrong type.
 *
 * <p>The message names the method, path, status and the JSON location of the problem, never the
 * body itself. Not retryable. Instances are immutable and thread-safe.
 */
public final class SupersetDecodeException extends SupersetException {

  private static final long serialVersionUID = 1L;

  /** The method. */
  private final String method;
  /** The path. */
  private final String path;
  /** The status code. */
  private final int statusCode;

  /**
   * Creates a decode exception.
   *
   * @param method the HTTP method of the call
   * @param path the request path, without query string
   * @param statusCode the HTTP status of the unreadable response
   * @param detail a short description free of secrets and body content
   * @param cause the parser's failure, or {@code null}
   */
  public SupersetDecodeException(
      String method, String path, int statusCode, String detail, @Nullable Throwable cause) {
    super(
        method + " " + path + " -> " + statusCode + ": could not read the response: " + detail,
        cause,
        false);
    this.method = method;
    this.path = path;
    this.statusCode = statusCode;
  }

  /**
   * The HTTP method of the call.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The request path, without query string.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The HTTP status of the unreadable response.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }
}
