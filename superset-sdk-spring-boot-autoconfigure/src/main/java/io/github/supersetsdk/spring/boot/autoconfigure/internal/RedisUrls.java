package io.github.supersetsdk.spring.boot.autoconfigure.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The cache's Redis URL: ours, else one built from Boot's {@code spring.data.redis.*}. */
public final class RedisUrls {

  private RedisUrls() {}

  /**
   * Resolves the URL.
   *
   * @param ours {@code superset.cache.redis-url}, or null
   * @param env the environment
   * @return a redis:// or rediss:// URL
   * @throws InvalidSupersetPropertyException if Redis is configured nowhere
   */
  public static String resolve(@Nullable String ours, Environment env) {
    if (ours != null && !ours.isBlank()) {
      return ours;
    }
    String url = env.getProperty("spring.data.redis.url");
    if (url != null && !url.isBlank()) {
      return url;
    }
    String host = env.getProperty("spring.data.redis.host");
    if (host == null || host.isBlank()) {
      throw new InvalidSupersetPropertyException("superset.cache.redis-url", "is not set, nor is spring.data.redis.*",
          "Set superset.cache.redis-url, or Boot's spring.data.redis.url or spring.data.redis.host.", null);
    }
    boolean ssl = env.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false);
    String user = env.getProperty("spring.data.redis.username");
    String password = env.getProperty("spring.data.redis.password");
    String port = env.getProperty("spring.data.redis.port", "6379");
    String database = env.getProperty("spring.data.redis.database", "0");
    StringBuilder b = new StringBuilder(ssl ? "rediss://" : "redis://");
    if (password != null && !password.isEmpty()) {
      if (user != null) {
        b.append(encode(user));
      }
      b.append(':').append(encode(password)).append('@');
    }
    return b.append(host).append(':').append(port).append('/').append(database).toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Matches when {@code superset.cache.redis-url}, {@code spring.data.redis.url} or {@code .host} is set. */
  public static final class RedisConfiguredCondition implements Condition {

    /** Creates the condition; Spring instantiates it. */
    public RedisConfiguredCondition() {}

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment env = context.getEnvironment();
      return has(env, "superset.cache.redis-url") || has(env, "spring.data.redis.url")
          || has(env, "spring.data.redis.host");
    }

    private static boolean has(Environment env, String key) {
      String v = env.getProperty(key);
      return v != null && !v.isBlank();
    }
  }
}
