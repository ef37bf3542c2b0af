package io.github.supersetsdk.codegen;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One typed id of a {@link TypedIds} package: the processor writes {@code public record
 * <name>(long value)} that rejects a value below 1, with a static {@code of(long)} and javadoc that
 * names what it identifies.
 */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface TypedId {

  /**
   * The record's simple name, ending in {@code Id}, e.g. {@code DatasetId}.
   *
   * @return the name
   */
  String name();

  /**
   * What it identifies, with its article, as javadoc text: e.g. {@code a dataset}.
   *
   * @return the description
   */
  String of();
}
