package io.github.supersetsdk.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code Change<T>} component that the server lets a client clear (set to JSON {@code null});
 * its builder gets a {@code clearX()} method. Opt-in, because clearing a field the server requires
 * is a request it rejects: a missing {@code clearX()} is found at compile time, a wrong one only at
 * run time.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.RECORD_COMPONENT)
public @interface Clearable {}
