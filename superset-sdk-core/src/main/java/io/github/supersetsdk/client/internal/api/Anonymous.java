package io.github.supersetsdk.client.internal.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation is called without the client's credentials (login, and refresh, which carries its own refresh token). A 401 is not answered with a credential renewal.
 *
 * <p>Placed on a method of an internal API interface, next to its {@code @RequestLine}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Anonymous {}
