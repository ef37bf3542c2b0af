package io.github.supersetsdk.client.internal.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation is a POST that is safe to repeat (no side effects, or idempotent by nature), so transient failures are retried as for GET. Without it, a POST is retried only when its connection could not be established.
 *
 * <p>Placed on a method of an internal API interface, next to its {@code @RequestLine}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RetrySafe {}
