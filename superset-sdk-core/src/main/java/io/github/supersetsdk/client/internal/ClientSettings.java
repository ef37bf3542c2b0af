package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.SupersetClient;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a built client that the SDK's own modules need but its public API does not show,
 * such as the default headers (often credentials). {@link SupersetClient} installs the accessor when
 * its class initialises, so that nothing public has to expose them; this package is exported only to
 * the SDK's modules.
 */
public final class ClientSettings {

  private static volatile @Nullable Function<SupersetClient, Map<String, String>> defaultHeaders;

  private ClientSettings() {}

  /**
   * Called once by {@link SupersetClient}'s static initialiser.
   *
   * @param accessor reads a client's default headers
   */
  public static void install(Function<SupersetClient, Map<String, String>> accessor) {
    defaultHeaders = Objects.requireNonNull(accessor, "accessor");
  }

  /**
   * The headers the client sends with every request.
   *
   * @param client the client
   * @return the headers by name; empty when none were set
   */
  public static Map<String, String> defaultHeaders(SupersetClient client) {
    // A client instance exists, so its class has initialised and installed the accessor.
    return Objects.requireNonNull(defaultHeaders, "SupersetClient not initialised").apply(client);
  }
}
