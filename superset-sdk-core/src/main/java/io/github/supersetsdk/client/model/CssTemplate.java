package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.CssTemplateId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A CSS template: a named stylesheet that dashboard editors can apply to a dashboard.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the template's id
 * @param templateName the template's name
 * @param css the stylesheet
 * @param createdBy who created it, or {@code null}
 * @param changedBy who changed it last, or {@code null}
 * @param createdOn when it was created, or {@code null}; only lists return it
 */
public record CssTemplate(
    CssTemplateId id,
    @Nullable String templateName,
    @Nullable String css,
    @Nullable UserRef createdBy,
    @Nullable UserRef changedBy,
    @Nullable Instant createdOn) {}
