package io.github.supersetsdk.client.internal.transport;

import feign.Feign;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Logger;
import feign.RetryableException;
import feign.Retryer;
import feign.Target;
import feign.codec.DecodeException;
import io.github.supersetsdk.client.exception.SupersetDecodeException;
import io.github.supersetsdk.client.exception.SupersetException;
import io.github.supersetsdk.client.exception.SupersetTransportException;
import io.github.supersetsdk.client.internal.api.Operations;
import io.github.supersetsdk.client.internal.json.RequiredComponents;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Creates the Feign proxies of the internal API interfaces over a {@link Transport}. Feign does the
 * templating, encoding and decoding; the transport does everything else. Every exception leaving a
 * proxy is a {@link SupersetException}: Feign's own exceptions, whose messages quote URLs and
 * bodies, are translated here and never attached as causes.
 *
 * <p>Thread-safe.
 */
public final class FeignApis {

  private final Transport transport;
  private final Map<Class<?>, Object> proxies = new HashMap<>();

  /**
   * Creates the factory.
   *
   * @param transport the transport the proxies send through
   */
  public FeignApis(Transport transport) {
    this.transport = transport;
  }

  /**
   * The proxy of an API interface, created on first use.
   *
   * @param api an interface listed in {@link Operations#API_INTERFACES}
   * @param <T> the interface type
   * @return its proxy
   * @throws IllegalStateException if the interface is not listed
   */
  public synchronized <T> T get(Class<T> api) {
    if (!Operations.API_INTERFACES.contains(api)) {
      throw new IllegalStateException(api.getName() + " is not listed in Operations.API_INTERFACES");
    }
    Object proxy = proxies.get(api);
    if (proxy == null) {
      JsonCodec codec = new JsonCodec();
      proxy =
          Feign.builder()
              .client(transport)
              .encoder(codec)
              .decoder(codec)
              .retryer(Retryer.NEVER_RETRY)
              .logLevel(Logger.Level.NONE)
              .invocationHandlerFactory(new TranslatingHandlerFactory())
              .target(api, transport.config().base());
      proxies.put(api, proxy);
    }
    return api.cast(proxy);
  }

  /** Wraps Feign's handler so that only SDK exceptions escape. */
  private static final class TranslatingHandlerFactory implements InvocationHandlerFactory {
    private final InvocationHandlerFactory defaults = new InvocationHandlerFactory.Default();

    @Override
    public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
      InvocationHandler delegate = defaults.create(target, dispatch);
      return (proxy, method, args) -> {
        // Before Feign, which would wrap the NullPointerException: a request record built by its
        // canonical constructor with a required field null is refused here, unsent.
        if (args != null) {
          for (Object arg : args) {
            if (arg != null) {
              RequiredComponents.check(arg);
            }
          }
        }
        try {
          return delegate.invoke(proxy, method, args);
        } catch (SupersetException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
          throw e;
        } catch (FeignException e) {
          throw translate(e, method);
        }
      };
    }

    private static SupersetException translate(FeignException e, Method method) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof SupersetException sdk) {
          return sdk;
        }
      }
      String op = Operations.spec(method).id();
      int space = op.indexOf(' ');
      String httpMethod = op.substring(0, space);
      String path = op.substring(space + 1);
      if (e instanceof DecodeException) {
        return new SupersetDecodeException(httpMethod, path, e.status(), "could not decode the response", null);
      }
      if (e instanceof feign.codec.EncodeException) {
        return new SupersetException(httpMethod + " " + path + ": " + e.getMessage(), null, false);
      }
      if (e instanceof RetryableException) {
        return new SupersetTransportException(
            SupersetTransportException.Kind.IO, httpMethod, path, "connection failed", null, false);
      }
      return new SupersetException(
          httpMethod + " " + path + " failed: " + e.getClass().getSimpleName(), null, false);
    }
  }
}
