package io.github.supersetsdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API boundary of every module, checked on the compiled classes of all of them at once.
 *
 * <p>These tests live in a module of their own that depends on every other module, because two of
 * the rules are about one module reaching into another, which no single module's tests can see.
 * What each module exports (to all, or to named modules) is read from its compiled
 * {@code module-info.class}.
 */
class ApiBoundaryTest {

  /**
   * Known upward dependencies, tolerated until they are removed, each as "type -> internal type":
   * core's request types write their JSON-text fields (form data, query contexts, positions) and
   * read saved query contexts through one package-private bridge, {@code request.JsonText}, onto
   * {@code client.internal.json}; the dbt records freeze their maps through
   * {@code dbt.internal.Immutables}. A use not listed fails, so does a listed one that no longer
   * occurs: the list only shrinks.
   */
  private static final Set<String> FROZEN_INTERNAL_USES =
      Set.of(
          "io.github.supersetsdk.client.request.JsonText -> io.github.supersetsdk.client.internal.json.Json",
          "io.github.supersetsdk.client.request.JsonText -> io.github.supersetsdk.client.internal.json.QueryContexts",
          "io.github.supersetsdk.dbt.catalog.CatalogTable -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.catalog.DbtCatalog -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtColumn -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtConfig -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtExposure -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtLegacyMetric -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtManifest -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtMetric -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtNode -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtSavedQuery -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtSemanticModel -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtSource -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.manifest.DbtTestMetadata -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.run.RunResult -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.run.RunResults -> io.github.supersetsdk.dbt.internal.Immutables",
          "io.github.supersetsdk.dbt.semantic.Metric -> io.github.supersetsdk.dbt.internal.Immutables");

  /** Core's packages of plain data: no class in them, record or not, may use an internal package. */
  private static final Set<String> MODEL_PACKAGES =
      Set.of(
          "io.github.supersetsdk.client.model",
          "io.github.supersetsdk.client.request",
          "io.github.supersetsdk.client.id");

  /** Libraries whose types must never appear in a public signature. */
  private static final List<String> HIDDEN_LIBRARIES =
      List.of("feign.", "io.github.resilience4j.", "io.lettuce.", "com.fasterxml.jackson.", "com.hubspot.jinjava.");

  private static ProjectModules modules;

  @BeforeAll
  static void importClasses() {
    modules = new ProjectModules();
  }

  @Test
  void theRulesSeeEveryModuleWithADescriptor() {
    // Guards the rules themselves: a module missing from the class path would pass them vacuously.
    assertThat(ProjectModules.namedModules())
        .containsExactlyInAnyOrder(
            "io.github.supersetsdk.core",
            "io.github.supersetsdk.dbt",
            "io.github.supersetsdk.sync",
            "io.github.supersetsdk.cache",
            "io.github.supersetsdk.ops",
            "io.github.supersetsdk.assets",
            "io.github.supersetsdk.cli",
            "io.github.supersetsdk.benchmarks");
    for (String name :
        List.of(
            "io.github.supersetsdk.client.SupersetClient",
            "io.github.supersetsdk.dbt.DbtArtifactReader",
            "io.github.supersetsdk.cli.SupersetSdkCli",
            "io.github.supersetsdk.examples.client.LoginAndList",
            "io.github.supersetsdk.benchmarks.client.StubOverheadBenchmark")) {
      assertThat(modules.classes().contain(name)).as("imported " + name).isTrue();
    }
  }

  /**
   * Core's model packages ({@code client.model}, {@code client.request}, {@code client.id}), every
   * class in them and not only the records, and the value types (records, enums, exceptions) of
   * every exported package depend on no internal package: internal code depends on them, never the
   * other way round. The clients and readers of a public package are built on their own module's
   * internals, which is what internals are for.
   */
  @Test
  void modelPackagesAndValueTypesDependOnNoInternalPackage() {
    List<String> violations = new ArrayList<>();
    Set<String> frozenSeen = new TreeSet<>();
    for (JavaClass c : modules.classes()) {
      if (!modules.isPublicApi(c) || !(isValueType(topLevel(c)) || MODEL_PACKAGES.contains(c.getPackageName()))) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = topLevel(d.getTargetClass().getBaseComponentType());
        if (ProjectModules.isInternal(target.getPackageName())) {
          String use = topLevel(c).getName() + " -> " + target.getName();
          if (FROZEN_INTERNAL_USES.contains(use)) {
            frozenSeen.add(use);
          } else {
            violations.add(d.getDescription());
          }
        }
      }
    }
    assertThat(violations).as("value types of public packages that reach into internal packages").isEmpty();
    assertThat(frozenSeen)
        .as("frozen internal dependencies that no longer occur must leave FROZEN_INTERNAL_USES")
        .containsExactlyInAnyOrderElementsOf(FROZEN_INTERNAL_USES);
  }

  /** A module uses another module's package only if that module exports it, to all or by name. */
  @Test
  void modulesUseEachOtherOnlyThroughExports() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : modules.classes()) {
      if (!modules.isProjectClass(c)) {
        continue;
      }
      ProjectModules.Module from = modules.moduleOf(c);
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass().getBaseComponentType();
        if (!modules.isProjectClass(target)) {
          continue;
        }
        ProjectModules.Module to = modules.moduleOf(target);
        if (!to.equals(from) && !to.exportsTo(target.getPackageName(), from)) {
          violations.add(from.name() + " -> " + to.name() + ": " + d.getDescription());
        }
      }
    }
    assertThat(violations).as("dependencies on packages another module does not export").isEmpty();
  }

  /**
   * No public or protected member of an exported type mentions an internal type or a type of a
   * library the SDK hides (Feign, resilience4j, Lettuce, Jackson, Jinjava), generics included.
   */
  @Test
  void publicSignaturesMentionNoInternalOrHiddenLibraryType() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : modules.classes()) {
      if (!modules.isPublicApi(c) || !isAccessible(c)) {
        continue;
      }
      c.getSuperclass().ifPresent(t -> check(c.getName() + " extends", t, violations));
      c.getInterfaces().forEach(t -> check(c.getName() + " implements", t, violations));
      for (JavaField f : c.getFields()) {
        if (isVisible(f)) {
          check(f.getFullName(), f.getType(), violations);
        }
      }
      for (JavaCodeUnit u : c.getCodeUnits()) {
        if (!isVisible(u) || u.getModifiers().contains(JavaModifier.SYNTHETIC)) {
          continue;
        }
        check(u.getFullName() + " returns", u.getReturnType(), violations);
        u.getParameterTypes().forEach(t -> check(u.getFullName() + " parameter", t, violations));
        u.getThrowsClause().getTypes().forEach(t -> check(u.getFullName() + " throws", t, violations));
      }
    }
    assertThat(violations).as("public signatures that leak internal or hidden library types").isEmpty();
  }

  /**
   * The exported packages form no new cycle: each can be read, and later split, on its own. The
   * cycles below exist today and are frozen; any other, or any package joining one of them, fails,
   * and so does a frozen cycle that has been broken (it must then leave the list).
   *
   * <ul>
   *   <li>{@code client} and {@code client.security}: {@code SupersetClient.security()} returns the
   *       security client, whose sub-clients return {@code client.PagedIterable}. Breaking it means
   *       moving {@code PagedIterable} (and {@code Page}) to a package of their own.
   *   <li>{@code client.model} and {@code client.request}: requests carry model enums and values
   *       ({@code ReportScheduleType}, {@code ChartDatasource}), while {@code DatasetColumn.toUpdate()}
   *       returns a request and {@code ResourceInfo.FilterOption} names {@code request.FilterOperator}.
   *   <li>{@code dbt} and its artifact packages: the artifacts implement {@code dbt.DbtArtifact} and
   *       carry {@code dbt.ArtifactMetadata}, while {@code dbt.DbtArtifactReader} returns them;
   *       {@code dbt.manifest} and {@code dbt.semantic} refer to each other through the semantic
   *       manifest.
   * </ul>
   */
  private static final Set<Set<String>> FROZEN_CYCLES =
      Set.of(
          Set.of("io.github.supersetsdk.client", "io.github.supersetsdk.client.security"),
          Set.of("io.github.supersetsdk.client.model", "io.github.supersetsdk.client.request"),
          Set.of(
              "io.github.supersetsdk.dbt",
              "io.github.supersetsdk.dbt.catalog",
              "io.github.supersetsdk.dbt.manifest",
              "io.github.supersetsdk.dbt.run",
              "io.github.supersetsdk.dbt.semantic"));

  @Test
  void publicPackagesFormNoNewCycle() {
    Map<String, Set<String>> edges = new TreeMap<>();
    for (JavaClass c : modules.classes()) {
      if (!modules.isPublicApi(c)) {
        continue;
      }
      Set<String> out = edges.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass().getBaseComponentType();
        if (modules.isPublicApi(target) && !target.getPackageName().equals(c.getPackageName())) {
          out.add(target.getPackageName());
        }
      }
    }
    Set<Set<String>> cycles = PackageGraph.stronglyConnected(edges);
    assertThat(cycles)
        .as("groups of exported packages that depend on each other (edges: %s)", edges)
        .containsExactlyInAnyOrderElementsOf(FROZEN_CYCLES);
  }

  private static void check(String where, JavaType type, List<String> violations) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      String name = raw.getBaseComponentType().getName();
      boolean hidden = HIDDEN_LIBRARIES.stream().anyMatch(name::startsWith);
      if (hidden || ProjectModules.isInternal(raw.getBaseComponentType().getPackageName())) {
        violations.add(where + ": " + name);
      }
    }
  }

  private static boolean isValueType(JavaClass c) {
    return c.isRecord() || c.isEnum() || c.isAssignableTo(Throwable.class);
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass t = c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }

  /** Whether code outside the package can name the type: it and every enclosing type are public or protected. */
  private static boolean isAccessible(JavaClass c) {
    for (JavaClass t = c; ; t = t.getEnclosingClass().get()) {
      Set<JavaModifier> m = t.getModifiers();
      if (!m.contains(JavaModifier.PUBLIC) && !m.contains(JavaModifier.PROTECTED)) {
        return false;
      }
      if (t.getEnclosingClass().isEmpty()) {
        return true;
      }
    }
  }

  private static boolean isVisible(JavaMember m) {
    Set<JavaModifier> mods = m.getModifiers();
    boolean protectedInFinal =
        mods.contains(JavaModifier.PROTECTED) && m.getOwner().getModifiers().contains(JavaModifier.FINAL);
    return (mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED)) && !protectedInFinal;
  }
}
