package io.github.supersetsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.AnnotationLayersClient;
import io.github.supersetsdk.client.CssTemplatesClient;
import io.github.supersetsdk.client.SupersetClient;
import io.github.supersetsdk.client.ThemesClient;
import io.github.supersetsdk.client.exception.BadRequestException;
import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.exception.SupersetApiException;
import io.github.supersetsdk.client.id.AnnotationId;
import io.github.supersetsdk.client.id.AnnotationLayerId;
import io.github.supersetsdk.client.id.CssTemplateId;
import io.github.supersetsdk.client.id.ThemeId;
import io.github.supersetsdk.client.model.Annotation;
import io.github.supersetsdk.client.model.AnnotationLayer;
import io.github.supersetsdk.client.model.CssTemplate;
import io.github.supersetsdk.client.model.Page;
import io.github.supersetsdk.client.model.RelatedObject;
import io.github.supersetsdk.client.model.Theme;
import io.github.supersetsdk.client.request.CreateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.CreateAnnotationRequest;
import io.github.supersetsdk.client.request.CreateCssTemplateRequest;
import io.github.supersetsdk.client.request.Filter;
import io.github.supersetsdk.client.request.FilterOperator;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import io.github.supersetsdk.client.request.ListQuery;
import io.github.supersetsdk.client.request.ThemeRequest;
import io.github.supersetsdk.client.request.UpdateAnnotationLayerRequest;
import io.github.supersetsdk.client.request.UpdateAnnotationRequest;
import io.github.supersetsdk.client.request.UpdateCssTemplateRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Annotation layers, themes and CSS templates against the real Superset, through the SDK only. */
@ExtendWith(NoSecretsInLogs.class)
class ContentAdminIT {

  private static SupersetClient client;
  private static final List<Runnable> cleanup = new ArrayList<>();

  @BeforeAll
  static void connect() {
    client = ItEnv.adminClient().build();
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
  void annotationLayer_withTwoAnnotations_roundTrip() {
    AnnotationLayersClient layers = client.annotationLayers();
    String name = ItEnv.uniqueName("layer");
    AnnotationLayerId layer = layers.create(CreateAnnotationLayerRequest.of(name, "releases"));
    cleanup.add(() -> layers.delete(layer));

    AnnotationLayer read = layers.get(layer);
    assertThat(read.name()).isEqualTo(name);
    assertThat(read.descr()).isEqualTo("releases");
    layers.update(layer, UpdateAnnotationLayerRequest.builder().descr("deploys").build());
    assertThat(layers.get(layer).descr()).isEqualTo("deploys");

    Instant launch = Instant.parse("2024-03-01T00:00:00Z");
    Instant outageStart = Instant.parse("2024-03-05T10:00:00Z");
    Instant outageEnd = Instant.parse("2024-03-05T12:30:00Z");
    AnnotationId release = layers.createAnnotation(layer,
        CreateAnnotationRequest.of("v2.0", launch, launch).withLongDescr("major release"));
    cleanup.add(() -> layers.deleteAnnotation(layer, release));
    AnnotationId outage = layers.createAnnotation(layer,
        CreateAnnotationRequest.of("outage", outageStart, outageEnd).withJsonMetadata("{\"severity\": 2}"));
    cleanup.add(() -> layers.deleteAnnotation(layer, outage));

    Annotation readOutage = layers.getAnnotation(layer, outage);
    assertThat(readOutage.shortDescr()).isEqualTo("outage");
    assertThat(readOutage.startDttm()).isEqualTo(outageStart);
    assertThat(readOutage.endDttm()).isEqualTo(outageEnd);
    assertThat(readOutage.jsonMetadata()).isEqualTo("{\"severity\": 2}");
    assertThat(readOutage.layer()).isNotNull();
    assertThat(readOutage.layer().id()).isEqualTo(layer);

    layers.updateAnnotation(layer, release, UpdateAnnotationRequest.builder().shortDescr("v2.0.1").clearLongDescr().build());
    Annotation readRelease = layers.getAnnotation(layer, release);
    assertThat(readRelease.shortDescr()).isEqualTo("v2.0.1");
    assertThat(readRelease.longDescr()).isNull();

    // Superset ignores the layer in an annotation's path; the client does not.
    AnnotationLayerId other = layers.create(CreateAnnotationLayerRequest.of(name + "-other", null));
    cleanup.add(() -> layers.delete(other));
    assertThat(layers.findAnnotation(other, release)).isEmpty();
    assertThatThrownBy(() -> layers.updateAnnotation(other, release, UpdateAnnotationRequest.builder().longDescr("moved?").build()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("is not in annotation layer " + other.value());
    assertThatThrownBy(() -> layers.deleteAnnotation(other, release)).isInstanceOf(NotFoundException.class);
    assertThat(layers.getAnnotation(layer, release).longDescr()).isNull();

    assertThat(layers.listAnnotations(layer, ListQuery.all()).stream().map(Annotation::id).toList())
        .containsExactlyInAnyOrder(release, outage);
    Page<Annotation> filtered = layers.listAnnotationsPage(
        layer, ListQuery.where(Filter.of("short_descr", FilterOperator.STARTS_WITH, "out")), 0);
    assertThat(filtered.items()).extracting(Annotation::id).containsExactly(outage);

    assertThat(layers.list(ListQuery.where(Filter.eq("name", name))).stream().map(AnnotationLayer::id).toList())
        .containsExactly(layer);
    assertThat(layers.related("created_by", null).stream().map(RelatedObject::text).toList()).isNotEmpty();
    assertThat(layers.info().permissions()).contains("can_read", "can_write");

    // A layer that still holds annotations cannot be deleted.
    assertThatThrownBy(() -> layers.delete(layer)).isInstanceOf(BadRequestException.class);
    layers.deleteAnnotations(layer, List.of(release, outage));
    assertThat(layers.listAnnotationsPage(layer, ListQuery.all(), 0).totalCount()).isZero();
    layers.delete(layer);
    assertThatThrownBy(() -> layers.get(layer)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void annotationLayers_bulkDelete() {
    AnnotationLayersClient layers = client.annotationLayers();
    AnnotationLayerId a = layers.create(CreateAnnotationLayerRequest.of(ItEnv.uniqueName("bulk"), null));
    cleanup.add(() -> layers.delete(a));
    AnnotationLayerId b = layers.create(CreateAnnotationLayerRequest.of(ItEnv.uniqueName("bulk"), null));
    cleanup.add(() -> layers.delete(b));
    layers.delete(List.of(a, b));
    assertThatThrownBy(() -> layers.get(a)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> layers.get(b)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theme_roundTrip_exportAndImport() throws IOException {
    ThemesClient themes = client.themes();
    if (!Served.has(client, "POST", "/api/v1/theme/")) {
      // Themes appeared in Superset 6.0.
      Served.assertUnsupported(() -> themes.create(ThemeRequest.of(ItEnv.uniqueName("theme"), "{}")),
          "POST", "/api/v1/theme/");
      return;
    }
    String name = ItEnv.uniqueName("theme");
    ThemeId theme = themes.create(ThemeRequest.of(name, "{\"token\": {\"colorPrimary\": \"#0a7d5a\"}}"));
    cleanup.add(() -> themes.delete(theme));

    Theme read = themes.get(theme);
    assertThat(read.themeName()).isEqualTo(name);
    assertThat(read.jsonData()).contains("#0a7d5a");
    assertThat(read.isSystem()).isFalse();
    assertThat(read.uuid()).isNotNull();

    themes.update(theme, ThemeRequest.of(name + "-v2", "{\"token\": {\"colorPrimary\": \"#123456\"}}"));
    assertThat(themes.get(theme).themeName()).isEqualTo(name + "-v2");
    assertThat(themes.list(ListQuery.where(Filter.eq("theme_name", name + "-v2"))).stream().map(Theme::id).toList())
        .containsExactly(theme);

    byte[] bundle = themes.export(List.of(theme));
    List<String> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).anyMatch(e -> e.endsWith(".yaml") && e.contains("themes/"));

    // Change it, then import the bundle over it: the exported definition comes back.
    themes.update(theme, ThemeRequest.of(name + "-v3", "{\"token\": {\"colorPrimary\": \"#abcdef\"}}"));
    themes.importBundle(ImportBundleRequest.builder(bundle).overwrite(true).build());
    Theme restored = themes.get(theme);
    assertThat(restored.themeName()).isEqualTo(name + "-v2");
    assertThat(restored.jsonData()).contains("#123456");

    assertThat(themes.related("created_by", null).stream().toList()).isNotEmpty();
    assertThat(themes.info().permissions()).isNotEmpty();

    // System default and dark: make this theme both, then restore whatever was set before.
    Theme previousDefault = themes.list(ListQuery.where(Filter.eq("is_system_default", true))).stream()
        .findFirst().orElse(null);
    Theme previousDark = themes.list(ListQuery.where(Filter.eq("is_system_dark", true))).stream()
        .findFirst().orElse(null);
    try {
      themes.setSystemDefault(theme);
      themes.setSystemDark(theme);
      Theme system = themes.get(theme);
      assertThat(system.isSystemDefault()).isTrue();
      assertThat(system.isSystemDark()).isTrue();
      // A theme in use as a system theme cannot be deleted.
      assertThatThrownBy(() -> themes.delete(theme)).isInstanceOf(SupersetApiException.class);
    } finally {
      themes.unsetSystemDefault();
      themes.unsetSystemDark();
      if (previousDefault != null) {
        themes.setSystemDefault(previousDefault.id());
      }
      if (previousDark != null) {
        themes.setSystemDark(previousDark.id());
      }
    }
    Theme unset = themes.get(theme);
    assertThat(unset.isSystemDefault()).isFalse();
    assertThat(unset.isSystemDark()).isFalse();

    ThemeId other = themes.create(ThemeRequest.of(ItEnv.uniqueName("theme"), "{\"token\": {}}"));
    cleanup.add(() -> themes.delete(other));
    themes.delete(List.of(theme, other));
    assertThatThrownBy(() -> themes.get(theme)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> themes.get(other)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void cssTemplate_roundTrip() {
    CssTemplatesClient templates = client.cssTemplates();
    String name = ItEnv.uniqueName("css");
    CssTemplateId template = templates.create(CreateCssTemplateRequest.of(name, ".dashboard { padding: 0; }"));
    cleanup.add(() -> templates.delete(template));

    CssTemplate read = templates.get(template);
    assertThat(read.templateName()).isEqualTo(name);
    assertThat(read.css()).isEqualTo(".dashboard { padding: 0; }");
    assertThat(read.createdBy()).isNotNull();

    templates.update(template, UpdateCssTemplateRequest.builder().css(".dashboard { margin: 0; }").build());
    assertThat(templates.get(template).css()).isEqualTo(".dashboard { margin: 0; }");
    assertThat(templates.get(template).templateName()).isEqualTo(name);

    Page<CssTemplate> page = templates.listPage(ListQuery.where(Filter.eq("template_name", name)), 0);
    assertThat(page.totalCount()).isEqualTo(1);
    assertThat(page.items().get(0).createdOn()).isNotNull();
    assertThat(templates.related("created_by", "Admin").stream().map(RelatedObject::value).toList()).isNotEmpty();
    assertThat(templates.info().filters()).containsKey("template_name");

    CssTemplateId other = templates.create(CreateCssTemplateRequest.of(ItEnv.uniqueName("css"), ""));
    cleanup.add(() -> templates.delete(other));
    templates.delete(List.of(template, other));
    assertThatThrownBy(() -> templates.get(template)).isInstanceOf(NotFoundException.class);
    assertThat(templates.listPage(ListQuery.where(Filter.eq("template_name", name)), 0).totalCount()).isZero();
  }
}
