package io.github.supersetsdk.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a builder starts with for this component, as a Java expression valid in the record's
 * package, e.g. {@code @DefaultValue("true")} or {@code @DefaultValue("SortDirection.ASC")}. A
 * component with a default is not a required argument of the builder's factory.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.RECORD_COMPONENT)
public @interface DefaultValue {

  /**
   * The Java expression.
   *
   * @return the expression
   */
  String value();
}
