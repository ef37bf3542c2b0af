package io.github.supersetsdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The BOM lists exactly the published modules: every module of the reactor that builds a jar and
 * does not set {@code maven.deploy.skip}. Each published pom carries what a repository asks of it.
 */
class BomTest {

  @Test
  void theBomListsExactlyThePublishedModules() {
    Set<String> published = new TreeSet<>();
    for (Path dir : ProjectLayout.moduleDirectories()) {
      Element pom = ProjectLayout.read(dir.resolve("pom.xml"));
      if (isPublishedJar(pom)) {
        published.add(ProjectLayout.text(pom, "artifactId"));
      }
    }
    Element bom = ProjectLayout.read(ProjectLayout.root().resolve("superset-sdk-bom/pom.xml"));
    Set<String> listed = new TreeSet<>();
    Element managed = ProjectLayout.child(ProjectLayout.child(bom, "dependencyManagement"), "dependencies");
    for (Element d : ProjectLayout.children(managed, "dependency")) {
      assertThat(ProjectLayout.text(d, "groupId")).isEqualTo("io.github.supersetsdk");
      assertThat(ProjectLayout.text(d, "version")).isEqualTo("${project.version}");
      listed.add(ProjectLayout.text(d, "artifactId"));
    }
    assertThat(published).as("published modules").contains("superset-sdk-core", "superset-sdk-dbt");
    assertThat(listed).as("artifacts the BOM manages").isEqualTo(published);
  }

  @Test
  void publishedPomsNameAndDescribeTheirModule() {
    for (Path dir : ProjectLayout.moduleDirectories()) {
      Element pom = ProjectLayout.read(dir.resolve("pom.xml"));
      if (isPublishedJar(pom) || "superset-sdk-bom".equals(ProjectLayout.text(pom, "artifactId"))) {
        assertThat(ProjectLayout.text(pom, "name")).as("name of %s", dir).isNotBlank();
        assertThat(ProjectLayout.text(pom, "description")).as("description of %s", dir).isNotBlank();
      }
    }
    // The BOM does not inherit from the parent, so it carries the project's metadata itself.
    Element bom = ProjectLayout.read(ProjectLayout.root().resolve("superset-sdk-bom/pom.xml"));
    for (Element project : List.of(bom, ProjectLayout.read(ProjectLayout.root().resolve("pom.xml")))) {
      assertThat(ProjectLayout.text(project, "url")).startsWith("https://");
      assertThat(ProjectLayout.child(ProjectLayout.child(project, "licenses"), "license")).isNotNull();
      assertThat(ProjectLayout.child(project, "scm")).isNotNull();
      assertThat(ProjectLayout.child(ProjectLayout.child(project, "developers"), "developer")).isNotNull();
    }
  }

  /**
   * A module that ships a placeholder instead of javadoc (it has no public API yet) exports no
   * package: the first exported package must bring real javadoc with it.
   */
  @Test
  void placeholderJavadocOnlyForModulesWithoutApi() throws java.io.IOException {
    for (Path dir : ProjectLayout.moduleDirectories()) {
      if (!java.nio.file.Files.isDirectory(dir.resolve("src/javadoc-placeholder"))) {
        continue;
      }
      Path descriptor = dir.resolve("src/main/java/module-info.java");
      if (java.nio.file.Files.isRegularFile(descriptor)) {
        assertThat(java.nio.file.Files.readString(descriptor))
            .as("%s ships a javadoc placeholder but exports a package", dir.getFileName())
            .doesNotContainPattern("(?m)^\\s*exports\\s+[\\w.]+\\s*;");
      }
    }
  }

  /**
   * A published jar without a module descriptor names its module in the manifest
   * ({@code Automatic-Module-Name}), so that an application on the module path can require it by a
   * name that does not change with the jar's file name.
   */
  @Test
  void publishedJarsWithoutDescriptorNameTheirModule() {
    Set<String> names = new TreeSet<>();
    for (Path dir : ProjectLayout.moduleDirectories()) {
      Element pom = ProjectLayout.read(dir.resolve("pom.xml"));
      if (!isPublishedJar(pom) || java.nio.file.Files.isRegularFile(dir.resolve("src/main/java/module-info.java"))) {
        continue;
      }
      String name = null;
      for (Element plugin : ProjectLayout.children(ProjectLayout.child(ProjectLayout.child(pom, "build"), "plugins"), "plugin")) {
        if ("maven-jar-plugin".equals(ProjectLayout.text(plugin, "artifactId"))) {
          Element archive = ProjectLayout.child(ProjectLayout.child(plugin, "configuration"), "archive");
          name = ProjectLayout.text(ProjectLayout.child(archive, "manifestEntries"), "Automatic-Module-Name");
        }
      }
      assertThat(name).as("Automatic-Module-Name of %s", dir.getFileName()).startsWith("io.github.supersetsdk.");
      assertThat(names.add(name)).as("%s named twice", name).isTrue();
    }
    assertThat(names).as("modules named in a manifest").contains("io.github.supersetsdk.spring.boot.starter");
  }

  /**
   * Maven Central wants a -sources.jar and a -javadoc.jar beside every jar. A published module
   * without sources (a starter) builds its javadoc jar from {@code src/javadoc-placeholder} in its
   * release profile.
   */
  @Test
  void publishedJarsWithoutSourcesShipAJavadocPlaceholder() {
    List<String> checked = new java.util.ArrayList<>();
    for (Path dir : ProjectLayout.moduleDirectories()) {
      Element pom = ProjectLayout.read(dir.resolve("pom.xml"));
      if (!isPublishedJar(pom) || java.nio.file.Files.isDirectory(dir.resolve("src/main/java"))) {
        continue;
      }
      assertThat(dir.resolve("src/javadoc-placeholder/index.html")).as("javadoc placeholder of %s", dir.getFileName())
          .isRegularFile();
      boolean packaged = false;
      for (Element profile : ProjectLayout.children(ProjectLayout.child(pom, "profiles"), "profile")) {
        if (!"release".equals(ProjectLayout.text(profile, "id"))) {
          continue;
        }
        org.w3c.dom.NodeList configurations = profile.getElementsByTagName("configuration");
        for (int i = 0; i < configurations.getLength(); i++) {
          Element c = (Element) configurations.item(i);
          packaged |= "javadoc".equals(ProjectLayout.text(c, "classifier"))
              && String.valueOf(ProjectLayout.text(c, "classesDirectory")).endsWith("/src/javadoc-placeholder");
        }
      }
      assertThat(packaged).as("%s's release profile packages its javadoc placeholder", dir.getFileName()).isTrue();
      checked.add(dir.getFileName().toString());
    }
    assertThat(checked).as("published modules without sources").contains("superset-sdk-spring-boot-starter");
  }

  static boolean isPublishedJar(Element pom) {
    String packaging = ProjectLayout.text(pom, "packaging");
    boolean jar = packaging == null || packaging.equals("jar");
    String skip = ProjectLayout.text(ProjectLayout.child(pom, "properties"), "maven.deploy.skip");
    return jar && !"true".equals(skip);
  }
}
