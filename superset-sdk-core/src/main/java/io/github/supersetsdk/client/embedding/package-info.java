/**
 * Embedded dashboards for your customers: {@link io.github.supersetsdk.client.embedding.GuestTokenService}
 * hands out guest tokens per tenant and viewer at page-view rates, caching each until shortly before
 * it expires and minting at most one at a time per request, through Superset's API (the default) or
 * by signing them locally with Superset's guest-token secret ({@link
 * io.github.supersetsdk.client.embedding.GuestTokenSigning}).
 *
 * <p>Row-level security clauses that carry a tenant id are built with {@link
 * io.github.supersetsdk.client.request.RlsClause#equalTo(String, String)} and its siblings, which
 * quote values so that no tenant id can widen the filter.
 */
@NullMarked
package io.github.supersetsdk.client.embedding;

import org.jspecify.annotations.NullMarked;
