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
 * Writes the typed id records a package declares with {@code @TypedIds}; see that annotation.
 * Misuse (a name that is not a Java identifier ending in {@code Id}, a name given twice, an empty
 * description) is a compile error on the package.
 */
public final class IdProcessor extends AbstractProcessor {

  static final String TYPED_IDS = BuilderProcessor.PACKAGE + ".TypedIds";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(TYPED_IDS);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e instanceof PackageElement pkg) {
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
        write(pkg.getQualifiedName().toString(), name, of, pkg);
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
  private static final String TEMPLATE = """
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

  private void write(String pkgName, String name, String of, PackageElement pkg) {
    try (var w = processingEnv.getFiler().createSourceFile(pkgName + "." + name, pkg).openWriter()) {
      w.write(TEMPLATE.replace("%1$s", pkgName).replace("%2$s", name).replace("%3$s", of));
    } catch (IOException ex) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + ex.getMessage(), pkg);
    }
  }
}
