/**
 * Not API; may change in any release. The Feign interfaces that declare Superset's endpoints, and the
 * operation table read from them.
 *
 * <h2>Adding a typed operation</h2>
 *
 * <ol>
 *   <li>Declare it on the resource's interface, with the method and path exactly as in the OpenAPI
 *       spec (path parameters named as the spec names them, the query after {@code ?}):
 *       <pre>{@code
 * @RequestLine("GET /api/v1/dataset/{pk}/drill_info/?q={q}")
 * Item<DrillInfo> drillInfo(@Param("pk") long pk, @Param("q") @Nullable String q);
 * }</pre>
 *       Add {@link io.github.supersetsdk.client.internal.api.RetrySafe} to a POST that may be
 *       repeated, {@link io.github.supersetsdk.client.internal.api.CsrfExempt} where Superset skips
 *       CSRF, and {@link io.github.supersetsdk.client.internal.api.Sensitive} when a body holds
 *       secrets. A JSON body is the one unannotated parameter; answers use the {@link
 *       io.github.supersetsdk.client.internal.api.Envelopes}.
 *   <li>Write the request and response records in {@code io.github.supersetsdk.client.model}:
 *       camelCase components map to snake_case JSON, typed ids and open value classes work as is,
 *       updates use {@code Change}.
 *   <li>Add the public method to the resource's sub-client in {@code io.github.supersetsdk.client}:
 *       check arguments, call the interface, unwrap the envelope, document every {@code @throws}.
 *       Lists return {@code PagedIterable.of((page, size) -> listPage(query, page),
 *       query.pageSize())} with {@code ListQueries.rison(query, page)}.
 *   <li>A new interface goes into {@link io.github.supersetsdk.client.internal.api.Operations#API_INTERFACES}
 *       and a new sub-client into {@code SupersetClient}.
 *   <li>Regenerate {@code docs/api-coverage.md}: {@code ./mvnw -pl superset-sdk-core test
 *       -Dtest=ApiCoverageTest -Dsuperset.sdk.updateCoverage=true}. The test fails if the operation
 *       is not in the spec.
 * </ol>
 *
 * <p>Authentication, CSRF, retries, timeouts, events, logging and error mapping need no code: the
 * transport applies them to every operation.
 */
@NullMarked
package io.github.supersetsdk.client.internal.api;

import org.jspecify.annotations.NullMarked;
