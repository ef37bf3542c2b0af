package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.internal.transport.FeignApis;
import io.github.supersetsdk.client.security.SecurityClient;
import java.lang.reflect.Constructor;

/**
 * Creates the {@link SecurityClient} of a new {@code SupersetClient}. The security clients live in a
 * package of their own, and their constructors take internal types, so they are not public; this
 * module may still reach them, which keeps internal types out of the public API.
 */
public final class SecurityClients {

  private SecurityClients() {}

  /**
   * Creates the security client over the client's Feign interfaces.
   *
   * @param apis the client's Feign interfaces
   * @return the security client
   */
  public static SecurityClient create(FeignApis apis) {
    try {
      Constructor<SecurityClient> constructor = SecurityClient.class.getDeclaredConstructor(FeignApis.class);
      constructor.setAccessible(true); // same module: allowed without opening the package
      return constructor.newInstance(apis);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the security client", e);
    }
  }
}
