/**
 * superset-sdk-dbt: streaming reader of dbt artifacts, dbt node selection and lineage. Only the
 * public packages are exported; {@code io.github.supersetsdk.dbt.internal} and its sub-packages
 * are not API.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.dbt {
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.core;
  requires org.slf4j;

  exports io.github.supersetsdk.dbt;
  exports io.github.supersetsdk.dbt.manifest;
  exports io.github.supersetsdk.dbt.semantic;
  exports io.github.supersetsdk.dbt.run;
  exports io.github.supersetsdk.dbt.catalog;
  exports io.github.supersetsdk.dbt.select;
  exports io.github.supersetsdk.dbt.lineage;
}
