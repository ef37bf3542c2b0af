package io.github.supersetsdk.ops.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@code PING} and {@code INFO server} to Redis over RESP, so that the doctor can say whether
 * Redis answers without opening the cache's connection pool. The password from the URI is sent with
 * {@code AUTH} and never appears in a message.
 *
 * <p>Stateless; thread-safe.
 */
public final class RedisPing {

  private RedisPing() {}

  /** What the ping found. */
  public record Result(long millis, @Nullable String version) {}

  /**
   * Pings Redis.
   *
   * @param uri {@code redis://[user:password@]host[:port][/db]} or {@code rediss://...}
   * @param timeout connect and read timeout
   * @return the round trip and the server version
   * @throws IOException if Redis does not answer, refuses the password or does not answer PONG
   * @throws IllegalArgumentException if the URI is not a Redis URI
   */
  public static Result ping(String uri, Duration timeout) throws IOException {
    URI u = URI.create(uri);
    boolean tls = "rediss".equals(u.getScheme());
    if (!tls && !"redis".equals(u.getScheme())) {
      throw new IllegalArgumentException("not a redis:// or rediss:// URI: " + u.getScheme() + "://...");
    }
    String host = u.getHost() == null ? "localhost" : u.getHost();
    int port = u.getPort() < 0 ? 6379 : u.getPort();
    long start = System.nanoTime();
    try (Socket plain = new Socket()) {
      plain.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      plain.setSoTimeout((int) timeout.toMillis());
      Socket s = tls ? ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true) : plain;
      OutputStream out = s.getOutputStream();
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String userInfo = u.getRawUserInfo();
      if (userInfo != null && !userInfo.isEmpty()) {
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? "" : URLDecoder.decode(userInfo.substring(0, colon), StandardCharsets.UTF_8);
        String password = URLDecoder.decode(colon < 0 ? userInfo : userInfo.substring(colon + 1), StandardCharsets.UTF_8);
        write(out, user.isEmpty() ? new String[] {"AUTH", password} : new String[] {"AUTH", user, password});
        String auth = in.readLine();
        if (auth == null || !auth.startsWith("+OK")) {
          throw new IOException("Redis refused the credentials in the URI");
        }
      }
      write(out, new String[] {"PING"});
      String pong = in.readLine();
      if (pong == null || !pong.startsWith("+PONG")) {
        throw new IOException("Redis answered " + (pong == null ? "nothing" : pong.startsWith("-") ? pong : "unexpectedly")
            + " to PING");
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      write(out, new String[] {"INFO", "server"});
      String header = in.readLine();
      String version = null;
      if (header != null && header.startsWith("$")) {
        int length = Integer.parseInt(header.substring(1).trim());
        char[] buf = new char[length];
        int read = 0;
        while (read < length) {
          int n = in.read(buf, read, length - read);
          if (n < 0) {
            break;
          }
          read += n;
        }
        for (String line : new String(buf, 0, read).split("\r\n")) {
          if (line.startsWith("redis_version:")) {
            version = line.substring("redis_version:".length()).trim();
          }
        }
      }
      return new Result(millis, version);
    }
  }

  private static void write(OutputStream out, String[] args) throws IOException {
    StringBuilder b = new StringBuilder("*").append(args.length).append("\r\n");
    for (String a : args) {
      b.append('$').append(a.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(a).append("\r\n");
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
