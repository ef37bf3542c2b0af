package io.github.supersetsdk.client.snippets;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.micrometer.core.instrument.MeterRegistry;

/** Samples of the {@code io.github.supersetsdk.client.micrometer} package's javadoc. */
final class MicrometerSnippets {

  private MicrometerSnippets() {}

  static SupersetClient supersetClientMetrics(String url, Credentials credentials, MeterRegistry meterRegistry) {
    // @start region="SupersetClientMetrics"
    SupersetClient client = SupersetClient.builder()
        .baseUrl(url)
        .credentials(credentials)
        .addEventListener(SupersetClientMetrics.create(meterRegistry))
        .build();
    // @end
    return client;
  }
}
