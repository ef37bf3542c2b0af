/**
 * Not API; may change in any release. The guest-token cache (single flight per key) and the local
 * guest-token signer behind {@code io.github.supersetsdk.client.embedding.GuestTokenService}.
 */
@NullMarked
package io.github.supersetsdk.client.internal.embedding;

import org.jspecify.annotations.NullMarked;
