/**
 * superset-sdk-sync: the dbt to Superset sync, built on the client and the artifact reader. Only
 * the public packages are exported; {@code io.github.supersetsdk.sync.internal} is not API.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.sync {
  requires transitive org.jspecify;
  requires transitive io.github.supersetsdk.core;
  requires transitive io.github.supersetsdk.dbt;
  requires org.slf4j;

  // Packages are exported as they gain public types.
  exports io.github.supersetsdk.sync.profiles;
}
