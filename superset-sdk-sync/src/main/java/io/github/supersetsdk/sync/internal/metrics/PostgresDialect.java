package io.github.supersetsdk.sync.internal.metrics;

/** PostgreSQL (ANSI) SQL. Immutable and thread-safe. */
public final class PostgresDialect implements Compiler.Dialect {

  /** The instance. */
  public static final PostgresDialect INSTANCE = new PostgresDialect();

  private PostgresDialect() {}
}
