package io.github.supersetsdk.client.snippets;

import io.github.supersetsdk.client.Credentials;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.micrometer.SupersetClientMetrics;
import io.github.supersetsdk.client.micrometer.SupersetClientObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

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

  static SupersetClient supersetClientObservations(
      String url, Credentials credentials, MeterRegistry meterRegistry, ObservationRegistry observationRegistry) {
    // @start region="SupersetClientObservations"
    SupersetClient client = SupersetClient.builder()
        .baseUrl(url)
        .credentials(credentials)
        .addEventListener(SupersetClientMetrics.create(meterRegistry))            // meters
        .addEventListener(SupersetClientObservations.create(observationRegistry)) // spans
        .build();
    // @end
    return client;
  }
}
