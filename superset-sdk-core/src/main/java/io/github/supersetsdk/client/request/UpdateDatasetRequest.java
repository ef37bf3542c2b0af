package io.github.supersetsdk.client.request;

import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.codegen.Clearable;
import io.github.supersetsdk.codegen.GeneratedBuilder;
import java.util.List;
import java.util.UUID;

/**
 * A partial update of a dataset: only fields that are set or cleared are sent.
 *
 * <p>{@code columns} and {@code metrics} replace the dataset's whole lists. To add one metric, send the
 * existing ones too:
 *
 * {@snippet class=io.github.supersetsdk.client.snippets.RequestSnippets region=UpdateDatasetRequest}
 *
 * <p>Immutable and thread-safe.
 *
 * @param tableName the table name
 * @param schema the schema
 * @param catalog the catalog
 * @param databaseId the database connection
 * @param sql the query of a virtual dataset
 * @param description the description
 * @param mainDttmCol the default temporal column
 * @param cacheTimeout the chart cache timeout in seconds
 * @param isSqllabView whether it counts as saved from SQL Lab
 * @param isManagedExternally whether an external tool owns it
 * @param externalUrl the URL of the external tool that owns it
 * @param templateParams Jinja template parameters as JSON text
 * @param extra the {@code extra} JSON document as text
 * @param filterSelectEnabled whether filter values are offered from the data
 * @param normalizeColumns whether column names are normalized
 * @param alwaysFilterMainDttm whether queries always filter on the main temporal column
 * @param fetchValuesPredicate the predicate applied when fetching filter values
 * @param defaultEndpoint the URL opened instead of Explore
 * @param offset the timezone offset in hours
 * @param owners the owners
 * @param columns the complete column list: entries with an id update that column, entries without one add a column, and columns left out are deleted
 * @param metrics the complete metric list: entries with an id update that metric, entries without one add a metric, and metrics left out are deleted
 * @param currencyCodeColumn the column holding each row's currency code, for currency-formatted metrics
 * @param folders the complete folder tree that groups the dataset's metrics and columns in Explore;
 *     Superset 6.1.0 rejects an update that sets it (422) unless its {@code DATASET_FOLDERS} feature
 *     flag is on
 * @param uuid the dataset's UUID
 */
@GeneratedBuilder
public record UpdateDatasetRequest(
    Change<String> tableName,
    @Clearable Change<String> schema,
    @Clearable Change<String> catalog,
    Change<DatabaseId> databaseId,
    @Clearable Change<String> sql,
    @Clearable Change<String> description,
    @Clearable Change<String> mainDttmCol,
    @Clearable Change<Integer> cacheTimeout,
    @Clearable Change<Boolean> isSqllabView,
    @Clearable Change<Boolean> isManagedExternally,
    @Clearable Change<String> externalUrl,
    @Clearable Change<String> templateParams,
    @Clearable Change<String> extra,
    @Clearable Change<Boolean> filterSelectEnabled,
    @Clearable Change<Boolean> normalizeColumns,
    Change<Boolean> alwaysFilterMainDttm,
    @Clearable Change<String> fetchValuesPredicate,
    @Clearable Change<String> defaultEndpoint,
    @Clearable Change<Integer> offset,
    Change<List<UserId>> owners,
    Change<List<DatasetColumnUpdate>> columns,
    Change<List<DatasetMetricUpdate>> metrics,
    @Clearable Change<String> currencyCodeColumn,
    Change<List<DatasetFolder>> folders,
    @Clearable Change<UUID> uuid) implements UpdateDatasetRequestBuilder.Methods {

  /** {@return a new builder in which every field is unchanged} */
  public static Builder builder() {
    return UpdateDatasetRequestBuilder.create();
  }

  /** Builds an {@link UpdateDatasetRequest}; fields not mentioned stay unchanged. Not thread-safe. */
  public static final class Builder extends UpdateDatasetRequestBuilder {
    Builder() {}
  }
}
