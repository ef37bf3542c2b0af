/**
 * superset-sdk-assets: Superset dashboards, charts, datasets and database connections as a folder
 * of YAML files, planned and applied like code. Only {@code io.github.supersetsdk.assets} is
 * exported; {@code io.github.supersetsdk.assets.internal} is not API.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.assets {
  requires transitive org.jspecify;
  requires transitive io.github.supersetsdk.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  // Jinjava has no module descriptor: its automatic module name comes from the jar name. It is
  // used only by io.github.supersetsdk.assets.internal and never appears in the API.
  requires jinjava;
  // Jinjava's classes use commons-lang3, a named module that Jinjava, an automatic module, cannot
  // declare: without this, on the module path Jinja rendering fails with NoClassDefFoundError.
  requires org.apache.commons.lang3;
  requires org.slf4j;

  exports io.github.supersetsdk.assets;
}
