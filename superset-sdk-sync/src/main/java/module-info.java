/**
 * superset-sdk-sync: the dbt to Superset sync, built on the client and the artifact reader. Only
 * the public packages are exported; {@code io.github.supersetsdk.sync.internal} is not API.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.sync {
  requires transitive org.jspecify;
  requires transitive io.github.supersetsdk.core;
  requires transitive io.github.supersetsdk.dbt;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  // Jinjava has no module descriptor: its automatic module name comes from the jar name. It is
  // used only by io.github.supersetsdk.sync.internal.profiles and never appears in the API.
  requires jinjava;
  // Jinjava's classes use commons-lang3, a named module that Jinjava, an automatic module, cannot
  // declare: without this, on the module path Jinja rendering fails with NoClassDefFoundError.
  requires org.apache.commons.lang3;

  // Jinjava binds the env_var() function to a static method by reflection.
  opens io.github.supersetsdk.sync.internal.profiles to jinjava;

  exports io.github.supersetsdk.sync.metrics;
  exports io.github.supersetsdk.sync.profiles;
  exports io.github.supersetsdk.sync;
}
