package io.github.supersetsdk.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the builder a method of the given name that adds one element to a {@code List} component
 * ({@code owner(T)} for {@code owners}), or puts one entry into a {@code Map} component ({@code
 * extra(K, V)} for {@code extras}), beside the setter that replaces the whole collection. The
 * element, key and value must not be null. Not for {@code @Nullable} or {@code Change}
 * components. For a {@code Map}, {@link #key()} names the key parameter; the value parameter then
 * takes the method's name ({@code password(databaseFile, password)}).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.RECORD_COMPONENT)
public @interface Adder {

  /**
   * The method's name, a Java identifier, e.g. {@code owner}.
   *
   * @return the name
   */
  String value();

  /**
   * For a {@code Map} component, the name of the key parameter, a Java identifier other than {@link
   * #value()}, e.g. {@code databaseFile}. Empty, the default, names the parameters {@code key} and
   * {@code value}.
   *
   * @return the name, or empty
   */
  String key() default "";
}
