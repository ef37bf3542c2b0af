/**
 * The embedding tenant flow as a Spring Boot application on superset-sdk-spring-boot-starter: a
 * signed-in user of a tenant gets a guest token for the tenant's dashboard, filtered to the tenant's
 * rows. Not API.
 */
@NullMarked
package io.github.supersetsdk.examples.springboot;

import org.jspecify.annotations.NullMarked;
