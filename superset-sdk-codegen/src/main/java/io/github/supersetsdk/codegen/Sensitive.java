package io.github.supersetsdk.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that holds a secret. The generated builder class gets a static {@code
 * toString(record)} that prints the record as a record prints itself, but with {@code ***} in
 * place of this component's value (an empty collection, {@code null} and an unchanged or cleared
 * {@code Change} still show as such), or with the value passed through {@link #mask()}. The record
 * must override {@code toString()} to return it; the processor reports a record that does not.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.RECORD_COMPONENT)
public @interface Sensitive {

  /**
   * A static method from {@code String} to {@code String}, as a Java expression valid in the
   * record's package without the record's imports (e.g. {@code com.example.Uris.redact}), that returns a printable form of the value
   * with its secret part masked, e.g. a URI without its password; the method must accept {@code
   * null} for a {@code @Nullable} component. Empty, the default, hides the whole value. Only for
   * {@code String} and {@code Change<String>} components.
   *
   * @return the method, or empty
   */
  String mask() default "";
}
