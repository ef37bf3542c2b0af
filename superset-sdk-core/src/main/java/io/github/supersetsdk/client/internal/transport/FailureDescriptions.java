package io.github.supersetsdk.client.internal.transport;

import io.github.supersetsdk.client.internal.Redactor;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.jspecify.annotations.Nullable;

/**
 * Words for transport failures: where (the base URL's host and port) and why (the JDK's reason, put
 * into a sentence a user can act on). TLS handshake failures are classified by the check that
 * failed, each with the setting that fixes it.
 *
 * <p>The JDK's messages about sockets and TLS name hosts, ports, protocols and certificate checks,
 * never request data; they are still redacted and shortened before they enter a message.
 */
final class FailureDescriptions {

  private static final int MAX_REASON_LENGTH = 300;
  /** Class names the JDK puts in front of nested messages, e.g. {@code sun.security...Exception: }. */
  private static final Pattern CLASS_PREFIX =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ");

  private FailureDescriptions() {}

  /** A classified TLS failure. */
  record Tls(String description, boolean handshake) {}

  /**
   * The host and port a base URL points to, with the scheme's default port when none is given.
   *
   * @param baseUrl the base URL
   * @return e.g. {@code superset.example.com:443} or {@code [::1]:8088}
   */
  static String authority(URI baseUrl) {
    String host = baseUrl.getHost() != null ? baseUrl.getHost() : String.valueOf(baseUrl.getAuthority());
    int port = baseUrl.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(baseUrl.getScheme()) ? 443 : 80;
    }
    return host + ":" + port;
  }

  /**
   * Why a connection could not be opened.
   *
   * @param failure what the HTTP client threw
   * @return e.g. {@code connection refused} or {@code unknown host}
   */
  static String connectReason(Throwable failure) {
    if (find(failure, UnresolvedAddressException.class) != null || find(failure, UnknownHostException.class) != null) {
      return "unknown host";
    }
    if (!hasMessage(failure)) {
      // java.net.http reports a refused connection as ConnectException over ClosedChannelException,
      // none of them with a message (JDK 17); a connect timeout has its own exception type.
      return "connection refused";
    }
    return reason(failure);
  }

  /**
   * The messages of a failure and its causes, de-duplicated, with JDK class names removed.
   *
   * @param failure the failure
   * @return e.g. {@code HTTP/1.1 header parser received no bytes: Connection reset}
   */
  static String reason(Throwable failure) {
    List<String> parts = new ArrayList<>();
    String lastClass = failure.getClass().getSimpleName();
    for (Throwable t = failure; t != null && parts.size() < 3; t = t.getCause() == t ? null : t.getCause()) {
      lastClass = t.getClass().getSimpleName();
      String message = t.getMessage();
      if (message == null || message.isBlank()) {
        continue;
      }
      message = CLASS_PREFIX.matcher(message).replaceAll("");
      String m = message;
      if (parts.stream().noneMatch(p -> p.contains(m))) {
        parts.add(message);
      }
    }
    String text = parts.isEmpty() ? lastClass : String.join(": ", parts);
    if (text.equals("Connection refused")) {
      text = "connection refused";
    }
    text = java.util.Objects.requireNonNullElse(Redactor.redact(text), text);
    return text.length() > MAX_REASON_LENGTH ? text.substring(0, MAX_REASON_LENGTH) + "..." : text;
  }

  /**
   * Classifies a TLS failure: which check failed, the JDK's words in parentheses, and what to do.
   *
   * @param failure the failure, or one of its causes, an {@link SSLException}
   * @param baseUrl the base URL, for the host name the certificate was checked against
   * @return the description, or {@code null} if no TLS failure is in the chain
   */
  static @Nullable Tls tls(Throwable failure, URI baseUrl) {
    SSLException ssl = find(failure, SSLException.class);
    if (ssl == null) {
      return null;
    }
    String jdk = reason(ssl);
    String lower = jdk.toLowerCase(Locale.ROOT);
    String host = baseUrl.getHost();
    String what;
    String hint;
    boolean handshake = ssl instanceof SSLHandshakeException;
    if (find(ssl, CertificateExpiredException.class) != null
        || find(ssl, CertificateNotYetValidException.class) != null
        || lower.contains("validity check failed")) {
      what = "the server's certificate has expired or is not yet valid";
      hint = "renew the server's certificate, and check this machine's clock";
    } else if (lower.contains("no subject alternative") || lower.contains("no name matching")) {
      what = "the server's certificate is not issued for host " + host;
      hint = "use a baseUrl with a host name the certificate names, or give the server a certificate for " + host;
    } else if (find(ssl, CertPathBuilderException.class) != null
        || find(ssl, CertPathValidatorException.class) != null
        || lower.contains("pkix path") || lower.contains("certification path")) {
      what = "the server's certificate is not trusted";
      hint = "if the server uses a self-signed certificate or a private CA, trust it with "
          + "SupersetClient.builder().sslContext(...) (an SSLContext whose trust store holds that CA)";
    } else if (lower.contains("unrecognized ssl message") || lower.contains("plaintext connection")) {
      what = "the server did not answer in TLS";
      hint = "use http:// if the server has no TLS, or check the port";
      handshake = true;
    } else if (lower.contains("bad_certificate") || lower.contains("certificate_required")) {
      what = "the server asked for a client certificate it did not get or accept";
      hint = "pass SupersetClient.builder().sslContext(...) with a key manager holding the client certificate";
    } else if (lower.contains("protocol_version") || lower.contains("no appropriate protocol")
        || lower.contains("handshake_failure") || lower.contains("insufficient_security")) {
      what = "client and server share no TLS version or cipher suite";
      hint = "check the TLS versions the server accepts (Java enables TLS 1.2 and 1.3), "
          + "or pass SupersetClient.builder().sslContext(...) configured for them";
    } else if (handshake) {
      what = "the TLS handshake did not complete";
      hint = "if the server's certificate is not in the JDK's trust store, pass SupersetClient.builder().sslContext(...)";
    } else {
      return new Tls("TLS connection broke: " + jdk, false);
    }
    return new Tls(what + " (" + jdk + "); " + hint, handshake);
  }

  private static boolean hasMessage(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /**
   * Whether a failure is a refused or unreachable connection: the request never left.
   *
   * @param failure the failure
   * @return {@code true} for connect failures
   */
  static boolean isConnectFailure(Throwable failure) {
    return find(failure, ConnectException.class) != null || find(failure, UnresolvedAddressException.class) != null;
  }
}
