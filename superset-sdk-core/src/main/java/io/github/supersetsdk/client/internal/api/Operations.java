package io.github.supersetsdk.client.internal.api;

import feign.RequestLine;
import io.github.supersetsdk.client.internal.transport.OperationSpec;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operation table: every typed operation of the SDK, read from the {@code @RequestLine} and
 * marker annotations of the internal API interfaces listed in {@link #API_INTERFACES}. The API
 * coverage report and test read it; the transport uses it to decide retries, CSRF and logging.
 *
 * <p>Adding an operation means adding an annotated method to one of these interfaces; adding an
 * interface means listing it here (the Feign factory refuses unlisted ones).
 */
public final class Operations {

  /** Every internal API interface. Keep in sync with the sub-clients; order does not matter. */
  public static final List<Class<?>> API_INTERFACES =
      List.of(
          SecurityAuthApi.class,
          SecurityApi.class,
          RowLevelSecurityApi.class,
          DatabaseApi.class,
          DatasetApi.class,
          ChartApi.class,
          DashboardApi.class,
          SecurityRolesApi.class,
          SecurityUsersApi.class,
          SecurityGroupsApi.class,
          SecurityPermissionsApi.class,
          SecurityResourcesApi.class,
          SecurityPermissionResourcesApi.class,
          UserRegistrationsApi.class,
          AnnotationLayerApi.class,
          ThemeApi.class,
          CssTemplateApi.class,
          ExploreApi.class,
          AssetsApi.class,
          SqlLabApi.class,
          QueryApi.class,
          SavedQueryApi.class,
          TagApi.class,
          LogApi.class,
          CacheApi.class,
          ReportApi.class,
          CurrentUserApi.class,
          DatasourceApi.class);

  private static final Map<Method, OperationSpec> BY_METHOD = new ConcurrentHashMap<>();

  private Operations() {}

  /**
   * The spec of an API interface method.
   *
   * @param method a method annotated with {@code @RequestLine}
   * @return its spec
   * @throws IllegalArgumentException if the method has no {@code @RequestLine}
   */
  public static OperationSpec spec(Method method) {
    OperationSpec cached = BY_METHOD.get(method);
    return cached != null ? cached : BY_METHOD.computeIfAbsent(method, Operations::read);
  }

  /**
   * Every operation declared by the API interfaces, sorted by id, one entry per method.
   *
   * @return the operation specs
   */
  public static List<OperationSpec> all() {
    List<OperationSpec> specs = new ArrayList<>();
    for (Class<?> api : API_INTERFACES) {
      for (Method m : api.getMethods()) {
        if (m.isAnnotationPresent(RequestLine.class)) {
          specs.add(spec(m));
        }
      }
    }
    specs.sort(Comparator.comparing(OperationSpec::id));
    return specs;
  }

  private static OperationSpec read(Method method) {
    RequestLine line = method.getAnnotation(RequestLine.class);
    if (line == null) {
      throw new IllegalArgumentException(method + " has no @RequestLine");
    }
    String value = line.value().trim();
    int space = value.indexOf(' ');
    String httpMethod = value.substring(0, space);
    String target = value.substring(space + 1).trim();
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    return new OperationSpec(
        httpMethod + " " + path,
        httpMethod,
        method.isAnnotationPresent(RetrySafe.class),
        method.isAnnotationPresent(CsrfExempt.class),
        method.isAnnotationPresent(Anonymous.class),
        method.isAnnotationPresent(Sensitive.class));
  }
}
