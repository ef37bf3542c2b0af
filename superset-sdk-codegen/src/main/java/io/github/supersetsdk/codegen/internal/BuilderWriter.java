package io.github.supersetsdk.codegen.internal;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.github.supersetsdk.codegen.internal.BuilderProcessor.Component.Kind;
import io.github.supersetsdk.codegen.internal.BuilderProcessor.Component;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Turns a record's components into the source of its builder base class. */
final class BuilderWriter {

  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  private static final ClassName COLLECTIONS = ClassName.get(Collections.class);
  private static final ClassName ARRAYS = ClassName.get(java.util.Arrays.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
  private static final String BUILDER_VAR = "builder$";

  private final ClassName record;
  private final ClassName builder;
  private final String name;
  private final List<Component> components;
  private final Set<String> handWritten;
  private final List<String> buildThrows;
  private final boolean implementsMethods;

  BuilderWriter(
      ClassName record,
      String name,
      List<Component> components,
      Set<String> handWritten,
      List<String> buildThrows,
      boolean implementsMethods) {
    this.record = record;
    this.builder = record.nestedClass("Builder");
    this.name = name;
    this.components = components;
    this.handWritten = handWritten;
    this.buildThrows = buildThrows;
    this.implementsMethods = implementsMethods;
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.ABSTRACT)
            .addJavadoc(
                "Builder methods of {@link $T}, generated from its record header; edit the record, not"
                    + " this class.\n\n<p>Not thread-safe.\n",
                record)
            .addMethod(MethodSpec.constructorBuilder().build());
    for (Component c : components) {
      type.addField(field(c));
    }
    for (Component c : components) {
      if (!handWritten.contains(c.name() + "(" + erased(setterParam(c)) + ",)")) {
        type.addMethod(setter(c));
      }
      String clear = "clear" + Character.toUpperCase(c.name().charAt(0)) + c.name().substring(1);
      if (c.clearable() && !handWritten.contains(clear + "()")) {
        type.addMethod(
            MethodSpec.methodBuilder(clear)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("Clears $L (sends JSON {@code null}).\n\n@return this builder\n", c.doc())
                .addStatement("this.$N = $T.clear()", c.name(), changeClass(c))
                .addStatement("return self()")
                .build());
      }
    }
    for (Component c : components) {
      if (c.adder() != null) {
        MethodSpec adder = adder(c);
        StringBuilder key = new StringBuilder(adder.name).append('(');
        adder.parameters.forEach(p -> key.append(erased(p.type)).append(','));
        if (!handWritten.contains(key.append(')').toString())) {
          type.addMethod(adder);
        }
      }
    }
    type.addMethod(build());
    type.addMethod(create());
    type.addMethod(from());
    boolean allChanges = !components.isEmpty() && components.stream().allMatch(c -> c.kind() == Kind.CHANGE);
    if (allChanges) {
      type.addMethod(isEmpty());
    }
    if (implementsMethods) {
      type.addType(methods(allChanges));
    }
    boolean arrays = components.stream().anyMatch(BuilderWriter::isArray);
    if (arrays || components.stream().anyMatch(c -> c.sensitive() != null)) {
      type.addMethod(redactingToString());
    }
    if (arrays) {
      type.addMethod(arrayEquals());
      type.addMethod(arrayHashCode());
    }
    type.addMethod(
        MethodSpec.methodBuilder("self")
            .addModifiers(Modifier.PRIVATE)
            .returns(builder)
            .addStatement("return ($T) this", builder)
            .build());
    return type.build();
  }

  private FieldSpec field(Component c) {
    FieldSpec.Builder f = FieldSpec.builder(c.typeName(), c.name());
    if (c.defaultExpression() != null) {
      f.initializer("$L", c.defaultExpression());
    } else if (c.kind() == Kind.CHANGE) {
      f.initializer("$T.unchanged()", changeClass(c));
    } else if (c.kind() == Kind.LIST) {
      f.initializer("new $T<>()", ARRAY_LIST);
    } else if (c.kind() == Kind.MAP) {
      f.initializer("new $T<>()", LINKED_HASH_MAP);
    }
    return f.build();
  }

  /** The parameter type of a component's generated setter. */
  static TypeName setterParam(Component c) {
    TypeName valueType = TypeName.get(c.kind() == Kind.CHANGE ? c.changed() : c.type());
    return valueType.isBoxedPrimitive() ? valueType.unbox() : valueType;
  }

  /** A type without its type arguments and annotations, to compare method signatures. */
  static String erased(TypeName type) {
    TypeName t = type.withoutAnnotations();
    if (t instanceof com.squareup.javapoet.ParameterizedTypeName p) {
      t = p.rawType.withoutAnnotations();
    }
    return t.toString();
  }

  private MethodSpec setter(Component c) {
    TypeName valueType = TypeName.get(c.kind() == Kind.CHANGE ? c.changed() : c.type());
    TypeName param = setterParam(c);
    // A @Nullable component of a reference type may be set back to null; a boxed one is set through
    // its primitive and unset by leaving it alone.
    boolean nullable = c.kind() == Kind.NULLABLE && !param.isPrimitive() && c.nullable() != null;
    boolean reference = !param.isPrimitive() && !nullable;
    CodeBlock value = reference ? CodeBlock.of("$T.requireNonNull($N, $S)", OBJECTS, c.name(), c.name())
        : CodeBlock.of("$N", c.name());
    CodeBlock stored;
    if (c.kind() == Kind.CHANGE) {
      stored = CodeBlock.of("$T.set($L)", changeClass(c), copied(valueType, value));
    } else if (c.kind() == Kind.LIST) {
      stored = CodeBlock.of("new $T<>($L)", ARRAY_LIST, value);
    } else if (c.kind() == Kind.MAP) {
      stored = CodeBlock.of("new $T<>($L)", LINKED_HASH_MAP, value);
    } else {
      stored = value;
    }
    StringBuilder doc = new StringBuilder("Sets ").append(sentence(c.doc())).append("\n\n");
    doc.append("@param ").append(c.name()).append(nullable ? " the new value, or {@code null} for none" : " the new value")
        .append("\n@return this builder\n");
    if (reference) {
      doc.append("@throws NullPointerException if {@code ").append(c.name()).append("} is null\n");
    }
    ParameterSpec.Builder p = ParameterSpec.builder(param, c.name());
    if (nullable) {
      // JSpecify's @Nullable annotates the type; an older declaration @Nullable the parameter.
      AnnotationSpec annotation = AnnotationSpec.builder(c.nullable()).build();
      p = c.nullableOnType() ? ParameterSpec.builder(param.annotated(annotation), c.name()) : p.addAnnotation(annotation);
    }
    return MethodSpec.methodBuilder(c.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(p.build())
        .addJavadoc(doc.toString().replace("$", "$$"))
        .addStatement("this.$N = $L", c.name(), stored)
        .addStatement("return self()")
        .build();
  }

  // The record's instance methods that follow from its header, as defaults of an interface it implements.
  private TypeSpec methods(boolean allChanges) {
    String noun = noun();
    TypeSpec.Builder methods =
        TypeSpec.interfaceBuilder("Methods")
            .addJavadoc("Instance methods of {@link $T}, which implements this interface.\n", record)
            .addMethod(
                MethodSpec.methodBuilder("toBuilder")
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(builder)
                    .addJavadoc("{@return a new builder initialised from this $L}\n", noun)
                    .addStatement("return $N.from(($T) this)", name, record)
                    .build());
    if (allChanges) {
      methods.addMethod(
          MethodSpec.methodBuilder("isEmpty")
              .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
              .returns(TypeName.BOOLEAN)
              .addJavadoc("{@return whether the $L changes nothing: {@code true} if every field is unchanged}\n", noun)
              .addStatement("return $N.isEmpty(($T) this)", name, record)
              .build());
    }
    return methods.build();
  }

  // UpdateDatasetRequest -> "request"; a plural last word (DashboardColors) -> "{@code DashboardColors}".
  private String noun() {
    String[] words = record.simpleName().split("(?=[A-Z])");
    String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    return last.endsWith("s") ? "{@code " + record.simpleName() + "}" : last;
  }

  // owners -> owner(T): appends to the builder's list; extras -> extra(K, V): puts into its map.
  private MethodSpec adder(Component c) {
    List<? extends TypeName> args = ((ParameterizedTypeName) c.typeName()).typeArguments;
    MethodSpec.Builder m = MethodSpec.methodBuilder(c.adder()).addModifiers(Modifier.PUBLIC).returns(builder);
    String doc;
    if (c.kind() == Kind.LIST) {
      String element = c.adder();
      m.addParameter(args.get(0), element)
          .addStatement("this.$N.add($T.requireNonNull($N, $S))", c.name(), OBJECTS, element, element);
      doc = "Adds one element to " + sentence(c.doc()) + "\n\n@param " + element + " the element to add\n@return this builder\n"
          + "@throws NullPointerException if {@code " + element + "} is null\n";
    } else {
      // A named key (password(databaseFile, password)) reads better than put(key, value).
      String key = c.adderKey() == null ? "key" : c.adderKey();
      String value = c.adderKey() == null ? "value" : c.adder();
      m.addParameter(args.get(0), key).addParameter(args.get(1), value)
          .addStatement("this.$N.put($T.requireNonNull($N, $S), $T.requireNonNull($N, $S))", c.name(), OBJECTS,
              key, key, OBJECTS, value, value);
      doc = "Puts one entry into " + c.doc().replaceAll("\\.$", "") + ", keeping the others.\n\n@param " + key
          + " the entry's key\n@param " + value + " the entry's value\n@return this builder\n"
          + "@throws NullPointerException if an argument is null\n";
    }
    return m.addJavadoc(doc.replace("$", "$$")).addStatement("return self()").build();
  }

  // The record's own toString() format, with @Sensitive components hidden or masked.
  private MethodSpec redactingToString() {
    String r = "record$";
    List<CodeBlock> parts = new ArrayList<>();
    for (Component c : components) {
      CodeBlock value = CodeBlock.of("$N.$N()", r, c.name());
      String mask = c.sensitive();
      if (mask != null && c.kind() == Kind.CHANGE) {
        CodeBlock shown = mask.isEmpty() ? CodeBlock.of("$S", "set(***)")
            : CodeBlock.of("\"set(\" + $L($T.valueOf($L.value())) + \")\"", mask, String.class, value);
        value = CodeBlock.of("($L.isSet() ? $L : $L)", value, shown, value);
      } else if (mask != null && !mask.isEmpty()) {
        value = CodeBlock.of("$L($L)", mask, value);
      } else if (mask != null && (c.kind() == Kind.LIST || c.kind() == Kind.MAP)) {
        value = CodeBlock.of("($L.isEmpty() ? $L : $S)", value, value, "***");
      } else if (mask != null && c.kind() == Kind.NULLABLE) {
        value = CodeBlock.of("($L == null ? null : $S)", value, "***");
      } else if (mask != null) {
        value = CodeBlock.of("$S", "***");
      } else if (isArray(c)) {
        // Its length, not its content: an array may be large, and a record's default prints its identity.
        TypeName element = ((com.squareup.javapoet.ArrayTypeName) c.typeName()).componentType;
        value = CodeBlock.of("$S + $L.length + $S", element.withoutAnnotations() + "[", value, "]");
      }
      parts.add(CodeBlock.of("$S + $L", (parts.isEmpty() ? "" : ", ") + c.name() + "=", value));
    }
    return MethodSpec.methodBuilder("toString")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(record, r)
        .addJavadoc("The record as its {@code toString()} prints it, with every {@code @Sensitive} component hidden"
            + " or masked, and arrays by their length.\n")
        .addStatement("return $S\n    + $L\n    + $S", record.simpleName() + "[", CodeBlock.join(parts, "\n    + "), "]")
        .build();
  }

  private static boolean isArray(Component c) {
    return c.type().getKind() == javax.lang.model.type.TypeKind.ARRAY;
  }

  // Record equality, but with arrays compared by content.
  private MethodSpec arrayEquals() {
    String other = "other$";
    List<CodeBlock> terms = new ArrayList<>();
    terms.add(CodeBlock.of("o instanceof $T $N", record, other));
    for (Component c : components) {
      if (isArray(c)) {
        terms.add(CodeBlock.of("$T.equals(record$$.$N(), $N.$N())", ARRAYS, c.name(), other, c.name()));
      } else {
        terms.add(CodeBlock.of("$T.equals(record$$.$N(), $N.$N())", OBJECTS, c.name(), other, c.name()));
      }
    }
    return MethodSpec.methodBuilder("equals")
        .addModifiers(Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(record, "record$")
        .addParameter(Object.class, "o")
        .addJavadoc("Record equality, with array components compared by their content.\n")
        .addStatement("return $L", CodeBlock.join(terms, "\n    && "))
        .build();
  }

  // Consistent with arrayEquals: arrays hash by content.
  private MethodSpec arrayHashCode() {
    List<CodeBlock> values = new ArrayList<>();
    for (Component c : components) {
      values.add(isArray(c) ? CodeBlock.of("$T.hashCode(record$$.$N())", ARRAYS, c.name())
          : CodeBlock.of("record$$.$N()", c.name()));
    }
    return MethodSpec.methodBuilder("hashCode")
        .addModifiers(Modifier.STATIC)
        .returns(TypeName.INT)
        .addParameter(record, "record$")
        .addJavadoc("A hash code consistent with {@link #equals($T, Object)}.\n", record)
        .addStatement("return $T.hash($L)", OBJECTS, CodeBlock.join(values, ", "))
        .build();
  }

  // A list or map inside a Change is copied, so the request does not share the caller's collection.
  private static CodeBlock copied(TypeName type, CodeBlock value) {
    TypeName raw = type instanceof ParameterizedTypeName p ? p.rawType : type;
    if (raw.equals(ClassName.get(List.class))) {
      return CodeBlock.of("$T.unmodifiableList(new $T<>($L))", COLLECTIONS, ARRAY_LIST, value);
    }
    if (raw.equals(ClassName.get(java.util.Map.class))) {
      return CodeBlock.of("$T.unmodifiableMap(new $T<>($L))", COLLECTIONS, LINKED_HASH_MAP, value);
    }
    return value;
  }

  private MethodSpec build() {
    List<CodeBlock> args = new ArrayList<>();
    for (Component c : components) {
      switch (c.kind()) {
        case LIST -> args.add(CodeBlock.of("$T.unmodifiableList(new $T<>($N))", COLLECTIONS, ARRAY_LIST, c.name()));
        case MAP -> args.add(CodeBlock.of("$T.unmodifiableMap(new $T<>($N))", COLLECTIONS, LINKED_HASH_MAP, c.name()));
        case REQUIRED, DEFAULTED -> args.add(CodeBlock.of("$T.requireNonNull($N, $S)", OBJECTS, c.name(), c.name()));
        default -> args.add(CodeBlock.of("$N", c.name()));
      }
    }
    StringBuilder doc = new StringBuilder("Builds the request.\n\n@return a new {@link $T}\n");
    boolean npe = components.stream().anyMatch(c -> c.kind() == Kind.REQUIRED || c.kind() == Kind.DEFAULTED);
    if (npe && buildThrows.stream().noneMatch(t -> t.startsWith("@throws NullPointerException"))) {
      doc.append("@throws NullPointerException if a required field is not set\n");
    }
    for (String t : buildThrows) {
      doc.append(t.replace("$", "$$")).append('\n');
    }
    return MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addJavadoc(doc.toString(), record)
        .addStatement("return new $T($L)", record, CodeBlock.join(args, ", "))
        .build();
  }

  private MethodSpec create() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.STATIC)
            .returns(builder)
            .addJavadoc("A builder with the required fields set; every other field is at its default.\n")
            .addStatement("$T $N = new $T()", builder, BUILDER_VAR, builder);
    for (Component c : components) {
      if (c.kind() == Kind.REQUIRED) {
        m.addParameter(c.typeName(), c.name());
        m.addStatement("$N.$N = $T.requireNonNull($N, $S)", BUILDER_VAR, c.name(), OBJECTS, c.name(), c.name());
      }
    }
    return m.addStatement("return $N", BUILDER_VAR).build();
  }

  private MethodSpec from() {
    String source = "source$";
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("from")
            .addModifiers(Modifier.STATIC)
            .returns(builder)
            .addParameter(record, source)
            .addJavadoc("A builder holding every field of {@code source}, for {@code toBuilder()}.\n")
            .addStatement("$T $N = new $T()", builder, BUILDER_VAR, builder);
    for (Component c : components) {
      CodeBlock value = CodeBlock.of("$N.$N()", source, c.name());
      if (c.kind() == Kind.LIST) {
        value = CodeBlock.of("new $T<>($L)", ARRAY_LIST, value);
      } else if (c.kind() == Kind.MAP) {
        value = CodeBlock.of("new $T<>($L)", LINKED_HASH_MAP, value);
      }
      m.addStatement("$N.$N = $L", BUILDER_VAR, c.name(), value);
    }
    return m.addStatement("return $N", BUILDER_VAR).build();
  }

  private MethodSpec isEmpty() {
    String request = "request$";
    List<CodeBlock> terms = new ArrayList<>();
    for (Component c : components) {
      terms.add(CodeBlock.of("$N.$N().isUnchanged()", request, c.name()));
    }
    return MethodSpec.methodBuilder("isEmpty")
        .addModifiers(Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(record, request)
        .addJavadoc("Whether every field of {@code request} is unchanged.\n")
        .addStatement("return $L", CodeBlock.join(terms, "\n    && "))
        .build();
  }

  private static ClassName changeClass(Component c) {
    return ((ParameterizedTypeName) c.typeName()).rawType;
  }

  // "the table name" -> "the table name."; a text that already ends a sentence is kept.
  private static String sentence(String doc) {
    return doc.endsWith(".") ? doc : doc + ".";
  }
}
