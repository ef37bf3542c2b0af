package io.github.supersetsdk.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.exception.NotFoundException;
import io.github.supersetsdk.client.id.DatabaseId;
import io.github.supersetsdk.client.id.DatasetId;
import io.github.supersetsdk.client.id.SavedQueryId;
import io.github.supersetsdk.client.id.ThemeId;
import io.github.supersetsdk.client.testing.FakeSuperset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every resource that exports writes its bundle to a file the same way charts and dashboards do. */
class ExportToFileTest {

  @RegisterExtension
  static final FakeSuperset superset = FakeSuperset.create();

  static Stream<Arguments> resources() {
    return Stream.of(
        Arguments.of("dataset", (BiConsumer<SupersetClient, Path>) (c, p) -> c.datasets().export(List.of(DatasetId.of(7)), p)),
        Arguments.of("database", (BiConsumer<SupersetClient, Path>) (c, p) -> c.databases().export(List.of(DatabaseId.of(7)), p)),
        Arguments.of("saved_query", (BiConsumer<SupersetClient, Path>) (c, p) -> c.savedQueries().export(List.of(SavedQueryId.of(7)), p)),
        Arguments.of("theme", (BiConsumer<SupersetClient, Path>) (c, p) -> c.themes().export(List.of(ThemeId.of(7)), p)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void export_toAFile_replacesItWithTheBundle_andLeavesNoPartFile(
      String resource, BiConsumer<SupersetClient, Path> export, @TempDir Path dir) throws Exception {
    byte[] zip = {'P', 'K', 3, 4, 1, 2};
    superset.stubFor(get(urlPathEqualTo("/api/v1/" + resource + "/export/"))
        .willReturn(aResponse().withHeader("Content-Type", "application/zip").withBody(zip)));
    Path file = dir.resolve("bundle.zip");
    Files.writeString(file, "an older export");

    export.accept(superset.client(), file);

    assertThat(file).hasBinaryContent(zip);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
    superset.verify(getRequestedFor(urlPathEqualTo("/api/v1/" + resource + "/export/")).withQueryParam("q", equalTo("!(7)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void export_ofAMissingObject_leavesTheFileAsItWas(
      String resource, BiConsumer<SupersetClient, Path> export, @TempDir Path dir) throws Exception {
    superset.stubFor(get(urlPathEqualTo("/api/v1/" + resource + "/export/"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"Not found\"}")));
    Path file = dir.resolve("bundle.zip");
    Files.writeString(file, "an older export");

    assertThatThrownBy(() -> export.accept(superset.client(), file)).isInstanceOf(NotFoundException.class);

    assertThat(file).hasContent("an older export");
  }
}
