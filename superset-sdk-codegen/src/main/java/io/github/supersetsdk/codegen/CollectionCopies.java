package io.github.supersetsdk.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for a package-private class {@code Copies} in the annotated package ({@code
 * package-info.java}), whose records call it from their compact constructors: {@code
 * Copies.list(list)} and {@code Copies.map(map)} turn {@code null} into an empty collection and
 * anything else into an unmodifiable copy that, unlike {@code List.copyOf}, keeps the null elements
 * JSON may hold. {@code Copies.deepList(list)} and {@code Copies.deepMap(map)} do the same at every
 * level: each nested map (in its order) and list is an unmodifiable copy too, for JSON values and
 * nested collections. Each package gets its own copy, so that public records depend on nothing internal.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface CollectionCopies {}
