package io.github.supersetsdk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The Superset connection options of every command that talks to Superset, as a picocli mixin:
 * {@code --url}, {@code --username} and {@code --password}, each falling back to its environment
 * variable ({@code SUPERSET_URL}, {@code SUPERSET_USERNAME}, {@code SUPERSET_PASSWORD}) when the flag
 * is not given. A flag always wins over the environment; a blank value counts as missing. {@code
 * --header 'NAME: VALUE'} (repeatable) and the lines of {@code SUPERSET_HEADERS} add headers to every
 * request, e.g. for an access proxy in front of Superset.
 *
 * <p>Use it with {@code @Mixin ConnectionOptions connection;} and call {@link #client()} (or
 * {@link #clientBuilder()} to set more, or {@link #credentials()} when the credentials are needed on
 * their own). A missing setting throws {@link MissingSettingException}, an {@link
 * IllegalArgumentException} that every command reports as bad input (exit status 2) with a message
 * naming the flag and the environment variable. The password never appears in a message, in help
 * output (no default is shown) or in {@code toString()}.
 *
 * <p>Picocli sets the fields of an instance before the command runs; an instance is not
 * thread-safe, and {@link #env} is meant to be replaced by tests only, before commands run.
 */
public final class ConnectionOptions {

  /** The mapper every command writes its {@code --json} output with. Thread-safe once built. */
  public static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where every command reads environment variables; tests replace it (and restore {@code
   * System::getenv} afterwards).
   */
  public static Function<String, @Nullable String> env = System::getenv;

  @Option(names = "--url", description = "Superset URL (default: $SUPERSET_URL).")
  @Nullable String url;

  @Option(names = "--username", description = "Superset user (default: $SUPERSET_USERNAME).")
  @Nullable String username;

  @Option(names = "--password", description = "Superset password (default: $SUPERSET_PASSWORD).")
  @Nullable String password;

  @Option(
      names = "--header",
      paramLabel = "'NAME: VALUE'",
      description = "A header sent with every request to Superset, e.g. the service token of an access"
          + " proxy in front of it; repeatable, and wins over the same name in $SUPERSET_HEADERS (one"
          + " 'NAME: VALUE' a line). Prefer the variable for secrets: other users can see command lines.")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--verbose",
      description = "Log each request to Superset and its answer on standard error: method, path, status,"
          + " time, retries and logins; never a password, token or cookie.")
  boolean verbose;

  /** Creates the options; picocli sets the fields. */
  public ConnectionOptions() {}

  /**
   * Reads an environment variable through {@link #env}.
   *
   * @param name the variable
   * @return its value, or null when unset
   */
  public static @Nullable String env(String name) {
    return env.apply(name);
  }

  /**
   * A flag's value, or the environment variable's when the flag was not given.
   *
   * @param flag the flag's value, null when not given
   * @param name the environment variable
   * @return the value, or null when neither is set
   */
  public static @Nullable String envOr(@Nullable String flag, String name) {
    return flag != null ? flag : env.apply(name);
  }

  /**
   * Checks that the URL, username and password are all set, naming every missing one at once.
   *
   * @throws MissingSettingException if one is missing
   */
  public void require() {
    resolve(true, true);
  }

  /**
   * The Superset URL: {@code --url}, else {@code SUPERSET_URL}.
   *
   * @return the URL
   * @throws MissingSettingException if neither is set (or the value is blank)
   */
  public String url() {
    return resolve(true, false).url();
  }

  /**
   * The login credentials: {@code --username} and {@code --password}, else {@code
   * SUPERSET_USERNAME} and {@code SUPERSET_PASSWORD}, each on its own.
   *
   * @return the credentials
   * @throws MissingSettingException if the username or the password is missing (naming which)
   */
  public Credentials credentials() {
    Resolved r = resolve(false, true);
    return Credentials.password(r.username(), r.password());
  }

  /**
   * A client builder with the URL and credentials set, so that a command can add its own settings.
   *
   * @return the builder (not thread-safe)
   * @throws MissingSettingException if the URL, username or password is missing (naming every
   *     missing one)
   */
  public SupersetClient.Builder clientBuilder() {
    Resolved r = resolve(true, true);
    return withHeaders(
        withUrl(r.url()).credentials(Credentials.password(r.username(), r.password())));
  }

  /**
   * A client builder with the URL and the given credentials set.
   *
   * @param credentials the credentials, usually {@link #credentials()}
   * @return the builder (not thread-safe)
   * @throws MissingSettingException if the URL is missing
   */
  public SupersetClient.Builder clientBuilder(Credentials credentials) {
    return withHeaders(withUrl(url()).credentials(credentials));
  }

  /** A builder with the URL set; a malformed URL is reported under the option's and variable's name. */
  private SupersetClient.Builder withUrl(String url) {
    if (verbose) {
      logRequests();
    }
    try {
      return SupersetClient.builder().baseUrl(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--url (or SUPERSET_URL): " + e.getMessage().replaceFirst("^baseUrl ", ""), e);
    }
  }

  /**
   * Turns on the SDK's DEBUG log (slf4j-simple, on standard error): each request and answer line,
   * retries, logins and token refreshes, with headers from an allow-list and no bodies. slf4j-simple
   * reads a logger's level when the logger is made, so this works as long as it runs before the
   * client, whose classes make theirs, is built.
   */
  static void logRequests() {
    System.setProperty("org.slf4j.simpleLogger.log.io.github.supersetsdk", "debug");
  }

  /**
   * The headers for every request: the lines of {@code SUPERSET_HEADERS}, then each {@code
   * --header}, a later one replacing an earlier one of the same name (names are case-insensitive).
   *
   * @return the headers by name
   * @throws IllegalArgumentException if an entry is not {@code NAME: VALUE}; the value is not quoted
   */
  public Map<String, String> headers() {
    return headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
  }

  /** The headers by name; {@code origins} gets where each came from ("--header #2", "SUPERSET_HEADERS line 1"). */
  private Map<String, String> headers(Map<String, String> origins) {
    Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String fromEnv = env.apply("SUPERSET_HEADERS");
    if (fromEnv != null) {
      String[] lines = fromEnv.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          put(all, origins, lines[i], "SUPERSET_HEADERS line " + (i + 1));
        }
      }
    }
    for (int i = 0; i < headers.size(); i++) {
      put(all, origins, headers.get(i), "--header #" + (i + 1));
    }
    return all;
  }

  private static void put(Map<String, String> into, Map<String, String> origins, String entry, String where) {
    int colon = entry.indexOf(':');
    if (colon <= 0 || entry.substring(0, colon).isBlank()) {
      // Not quoted: the entry may be a secret.
      throw new IllegalArgumentException(where + " is not 'NAME: VALUE'");
    }
    String name = entry.substring(0, colon).strip();
    into.put(name, entry.substring(colon + 1).strip());
    origins.put(name, where);
  }

  private SupersetClient.Builder withHeaders(SupersetClient.Builder builder) {
    Map<String, String> origins = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers(origins).forEach((name, value) -> {
      try {
        builder.defaultHeader(name, value);
      } catch (IllegalArgumentException e) {
        // The builder's message names its own method; the user gave a --header or a SUPERSET_HEADERS line.
        throw new IllegalArgumentException(origins.get(name) + ": " + String.valueOf(e.getMessage())
            .replaceFirst("^defaultHeader: ", "").replace(" and cannot be a default header", "; it cannot be given"), e);
      }
    });
    return builder;
  }

  /**
   * A client for the connection; close it when done.
   *
   * @return the client
   * @throws MissingSettingException if the URL, username or password is missing
   */
  public SupersetClient client() {
    return clientBuilder().build();
  }

  /** Values are unchecked where not asked for. */
  private record Resolved(String url, String username, String password) {
    @Override
    public String toString() {
      return "Resolved[url=" + url + ", username=" + username + ", password=***]";
    }
  }

  // Names every missing setting of those asked for, so that one run shows all of them.
  private Resolved resolve(boolean needUrl, boolean needCredentials) {
    String u = envOr(url, "SUPERSET_URL");
    String user = envOr(username, "SUPERSET_USERNAME");
    String pw = envOr(password, "SUPERSET_PASSWORD");
    List<String> names = new ArrayList<>();
    List<String> hints = new ArrayList<>();
    if (needUrl && blank(u)) {
      names.add("URL");
      hints.add("give --url or set SUPERSET_URL");
    }
    if (needCredentials && blank(user)) {
      names.add("username");
      hints.add("give --username or set SUPERSET_USERNAME");
    }
    if (needCredentials && blank(pw)) {
      names.add("password");
      hints.add("give --password or set SUPERSET_PASSWORD");
    }
    if (!names.isEmpty()) {
      String what = names.size() == 1 ? names.get(0)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
      throw new MissingSettingException("Superset " + what + " missing: " + String.join("; ", hints));
    }
    return new Resolved(u == null ? "" : u, user == null ? "" : user, pw == null ? "" : pw);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  /** A connection setting given neither as a flag nor in the environment: exit status 2. */
  public static final class MissingSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingSettingException(String message) {
      super(message);
    }
  }
}
