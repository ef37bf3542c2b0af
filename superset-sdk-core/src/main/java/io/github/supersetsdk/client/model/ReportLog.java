package io.github.supersetsdk.client.model;

import io.github.supersetsdk.client.id.ReportLogId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One run of a report or alert schedule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the log entry's id
 * @param state the outcome, e.g. {@code Success}, {@code Error}, {@code Not triggered}
 * @param scheduledDttm when the run was scheduled
 * @param startDttm when it started
 * @param endDttm when it ended
 * @param errorMessage the error of a failed run
 * @param value the value an alert's query returned
 * @param valueRowJson the row an alert's query returned, as JSON text
 * @param uuid the run's UUID
 */
public record ReportLog(
    ReportLogId id,
    String state,
    @Nullable Instant scheduledDttm,
    @Nullable Instant startDttm,
    @Nullable Instant endDttm,
    @Nullable String errorMessage,
    @Nullable Double value,
    @Nullable String valueRowJson,
    @Nullable UUID uuid) {}
