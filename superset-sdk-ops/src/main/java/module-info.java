/**
 * superset-sdk-ops: operating Superset with the SDK. The doctor checks a deployment, the profiler
 * loads a dashboard as its page does, the Micrometer meters publish both, and the ops dashboard
 * shows Superset's own query and action logs. Only the public packages are exported; {@code
 * io.github.supersetsdk.ops.internal} is not API.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.ops {
  requires static transitive org.jspecify;
  requires static micrometer.core;
  requires transitive io.github.supersetsdk.core;
  requires transitive io.github.supersetsdk.sync;
  requires transitive io.github.supersetsdk.cache;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.github.supersetsdk.ops;
  exports io.github.supersetsdk.ops.micrometer;
}
