/**
 * superset-sdk-benchmarks: JMH benchmarks of the client, the dbt reader and the cache; not published. The
 * module exists so that the compiler holds the benchmarks to the same boundary as every other
 * module: they read core's internal list-query encoder through core's qualified export alone.
 * The runnable jar is shaded onto the class path, where JMH finds the generated classes.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.benchmarks {
  requires static org.jspecify;
  requires io.github.supersetsdk.core;
  requires io.github.supersetsdk.dbt;
  requires io.github.supersetsdk.cache;
  requires com.github.benmanes.caffeine;
  requires lettuce.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  requires java.net.http;
  requires java.management;
  requires jmh.core;
}
