package io.github.supersetsdk.client.internal.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request or response body holds secrets (passwords, tokens, connection URIs): it is never logged, at any level.
 *
 * <p>Placed on a method of an internal API interface, next to its {@code @RequestLine}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sensitive {}
