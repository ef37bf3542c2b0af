/**
 * superset-sdk-core: a typed client for Apache Superset's REST API.
 *
 * <p>Exports only the public packages. Internal packages (Feign interfaces, transport, auth, JSON)
 * are not exported; Jackson alone may reflect on the records it reads and writes. Two internal
 * packages are exported to the project's own edge modules alone: the operation table to the command
 * line (for {@code superset-sdk api coverage}) and the list-query encoder to the benchmarks (to send
 * exactly the SDK's request without the SDK). No other module can read them.
 */
// The benchmarks module is not built with the library, so javac cannot see it from here.
@SuppressWarnings("module")
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.core {
  requires static transitive org.jspecify;
  requires static micrometer.core;
  requires static micrometer.observation;
  // Local signing of guest tokens only (GuestTokenService with signing(...)); optional.
  requires static com.nimbusds.jose.jwt;
  // Source-retention annotations from which the request builders are generated; not needed at run time.
  requires static io.github.supersetsdk.codegen;
  requires java.net.http;
  requires feign.core;
  requires feign.java11;
  requires com.fasterxml.jackson.databind;
  requires io.github.resilience4j.core;
  requires io.github.resilience4j.retry;
  requires org.slf4j;

  exports io.github.supersetsdk.client;
  exports io.github.supersetsdk.client.embedding;
  exports io.github.supersetsdk.client.exception;
  exports io.github.supersetsdk.client.micrometer;
  exports io.github.supersetsdk.client.id;
  exports io.github.supersetsdk.client.model;
  exports io.github.supersetsdk.client.request;
  exports io.github.supersetsdk.client.security;

  exports io.github.supersetsdk.client.internal.api to io.github.supersetsdk.cli;
  exports io.github.supersetsdk.client.internal to io.github.supersetsdk.benchmarks, io.github.supersetsdk.ops;

  opens io.github.supersetsdk.client.id to com.fasterxml.jackson.databind;
  opens io.github.supersetsdk.client.model to com.fasterxml.jackson.databind;
  opens io.github.supersetsdk.client.request to com.fasterxml.jackson.databind;
  opens io.github.supersetsdk.client.internal.api to com.fasterxml.jackson.databind;
  // Jackson creates the deserializer a mixin names there (chart-data rows).
  opens io.github.supersetsdk.client.internal.json to com.fasterxml.jackson.databind;
}
