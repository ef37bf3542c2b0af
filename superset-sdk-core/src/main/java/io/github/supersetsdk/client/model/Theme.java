package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ThemeId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A theme: Ant Design tokens and settings, as JSON, that style Superset's UI. One theme may be the
 * system default and one the system dark theme.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the theme's id
 * @param themeName the theme's name
 * @param jsonData the theme definition, free-form JSON text (e.g. {@code {"token": {...}}})
 * @param uuid the theme's UUID, stable across export and import
 * @param isSystem whether Superset ships and manages it (it cannot be edited or deleted)
 * @param isSystemDefault whether it is the system default theme
 * @param isSystemDark whether it is the system dark theme
 * @param createdBy who created it, or {@code null}
 * @param changedBy who changed it last, or {@code null}
 * @param createdOn when it was created, or {@code null}; only lists return it
 */
public record Theme(
    ThemeId id,
    String themeName,
    @Nullable String jsonData,
    @Nullable UUID uuid,
    boolean isSystem,
    boolean isSystemDefault,
    boolean isSystemDark,
    @Nullable UserRef createdBy,
    @Nullable UserRef changedBy,
    @Nullable Instant createdOn) {}
