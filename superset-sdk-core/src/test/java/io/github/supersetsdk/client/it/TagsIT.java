package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.id.TagId;
import io.github.supersetsdk.client.model.Tag;
import io.github.supersetsdk.client.model.TagObjectType;
import io.github.supersetsdk.client.model.TagTarget;
import io.github.supersetsdk.client.model.TagType;
import io.github.supersetsdk.client.model.TaggedObject;
import io.github.supersetsdk.client.request.CreateSavedQueryRequest;
import io.github.supersetsdk.client.request.CreateTagRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ListQuery;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tags: CRUD, tagging a saved query, tagged objects, favourites, bulk create and delete. */
@ExtendWith(NoSecretsInLogs.class)
class TagsIT {

  private static final String PREFIX = "sdk-it-tag-";
  private static SupersetClient client;
  private static SavedQueryId query;

  @BeforeAll
  static void setUp() {
    client = ResourceItEnv.client();
    query = client.savedQueries().create(CreateSavedQueryRequest.builder(
        ResourceItEnv.warehouse(client), PREFIX + "target-" + ResourceItEnv.unique(), "select 1").build());
  }

  @AfterAll
  static void tearDown() {
    try {
      client.savedQueries().delete(query);
      List<String> left = client.tags()
          .list(ListQuery.where(Filter.of("name", FilterOperator.STARTS_WITH, PREFIX)))
          .stream().map(Tag::name).toList();
      if (!left.isEmpty()) {
        client.tags().deleteByName(left);
      }
    } finally {
      client.close();
    }
  }

  @Test
  void crud_and_tagging() {
    String name = PREFIX + ResourceItEnv.unique();
    TagTarget target = TagTarget.of(TagObjectType.QUERY, query.value());
    TagId id = client.tags().create(CreateTagRequest.of(name, "for the IT", List.of(target)));
    try {
      Tag tag = client.tags().get(id);
      assertThat(tag.name()).isEqualTo(name);
      assertThat(tag.description()).isEqualTo("for the IT");
      assertThat(tag.type()).isEqualTo(TagType.CUSTOM);

      List<TaggedObject> objects = client.tags().objects(List.of(id));
      assertThat(objects).singleElement().satisfies(o -> {
        assertThat(o.type()).isEqualTo(TagObjectType.QUERY);
        assertThat(o.id()).isEqualTo(query.value());
        assertThat(o.tags()).extracting(t -> t.name()).contains(name);
      });

      client.tags().update(id, CreateTagRequest.of(name, "changed", List.of()));
      assertThat(client.tags().get(id).description()).isEqualTo("changed");

      String second = name + "-b";
      client.tags().tagObject(target, List.of(second));
      TagId secondId = client.tags().findByName(second).orElseThrow().id();
      assertThat(client.tags().objects(List.of(secondId), List.of(TagObjectType.QUERY)))
          .extracting(TaggedObject::id).containsExactly(query.value());
      client.tags().untagObject(target, second);
      assertThat(client.tags().objects(List.of(secondId))).isEmpty();

      client.tags().addFavorite(id);
      assertThat(client.tags().favoriteStatus(List.of(id))).containsEntry(id, true);
      client.tags().removeFavorite(id);
      assertThat(client.tags().favoriteStatus(List.of(id))).containsEntry(id, false);
      assertThat(client.tags().info().permissions()).isNotEmpty();
    } finally {
      client.tags().delete(id);
    }
    assertThat(client.tags().find(id)).isEmpty();
  }

  @Test
  void bulkCreate_thenDeleteByName() {
    String a = PREFIX + "bulk-a-" + ResourceItEnv.unique();
    String b = PREFIX + "bulk-b-" + ResourceItEnv.unique();
    TagTarget target = TagTarget.of(TagObjectType.QUERY, query.value());
    var result = client.tags().bulkCreate(List.of(
        CreateTagRequest.of(a, null, List.of(target)), CreateTagRequest.of(b, null, List.of(target))));
    assertThat(result.objectsTagged()).contains(target);
    assertThat(client.tags().findByName(a)).isPresent();
    assertThat(client.tags().findByName(b)).isPresent();

    client.tags().deleteByName(List.of(a, b));

    assertThat(client.tags().findByName(a)).isEmpty();
    assertThat(client.tags().findByName(b)).isEmpty();
  }

  @Test
  void create_nameWithSurroundingSpaces_returnsTheTagSupersetStoredUnderTheStrippedName() {
    String name = PREFIX + "spaced-" + ResourceItEnv.unique();

    TagId id = client.tags().create(CreateTagRequest.of(" " + name + " "));

    assertThat(client.tags().get(id).name()).isEqualTo(name);
  }
}
