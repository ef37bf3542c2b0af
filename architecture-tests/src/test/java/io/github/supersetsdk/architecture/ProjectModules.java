package io.github.supersetsdk.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The compiled classes of every project module, each class tied to the jar or class directory it
 * came from and to that module's descriptor ({@code module-info.class}), when it has one.
 *
 * <p>What a module exports is read from its compiled descriptor, so the rules follow the
 * {@code module-info.java} files instead of repeating them. Not thread-safe; built once per test
 * class.
 */
final class ProjectModules {

  /** The root package of every project module. */
  static final String ROOT_PACKAGE = "io.github.supersetsdk";

  /** One project module as the class path shows it. */
  record Module(String root, Optional<ModuleDescriptor> descriptor) {

    /** The module's name, or its jar's file name for a module without a descriptor. */
    String name() {
      return descriptor.map(ModuleDescriptor::name).orElseGet(() -> {
        String path = root.endsWith("!") ? root.substring(0, root.length() - 1) : root;
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
      });
    }

    /**
     * Whether another module may use a package of this one: the package is exported to everyone,
     * or to {@code reader} by name. A module without a descriptor exports nothing but its
     * non-internal packages.
     */
    boolean exportsTo(String packageName, Module reader) {
      if (descriptor.isEmpty()) {
        return !isInternal(packageName);
      }
      return descriptor.get().exports().stream()
          .anyMatch(
              e -> e.source().equals(packageName)
                  && (!e.isQualified() || reader.descriptor().map(d -> e.targets().contains(d.name())).orElse(false)));
    }

    /** Whether a package is part of the module's API: exported to every module, unqualified. */
    boolean exportsToAll(String packageName) {
      return descriptor.isPresent()
          && descriptor.get().exports().stream()
              .anyMatch(e -> e.source().equals(packageName) && !e.isQualified());
    }
  }

  private final JavaClasses classes;
  private final Map<String, Module> modulesByRoot = new HashMap<>();

  ProjectModules() {
    this.classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT_PACKAGE);
  }

  /** Every class of every module (main sources only). */
  JavaClasses classes() {
    return classes;
  }

  /** Whether a package is internal: it has a segment named {@code internal}. */
  static boolean isInternal(String packageName) {
    return ("." + packageName + ".").contains(".internal.");
  }

  /** Whether a class belongs to one of the project's modules (not a library). */
  boolean isProjectClass(JavaClass c) {
    return c.getPackageName().startsWith(ROOT_PACKAGE + ".") && c.getSource().isPresent();
  }

  /** The module a project class was loaded from. */
  Module moduleOf(JavaClass c) {
    URI uri = c.getSource().orElseThrow(() -> new IllegalStateException("no source for " + c.getName())).getUri();
    String s = uri.toString();
    String suffix = "/" + c.getName().replace('.', '/') + ".class";
    if (!s.endsWith(suffix)) {
      throw new IllegalStateException("unexpected location of " + c.getName() + ": " + s);
    }
    String root = s.substring(0, s.length() - suffix.length());
    return modulesByRoot.computeIfAbsent(root, r -> new Module(r, readDescriptor(r)));
  }

  /** Whether a class sits in a package its module exports to every module. */
  boolean isPublicApi(JavaClass c) {
    return isProjectClass(c) && moduleOf(c).exportsToAll(c.getPackageName());
  }

  /**
   * Names of the project modules with a descriptor on the test class path, whether or not they
   * have classes yet.
   */
  static Set<String> namedModules() {
    Set<String> names = new java.util.TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      String root = Files.isDirectory(p) ? p.toUri().toString() : "jar:" + p.toUri() + "!";
      if (Files.exists(p)) {
        readDescriptor(root)
            .map(ModuleDescriptor::name)
            .filter(n -> n.startsWith(ROOT_PACKAGE + "."))
            .ifPresent(names::add);
      }
    }
    return names;
  }

  private static Optional<ModuleDescriptor> readDescriptor(String root) {
    try {
      if (root.startsWith("jar:")) {
        String file = root.substring("jar:".length(), root.length() - "!".length());
        try (JarFile jar = new JarFile(Path.of(URI.create(file)).toFile())) {
          ZipEntry entry = jar.getEntry("module-info.class");
          if (entry == null) {
            return Optional.empty();
          }
          try (InputStream in = jar.getInputStream(entry)) {
            return Optional.of(ModuleDescriptor.read(in));
          }
        }
      }
      Path descriptor = Path.of(URI.create(root.endsWith("/") ? root : root + "/")).resolve("module-info.class");
      if (!Files.exists(descriptor)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(descriptor)) {
        return Optional.of(ModuleDescriptor.read(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the module descriptor under " + root, e);
    }
  }
}
