package io.github.supersetsdk.client.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate made by the running JDK's {@code keytool}, for HTTPS fakes: a WireMock
 * server that presents it, and a TLS context that trusts it alone (as a private CA's would).
 */
public final class SelfSignedTls {

  private static final String PASSWORD = "changeit-test";

  private final Path keyStore;
  private final String alias;

  private SelfSignedTls(Path keyStore, String alias) {
    this.keyStore = keyStore;
    this.alias = alias;
  }

  /**
   * Generates a PKCS#12 key store with one self-signed certificate.
   *
   * @param dir where to write the key store
   * @param alias the key's alias, also the file's name
   * @param dname the certificate's subject, e.g. {@code CN=127.0.0.1}
   * @param san its subject alternative names in keytool's syntax, e.g. {@code ip:127.0.0.1,dns:localhost}
   * @return the certificate
   * @throws Exception if keytool fails
   */
  public static SelfSignedTls generate(Path dir, String alias, String dname, String san) throws Exception {
    Path store = dir.resolve(alias + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process = new ProcessBuilder(List.of(
        keytool.toString(), "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048",
        "-validity", "2", "-dname", dname, "-ext", "san=" + san, "-storetype", "PKCS12",
        "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt"))
        .redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(store)) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    return new SelfSignedTls(store, alias);
  }

  /**
   * Starts a WireMock server on dynamic http and https ports that presents the certificate.
   *
   * @return the started server; the caller stops it
   */
  public WireMockServer startServer() {
    WireMockServer server = new WireMockServer(wireMockConfig()
        .dynamicPort()
        .dynamicHttpsPort()
        .keystorePath(keyStore.toString())
        .keystoreType("PKCS12")
        .keystorePassword(PASSWORD)
        .keyManagerPassword(PASSWORD));
    server.start();
    return server;
  }

  /**
   * A TLS context that trusts this certificate and nothing else.
   *
   * @return the context
   * @throws Exception if the key store cannot be read
   */
  public SSLContext trustingContext() throws Exception {
    KeyStore source = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      source.load(in, PASSWORD.toCharArray());
    }
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry(alias, source.getCertificate(alias));
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }
}
