package io.github.supersetsdk.codegen.internal;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Writes the builder base class of every record annotated with {@code @GeneratedBuilder}; see that
 * annotation for what is generated. Misuse is reported as a compile error on the offending element.
 */
public final class BuilderProcessor extends AbstractProcessor {

  static final String PACKAGE = "io.github.supersetsdk.codegen";
  static final String GENERATED_BUILDER = PACKAGE + ".GeneratedBuilder";
  static final String CLEARABLE = PACKAGE + ".Clearable";
  static final String DEFAULT_VALUE = PACKAGE + ".DefaultValue";
  static final String ADDER = PACKAGE + ".Adder";
  static final String SENSITIVE = PACKAGE + ".Sensitive";

  private final Set<String> done = new HashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(GENERATED_BUILDER, CLEARABLE, DEFAULT_VALUE, ADDER, SENSITIVE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  // Records whose component types another processor has yet to write (e.g. the typed ids): they
  // are generated in a later round, once those types exist.
  private final Set<String> deferred = new java.util.LinkedHashSet<>();

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<Element> records = new ArrayList<>();
    for (String name : deferred) {
      records.add(processingEnv.getElementUtils().getTypeElement(name));
    }
    deferred.clear();
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (name.equals(GENERATED_BUILDER)) {
          records.add(e);
        } else {
          checkComponentAnnotation(e, annotation.getSimpleName().toString());
        }
      }
    }
    for (Element e : records) {
      if (!round.processingOver() && e instanceof TypeElement t && e.getKind() == ElementKind.RECORD && unresolved(t)) {
        deferred.add(t.getQualifiedName().toString());
      } else {
        generate(e);
      }
    }
    return true;
  }

  private static boolean unresolved(TypeElement record) {
    for (RecordComponentElement rc : record.getRecordComponents()) {
      if (hasError(rc.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasError(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType d) {
      for (TypeMirror arg : d.getTypeArguments()) {
        if (hasError(arg)) {
          return true;
        }
      }
    }
    return false;
  }

  private Messager messager() {
    return processingEnv.getMessager();
  }

  private void error(Element e, String message) {
    messager().printMessage(Diagnostic.Kind.ERROR, message, e);
  }

  // @Clearable, @DefaultValue, @Adder and @Sensitive only mean something inside a @GeneratedBuilder record.
  private void checkComponentAnnotation(Element e, String simpleName) {
    Element owner = e.getEnclosingElement();
    if (e.getKind() != ElementKind.RECORD_COMPONENT
        || owner == null
        || annotation(owner, GENERATED_BUILDER) == null) {
      error(e, "@" + simpleName + " is only allowed on a component of a @GeneratedBuilder record");
    }
  }

  private void generate(Element e) {
    if (e.getKind() != ElementKind.RECORD) {
      error(e, "@GeneratedBuilder applies to records only, not to " + e.getKind().toString().toLowerCase()
          + " " + e.getSimpleName());
      return;
    }
    TypeElement record = (TypeElement) e;
    if (!done.add(record.getQualifiedName().toString())) {
      return;
    }
    if (!record.getTypeParameters().isEmpty()) {
      error(record, "@GeneratedBuilder does not support generic records: " + record.getSimpleName());
      return;
    }
    String generatedName = record.getSimpleName() + "Builder";
    TypeElement builder = nestedBuilder(record, generatedName);
    if (builder == null) {
      return;
    }
    Map<String, String> docs = ParamDocs.parse(processingEnv.getElementUtils().getDocComment(record));
    // `{@link #x}` in a record's @param line means the record's member, also in the builder's docs.
    docs.replaceAll((k, v) -> v.replaceAll("(\\{@(?:link|linkplain|value)\\s+)#", "$1" + record.getSimpleName() + "#"));
    List<Component> components = new ArrayList<>();
    boolean ok = true;
    for (RecordComponentElement rc : record.getRecordComponents()) {
      Component c = component(rc, docs);
      if (c == null) {
        ok = false;
      } else {
        components.add(c);
      }
    }
    if (!ok) {
      return;
    }
    Set<String> handWritten = new HashSet<>();
    for (Element m : builder.getEnclosedElements()) {
      if (m.getKind() == ElementKind.METHOD) {
        // A hand-written method replaces the generated one of the same signature only: an
        // overload that takes another type (e.g. params(Map) beside params(String)) adds to it.
        StringBuilder key = new StringBuilder(m.getSimpleName()).append('(');
        for (var p : ((ExecutableElement) m).getParameters()) {
          key.append(BuilderWriter.erased(TypeName.get(processingEnv.getTypeUtils().erasure(p.asType())))).append(',');
        }
        handWritten.add(key.append(')').toString());
      }
    }
    if (components.stream().anyMatch(c -> c.sensitive() != null) && !handWritten.contains("toString()")
        && !declares(record, "toString", 0)) {
      error(record, record.getSimpleName() + " has @Sensitive components, so it must override toString() with `return "
          + generatedName + ".toString(this);`");
      return;
    }
    // A record compares and hashes an array by identity: two equal requests would differ.
    if (components.stream().anyMatch(c -> c.type().getKind() == TypeKind.ARRAY)
        && !(declares(record, "equals", 1) && declares(record, "hashCode", 0))) {
      error(record, record.getSimpleName() + " has array components, which a record compares by identity, so it must"
          + " override equals(Object) and hashCode() with `return " + generatedName + ".equals(this, o);` and `return "
          + generatedName + ".hashCode(this);`");
      return;
    }
    String pkg = processingEnv.getElementUtils().getPackageOf(record).getQualifiedName().toString();
    ClassName recordName = ClassName.get(pkg, record.getSimpleName().toString());
    TypeSpec type =
        new BuilderWriter(recordName, generatedName, components, handWritten, throwsOf(record), implementsMethods(record, generatedName))
            .write();
    try {
      JavaFile.builder(pkg, type)
          .skipJavaLangImports(true)
          .indent("  ")
          .build()
          .writeTo(processingEnv.getFiler());
    } catch (IOException ex) {
      error(record, "cannot write " + generatedName + ": " + ex.getMessage());
    }
  }

  // Whether the record implements XBuilder.Methods, which this processor writes: before it exists
  // the compiler knows it by the name written in the source only.
  private static boolean implementsMethods(TypeElement record, String generatedName) {
    for (TypeMirror i : record.getInterfaces()) {
      String name = i.toString();
      if (name.equals(generatedName + ".Methods") || name.endsWith("." + generatedName + ".Methods")) {
        return true;
      }
    }
    return false;
  }

  // Written in the source: javac lists a record's implicit toString(), equals and hashCode among its
  // members too, with no source tree behind them. Outside javac (no Trees) the check is skipped.
  private boolean declares(TypeElement record, String method, int parameters) {
    com.sun.source.util.Trees trees;
    try {
      trees = com.sun.source.util.Trees.instance(processingEnv);
    } catch (IllegalArgumentException notJavac) {
      return true;
    }
    for (Element m : record.getEnclosedElements()) {
      if (m.getKind() == ElementKind.METHOD && m.getSimpleName().contentEquals(method)
          && trees.getTree(m) != null
          && ((ExecutableElement) m).getParameters().size() == parameters) {
        return true;
      }
    }
    return false;
  }

  // The record declares `public static final class Builder extends XBuilder`: it keeps the public
  // name X.Builder and is where hand-written builder methods live.
  private @Nullable TypeElement nestedBuilder(TypeElement record, String generatedName) {
    String wanted = "public static final class Builder extends " + generatedName;
    for (Element m : record.getEnclosedElements()) {
      if (m.getKind() == ElementKind.CLASS && m.getSimpleName().contentEquals("Builder")) {
        TypeElement b = (TypeElement) m;
        String superName = b.getSuperclass().toString();
        boolean extendsGenerated =
            superName.equals(generatedName) || superName.endsWith("." + generatedName);
        if (!extendsGenerated
            || !b.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL))) {
          error(b, record.getSimpleName() + ".Builder must be declared as `" + wanted + "`");
          return null;
        }
        return b;
      }
    }
    error(record, record.getSimpleName() + " must declare a nested `" + wanted + " {}`");
    return null;
  }

  private @Nullable Component component(RecordComponentElement rc, Map<String, String> docs) {
    String name = rc.getSimpleName().toString();
    TypeMirror type = rc.asType();
    String doc = docs.get(name);
    if (doc == null) {
      error(rc, "no @param line for component " + name + " in the javadoc of "
          + rc.getEnclosingElement().getSimpleName() + "; builder methods are documented from it");
      return null;
    }
    boolean clearable = annotation(rc, CLEARABLE) != null;
    AnnotationMirror defaultValue = annotation(rc, DEFAULT_VALUE);
    AnnotationMirror adderAnnotation = annotation(rc, ADDER);
    String adder = adderAnnotation == null ? null : annotationValue(adderAnnotation, "value");
    if (adder != null && !SourceVersion.isName(adder)) {
      error(rc, "@Adder(\"" + adder + "\") on " + name + " is not a Java method name");
      return null;
    }
    String adderKey = adderAnnotation == null ? null : annotationValue(adderAnnotation, "key");
    if (adderKey != null && (!SourceVersion.isName(adderKey) || adderKey.equals(adder))) {
      error(rc, "@Adder(key = \"" + adderKey + "\") on " + name
          + " is not a Java parameter name that differs from the method's name");
      return null;
    }
    if (adderKey != null && !isA(type, "java.util.Map")) {
      error(rc, "@Adder(key) is only allowed on a Map component, not on " + name + " of type " + type);
      return null;
    }
    AnnotationMirror sensitiveAnnotation = annotation(rc, SENSITIVE);
    String sensitive = sensitiveAnnotation == null ? null
        : sensitiveAnnotation.getElementValues().isEmpty() ? "" : annotationValue(sensitiveAnnotation, "mask");
    TypeMirror changed = changeArgument(type);
    TypeMirror masked = changed != null ? changed : type;
    if (sensitive != null && !sensitive.isEmpty() && !isA(masked, "java.lang.String")) {
      error(rc, "@Sensitive(mask) is only allowed on a String or Change<String> component, not on " + name
          + " of type " + type);
      return null;
    }
    if (sensitive != null && type.getKind().isPrimitive()) {
      error(rc, "@Sensitive is not allowed on a primitive component (" + name + ")");
      return null;
    }
    if (changed != null) {
      if (defaultValue != null) {
        error(rc, "@DefaultValue is not allowed on a Change component (" + name + "): it starts unchanged");
        return null;
      }
      if (adder != null) {
        error(rc, "@Adder is only allowed on a List or Map component, not on the Change component " + name);
        return null;
      }
      return new Component(name, type, Component.Kind.CHANGE, changed, clearable, null, doc, null, false, null,
          null, sensitive);
    }
    if (clearable) {
      error(rc, "@Clearable is only allowed on a Change<T> component, not on " + name + " of type " + type);
      return null;
    }
    Component.Kind kind;
    if (isNullable(rc, type)) {
      kind = Component.Kind.NULLABLE;
    } else if (type.getKind().isPrimitive()) {
      kind = Component.Kind.PRIMITIVE;
    } else if (isA(type, "java.util.List")) {
      kind = Component.Kind.LIST;
    } else if (isA(type, "java.util.Map")) {
      kind = Component.Kind.MAP;
    } else {
      kind = defaultValue != null ? Component.Kind.DEFAULTED : Component.Kind.REQUIRED;
    }
    String expression = null;
    if (defaultValue != null) {
      if (kind == Component.Kind.NULLABLE) {
        error(rc, "@DefaultValue is not allowed on a @Nullable component (" + name + ")");
        return null;
      }
      expression = annotationValue(defaultValue, "value");
    }
    if (adder != null && kind != Component.Kind.LIST && kind != Component.Kind.MAP) {
      error(rc, "@Adder is only allowed on a List or Map component that is not @Nullable, not on " + name
          + " of type " + type);
      return null;
    }
    return new Component(name, type, kind, null, false, expression, doc, nullableAnnotation(rc, type),
        nullableOnType(rc, type), adder, adderKey, sensitive);
  }

  // The T of a Change<T>, or null. Change is recognised by its simple name and one type argument,
  // so the processor does not depend on core.
  private static @Nullable TypeMirror changeArgument(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    if (declared.asElement().getSimpleName().contentEquals("Change")
        && declared.getTypeArguments().size() == 1) {
      return declared.getTypeArguments().get(0);
    }
    return null;
  }

  private boolean isA(TypeMirror type, String erasure) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(erasure);
  }

  // The component's own @Nullable, which a generated setter's parameter repeats; null if it has none.
  private static @Nullable ClassName nullableAnnotation(Element e, TypeMirror type) {
    List<AnnotationMirror> all = new ArrayList<>(e.getAnnotationMirrors());
    all.addAll(type.getAnnotationMirrors());
    for (AnnotationMirror a : all) {
      if (a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return ClassName.get((TypeElement) a.getAnnotationType().asElement());
      }
    }
    return null;
  }

  private static boolean nullableOnType(Element e, TypeMirror type) {
    ClassName nullable = nullableAnnotation(e, type);
    if (nullable == null) {
      return false;
    }
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        java.lang.annotation.Target target = a.getAnnotationType().asElement().getAnnotation(java.lang.annotation.Target.class);
        return target != null && java.util.Arrays.asList(target.value()).contains(java.lang.annotation.ElementType.TYPE_USE);
      }
    }
    return false;
  }

  // JSpecify's @Nullable is a type-use annotation; older ones sit on the element. Either counts.
  private static boolean isNullable(Element e, TypeMirror type) {
    List<AnnotationMirror> all = new ArrayList<>(e.getAnnotationMirrors());
    all.addAll(type.getAnnotationMirrors());
    for (AnnotationMirror a : all) {
      if (a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable AnnotationMirror annotation(Element e, String qualifiedName) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
        return a;
      }
    }
    return null;
  }

  // An element given explicitly, or null: the annotations' defaults mean "not given".
  private static @Nullable String annotationValue(AnnotationMirror a, String element) {
    for (var e : a.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(element)) {
        return e.getValue().getValue().toString();
      }
    }
    return null;
  }

  // The @throws lines of the canonical constructor's javadoc: build() throws what it throws.
  private List<String> throwsOf(TypeElement record) {
    List<String> result = new ArrayList<>();
    for (Element m : record.getEnclosedElements()) {
      if (m.getKind() == ElementKind.CONSTRUCTOR
          && ((ExecutableElement) m).getParameters().size() == record.getRecordComponents().size()) {
        String doc = processingEnv.getElementUtils().getDocComment(m);
        for (String line : ParamDocs.throwsLines(doc)) {
          result.add(line.replaceAll("(\\{@(?:link|linkplain|value)\\s+)#", "$1" + record.getSimpleName() + "#"));
        }
      }
    }
    return result;
  }

  /** One record component as the builder sees it. */
  record Component(
      String name,
      TypeMirror type,
      Kind kind,
      @Nullable TypeMirror changed,
      boolean clearable,
      @Nullable String defaultExpression,
      String doc,
      @Nullable ClassName nullable,
      boolean nullableOnType,
      @Nullable String adder,
      @Nullable String adderKey,
      @Nullable String sensitive) {

    enum Kind { CHANGE, NULLABLE, PRIMITIVE, LIST, MAP, DEFAULTED, REQUIRED }

    TypeName typeName() {
      return TypeName.get(type);
    }
  }
}
