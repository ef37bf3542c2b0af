package io.github.supersetsdk.client.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol (a WebSocket from {@link java.net.http}), to
 * check that Superset's own UI draws a dashboard. Chromium is the Debian package {@code chromium},
 * which {@code scripts/services.sh up} installs.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  static HeadlessChromium launch(int width, int height) throws Exception {
    Path binary = Path.of("/usr/bin/chromium");
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException("chromium is not installed: run scripts/services.sh up (it installs the Debian"
          + " package chromium)");
    }
    Path profile = Files.createTempDirectory("sdk-chromium-");
    Process process = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(profile.resolve("chromium.log").toFile())
        .start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("chromium did not start; see " + profile.resolve("chromium.log"));
      }
      Thread.sleep(100);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newHttpClient();
    JsonNode targets = JSON.readTree(http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    String pageSocket = null;
    for (JsonNode t : targets) {
      if ("page".equals(t.path("type").asText())) {
        pageSocket = t.path("webSocketDebuggerUrl").asText();
        break;
      }
    }
    if (pageSocket == null) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium has no page target");
    }
    CompletableFuture<HeadlessChromium> self = new CompletableFuture<>();
    Listener listener = new Listener(self);
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), listener).get(10, TimeUnit.SECONDS);
    HeadlessChromium chromium = new HeadlessChromium(process, profile, socket);
    self.complete(chromium);
    chromium.call("Page.enable", Map.of());
    chromium.call("Network.enable", Map.of());
    return chromium;
  }

  /** Logs in through Superset's login form, as a browser would, and returns the session cookie's value. */
  static String sessionCookie(String baseUrl, String username, String password) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    String page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login/")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    // The attributes' order differs between releases (6.1: id, value; 5.0 and 4.1: id, name, type, value).
    Matcher tag = Pattern.compile("<input[^>]*id=\"csrf_token\"[^>]*>").matcher(page);
    Matcher m = tag.find() ? Pattern.compile("value=\"([^\"]+)\"").matcher(tag.group()) : null;
    if (m == null || !m.find()) {
      throw new IllegalStateException("Superset's login page has no csrf_token field");
    }
    String form = "csrf_token=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login/"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    String location = login.headers().firstValue("Location").orElse("");
    if (login.statusCode() != 302 || location.contains("/login")) {
      throw new IllegalStateException("form login refused: HTTP " + login.statusCode() + " to " + location);
    }
    for (HttpCookie c : cookies.getCookieStore().getCookies()) {
      if (c.getName().equals("session")) {
        return c.getValue();
      }
    }
    throw new IllegalStateException("form login set no session cookie");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  void setCookie(String name, String value, String url) throws Exception {
    JsonNode r = call("Network.setCookie", Map.of("name", name, "value", value, "url", url, "httpOnly", true));
    if (!r.path("success").asBoolean(true)) {
      throw new IllegalStateException("chromium refused the cookie " + name);
    }
  }

  void navigate(String url) throws Exception {
    JsonNode r = call("Page.navigate", Map.of("url", url));
    if (r.hasNonNull("errorText")) {
      throw new IllegalStateException("navigation to " + url + " failed: " + r.get("errorText").asText());
    }
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  void screenshot(Path target) throws Exception {
    JsonNode r = call("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, Base64.getDecoder().decode(r.path("data").asText()));
  }

  JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    JsonNode reply = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static final class Listener implements WebSocket.Listener {
    private final CompletableFuture<HeadlessChromium> owner;
    private final StringBuilder text = new StringBuilder();

    Listener(CompletableFuture<HeadlessChromium> owner) {
      this.owner = owner;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        owner.thenAccept(self -> self.dispatch(message));
      }
      webSocket.request(1);
      return null;
    }
  }

  private void dispatch(String message) {
    try {
      JsonNode node = JSON.readTree(message);
      if (node.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
        if (f != null) {
          f.complete(node);
        }
      }
    } catch (IOException e) {
      // Events we cannot parse are of no interest.
    }
  }
}
