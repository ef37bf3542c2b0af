package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The cache's Redis: {@code superset.cache.redis-url}, else Boot's {@code
 * spring.data.redis.cluster.nodes} (a Redis Cluster, as Boot itself prefers it over a standalone
 * server), else {@code spring.data.redis.url}, else {@code spring.data.redis.host} and its siblings.
 */
public final class RedisUrls {

  static final String CLUSTER_NODES = "spring.data.redis.cluster.nodes";
  // host:port as Boot documents it; IPv6 hosts in brackets.
  private static final Pattern NODE = Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[^\\s:/@\\[\\]]+):\\d{1,5}$");

  private RedisUrls() {}

  /**
   * Where the cache's Redis is.
   *
   * @param uris one standalone URI, or the seed URIs of a cluster; passwords included
   * @param cluster whether the URIs are cluster seeds
   * @param property the property that configured it, for error messages
   */
  public record Target(List<String> uris, boolean cluster, String property) {

    /**
     * Copies the URIs.
     *
     * @param uris the URIs
     * @param cluster whether they are cluster seeds
     * @param property the property
     */
    public Target {
      uris = List.copyOf(uris);
    }

    @Override
    public String toString() {
      return "Target[" + uris.size() + " uri(s), cluster=" + cluster + ", property=" + property + "]";
    }
  }

  /**
   * Resolves the Redis.
   *
   * @param ours {@code superset.cache.redis-url}, or null
   * @param env the environment
   * @return the target
   * @throws InvalidSupersetPropertyException if Redis is configured nowhere, or a cluster node is not
   *     host:port
   */
  public static Target resolve(@Nullable String ours, Environment env) {
    if (ours != null && !ours.isBlank()) {
      return new Target(List.of(ours), false, "superset.cache.redis-url");
    }
    List<String> nodes = clusterNodes(env);
    if (!nodes.isEmpty()) {
      List<String> uris = new ArrayList<>();
      String scheme = ssl(env) ? "rediss://" : "redis://";
      String auth = userInfo(env);
      for (int i = 0; i < nodes.size(); i++) {
        String node = nodes.get(i).trim();
        if (!NODE.matcher(node).matches()) {
          throw new InvalidSupersetPropertyException(CLUSTER_NODES + "[" + i + "]", "is not host:port",
              "List the cluster's nodes as host:port, for example 127.0.0.1:7001,127.0.0.1:7002.", null);
        }
        uris.add(scheme + auth + node);
      }
      return new Target(uris, true, CLUSTER_NODES);
    }
    String url = env.getProperty("spring.data.redis.url");
    if (url != null && !url.isBlank()) {
      return new Target(List.of(url), false, "spring.data.redis.url");
    }
    String host = env.getProperty("spring.data.redis.host");
    if (host == null || host.isBlank()) {
      throw new InvalidSupersetPropertyException("superset.cache.redis-url", "is not set, nor is spring.data.redis.*",
          "Set superset.cache.redis-url, or Boot's spring.data.redis.url, .host or .cluster.nodes.", null);
    }
    String port = env.getProperty("spring.data.redis.port", "6379");
    String database = env.getProperty("spring.data.redis.database", "0");
    return new Target(List.of((ssl(env) ? "rediss://" : "redis://") + userInfo(env) + host + ":" + port + "/" + database),
        false, "spring.data.redis.host");
  }

  private static boolean ssl(Environment env) {
    return env.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false);
  }

  private static String userInfo(Environment env) {
    String user = env.getProperty("spring.data.redis.username");
    String password = env.getProperty("spring.data.redis.password");
    if (password == null || password.isEmpty()) {
      return "";
    }
    return (user == null ? "" : encode(user)) + ":" + encode(password) + "@";
  }

  static List<String> clusterNodes(Environment env) {
    // Bound like Boot binds it: a comma-separated value or an indexed list.
    return Binder.get(env).bind(CLUSTER_NODES, Bindable.listOf(String.class)).orElse(List.of()).stream()
        .filter(s -> !s.isBlank()).toList();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Matches when {@code superset.cache.redis-url}, {@code spring.data.redis.url}, {@code .host} or
   * {@code .cluster.nodes} is set.
   */
  public static final class RedisConfiguredCondition implements Condition {

    /** Creates the condition; Spring instantiates it. */
    public RedisConfiguredCondition() {}

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment env = context.getEnvironment();
      return has(env, "superset.cache.redis-url") || has(env, "spring.data.redis.url")
          || has(env, "spring.data.redis.host") || !clusterNodes(env).isEmpty();
    }

    private static boolean has(Environment env, String key) {
      String v = env.getProperty(key);
      return v != null && !v.isBlank();
    }
  }
}
