/**
 * Reading dbt {@code profiles.yml}: {@link io.github.supersetsdk.sync.profiles.DbtProfiles} loads
 * the file and renders its Jinja ({@code env_var}, {@code as_number}, ...) the way dbt does, and a
 * {@link io.github.supersetsdk.sync.profiles.WarehouseTarget} turns one output into the SQLAlchemy
 * URI a Superset database connection needs.
 *
 * <p>Passwords and tokens are held in {@link io.github.supersetsdk.sync.profiles.Secret}s and URIs
 * carrying them in {@link io.github.supersetsdk.sync.profiles.SqlAlchemyUri}s; neither shows the
 * secret in {@code toString()}, and no exception message of this package contains one. Every failure
 * is a {@link io.github.supersetsdk.sync.profiles.DbtProfilesException} naming the file.
 */
@NullMarked
package io.github.supersetsdk.sync.profiles;

import org.jspecify.annotations.NullMarked;
