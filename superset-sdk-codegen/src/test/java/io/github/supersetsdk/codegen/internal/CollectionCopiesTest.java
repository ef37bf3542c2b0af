package io.github.supersetsdk.codegen.internal;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class CollectionCopiesTest {

  private static Compilation compileWithPackageInfo(JavaFileObject source) {
    return javac()
        .withProcessors(new PackageProcessor())
        .compile(
            JavaFileObjects.forSourceString(
                "p.package-info", "@io.github.supersetsdk.codegen.CollectionCopies\npackage p;\n"),
            source);
  }

  @Test
  void package_copies_nullEmptyAndUnmodifiableCopiesKeepingNullElements() throws Exception {
    Compilation compilation =
        compileWithPackageInfo(
                JavaFileObjects.forSourceString(
                    "p.Thing",
                    """
                    package p;
                    public record Thing(java.util.List<String> names) {
                      public Thing { names = Copies.list(names); }
                    }
                    """));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> copies = BuilderProcessorTest.loader(compilation).loadClass("p.Copies");
    Method list = copies.getDeclaredMethod("list", List.class);
    Method map = copies.getDeclaredMethod("map", Map.class);
    list.setAccessible(true);
    map.setAccessible(true);

    assertThat(list.invoke(null, (Object) null)).isEqualTo(List.of());
    assertThat(map.invoke(null, (Object) null)).isEqualTo(Map.of());
    List<String> source = new ArrayList<>(Arrays.asList("a", null));
    @SuppressWarnings("unchecked")
    List<String> copy = (List<String>) list.invoke(null, source);
    source.add("later");
    assertThat(copy).containsExactly("a", null);
    assertThatThrownBy(() -> copy.add("b")).isInstanceOf(UnsupportedOperationException.class);
    Map<String, Object> ordered = new LinkedHashMap<>();
    ordered.put("z", 1);
    ordered.put("a", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> mapCopy = (Map<String, Object>) map.invoke(null, ordered);
    assertThat(mapCopy.keySet()).containsExactly("z", "a");
    assertThatThrownBy(() -> mapCopy.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void misuse_packageDeclaresItsOwnCopies_error() {
    Compilation compilation =
        compileWithPackageInfo(JavaFileObjects.forSourceString("p.Copies", "package p;\nfinal class Copies {}\n"));
    assertThat(compilation).hadErrorContaining("cannot write p.Copies");
  }
}
