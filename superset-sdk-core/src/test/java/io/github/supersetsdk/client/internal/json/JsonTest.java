package io.github.supersetsdk.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.request.CreateDatasetRequest;
import io.github.supersetsdk.client.request.DatasetFolder;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.UpdateDatasetRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonTest {

  private final ObjectMapper mapper = Json.mapper();

  @Test
  void read_snakeCaseJsonWithUnknownFields_fillsRecord() throws Exception {
    String json =
        "{\"id\": 7, \"table_name\": \"fct_orders\", \"schema\": \"marts\", \"is_managed_externally\": true,"
            + " \"database\": {\"id\": 2, \"database_name\": \"warehouse\"}, \"brand_new_field\": [1, 2],"
            + " \"columns\": [{\"id\": 1, \"column_name\": \"tenant_id\", \"is_dttm\": false}],"
            + " \"changed_on\": \"2026-05-01T10:15:30.123456\"}";

    Dataset dataset = mapper.readValue(json, Dataset.class);

    assertThat(dataset.id()).isEqualTo(DatasetId.of(7));
    assertThat(dataset.tableName()).isEqualTo("fct_orders");
    assertThat(dataset.isManagedExternally()).isTrue();
    assertThat(dataset.database().id()).isEqualTo(DatabaseId.of(2));
    assertThat(dataset.database().databaseName()).isEqualTo("warehouse");
    assertThat(dataset.columns()).singleElement().satisfies(c -> assertThat(c.columnName()).isEqualTo("tenant_id"));
    assertThat(dataset.changedOn()).isEqualTo(Instant.parse("2026-05-01T10:15:30.123456Z"));
  }

  @Test
  void read_missingCollections_areEmptyNotNull() throws Exception {
    Dataset dataset = mapper.readValue("{\"id\": 1, \"table_name\": \"t\"}", Dataset.class);

    assertThat(dataset.columns()).isEmpty();
    assertThat(dataset.metrics()).isEmpty();
    assertThat(dataset.owners()).isEmpty();
  }

  @Test
  void read_timestampWithOffsetOrEpochMillis_isParsed() throws Exception {
    assertThat(mapper.readValue("\"2026-05-01T10:15:30+02:00\"", Instant.class))
        .isEqualTo(Instant.parse("2026-05-01T08:15:30Z"));
    assertThat(mapper.readValue("1000", Instant.class)).isEqualTo(Instant.ofEpochMilli(1000));
    assertThat(mapper.readValue("\"2026-05-01 10:15:30\"", Instant.class)).isEqualTo(Instant.parse("2026-05-01T10:15:30Z"));
  }

  @Test
  void read_listItemsChangedOnUtc_withAnOffsetWithoutColon_fillsChangedOn() throws Exception {
    // As Superset's dashboard and dataset lists send it (no changed_on there).
    Instant expected = Instant.parse("2026-12-07T10:44:09.079301Z");
    assertThat(mapper.readValue("{\"id\": 3, \"dashboard_title\": \"d\", \"changed_on_utc\": \"2026-12-07T10:44:09.079301+0000\"}",
        io.github.supersetsdk.client.model.Dashboard.class).changedOn()).isEqualTo(expected);
    assertThat(mapper.readValue("{\"id\": 1, \"table_name\": \"t\", \"changed_on_utc\": \"2026-12-07T10:44:09.079301+0000\"}",
        Dataset.class).changedOn()).isEqualTo(expected);
    assertThat(mapper.readValue("\"2026-12-07T12:44:09-0200\"", Instant.class)).isEqualTo(Instant.parse("2026-12-07T14:44:09Z"));
  }

  @Test
  void write_request_usesSnakeCaseAndOmitsUnsetFields() throws Exception {
    CreateDatasetRequest request = CreateDatasetRequest.builder(DatabaseId.of(3), "fct_orders").schema("marts").build();

    String json = mapper.writeValueAsString(request);

    assertThat(json).isEqualTo("{\"database\":3,\"table_name\":\"fct_orders\",\"schema\":\"marts\",\"owners\":[]}");
  }

  @Test
  void write_update_sendsOnlySetAndClearedFields() throws Exception {
    UpdateDatasetRequest request =
        UpdateDatasetRequest.builder().description("Orders fact").clearCacheTimeout().databaseId(DatabaseId.of(4)).build();

    String json = mapper.writeValueAsString(request);

    assertThat(json).isEqualTo("{\"database_id\":4,\"description\":\"Orders fact\",\"cache_timeout\":null}");
  }

  @Test
  void write_updateCurrencyFoldersAndUuid_asInSupersetsSchema() throws Exception {
    UUID folder = UUID.fromString("00000000-0000-4000-8000-000000000001");
    UUID metric = UUID.fromString("00000000-0000-4000-8000-000000000002");
    UUID column = UUID.fromString("00000000-0000-4000-8000-000000000003");
    UUID dataset = UUID.fromString("00000000-0000-4000-8000-000000000004");
    UpdateDatasetRequest request =
        UpdateDatasetRequest.builder()
            .currencyCodeColumn("currency")
            .folders(List.of(DatasetFolder.folder(folder, "Revenue",
                List.of(DatasetFolder.metric(metric), DatasetFolder.column(column)))))
            .uuid(dataset)
            .build();

    String json = mapper.writeValueAsString(request);

    // Superset's Folder schema: uuid required, name only on folders, no other properties.
    assertThat(json).isEqualTo("{\"currency_code_column\":\"currency\",\"folders\":[{\"uuid\":\"" + folder
        + "\",\"type\":\"folder\",\"name\":\"Revenue\",\"children\":[{\"uuid\":\"" + metric
        + "\",\"type\":\"metric\"},{\"uuid\":\"" + column + "\",\"type\":\"column\"}]}],\"uuid\":\"" + dataset + "\"}");
    assertThat(mapper.writeValueAsString(UpdateDatasetRequest.builder().clearCurrencyCodeColumn().clearUuid().build()))
        .isEqualTo("{\"currency_code_column\":null,\"uuid\":null}");
  }

  @Test
  void write_emptyUpdate_isEmptyObject() throws Exception {
    assertThat(mapper.writeValueAsString(UpdateDatasetRequest.builder().build())).isEqualTo("{}");
  }

  @Test
  void valueRecords_roundTripAsTheirValue() throws Exception {
    assertThat(mapper.writeValueAsString(FilterOperator.RELATION_ONE_TO_MANY)).isEqualTo("\"rel_o_m\"");
    assertThat(mapper.readValue("\"sw\"", FilterOperator.class)).isEqualTo(FilterOperator.STARTS_WITH);
    assertThat(mapper.writeValueAsString(DatasetId.of(12))).isEqualTo("12");
    assertThat(mapper.readValue("12", DatasetId.class)).isEqualTo(DatasetId.of(12));
  }
}
