package io.github.supersetsdk.examples.embedded;

/**
 * A user of the application, who belongs to one tenant.
 *
 * @param username the login name
 * @param tenant the user's tenant
 */
public record TenantUser(String username, Tenant tenant) {}
