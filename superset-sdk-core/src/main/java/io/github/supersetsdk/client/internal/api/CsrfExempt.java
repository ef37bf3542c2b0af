package io.github.supersetsdk.client.internal.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Superset does not check CSRF for this unsafe operation (login, token refresh, chart data), so the client does not fetch a CSRF token before it. A CSRF failure still triggers one renewal.
 *
 * <p>Placed on a method of an internal API interface, next to its {@code @RequestLine}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CsrfExempt {}
