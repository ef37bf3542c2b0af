package io.github.supersetsdk.codegen.internal;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuilderProcessorTest {

  // A stand-in for core's Change: the processor recognises it by name and shape only.
  private static final JavaFileObject CHANGE =
      JavaFileObjects.forSourceString(
          "p.Change",
          """
          package p;
          public final class Change<T> {
            private final int state;
            private final T value;
            private Change(int state, T value) { this.state = state; this.value = value; }
            public static <T> Change<T> unchanged() { return new Change<>(0, null); }
            public static <T> Change<T> set(T value) { return new Change<>(1, java.util.Objects.requireNonNull(value)); }
            public static <T> Change<T> clear() { return new Change<>(2, null); }
            public boolean isUnchanged() { return state == 0; }
            public boolean isSet() { return state == 1; }
            public boolean isClear() { return state == 2; }
            public T value() { return value; }
            @Override public String toString() { return state == 0 ? "unchanged" : state == 2 ? "clear" : "set(" + value + ")"; }
          }
          """);

  private static final JavaFileObject NULLABLE =
      JavaFileObjects.forSourceString(
          "p.Nullable",
          """
          package p;
          @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
          public @interface Nullable {}
          """);

  private static final JavaFileObject UPDATE =
      JavaFileObjects.forSourceString(
          "p.UpdateThing",
          """
          package p;
          import io.github.supersetsdk.codegen.Clearable;
          import io.github.supersetsdk.codegen.GeneratedBuilder;
          import java.util.List;
          /**
           * A partial update.
           *
           * @param name the name
           * @param description the description,
           *     over two lines
           * @param timeout the timeout in seconds
           * @param tags the tags
           */
          @GeneratedBuilder
          public record UpdateThing(
              Change<String> name,
              @Clearable Change<String> description,
              @Clearable Change<Integer> timeout,
              Change<List<String>> tags) implements UpdateThingBuilder.Methods {
            public static Builder builder() { return UpdateThingBuilder.create(); }
            public static final class Builder extends UpdateThingBuilder {
              Builder() {}
            }
          }
          """);

  private static final JavaFileObject CREATE =
      JavaFileObjects.forSourceString(
          "p.CreateThing",
          """
          package p;
          import io.github.supersetsdk.codegen.DefaultValue;
          import io.github.supersetsdk.codegen.GeneratedBuilder;
          import java.util.List;
          import java.util.Map;
          /**
           * A new thing.
           *
           * @param name the name
           * @param kind the kind
           * @param label the label
           * @param limit the row limit
           * @param active whether it is active
           * @param mode the mode
           * @param owners the owners
           * @param extra extra settings
           */
          @GeneratedBuilder
          public record CreateThing(
              String name,
              Integer kind,
              @Nullable String label,
              @Nullable Integer limit,
              boolean active,
              @DefaultValue("\\"fast\\"") String mode,
              List<String> owners,
              Map<String, Object> extra) {
            /**
             * Validates.
             *
             * @throws IllegalArgumentException if {@code name} is blank
             */
            public CreateThing {
              if (name.isBlank()) {
                throw new IllegalArgumentException("name is blank");
              }
            }
            public static Builder builder(String name, Integer kind) { return CreateThingBuilder.create(name, kind); }
            public Builder toBuilder() { return CreateThingBuilder.from(this); }
            public static final class Builder extends CreateThingBuilder {
              Builder() {}
              /** Adds an owner. */
              public Builder owner(String owner) {
                owners.add(owner);
                return this;
              }
              /** Hand-written: limits are capped. */
              public Builder limit(int limit) {
                this.limit = Math.min(limit, 100);
                return this;
              }
            }
          }
          """);

  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(CHANGE, NULLABLE));
    all.addAll(List.of(sources));
    return javac().withProcessors(new BuilderProcessor()).compile(all);
  }

  @Test
  void update_changeComponents_settersClearAndIsEmpty() throws Exception {
    Compilation compilation = compile(UPDATE);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = loader(compilation);
    Class<?> record = loader.loadClass("p.UpdateThing");

    Object builder = record.getMethod("builder").invoke(null);
    assertThat(invoke(invoke(builder, "build"), "isEmpty")).isEqualTo(true);

    List<String> tags = new ArrayList<>(List.of("a"));
    invoke(builder, "name", String.class, "n");
    invoke(builder, "clearDescription");
    invoke(builder, "timeout", int.class, 30);
    invoke(builder, "tags", List.class, tags);
    tags.add("changed later");
    Object request = invoke(builder, "build");
    assertThat(request.toString())
        .isEqualTo("UpdateThing[name=set(n), description=clear, timeout=set(30), tags=set([a])]");
    assertThat(invoke(request, "isEmpty")).isEqualTo(false);

    Object copy = invoke(invoke(request, "toBuilder"), "build");
    assertThat(copy).isEqualTo(request);

    // Only @Clearable components get clearX(); a boxed type is set through its primitive.
    Class<?> builderClass = record.getDeclaredClasses()[0];
    assertThat(methodNames(builderClass))
        .contains("name", "description", "clearDescription", "timeout", "clearTimeout", "tags", "build")
        .doesNotContain("clearName", "clearTags");
    assertThat(builderClass.getMethod("timeout", int.class).getReturnType()).isEqualTo(builderClass);
    assertThatThrownBy(() -> invoke(builder, "name", String.class, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }

  @Test
  void update_generatedSource_documentedFromParamLines() {
    Compilation compilation = compile(UPDATE);
    String source = generatedSource(compilation, "p.UpdateThingBuilder");
    assertThat(source)
        .contains("abstract class UpdateThingBuilder {")
        .contains("   * Sets the description, over two lines.\n")
        .contains("   * Clears the timeout in seconds (sends JSON {@code null}).\n")
        .contains("   * @throws NullPointerException if {@code name} is null\n")
        .contains("Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(tags, \"tags\")))")
        // toBuilder() and isEmpty() are defaults of the interface the record implements
        .contains("    /**\n     * {@return a new builder initialised from this thing}\n     */\n"
            + "    default UpdateThing.Builder toBuilder() {")
        .contains("{@return whether the thing changes nothing: {@code true} if every field is unchanged}");
  }

  @Test
  void create_requiredDefaultsListsAndHandWrittenMethods() throws Exception {
    Compilation compilation = compile(CREATE);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> record = loader(compilation).loadClass("p.CreateThing");

    Object builder = record.getMethod("builder", String.class, Integer.class).invoke(null, "x", 7);
    Object minimal = invoke(builder, "build");
    assertThat(minimal.toString())
        .isEqualTo("CreateThing[name=x, kind=7, label=null, limit=null, active=false, mode=fast, owners=[], extra={}]");

    invoke(builder, "label", String.class, "L");
    invoke(builder, "limit", int.class, 500);
    invoke(builder, "active", boolean.class, true);
    invoke(builder, "owner", String.class, "alice");
    invoke(builder, "extra", Map.class, new HashMap<>(Map.of("k", 1)));
    Object full = invoke(builder, "build");
    assertThat(full.toString())
        .isEqualTo("CreateThing[name=x, kind=7, label=L, limit=100, active=true, mode=fast, owners=[alice], extra={k=1}]");
    @SuppressWarnings("unchecked")
    List<String> owners = (List<String>) record.getMethod("owners").invoke(full);
    assertThatThrownBy(() -> owners.add("mallory")).isInstanceOf(UnsupportedOperationException.class);

    Object edited = invoke(invoke(full, "toBuilder"), "name", String.class, "y");
    assertThat(invoke(edited, "build").toString()).startsWith("CreateThing[name=y, kind=7, label=L");
    assertThatThrownBy(() -> invoke(invoke(full, "toBuilder"), "name", String.class, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    // a @Nullable component may be set back to null; its parameter says so
    Object unlabelled = invoke(invoke(invoke(full, "toBuilder"), "label", String.class, null), "build");
    assertThat(unlabelled.toString()).startsWith("CreateThing[name=x, kind=7, label=null, limit=100");
    Object blank = invoke(invoke(full, "toBuilder"), "name", String.class, " ");
    assertThatThrownBy(() -> invoke(blank, "build")).isInstanceOf(IllegalArgumentException.class);

    String source = generatedSource(compilation, "p.CreateThingBuilder");
    assertThat(source)
        .contains("static CreateThing.Builder create(String name, Integer kind)")
        .contains("String mode = \"fast\";")
        .contains("public CreateThing.Builder label(@Nullable String label) {")
        .contains("@param label the new value, or {@code null} for none")
        .contains("@throws IllegalArgumentException if {@code name} is blank")
        .doesNotContain("isEmpty")
        // the hand-written limit(int) replaces the generated one
        .doesNotContain("public CreateThing.Builder limit(");
  }

  @Test
  void misuse_notARecord_error() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceString(
                "p.NotARecord",
                """
                package p;
                @io.github.supersetsdk.codegen.GeneratedBuilder
                public class NotARecord {}
                """));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("@GeneratedBuilder applies to records only, not to class NotARecord")
        .inFile(compilation.sourceFiles().get(2))
        .onLine(3);
  }

  @Test
  void misuse_clearableOutsideGeneratedRecord_error() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceString(
                "p.Plain",
                """
                package p;
                public record Plain(@io.github.supersetsdk.codegen.Clearable Change<String> name) {}
                """));
    assertThat(compilation)
        .hadErrorContaining("@Clearable is only allowed on a component of a @GeneratedBuilder record");
  }

  // One component of a record with a plain nested Builder, and the error its annotation causes.
  static Stream<Arguments> misusedComponents() {
    String a = "@io.github.supersetsdk.codegen.";
    return Stream.of(
        arguments(a + "Clearable String name",
            "@Clearable is only allowed on a Change<T> component, not on name of type java.lang.String"),
        arguments(a + "DefaultValue(\"x\") Change<String> name",
            "@DefaultValue is not allowed on a Change component (name): it starts unchanged"),
        arguments(a + "Sensitive String token",
            "Bad has @Sensitive components, so it must override toString() with `return BadBuilder.toString(this);`"),
        arguments(a + "Sensitive(mask = \"Bad.m\") Integer port",
            "@Sensitive(mask) is only allowed on a String or Change<String> component, not on port of type"
                + " java.lang.Integer"),
        arguments(a + "Sensitive int pin", "@Sensitive is not allowed on a primitive component (pin)"),
        arguments(a + "Adder(\"name\") String names",
            "@Adder is only allowed on a List or Map component that is not @Nullable, not on names of type"
                + " java.lang.String"),
        arguments(a + "Adder(\"tag\") Change<java.util.List<String>> tags",
            "@Adder is only allowed on a List or Map component, not on the Change component tags"),
        arguments(a + "Adder(\"a tag\") java.util.List<String> tags", "@Adder(\"a tag\") on tags is not a Java method name"),
        arguments(a + "Adder(value = \"tag\", key = \"position\") java.util.List<String> tags",
            "@Adder(key) is only allowed on a Map component, not on tags of type java.util.List<java.lang.String>"),
        arguments(a + "Adder(value = \"tag\", key = \"tag\") java.util.Map<String, String> tags",
            "@Adder(key = \"tag\") on tags is not a Java parameter name that differs from the method's name"),
        arguments(a + "Adder(value = \"tag\", key = \"1st\") java.util.Map<String, String> tags",
            "@Adder(key = \"1st\") on tags is not a Java parameter name that differs from the method's name"),
        arguments("byte[] content",
            "Bad has array components, which a record compares by identity, so it must override equals(Object) and"
                + " hashCode() with `return BadBuilder.equals(this, o);` and `return BadBuilder.hashCode(this);`"));
  }

  @ParameterizedTest
  @MethodSource("misusedComponents")
  void misuse_annotatedComponent_error(String component, String error) {
    assertThat(compile(record("Bad", component, "public static final class Builder extends BadBuilder {}")))
        .hadErrorContaining(error);
  }

  @Test
  void misuse_noNestedBuilder_error() {
    Compilation compilation = compile(record("Bad", "String name", ""));
    assertThat(compilation)
        .hadErrorContaining("Bad must declare a nested `public static final class Builder extends BadBuilder {}`");
  }

  @Test
  void misuse_builderNotExtendingGenerated_error() {
    Compilation compilation = compile(record("Bad", "String name", "public static final class Builder {}"));
    assertThat(compilation)
        .hadErrorContaining("Bad.Builder must be declared as `public static final class Builder extends BadBuilder`");
  }

  @Test
  void misuse_componentWithoutParamLine_error() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceString(
                "p.Bad",
                """
                package p;
                /**
                 * Bad.
                 *
                 * @param name the name
                 */
                @io.github.supersetsdk.codegen.GeneratedBuilder
                public record Bad(String name, String other) {
                  public static final class Builder extends BadBuilder {}
                }
                """));
    assertThat(compilation)
        .hadErrorContaining("no @param line for component other in the javadoc of Bad");
  }

  private static final JavaFileObject SECRET =
      JavaFileObjects.forSourceString(
          "p.SecretThing",
          """
          package p;
          import io.github.supersetsdk.codegen.Adder;
          import io.github.supersetsdk.codegen.GeneratedBuilder;
          import io.github.supersetsdk.codegen.Sensitive;
          import java.util.List;
          import java.util.Map;
          /**
           * A thing with secrets.
           *
           * @param uri the URI, password included
           * @param token the token
           * @param hint a hint
           * @param secrets the secret entries
           * @param newPassword a new password
           * @param newUri a new URI
           * @param tags the tags
           */
          @GeneratedBuilder
          public record SecretThing(
              @Sensitive(mask = "SecretThing.mask") String uri,
              @Sensitive String token,
              @Sensitive @Nullable String hint,
              @Sensitive @Adder("secret") Map<String, String> secrets,
              @Sensitive Change<String> newPassword,
              @Sensitive(mask = "SecretThing.mask") Change<String> newUri,
              @Adder("tag") List<String> tags) {
            static String mask(String uri) { return uri.replaceAll(":[^:@/]+@", ":***@"); }
            public static Builder builder(String uri, String token) { return SecretThingBuilder.create(uri, token); }
            @Override public String toString() { return SecretThingBuilder.toString(this); }
            public static final class Builder extends SecretThingBuilder {
              Builder() {}
            }
          }
          """);

  @Test
  void sensitive_toString_hidesOrMasksSecretsAndKeepsTheRecordFormat() throws Exception {
    Compilation compilation = compile(SECRET);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> record = loader(compilation).loadClass("p.SecretThing");
    Object builder = record.getMethod("builder", String.class, String.class).invoke(null, "pg://u:pw1@h/db", "tk9");

    assertThat(invoke(builder, "build").toString())
        .isEqualTo("SecretThing[uri=pg://u:***@h/db, token=***, hint=null, secrets={}, newPassword=unchanged,"
            + " newUri=unchanged, tags=[]]");
    invoke(builder, "hint", String.class, "hint1");
    call(builder, builder.getClass().getMethod("secret", String.class, String.class), "k", "sec1");
    invoke(builder, "newPassword", String.class, "pw2");
    invoke(builder, "newUri", String.class, "pg://u:pw3@h/db");
    assertThat(invoke(builder, "build").toString())
        .isEqualTo("SecretThing[uri=pg://u:***@h/db, token=***, hint=***, secrets=***, newPassword=set(***),"
            + " newUri=set(pg://u:***@h/db), tags=[]]")
        .doesNotContain("pw1", "tk9", "hint1", "sec1", "pw2", "pw3");
  }

  @Test
  void adder_listAndMap_appendBesideTheSetter() throws Exception {
    Compilation compilation = compile(SECRET);
    Class<?> record = loader(compilation).loadClass("p.SecretThing");
    Object builder = record.getMethod("builder", String.class, String.class).invoke(null, "u", "t");
    invoke(builder, "tag", String.class, "a");
    invoke(builder, "tag", String.class, "b");
    Object built = invoke(builder, "build");
    assertThat(record.getMethod("tags").invoke(built)).isEqualTo(List.of("a", "b"));
    // the setter replaces what the adder added
    invoke(builder, "tags", List.class, List.of("c"));
    assertThat(record.getMethod("tags").invoke(invoke(builder, "build"))).isEqualTo(List.of("c"));
    Method secret = builder.getClass().getMethod("secret", String.class, String.class);
    call(builder, secret, "k1", "v1");
    call(builder, secret, "k2", "v2");
    assertThat(record.getMethod("secrets").invoke(invoke(builder, "build"))).isEqualTo(Map.of("k1", "v1", "k2", "v2"));
    assertThatThrownBy(() -> invoke(builder, "tag", String.class, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tag");
    assertThatThrownBy(() -> call(builder, secret, "k", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");

    assertThat(generatedSource(compilation, "p.SecretThingBuilder"))
        .contains("   * Adds one element to the tags.\n")
        .contains("   * @param tag the element to add\n")
        .contains("   * Puts one entry into the secret entries, keeping the others.\n");
  }

  private static final JavaFileObject UPLOAD =
      JavaFileObjects.forSourceString(
          "p.Upload",
          """
          package p;
          import io.github.supersetsdk.codegen.Adder;
          import io.github.supersetsdk.codegen.GeneratedBuilder;
          import java.util.Map;
          /**
           * A file and its passwords.
           *
           * @param name the file name
           * @param content the bytes
           * @param overwrite whether to replace
           * @param passwords passwords by database file
           */
          @GeneratedBuilder
          public record Upload(
              String name,
              byte[] content,
              boolean overwrite,
              @Adder(value = "password", key = "databaseFile") Map<String, String> passwords) {
            public static Builder builder(String name, byte[] content) { return UploadBuilder.create(name, content); }
            @Override public boolean equals(Object o) { return UploadBuilder.equals(this, o); }
            @Override public int hashCode() { return UploadBuilder.hashCode(this); }
            @Override public String toString() { return UploadBuilder.toString(this); }
            public static final class Builder extends UploadBuilder {
              Builder() {}
            }
          }
          """);

  @Test
  void adder_namedKey_namesBothParameters() throws Exception {
    Compilation compilation = compile(UPLOAD);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> record = loader(compilation).loadClass("p.Upload");
    Object builder = record.getMethod("builder", String.class, byte[].class).invoke(null, "b.zip", new byte[] {1});
    Method password = builder.getClass().getMethod("password", String.class, String.class);
    call(builder, password, "databases/a.yaml", "pw");
    assertThat(record.getMethod("passwords").invoke(invoke(builder, "build")))
        .isEqualTo(Map.of("databases/a.yaml", "pw"));
    assertThatThrownBy(() -> call(builder, password, null, "pw"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("databaseFile");
    assertThatThrownBy(() -> call(builder, password, "f", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("password");
    assertThat(generatedSource(compilation, "p.UploadBuilder"))
        .contains("public Upload.Builder password(String databaseFile, String password)")
        .contains("   * Puts one entry into passwords by database file, keeping the others.\n")
        .contains("   * @param databaseFile the entry's key\n")
        .contains("   * @param password the entry's value\n");
  }

  @Test
  void arrays_equalsHashCodeAndToString_useTheContent() throws Exception {
    Compilation compilation = compile(UPLOAD);
    Class<?> record = loader(compilation).loadClass("p.Upload");
    var canonical = record.getConstructor(String.class, byte[].class, boolean.class, Map.class);
    Object a = canonical.newInstance("b.zip", new byte[] {1, 2, 3}, true, Map.of("f", "pw"));
    Object same = canonical.newInstance("b.zip", new byte[] {1, 2, 3}, true, Map.of("f", "pw"));
    Object otherBytes = canonical.newInstance("b.zip", new byte[] {1, 2, 4}, true, Map.of("f", "pw"));
    Object otherFlag = canonical.newInstance("b.zip", new byte[] {1, 2, 3}, false, Map.of("f", "pw"));

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(otherBytes).isNotEqualTo(otherFlag)
        .isNotEqualTo("b.zip");
    assertThat(a.toString()).isEqualTo("Upload[name=b.zip, content=byte[3], overwrite=true, passwords={f=pw}]");
  }

  @Test
  void misuse_adderOutsideGeneratedRecord_error() {
    Compilation compilation =
        compile(
            JavaFileObjects.forSourceString(
                "p.Plain",
                """
                package p;
                public record Plain(@io.github.supersetsdk.codegen.Adder("tag") java.util.List<String> tags) {}
                """));
    assertThat(compilation).hadErrorContaining("@Adder is only allowed on a component of a @GeneratedBuilder record");
  }

  private static JavaFileObject record(String name, String components, String body) {
    StringBuilder params = new StringBuilder();
    for (String component : components.split(",")) {
      String[] words = component.trim().split(" ");
      params.append(" * @param ").append(words[words.length - 1]).append(" the value\n");
    }
    return JavaFileObjects.forSourceString(
        "p." + name,
        "package p;\n/**\n * A record.\n *\n" + params + " */\n@io.github.supersetsdk.codegen.GeneratedBuilder\n"
            + "public record " + name + "(" + components + ") {\n  " + body + "\n}\n");
  }

  static String generatedSource(Compilation compilation, String name) {
    try {
      return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> methodNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Method m : type.getMethods()) {
      names.add(m.getName());
    }
    return names;
  }

  private static Object invoke(Object target, String method) throws Exception {
    return call(target, target.getClass().getMethod(method));
  }

  private static Object invoke(Object target, String method, Class<?> type, Object arg) throws Exception {
    return call(target, target.getClass().getMethod(method, type), arg);
  }

  private static Object call(Object target, Method m, Object... args) throws Exception {
    m.setAccessible(true);
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  // Loads the classes the compilation wrote, so the generated builders can be exercised.
  static ClassLoader loader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String binary = path.substring(path.indexOf("/p/") + 1, path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          in.transferTo(out);
          classes.put(binary, out.toByteArray());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ClassLoader(BuilderProcessorTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
