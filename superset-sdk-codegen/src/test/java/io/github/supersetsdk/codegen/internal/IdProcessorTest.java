package io.github.supersetsdk.codegen.internal;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class IdProcessorTest {

  private static JavaFileObject packageInfo(String ids) {
    return JavaFileObjects.forSourceString("p.package-info", """
        @io.github.supersetsdk.codegen.TypedIds({
        %s
        })
        package p;

        import io.github.supersetsdk.codegen.TypedId;
        """.formatted(ids));
  }

  // A record that uses a generated id; the builder processor waits for it.
  private static final JavaFileObject USES_ID =
      JavaFileObjects.forSourceString("p.Ref", """
          package p;

          /**
           * A reference.
           *
           * @param thing the thing
           */
          @io.github.supersetsdk.codegen.GeneratedBuilder
          public record Ref(ThingId thing) {
            public static Builder builder(ThingId thing) { return RefBuilder.create(thing); }
            public static final class Builder extends RefBuilder {
              Builder() {}
            }
          }
          """);

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new PackageProcessor(), new BuilderProcessor()).compile(sources);
  }

  @Test
  void typedIds_oneRecordEach_validatedDocumentedAndUsableByBuilders() throws Exception {
    Compilation compilation = compile(packageInfo("""
          @TypedId(name = "ThingId", of = "a thing (see {@code things})"),
          @TypedId(name = "OtherId", of = "another thing")"""), USES_ID);
    assertThat(compilation).succeededWithoutWarnings();

    Class<?> thing = BuilderProcessorTest.loader(compilation).loadClass("p.ThingId");
    assertThat(thing.isRecord()).isTrue();
    Object id = thing.getMethod("of", long.class).invoke(null, 42L);
    assertThat(id.toString()).isEqualTo("ThingId[value=42]");
    assertThat(thing.getMethod("value").invoke(id)).isEqualTo(42L);
    assertThatThrownBy(() -> thing.getMethod("of", long.class).invoke(null, 0L))
        .isInstanceOf(InvocationTargetException.class)
        .cause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ThingId must be positive: 0");
    assertThat(BuilderProcessorTest.generatedSource(compilation, "p.ThingId"))
        .contains(" * The numeric id of a thing (see {@code things}), typed so that it cannot be confused")
        .contains("public record ThingId(long value) {")
        .contains("   * @throws IllegalArgumentException if {@code value} is not positive");
    assertThat(compilation.generatedSourceFile("p.OtherId")).isPresent();
    assertThat(BuilderProcessorTest.generatedSource(compilation, "p.RefBuilder"))
        .contains("static Ref.Builder create(ThingId thing)");
  }

  @Test
  void misuse_nameNotEndingInId_error() {
    Compilation compilation = compile(packageInfo("  @TypedId(name = \"Thing\", of = \"a thing\")"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@TypedId name must be a Java identifier ending in Id: \"Thing\"");
  }

  @Test
  void misuse_duplicateName_error() {
    Compilation compilation = compile(packageInfo("""
          @TypedId(name = "ThingId", of = "a thing"),
          @TypedId(name = "ThingId", of = "the same thing")"""));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@TypedId ThingId is declared twice");
  }

  @Test
  void misuse_blankDescription_error() {
    Compilation compilation = compile(packageInfo("  @TypedId(name = \"ThingId\", of = \" \")"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@TypedId ThingId needs a description (of)");
  }
}
