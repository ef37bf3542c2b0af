package io.github.supersetsdk.sync.internal.exposures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.supersetsdk.sync.ExposureChange;
import io.github.supersetsdk.sync.ExposureChange.Action;
import io.github.supersetsdk.sync.ExposuresFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExposureMergerTest {

  private static final Path FILE = Path.of("models/_exposures.yml");
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ExposureMerger.Owner FALLBACK = new ExposureMerger.Owner("Superset (no owner)", null);
  private static final String ORDERS = "model.roastwise.fct_orders";
  private static final String CUSTOMERS = "model.roastwise.dim_customers";

  private static final String HAND = """
      version: 2

      # Hand-written: the sync never touches this one.
      exposures:
        - name: tenant_revenue_overview
          label: Tenant Revenue Overview
          type: dashboard
          maturity: high  # reviewed quarterly
          url: http://localhost:8088/superset/dashboard/tenant-revenue-overview/
          description: >-
            Superset dashboard for each roastery.
          depends_on:
            - ref('fct_orders')
          owner:
            name: Analytics Engineering
            email: analytics@roastwise.example
      """;

  private static Asset dashboard(long id, String title, String... uids) {
    return new Asset(Asset.DASHBOARD, id, title, "http://ss/superset/dashboard/" + id + "/", null,
        "Ada Lovelace", "ada@example.com", Set.of(uids));
  }

  private static Asset chart(long id, String title, String owner, String email, String... uids) {
    return new Asset(Asset.CHART, id, title, "http://ss/explore/?slice_id=" + id, null, owner, email,
        Set.of(uids));
  }

  private static ExposureMerger.Result merge(String text, List<Asset> assets) {
    Set<String> existing = new java.util.HashSet<>();
    assets.forEach(a -> existing.add(a.key()));
    return ExposureMerger.merge(FILE, text, assets, Set.of(ORDERS, CUSTOMERS), Set.of(), existing, FALLBACK);
  }

  private static JsonNode entry(String text, String name) throws Exception {
    for (JsonNode e : YAML.readTree(text).path("exposures")) {
      if (e.path("name").asText().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no exposure " + name + " in\n" + text);
  }

  @Test
  void merge_newAssets_appendsMarkedEntriesAndKeepsHandWrittenTextByteForByte() throws Exception {
    ExposureMerger.Result r = merge(HAND, List.of(dashboard(12, "Orders & Customers", ORDERS, CUSTOMERS),
        chart(7, "Net revenue", "Ada Lovelace", "ada@example.com", ORDERS)));
    assertThat(r.changed()).isTrue();
    assertThat(r.text()).startsWith(HAND.stripTrailing());
    assertThat(r.changes()).extracting(ExposureChange::name, ExposureChange::action).containsExactly(
        org.assertj.core.groups.Tuple.tuple("orders_customers_dashboard_12", Action.ADD),
        org.assertj.core.groups.Tuple.tuple("net_revenue_chart_7", Action.ADD));
    JsonNode d = entry(r.text(), "orders_customers_dashboard_12");
    assertThat(d.path("type").asText()).isEqualTo("dashboard");
    assertThat(d.path("label").asText()).isEqualTo("Orders & Customers");
    assertThat(d.path("url").asText()).isEqualTo("http://ss/superset/dashboard/12/");
    assertThat(d.path("owner").path("email").asText()).isEqualTo("ada@example.com");
    assertThat(YAML.convertValue(d.path("depends_on"), List.class))
        .containsExactly("ref('dim_customers')", "ref('fct_orders')");
    assertThat(d.path("config").path("meta").path("superset_sdk").path("id").asLong()).isEqualTo(12);
    assertThat(entry(r.text(), "net_revenue_chart_7").path("type").asText()).isEqualTo("analysis");
    // The comments of the hand-written part survive.
    assertThat(r.text()).contains("maturity: high  # reviewed quarterly", "# Hand-written");
  }

  @Test
  void merge_again_isANoOp() {
    List<Asset> assets = List.of(dashboard(12, "Orders", ORDERS));
    String once = merge(HAND, assets).text();
    ExposureMerger.Result twice = merge(once, assets);
    assertThat(twice.changed()).isFalse();
    assertThat(twice.text()).isEqualTo(once);
    assertThat(twice.changes()).extracting(ExposureChange::action).containsExactly(Action.UNCHANGED);
  }

  @Test
  void merge_assetRenamed_keepsNameUpdatesLabel() throws Exception {
    String once = merge(HAND, List.of(dashboard(12, "Orders", ORDERS))).text();
    ExposureMerger.Result r = merge(once, List.of(dashboard(12, "Orders by month", ORDERS)));
    assertThat(r.changes()).extracting(ExposureChange::name, ExposureChange::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("orders_dashboard_12", Action.UPDATE));
    assertThat(entry(r.text(), "orders_dashboard_12").path("label").asText()).isEqualTo("Orders by month");
    assertThat(YAML.readTree(r.text()).path("exposures")).hasSize(2);
  }

  @Test
  void merge_handEditedDescriptionAndExtraKeys_kept() throws Exception {
    String once = merge(HAND, List.of(dashboard(12, "Orders", ORDERS))).text();
    String edited = once.replace("description: Superset dashboard \"Orders\" (id 12).",
        "description: Weekly review deck.\n    maturity: medium");
    assertThat(edited).isNotEqualTo(once);
    ExposureMerger.Result r = merge(edited, List.of(dashboard(12, "Orders v2", ORDERS, CUSTOMERS)));
    JsonNode e = entry(r.text(), "orders_dashboard_12");
    assertThat(e.path("description").asText()).isEqualTo("Weekly review deck.");
    assertThat(e.path("maturity").asText()).isEqualTo("medium");
    assertThat(e.path("label").asText()).isEqualTo("Orders v2");
    assertThat(e.path("depends_on")).hasSize(2);
    assertThat(r.changes().get(0).note()).contains("edited by hand");
    // and it stays kept on the next run
    assertThat(merge(r.text(), List.of(dashboard(12, "Orders v2", ORDERS, CUSTOMERS))).changed()).isFalse();
  }

  @Test
  void merge_assetGone_removesOnlyGeneratedEntryAndKeepsTrailingComment() throws Exception {
    String once = merge(HAND + "# end of exposures\n", List.of(dashboard(12, "Orders", ORDERS))).text();
    ExposureMerger.Result r = ExposureMerger.merge(FILE, once, List.of(), Set.of(ORDERS), Set.of(), Set.of(), FALLBACK);
    assertThat(r.changes()).extracting(ExposureChange::action).containsExactly(Action.REMOVE);
    assertThat(r.text()).isEqualTo(HAND + "# end of exposures\n");
  }

  @Test
  void merge_assetUsesOnlyModelsOutsideThisSync_keepsEntry() {
    String once = ExposureMerger.merge(FILE, HAND, List.of(dashboard(12, "Orders", ORDERS)),
        Set.of(ORDERS), Set.of(), Set.of("dashboard:12"), FALLBACK).text();
    // A later sync of only dim_customers: the dashboard exists but uses none of its datasets.
    ExposureMerger.Result r = ExposureMerger.merge(FILE, once, List.of(), Set.of(CUSTOMERS),
        Set.of(), Set.of("dashboard:12"), FALLBACK);
    assertThat(r.changed()).isFalse();
    assertThat(r.changes()).extracting(ExposureChange::action).containsExactly(Action.UNCHANGED);
  }

  @Test
  void merge_entryOnAModelGoneFromTheProject_isRemoved_orLosesOnlyThatRef() throws Exception {
    String once = ExposureMerger.merge(FILE, HAND, List.of(dashboard(12, "Orders", ORDERS),
        dashboard(13, "Both", ORDERS, CUSTOMERS)), Set.of(ORDERS, CUSTOMERS), Set.of(),
        Set.of("dashboard:12", "dashboard:13"), FALLBACK).text();
    // fct_orders is gone from the project; the sync covered nothing else this time. A ref() to it
    // would fail dbt parse, so neither entry may keep it.
    ExposureMerger.Result r = ExposureMerger.merge(FILE, once, List.of(), Set.of(), Set.of(ORDERS),
        Set.of("dashboard:12", "dashboard:13"), FALLBACK);

    assertThat(r.changes()).extracting(ExposureChange::assetId, ExposureChange::action).containsExactly(
        org.assertj.core.groups.Tuple.tuple(12L, Action.REMOVE), org.assertj.core.groups.Tuple.tuple(13L, Action.UPDATE));
    assertThat(r.text()).doesNotContain("orders_dashboard_12").startsWith(HAND.stripTrailing());
    assertThat(entry(r.text(), "both_dashboard_13").path("depends_on")).extracting(JsonNode::asText)
        .containsExactly("ref('dim_customers')");
  }

  @Test
  void merge_allGeneratedRemovedAndNoHandWritten_writesEmptyList() throws Exception {
    String once = merge("", List.of(dashboard(1, "A", ORDERS))).text();
    assertThat(once).startsWith("version: 2\n\nexposures:\n");
    ExposureMerger.Result r = ExposureMerger.merge(FILE, once, List.of(), Set.of(ORDERS), Set.of(), Set.of(), FALLBACK);
    assertThat(YAML.readTree(r.text()).path("exposures").isArray()).isTrue();
    assertThat(YAML.readTree(r.text()).path("exposures")).isEmpty();
  }

  @Test
  void merge_ownerlessAsset_getsFallbackOwner() throws Exception {
    Asset a = new Asset(Asset.CHART, 3, "Orphan", "http://ss/explore/?slice_id=3", "Made by a script.",
        null, null, Set.of(ORDERS));
    ExposureMerger.Result r = merge(HAND, List.of(a));
    JsonNode e = entry(r.text(), "orphan_chart_3");
    assertThat(e.path("owner").path("name").asText()).isEqualTo("Superset (no owner)");
    assertThat(e.path("owner").has("email")).isFalse();
    assertThat(e.path("description").asText()).isEqualTo("Made by a script.");
  }

  @Test
  void merge_otherTopLevelKeysAndNoExposuresKey_appendsKeyAtEnd() throws Exception {
    String text = "version: 2\nmodels:\n  - name: fct_orders\n    description: Orders.\n";
    ExposureMerger.Result r = merge(text, List.of(dashboard(5, "X", ORDERS)));
    assertThat(r.text()).startsWith(text);
    assertThat(YAML.readTree(r.text()).path("models").get(0).path("name").asText()).isEqualTo("fct_orders");
    assertThat(entry(r.text(), "x_dashboard_5")).isNotNull();
  }

  @Test
  void merge_emptyFlowList_replacedByBlockList() throws Exception {
    ExposureMerger.Result r = merge("version: 2\nexposures: []\nmodels: []\n", List.of(dashboard(5, "X", ORDERS)));
    assertThat(entry(r.text(), "x_dashboard_5").path("type").asText()).isEqualTo("dashboard");
    assertThat(YAML.readTree(r.text()).path("models").isArray()).isTrue();
  }

  @Test
  void merge_noFileNoAssets_writesNothing() {
    ExposureMerger.Result r = ExposureMerger.merge(FILE, null, List.of(), Set.of(ORDERS), Set.of(), Set.of(), FALLBACK);
    assertThat(r.changed()).isFalse();
  }

  @Test
  void merge_malformedYaml_typedErrorWithLineAndColumn() {
    String bad = "version: 2\nexposures:\n  - name: a\n    label: [unclosed\n";
    assertThatThrownBy(() -> merge(bad, List.of(dashboard(5, "X", ORDERS))))
        .isInstanceOf(ExposuresFileException.class)
        .hasMessageStartingWith(FILE + ":")
        .hasMessageContaining("not valid YAML")
        .satisfies(e -> assertThat(((ExposuresFileException) e).line()).isGreaterThanOrEqualTo(4));
  }

  @Test
  void merge_exposuresNotAList_typedErrorAtItsPosition() {
    assertThatThrownBy(() -> merge("version: 2\nexposures:\n  name: a\n", List.of()))
        .isInstanceOf(ExposuresFileException.class)
        .hasMessage(FILE + ":3:3: exposures must be a list");
  }

  @Test
  void merge_entryNotAMapping_typedError() {
    assertThatThrownBy(() -> merge("exposures:\n  - just a string\n", List.of()))
        .isInstanceOf(ExposuresFileException.class)
        .hasMessageContaining(":2:")
        .hasMessageContaining("each exposure must be a mapping");
  }

  @Test
  void merge_crlfFile_keepsCrlf() {
    String crlf = HAND.replace("\n", "\r\n");
    ExposureMerger.Result r = merge(crlf, List.of(dashboard(12, "Orders", ORDERS)));
    assertThat(r.text()).startsWith(crlf.stripTrailing());
    assertThat(r.text().replace("\r\n", "")).doesNotContain("\n");
  }
}
