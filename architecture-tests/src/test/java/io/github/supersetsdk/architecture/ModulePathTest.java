package io.github.supersetsdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The published library modules run on the module path, as in an application whose
 * {@code module-info.java} requires them. The other tests run on the class path, where a module
 * descriptor is never read; here the jars the build puts on this test's class path become a
 * module path, resolved with service binding as the {@code java} launcher does, and defined with
 * one class loader as the launcher's application loader is. Its parent is the platform loader, so
 * a class the module graph lacks is missing here too instead of being found on the class path.
 */
class ModulePathTest {

  private static final Pattern MODULE_NAME = Pattern.compile("(?m)^\\s*(?:open\\s+)?module\\s+([\\w.]+)\\s*\\{");

  @Test
  void thePublishedModulesResolveAndLoadTogether() {
    ModuleLayer layer = layer();
    for (String name : publishedModuleNames()) {
      assertThat(layer.findModule(name)).as("module %s in the layer", name).isPresent();
    }
  }

  @Test
  void syncRendersTheJinjaOfProfilesYml(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("profiles.yml"), """
        shop:
          target: dev
          outputs:
            dev:
              type: postgres
              host: "{{ env_var('SHOP_HOST') | lower }}"
              port: 5432
              user: reader
              dbname: shop
              schema: marts
        """);
    Class<?> profiles = load("io.github.supersetsdk.sync", "io.github.supersetsdk.sync.profiles.DbtProfiles");

    Object loaded = invoke(profiles.getMethod("load", Path.class, Map.class), null, dir, Map.of("SHOP_HOST", "DB.EXAMPLE"));
    Object target = invoke(profiles.getMethod("target", String.class, String.class), loaded, "shop", null);

    assertThat(target.toString()).contains("host=db.example");
  }

  @Test
  void assetsRenderTheJinjaOfAFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("databases"));
    Files.writeString(dir.resolve("databases/warehouse.yaml"), """
        database_name: warehouse
        sqlalchemy_uri: postgresql://reader:XXXXXXXXXX@{{ env.SHOP_HOST | lower }}:5432/shop
        uuid: 6f0c1c4e-55d2-4a5e-9a53-2f1b3c1d0a11
        version: 1.0.0
        """);
    Class<?> values = load("io.github.supersetsdk.assets", "io.github.supersetsdk.assets.TemplateValues");
    Class<?> folder = load("io.github.supersetsdk.assets", "io.github.supersetsdk.assets.AssetsFolder");

    Object env = invoke(values.getMethod("withEnvironment", Map.class), invoke(values.getMethod("empty"), null),
        Map.of("SHOP_HOST", "DB.EXAMPLE"));
    Object read = invoke(folder.getMethod("read", Path.class, values), null, dir, env);
    Path out = dir.resolve("out");
    invoke(folder.getMethod("write", Path.class), read, out);

    assertThat(Files.readString(out.resolve("databases/warehouse.yaml"))).contains("@db.example:5432/shop");
  }

  private static ModuleLayer layer;

  /** The layer of every module the published ones need, built once. */
  private static synchronized ModuleLayer layer() {
    if (layer == null) {
      List<Path> modulePath = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path p = Path.of(entry);
        // jars, and the class directories of modules with a descriptor (a reactor build's target/classes)
        if (Files.isRegularFile(p) && p.toString().endsWith(".jar")
            || Files.isRegularFile(p.resolve("module-info.class"))) {
          modulePath.add(p);
        }
      }
      Configuration cf = ModuleLayer.boot().configuration()
          .resolveAndBind(ModuleFinder.of(modulePath.toArray(Path[]::new)), ModuleFinder.of(), publishedModuleNames());
      layer = ModuleLayer.defineModulesWithOneLoader(cf, List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader())
          .layer();
    }
    return layer;
  }

  /** The names in the descriptors of the published modules (those the BOM lists) that have one. */
  private static Set<String> publishedModuleNames() {
    Set<String> names = new TreeSet<>();
    for (Path dir : ProjectLayout.moduleDirectories()) {
      Element pom = ProjectLayout.read(dir.resolve("pom.xml"));
      Path descriptor = dir.resolve("src/main/java/module-info.java");
      if (BomTest.isPublishedJar(pom) && Files.isRegularFile(descriptor)) {
        try {
          Matcher m = MODULE_NAME.matcher(Files.readString(descriptor));
          assertThat(m.find()).as("module declaration in %s", descriptor).isTrue();
          names.add(m.group(1));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    assertThat(names).as("published modules with a descriptor").contains("io.github.supersetsdk.sync");
    return names;
  }

  private static Class<?> load(String module, String className) throws ClassNotFoundException {
    return Class.forName(className, true, layer().findLoader(module));
  }

  /**
   * Calls the method with the layer's loader as the thread's context loader, as the launcher's
   * application loader would be (Jinjava loads classes through it), and throws what the method
   * threw (a NoClassDefFoundError, say) rather than a wrapper.
   */
  private static Object invoke(Method method, Object target, Object... args) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(method.getDeclaringClass().getClassLoader());
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw (Exception) e.getCause();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
