package io.github.supersetsdk.examples.embedded;

/**
 * A customer of the application: its rows in the warehouse carry {@code tenant_id = id}.
 *
 * @param id the value of the marts' {@code tenant_id} column
 * @param name what the page shows
 */
public record Tenant(long id, String name) {}
