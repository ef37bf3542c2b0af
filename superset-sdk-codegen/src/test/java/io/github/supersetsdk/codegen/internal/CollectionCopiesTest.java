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
  @SuppressWarnings("unchecked")
  void package_deepCopies_everyNestedMapAndListUnmodifiable_orderNullsAndScalarsKept() throws Exception {
    Compilation compilation =
        compileWithPackageInfo(
            JavaFileObjects.forSourceString(
                "p.Thing",
                """
                package p;
                public record Thing(java.util.Map<String, Object> json, java.util.List<java.util.Map<String, Object>> rows) {
                  public Thing { json = Copies.deepMap(json); rows = Copies.deepList(rows); }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> copies = BuilderProcessorTest.loader(compilation).loadClass("p.Copies");
    Method deepList = copies.getDeclaredMethod("deepList", List.class);
    Method deepMap = copies.getDeclaredMethod("deepMap", Map.class);
    deepList.setAccessible(true);
    deepMap.setAccessible(true);

    assertThat(deepList.invoke(null, (Object) null)).isEqualTo(List.of());
    assertThat(deepMap.invoke(null, (Object) null)).isEqualTo(Map.of());
    Object scalar = new StringBuilder("shared");
    List<Object> inner = new ArrayList<>(Arrays.asList(1, null));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("z", inner);
    row.put("a", null);
    row.put("s", scalar);
    row.put("m", new LinkedHashMap<>(Map.of("k", new ArrayList<>(List.of("v")))));
    row.put("e", new ArrayList<>());
    List<Object> source = new ArrayList<>(Arrays.asList(row, null));

    List<Object> copy = (List<Object>) deepList.invoke(null, source);
    inner.add("later");
    row.put("later", 1);
    ((List<Object>) ((Map<String, Object>) row.get("m")).get("k")).add("later");

    Map<String, Object> copiedRow = (Map<String, Object>) copy.get(0);
    assertThat(copy).hasSize(2).containsNull();
    assertThat(copiedRow.keySet()).containsExactly("z", "a", "s", "m", "e");
    assertThat(copiedRow.get("z")).isEqualTo(Arrays.asList(1, null));
    assertThat(copiedRow.get("s")).isSameAs(scalar);
    assertThat(copiedRow.get("m")).isEqualTo(Map.of("k", List.of("v")));
    assertThatThrownBy(() -> copy.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copiedRow.put("b", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) copiedRow.get("z")).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) copiedRow.get("e")).add(1)).isInstanceOf(UnsupportedOperationException.class);
    Map<String, Object> nested = (Map<String, Object>) copiedRow.get("m");
    assertThatThrownBy(() -> nested.remove("k")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) nested.get("k")).add("x")).isInstanceOf(UnsupportedOperationException.class);

    Map<String, Object> map = (Map<String, Object>) deepMap.invoke(null, row);
    assertThatThrownBy(() -> ((List<Object>) map.get("z")).add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void misuse_packageDeclaresItsOwnCopies_error() {
    Compilation compilation =
        compileWithPackageInfo(JavaFileObjects.forSourceString("p.Copies", "package p;\nfinal class Copies {}\n"));
    assertThat(compilation).hadErrorContaining("cannot write p.Copies");
  }
}
