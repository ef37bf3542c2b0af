/**
 * Superset's security API behind {@link io.github.supersetsdk.client.security.SecurityClient}:
 * guest tokens, row-level security, roles, users, groups, permissions and registrations. Obtained
 * from {@link io.github.supersetsdk.client.SupersetClient#security()}; every client here is
 * immutable and thread-safe.
 */
@NullMarked
package io.github.supersetsdk.client.security;

import org.jspecify.annotations.NullMarked;
