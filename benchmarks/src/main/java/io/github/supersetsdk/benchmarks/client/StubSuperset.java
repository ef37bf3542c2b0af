package io.github.supersetsdk.benchmarks.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers like Superset for login and one list endpoint, with a body
 * recorded from the real server. It answers in microseconds, so a benchmark against it shows the
 * client's own cost per call instead of the server's.
 */
final class StubSuperset implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);

  StubSuperset(byte[] listBody) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    byte[] login = loginBody();
    server.createContext("/api/v1/security/login", exchange -> reply(exchange, login));
    server.createContext("/api/v1/database/", exchange -> reply(exchange, listBody));
    server.setExecutor(executor);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void reply(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A login answer whose tokens are unsigned JWTs valid for a day: the client only reads {@code exp}. */
  private static byte[] loginBody() {
    String token = jwt(Instant.now().plusSeconds(86_400).getEpochSecond());
    return ("{\"access_token\":\"" + token + "\",\"refresh_token\":\"" + token + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String jwt(long exp) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        b64.encodeToString(("{\"sub\":\"1\",\"type\":\"access\",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + b64.encodeToString("stub".getBytes(StandardCharsets.UTF_8));
  }
}
