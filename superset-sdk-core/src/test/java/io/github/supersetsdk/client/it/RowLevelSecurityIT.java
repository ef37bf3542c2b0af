package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.RlsRuleId;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RlsFilterType;
import io.github.supersetsdk.client.model.RlsRule;
import io.github.supersetsdk.client.request.CreateRlsRuleRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.UpdateRlsRuleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NoSecretsInLogs.class)
class RowLevelSecurityIT {

  private static final CountingListener counts = new CountingListener();
  private static SupersetClient client;
  private static WarehouseConnection warehouse;
  private static DatasetId dataset;

  @BeforeAll
  static void setUp() throws Exception {
    client = ItEnv.adminClient(counts).build();
    warehouse = WarehouseConnection.create(client);
    dataset = warehouse.dataset(Warehouse.tenantMarts().get(0));
  }

  @AfterAll
  static void tearDown() {
    if (warehouse != null) {
      warehouse.close();
    }
    client.close();
  }

  @Test
  void rlsRule_isCreatedReadUpdatedAndDeleted() {
    String name = ItEnv.uniqueName("rls");
    RlsRuleId id = client.security().rowLevelSecurity().create(
        CreateRlsRuleRequest.builder(name, RlsFilterType.REGULAR, "tenant_id = 1")
            .tables(List.of(dataset)).groupKey("tenant").description("created by ITs").build());
    try {
      RlsRule rule = client.security().rowLevelSecurity().get(id);
      assertThat(rule.name()).isEqualTo(name);
      assertThat(rule.filterType()).isEqualTo(RlsFilterType.REGULAR);
      assertThat(rule.clause()).isEqualTo("tenant_id = 1");
      assertThat(rule.tables()).extracting(t -> t.id()).containsExactly(dataset);

      client.security().rowLevelSecurity().update(id,
          UpdateRlsRuleRequest.builder().clause("tenant_id = 2").filterType(RlsFilterType.BASE).clearDescription().build());
      RlsRule updated = client.security().rowLevelSecurity().get(id);
      assertThat(updated.clause()).isEqualTo("tenant_id = 2");
      assertThat(updated.filterType()).isEqualTo(RlsFilterType.BASE);
      assertThat(updated.groupKey()).isEqualTo("tenant");
      assertThat(updated.description()).isNullOrEmpty();
      // Superset takes a missing tables list for an empty one: the update must keep the rule's datasets.
      assertThat(updated.tables()).extracting(t -> t.id()).containsExactly(dataset);
      client.security().rowLevelSecurity().update(id, UpdateRlsRuleRequest.builder().description("renamed").build());
      assertThat(client.security().rowLevelSecurity().get(id).tables()).extracting(t -> t.id()).containsExactly(dataset);
    } finally {
      client.security().rowLevelSecurity().delete(id);
    }
    assertThatThrownBy(() -> client.security().rowLevelSecurity().get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void relatedAndInfo_describeWhatARuleCanPointTo() {
    // The warehouse dataset this class created is one of the tables a rule may apply to.
    assertThat(client.security().rowLevelSecurity().related("tables", null).stream())
        .anySatisfy(option -> assertThat(option.value()).isEqualTo(dataset.value()));
    assertThat(client.security().rowLevelSecurity().related("roles", "Gamma").stream())
        .anySatisfy(option -> assertThat(option.text()).isEqualTo("Gamma"));
    assertThat(client.security().rowLevelSecurity().info().permissions()).contains("can_write");
  }

  @Test
  void list_overMoreThanAHundredRules_pagesLazilyWithoutAnEmptyLastPage() {
    String prefix = ItEnv.uniqueName("page");
    List<RlsRuleId> created = new ArrayList<>();
    try {
      for (int i = 0; i < 101; i++) {
        created.add(client.security().rowLevelSecurity().create(
            CreateRlsRuleRequest.builder(prefix + "-" + i, RlsFilterType.REGULAR, "tenant_id = " + i)
                .tables(List.of(dataset)).build()));
      }
      ListQuery query = ListQuery.where(Filter.of("name", FilterOperator.STARTS_WITH, prefix));
      int before = counts.succeeded("GET /api/v1/rowlevelsecurity/");

      List<RlsRuleId> listed = client.security().rowLevelSecurity().list(query).stream()
          .map(RlsRule::id).collect(Collectors.toList());

      assertThat(listed).hasSize(101).containsExactlyInAnyOrderElementsOf(created);
      assertThat(counts.succeeded("GET /api/v1/rowlevelsecurity/") - before).isEqualTo(2);

      Page<RlsRule> first = client.security().rowLevelSecurity().listPage(query, 0);
      assertThat(first.totalCount()).isEqualTo(101);
      assertThat(first.items()).hasSize(100);
    } finally {
      if (!created.isEmpty()) {
        client.security().rowLevelSecurity().delete(created);
      }
    }
    assertThat(client.security().rowLevelSecurity()
        .list(ListQuery.where(Filter.of("name", FilterOperator.STARTS_WITH, prefix)))).isEmpty();
  }
}
