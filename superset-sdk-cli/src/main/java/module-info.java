/**
 * superset-sdk-cli: the {@code superset-sdk} command line, an application rather than a library.
 * It exports nothing; picocli alone may reflect on the command classes to bind options. It reads
 * core's internal operation table through core's qualified export to this module.
 */
@org.jspecify.annotations.NullMarked
module io.github.supersetsdk.cli {
  requires static org.jspecify;
  requires io.github.supersetsdk.core;
  requires io.github.supersetsdk.dbt;
  requires io.github.supersetsdk.sync;
  requires io.github.supersetsdk.ops;
  requires io.github.supersetsdk.assets;
  requires io.github.supersetsdk.cache;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;

  opens io.github.supersetsdk.cli to info.picocli;
  opens io.github.supersetsdk.cli.api to info.picocli;
  opens io.github.supersetsdk.cli.dbt to info.picocli;
  opens io.github.supersetsdk.cli.ops to info.picocli;
  opens io.github.supersetsdk.cli.assets to info.picocli;
  opens io.github.supersetsdk.cli.sql to info.picocli;
  opens io.github.supersetsdk.cli.cache to info.picocli;
}
