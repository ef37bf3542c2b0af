package io.github.supersetsdk.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for a builder of the annotated record, written at compile time from the record header.
 *
 * <p>For a record {@code XRequest} the processor writes a package-private abstract class {@code
 * XRequestBuilder}, which the record's own nested {@code public static final class Builder} must
 * extend. The generated class has, for every component {@code x}:
 *
 * <ul>
 *   <li>a setter {@code x(T)} documented from the record's {@code @param x} line; it takes the
 *       primitive for a boxed type and rejects {@code null} otherwise. A {@code Change<T>} component
 *       takes {@code T} and stores {@code Change.set(value)};
 *   <li>{@code clearX()} for a {@link Clearable} {@code Change<T>} component;
 * </ul>
 *
 * <p>and {@code build()}, a static {@code create(...)} taking the required components (neither
 * {@code Change}, {@code @Nullable}, a primitive, a {@code List}/{@code Map} nor {@link DefaultValue}),
 * a static {@code from(record)} for {@code toBuilder()}, and a static {@code isEmpty(record)} when
 * every component is a {@code Change}. Its nested interface {@code Methods} has both as default
 * instance methods {@code toBuilder()} and {@code isEmpty()}, for the record to implement. A setter or clear method that {@code Builder} declares itself
 * is not generated, so a hand-written one can add validation or a different parameter. {@link Adder}
 * adds methods that add one element to a collection, and {@link Sensitive} a {@code toString(record)}
 * that hides secrets.
 *
 * <p>Source retention: nothing of it remains in the class files.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GeneratedBuilder {}
