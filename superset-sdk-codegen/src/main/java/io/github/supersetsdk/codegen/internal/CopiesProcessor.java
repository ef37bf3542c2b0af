package io.github.supersetsdk.codegen.internal;

import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** Writes the {@code Copies} class of every package annotated with {@code @CollectionCopies}. */
public final class CopiesProcessor extends AbstractProcessor {

  static final String COLLECTION_COPIES = BuilderProcessor.PACKAGE + ".CollectionCopies";

  private static final String TEMPLATE = """
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
      }
      """;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(COLLECTION_COPIES);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        PackageElement pkg = (PackageElement) e;
        String name = pkg.getQualifiedName() + ".Copies";
        try (var w = processingEnv.getFiler().createSourceFile(name, pkg).openWriter()) {
          w.write(TEMPLATE.formatted(pkg.getQualifiedName()));
        } catch (IOException ex) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + ex.getMessage(), pkg);
        }
      }
    }
    return true;
  }
}
