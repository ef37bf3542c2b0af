/**
 * The SDK's single unchecked exception tree.
 *
 * <p>Every failure of a call surfaces as a {@link io.github.supersetsdk.client.exception.SupersetException}:
 * {@link io.github.supersetsdk.client.exception.SupersetApiException} and its status subclasses when
 * Superset answered with an error, {@link io.github.supersetsdk.client.exception.SupersetTransportException}
 * when no usable answer arrived, and {@link io.github.supersetsdk.client.exception.SupersetDecodeException}
 * when an answer could not be read. Messages carry the HTTP method and path, never a query string, a
 * request body, a header or a credential.
 */
@NullMarked
package io.github.supersetsdk.client.exception;

import org.jspecify.annotations.NullMarked;
