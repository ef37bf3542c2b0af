package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.CssTemplatesClient;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.AnnotationLayerId;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.RoleId;
import io.github.supersetsdk.client.id.UserId;
import io.github.supersetsdk.client.model.Database;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.security.RolesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code find*}, {@code exists} and {@code databases().findByName} against the real Superset. */
@ExtendWith(NoSecretsInLogs.class)
class FindIT {

  // Ids far beyond anything the shared Superset will hold.
  private static final long MISSING = 2_000_000_000L;

  private static SupersetClient client;
  private static final List<Runnable> cleanup = new ArrayList<>();

  @BeforeAll
  static void connect() {
    client = ResourceItEnv.client();
  }

  @AfterAll
  static void cleanUp() {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      try {
        cleanup.get(i).run();
      } catch (NotFoundException alreadyGone) {
        // The test deleted it itself.
      }
    }
    client.close();
  }

  @Test
  void cssTemplate_foundWhileItExists_emptyOnceDeleted() {
    CssTemplatesClient templates = client.cssTemplates();
    CssTemplateId id = templates.create(CreateCssTemplateRequest.of(ItEnv.uniqueName("find-css"), ".a { margin: 0; }"));
    cleanup.add(() -> templates.delete(id));

    assertThat(templates.find(id)).contains(templates.get(id));
    assertThat(templates.exists(id)).isTrue();

    templates.delete(id);

    assertThat(templates.find(id)).isEmpty();
    assertThat(templates.exists(id)).isFalse();
  }

  @Test
  void role_foundWhileItExists_emptyOnceDeleted() {
    RolesClient roles = client.security().roles();
    RoleId id = roles.create(ItEnv.uniqueName("find-role"));
    cleanup.add(() -> roles.delete(id));

    assertThat(roles.find(id)).contains(roles.get(id));
    assertThat(roles.exists(id)).isTrue();

    roles.delete(id);

    assertThat(roles.find(id)).isEmpty();
    assertThat(roles.exists(id)).isFalse();
  }

  @Test
  void missingIdsAndUuids_areEmptyAcrossResources() {
    assertThat(client.annotationLayers().find(AnnotationLayerId.of(MISSING))).isEmpty();
    assertThat(client.databases().exists(DatabaseId.of(MISSING))).isFalse();
    assertThat(client.security().users().find(UserId.of(MISSING))).isEmpty();
    assertThat(client.charts().find(UUID.randomUUID())).isEmpty();
    assertThat(client.datasets().find(UUID.randomUUID())).isEmpty();
  }

  @Test
  void databasesFindByName_findsTheConnectionByItsExactName() {
    DatabaseId warehouse = ResourceItEnv.warehouse(client);

    Database found = client.databases().findByName(ResourceItEnv.WAREHOUSE_CONNECTION).orElseThrow();

    assertThat(found.id()).isEqualTo(warehouse);
    assertThat(found.databaseName()).isEqualTo(ResourceItEnv.WAREHOUSE_CONNECTION);
    assertThat(client.databases().findByName(ResourceItEnv.WAREHOUSE_CONNECTION.toUpperCase(Locale.ROOT))).isEmpty();
    assertThat(client.databases().findByName(ItEnv.uniqueName("no-such-db"))).isEmpty();
  }
}
