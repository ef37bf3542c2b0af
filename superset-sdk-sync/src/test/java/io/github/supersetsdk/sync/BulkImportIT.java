package io.github.supersetsdk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.model.Dataset;
import io.github.supersetsdk.client.model.DatasetColumn;
import io.github.supersetsdk.client.model.DatasetMetric;
import io.github.supersetsdk.client.model.UserRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New datasets created by bundle import (types from catalog.json) equal, field by field, what the
 * one-by-one REST path (POST, GET, PUT; types from the warehouse) creates for the example project,
 * and a re-sync of the imported ones, even one that reads every dataset, writes nothing.
 */
class BulkImportIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SupersetClient client;
  private String restDb;
  private String importDb;

  @BeforeEach
  void setUp() {
    client = SyncServices.client();
    restDb = SyncServices.uniqueDatabaseName();
    importDb = SyncServices.uniqueDatabaseName();
  }

  @AfterEach
  void tearDown() {
    SyncServices.dropDatabase(client, restDb);
    SyncServices.dropDatabase(client, importDb);
    client.close();
  }

  private DbtSync.Builder sync(String db) {
    return DbtSync.builder(client).database(db, SyncServices.env("WAREHOUSE_SQLALCHEMY_URI"));
  }

  @Test
  void importedDatasets_equalRestCreatedOnes_andResyncWritesNothing() throws Exception {
    DbtArtifacts artifacts = DbtArtifacts.fromTargetDir(SyncServices.targetDir());
    assertThat(artifacts.catalog()).as("the example target has catalog.json").isNotNull();

    SyncReport rest;
    try (DbtSync s = sync(restDb).bulkImport(false).build()) {
      rest = s.sync(artifacts);
    }
    SyncReport imported;
    try (DbtSync s = sync(importDb).build()) {
      imported = s.sync(artifacts);
    }
    assertThat(rest.results()).allSatisfy(r -> assertThat(r.error()).isNull());
    assertThat(imported.results()).allSatisfy(r -> assertThat(r.error()).isNull());
    int n = imported.count(SyncAction.CREATE);
    assertThat(n).isEqualTo(rest.count(SyncAction.CREATE)).isGreaterThan(10);
    // REST: POST + PUT per dataset (+ the connection). Import: a request per 10 datasets.
    assertThat(rest.httpWrites()).isGreaterThanOrEqualTo(2 * n);
    assertThat(imported.httpWrites()).as("bundle imports, not one POST per dataset")
        .isLessThanOrEqualTo(1 + (n + 9) / 10 + 4);

    Map<String, Dataset> a = byRelation(restDb);
    Map<String, Dataset> b = byRelation(importDb);
    assertThat(b.keySet()).isEqualTo(a.keySet()).hasSize(n);
    int dttm = 0;
    for (String rel : a.keySet()) {
      Dataset x = a.get(rel);
      Dataset y = b.get(rel);
      assertThat(shape(y)).as(rel).isEqualTo(shape(x));
      dttm += (int) y.columns().stream().filter(c -> Boolean.TRUE.equals(c.isDttm())).count();
    }
    assertThat(dttm).as("the example has time columns").isGreaterThan(5);

    try (DbtSync s = sync(importDb).verifyAll(true).build()) {
      SyncPlan again = s.plan(artifacts);
      assertThat(again.count(SyncAction.UNCHANGED)).isEqualTo(n);
      SyncReport noop = s.apply(again);
      assertThat(noop.httpWrites()).isZero();
    }
  }

  private Map<String, Dataset> byRelation(String dbName) {
    DatabaseId db = Objects.requireNonNull(SyncServices.findDatabase(client, dbName));
    Map<String, Dataset> out = new LinkedHashMap<>();
    for (Dataset ds : SyncServices.datasets(client, db)) {
      out.put(ds.schema() + "." + ds.tableName(), client.datasets().get(ds.id()));
    }
    return out;
  }

  // Everything a dataset is, less ids, timestamps, UUIDs and the connection.
  private static Map<String, Object> shape(Dataset d) throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", d.schema());
    m.put("catalog", d.catalog());
    m.put("sql", d.sql());
    m.put("kind", d.kind());
    m.put("description", d.description());
    m.put("main_dttm_col", d.mainDttmCol());
    m.put("cache_timeout", d.cacheTimeout());
    m.put("is_managed_externally", d.isManagedExternally());
    m.put("external_url", d.externalUrl());
    m.put("template_params", d.templateParams());
    m.put("extra", json(d.extra()));
    m.put("filter_select_enabled", d.filterSelectEnabled());
    m.put("normalize_columns", d.normalizeColumns());
    m.put("always_filter_main_dttm", d.alwaysFilterMainDttm());
    m.put("fetch_values_predicate", d.fetchValuesPredicate());
    m.put("default_endpoint", d.defaultEndpoint());
    m.put("offset", d.offset());
    m.put("owners", d.owners().stream().map(UserRef::id).toList());
    List<List<Object>> cols = new ArrayList<>();
    for (DatasetColumn c : d.columns()) {
      cols.add(java.util.Arrays.asList(c.columnName(), c.type(), c.isDttm(), c.expression(),
          c.verboseName(), c.description(), c.groupby(), c.filterable(), c.isActive(),
          c.pythonDateFormat(), c.advancedDataType(), json(c.extra())));
    }
    // Superset does not keep the REST path's columns in warehouse order either; order is no part of it.
    cols.sort((p, q) -> String.valueOf(p.get(0)).compareTo(String.valueOf(q.get(0))));
    m.put("columns", cols);
    List<List<Object>> metrics = new ArrayList<>();
    for (DatasetMetric x : d.metrics()) {
      metrics.add(java.util.Arrays.asList(x.metricName(), x.expression(), x.metricType(),
          x.verboseName(), x.description(), x.d3format(), x.warningText(), json(x.extra())));
    }
    metrics.sort((p, q) -> String.valueOf(p.get(0)).compareTo(String.valueOf(q.get(0))));
    m.put("metrics", metrics);
    return m;
  }

  private static @Nullable JsonNode json(@Nullable String text) throws Exception {
    return text == null || text.isBlank() ? null : JSON.readTree(text);
  }
}
