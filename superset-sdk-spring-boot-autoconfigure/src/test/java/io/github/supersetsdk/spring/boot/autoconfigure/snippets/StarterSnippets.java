package io.github.supersetsdk.spring.boot.autoconfigure.snippets;

import io.github.supersetsdk.cache.CacheCodec;
import io.github.supersetsdk.cache.Tagged;
import io.github.supersetsdk.cache.TieredCache;
import io.github.supersetsdk.spring.boot.autoconfigure.SupersetCaches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The javadoc samples of the Spring Boot auto-configuration, compiled with its tests and shown
 * through {@code {@snippet class=... region=...}}.
 */
@Configuration(proxyBeanMethods = false)
class StarterSnippets {

  record Report(String id, double revenue) {}

  interface ReportService {
    Report load(String id);
  }

  // @start region="SupersetCaches"
  @Bean
  TieredCache<String, Report> reports(SupersetCaches caches, ReportService service) {
    return caches.create("reports", CacheCodec.json(Report.class), id -> Tagged.of(service.load(id), "marts.orders"));
  }
  // @end
}
