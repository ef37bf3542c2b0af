package io.github.supersetsdk.codegen.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes what a {@code package-info.java} asks for: the typed id records it declares with {@code
 * @TypedIds}, and its {@code Copies} class for {@code @CollectionCopies}; see those annotations.
 * Misuse (an id name that is not a Java identifier ending in {@code Id}, a name given twice, an empty
 * description, a package with its own {@code Copies}) is a compile error on the package.
 */
public final class PackageProcessor extends AbstractProcessor {

  static final String TYPED_IDS = BuilderProcessor.PACKAGE + ".TypedIds";
  static final String COLLECTION_COPIES = BuilderProcessor.PACKAGE + ".CollectionCopies";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TYPED_IDS, COLLECTION_COPIES);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e instanceof PackageElement pkg && annotation.getQualifiedName().contentEquals(COLLECTION_COPIES)) {
          write(pkg.getQualifiedName().toString(), "Copies", COPIES_TEMPLATE.formatted(pkg.getQualifiedName()), pkg);
        } else if (e instanceof PackageElement pkg) {
          generate(pkg);
        }
      }
    }
    return true;
  }

  private void generate(PackageElement pkg) {
    AnnotationMirror ids = null;
    for (AnnotationMirror a : pkg.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(TYPED_IDS)) {
        ids = a;
      }
    }
    if (ids == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Object v : (List<?>) value(ids, "value")) {
      AnnotationMirror id = (AnnotationMirror) ((AnnotationValue) v).getValue();
      String name = (String) value(id, "name");
      String of = ((String) value(id, "of")).trim();
      if (!SourceVersion.isIdentifier(name) || !name.endsWith("Id") || name.equals("Id")) {
        error(pkg, id, "@TypedId name must be a Java identifier ending in Id: \"" + name + "\"");
      } else if (!seen.add(name)) {
        error(pkg, id, "@TypedId " + name + " is declared twice");
      } else if (of.isEmpty()) {
        error(pkg, id, "@TypedId " + name + " needs a description (of)");
      } else {
        String pkgName = pkg.getQualifiedName().toString();
        write(pkgName, name, ID_TEMPLATE.replace("%1$s", pkgName).replace("%2$s", name).replace("%3$s", of), pkg);
      }
    }
  }

  private void error(Element e, AnnotationMirror a, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e, a);
  }

  private static Object value(AnnotationMirror a, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : a.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalStateException("no " + name + " in " + a);
  }

  // A record of three members needs no JavaPoet (whose 1.13 cannot write records anyway).
  private static final String ID_TEMPLATE = """
      package %1$s;

      /**
       * The numeric id of %3$s, typed so that it cannot be confused with the id of another kind of object.
       *
       * <p>Immutable and thread-safe.
       *
       * @param value the id Superset assigned
       */
      public record %2$s(long value) {

        /**
         * Validates the id.
         *
         * @param value the id Superset assigned
         * @throws IllegalArgumentException if {@code value} is not positive
         */
        public %2$s {
          if (value <= 0) {
            throw new IllegalArgumentException("%2$s must be positive: " + value);
          }
        }

        /**
         * Returns the id with the given value.
         *
         * @param value the id Superset assigned; positive
         * @return the typed id
         * @throws IllegalArgumentException if {@code value} is not positive
         */
        public static %2$s of(long value) {
          return new %2$s(value);
        }
      }
      """;

  private void write(String pkgName, String name, String source, PackageElement pkg) {
    try (var w = processingEnv.getFiler().createSourceFile(pkgName + "." + name, pkg).openWriter()) {
      w.write(source);
    } catch (IOException ex) {
      processingEnv.getMessager().printMessage(
          Diagnostic.Kind.ERROR, "cannot write " + pkgName + "." + name + ": " + ex.getMessage(), pkg);
    }
  }

  private static final String COPIES_TEMPLATE = """
      package %s;

      import java.util.ArrayList;
      import java.util.Collections;
      import java.util.LinkedHashMap;
      import java.util.List;
      import java.util.Map;
      import org.jspecify.annotations.Nullable;

      /** Defensive copies for the records of this package; generated from {@code @CollectionCopies}. */
      final class Copies {

        private Copies() {}

        /** Never null, immutable, and keeps null elements (where {@code List.copyOf} would throw). */
        static <T> List<T> list(@Nullable List<T> list) {
          if (list == null || list.isEmpty()) {
            return List.of();
          }
          return Collections.unmodifiableList(new ArrayList<>(list));
        }

        /** Never null, immutable, in the source's order, and keeps null values. */
        static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
          if (map == null || map.isEmpty()) {
            return Map.of();
          }
          return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }

        // JSON values (form data, parameters, rows) must be frozen at every level, or a nested map or
        // list stays mutable. Rows can number 100k on hot paths: each map and list is copied once, in
        // one pass, and a scalar value costs an instanceof test, no copy.

        /** Like {@link #map}, but every nested map (in order) and list is an unmodifiable copy too. */
        static <K, V> Map<K, V> deepMap(@Nullable Map<K, V> map) {
          if (map == null || map.isEmpty()) {
            return Map.of();
          }
          @SuppressWarnings("unchecked")
          Map<K, V> copy = (Map<K, V>) freezeMap(map);
          return copy;
        }

        /** Like {@link #list}, but every nested map (in order) and list is an unmodifiable copy too. */
        static <T> List<T> deepList(@Nullable List<T> list) {
          if (list == null || list.isEmpty()) {
            return List.of();
          }
          @SuppressWarnings("unchecked")
          List<T> copy = (List<T>) freezeList(list);
          return copy;
        }

        private static @Nullable Object freeze(@Nullable Object value) {
          if (value instanceof Map<?, ?> map) {
            return freezeMap(map);
          }
          if (value instanceof List<?> list) {
            return freezeList(list);
          }
          return value;
        }

        private static Map<?, ?> freezeMap(Map<?, ?> map) {
          if (map.isEmpty()) {
            return Collections.emptyMap();
          }
          Map<@Nullable Object, @Nullable Object> copy = new LinkedHashMap<>((int) (map.size() / 0.75f) + 1);
          for (Map.Entry<?, ?> e : map.entrySet()) {
            copy.put(e.getKey(), freeze(e.getValue()));
          }
          return Collections.unmodifiableMap(copy);
        }

        private static List<?> freezeList(List<?> list) {
          if (list.isEmpty()) {
            return Collections.emptyList();
          }
          List<@Nullable Object> copy = new ArrayList<>(list.size());
          for (@Nullable Object value : list) {
            copy.add(freeze(value));
          }
          return Collections.unmodifiableList(copy);
        }
      }
      """;
}
