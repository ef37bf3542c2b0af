package io.github.supersetsdk.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The TLS classifications that a local test server cannot easily provoke, fed with the exception
 * chains the JDK throws for them; the common cases run end to end in {@code TransportErrorMessagesTest}.
 */
class FailureDescriptionsTest {

  private static final URI BASE = URI.create("https://bi.example.com");

  @Test
  void authority_withoutPort_usesTheSchemesDefault() {
    assertThat(FailureDescriptions.authority(URI.create("https://bi.example.com"))).isEqualTo("bi.example.com:443");
    assertThat(FailureDescriptions.authority(URI.create("http://bi.example.com/superset"))).isEqualTo("bi.example.com:80");
    assertThat(FailureDescriptions.authority(URI.create("http://[::1]:8088"))).isEqualTo("[::1]:8088");
  }

  @Test
  void tls_expiredCertificate_isClassifiedBeforeTheGenericPathFailure() {
    SSLHandshakeException e = handshake("PKIX path validation failed: "
        + "java.security.cert.CertPathValidatorException: validity check failed",
        new CertPathValidatorException("validity check failed", new CertificateExpiredException("NotAfter: ...")));

    FailureDescriptions.Tls tls = FailureDescriptions.tls(e, BASE);

    assertThat(tls).isNotNull();
    assertThat(tls.handshake()).isTrue();
    assertThat(tls.description())
        .startsWith("the server's certificate has expired or is not yet valid (PKIX path validation failed: validity check failed")
        .contains("renew the server's certificate");
  }

  @Test
  void tls_noCommonProtocol_namesVersionsAndTheSslContextHint() {
    FailureDescriptions.Tls tls = FailureDescriptions.tls(
        handshake("No appropriate protocol (protocol is disabled or cipher suites are inappropriate)", null), BASE);

    assertThat(tls.description())
        .startsWith("client and server share no TLS version or cipher suite (No appropriate protocol")
        .contains("SupersetClient.builder().sslContext(...)");
  }

  @Test
  void tls_serverAlertProtocolVersion_isAProtocolMismatch() {
    FailureDescriptions.Tls tls = FailureDescriptions.tls(handshake("Received fatal alert: protocol_version", null), BASE);

    assertThat(tls.description()).startsWith("client and server share no TLS version or cipher suite");
  }

  @Test
  void tls_serverWantsAClientCertificate_saysSo() {
    FailureDescriptions.Tls tls = FailureDescriptions.tls(handshake("Received fatal alert: certificate_required", null), BASE);

    assertThat(tls.description())
        .startsWith("the server asked for a client certificate")
        .contains("key manager");
  }

  @Test
  void tls_otherHandshakeFailure_keepsTheJdkWordsAndAHint() {
    FailureDescriptions.Tls tls = FailureDescriptions.tls(
        handshake("Remote host terminated the handshake", new java.io.EOFException("SSL peer shut down incorrectly")), BASE);

    assertThat(tls.handshake()).isTrue();
    assertThat(tls.description()).isEqualTo("the TLS handshake did not complete (Remote host terminated the handshake: "
        + "SSL peer shut down incorrectly); if the server's certificate is not in the JDK's trust store, "
        + "pass SupersetClient.builder().sslContext(...)");
  }

  @Test
  void tls_noSslExceptionInTheChain_isNull() {
    assertThat(FailureDescriptions.tls(new IOException("Connection reset"), BASE)).isNull();
  }

  @Test
  void connectReason_refusedWithoutAnyMessage_saysRefused() {
    // What java.net.http throws on JDK 17 for a closed port: messages nowhere in the chain.
    ConnectException e = new ConnectException();
    e.initCause(new ConnectException());
    e.getCause().initCause(new ClosedChannelException());

    assertThat(FailureDescriptions.connectReason(e)).isEqualTo("connection refused");
  }

  @Test
  void connectReason_unresolvedAddress_saysUnknownHost() {
    ConnectException e = new ConnectException();
    e.initCause(new UnresolvedAddressException());

    assertThat(FailureDescriptions.connectReason(e)).isEqualTo("unknown host");
  }

  @Test
  void reason_longMessage_isShortened() {
    String reason = FailureDescriptions.reason(new IOException("x".repeat(1000)));

    assertThat(reason).hasSize(303).endsWith("...");
  }

  private static SSLHandshakeException handshake(String message, Throwable cause) {
    SSLHandshakeException e = new SSLHandshakeException(message);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
