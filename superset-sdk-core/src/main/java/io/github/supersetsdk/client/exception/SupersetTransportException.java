package io.github.supersetsdk.client.exception;

import org.jspecify.annotations.Nullable;

/**
 * No usable HTTP answer arrived: the connection failed or was reset, a timeout expired, the client
 * was interrupted, or no slot for a request in flight became free within the call timeout.
 *
 * <p>{@link #kind()} tells these cases apart. The message names the host and port of the base URL
 * and the reason, e.g. {@code GET /api/v1/dataset/1 failed: could not connect to
 * bi.example.com:443: connection refused}; a TLS handshake failure says which check failed (the
 * certificate is not trusted, is issued for another host name, has expired; no common protocol) in
 * the JDK's words and what to change. Connection failures and timeouts are retryable; TLS handshake
 * failures are not, because repeating them cannot succeed. Instances are immutable and thread-safe.
 */
public final class SupersetTransportException extends SupersetException {

  private static final long serialVersionUID = 1L;

  /** What went wrong in the transport. */
  public enum Kind {
    /**
     * The TCP or TLS connection could not be established; the request was not sent. Retryable,
     * except for TLS handshake failures (untrusted or mismatched certificate, no common protocol).
     */
    CONNECT,
    /** The connection broke after the request may have been sent (reset, closed, protocol error). */
    IO,
    /** No response within the per-attempt read timeout. */
    READ_TIMEOUT,
    /** The call timeout, which spans all attempts and back-off waits, expired. */
    CALL_TIMEOUT,
    /** No slot among the client's {@code maxRequestsInFlight} became free within the call timeout. */
    IN_FLIGHT_LIMIT,
    /** The calling thread was interrupted; its interrupt flag is set again. */
    INTERRUPTED
  }

  /** The kind. */
  private final Kind kind;
  /** The method. */
  private final String method;
  /** The path. */
  private final String path;

  /**
   * Creates a transport exception.
   *
   * @param kind what went wrong
   * @param method the HTTP method of the call
   * @param path the request path, without query string
   * @param detail a short description free of secrets
   * @param cause the underlying failure, or {@code null}
   * @param retryable whether repeating the call may succeed
   */
  public SupersetTransportException(
      Kind kind,
      String method,
      String path,
      String detail,
      @Nullable Throwable cause,
      boolean retryable) {
    super(method + " " + path + " failed: " + detail, cause, retryable);
    this.kind = kind;
    this.method = method;
    this.path = path;
  }

  /**
   * What went wrong.
   *
   * @return the failure kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The HTTP method of the failed call.
   *
   * @return the method, e.g. {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path of the failed call, without query string.
   *
   * @return the path, e.g. {@code /api/v1/dataset/12}
   */
  public String path() {
    return path;
  }
}
