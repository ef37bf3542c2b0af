/**
 * Spring Boot auto-configuration of the SDK: {@code superset.*} properties, a {@link
 * io.github.supersetsdk.client.SupersetClient} bean (closed on shutdown), a guest-token service, the
 * tiered cache's factory and the dbt sync when their modules are present, a {@code superset} health
 * indicator and the client's Micrometer meters. Every bean backs off when the application defines
 * its own. Add {@code superset-sdk-spring-boot-starter} rather than this module directly.
 */
@NullMarked
package io.github.supersetsdk.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
