package io.github.supersetsdk.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for the typed ids of the annotated package ({@code package-info.java}), one record per
 * {@link TypedId}. They are identical but for their name and what they identify, so they are
 * declared in one line each instead of written out.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface TypedIds {

  /**
   * The ids to write.
   *
   * @return the ids
   */
  TypedId[] value();
}
