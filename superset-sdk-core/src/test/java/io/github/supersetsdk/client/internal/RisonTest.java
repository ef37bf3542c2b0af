package io.github.supersetsdk.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supersetsdk.client.id.DatasetId;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RisonTest {

  @Test
  void encode_scalars_useRisonLiterals() {
    assertThat(Rison.encode(null)).isEqualTo("!n");
    assertThat(Rison.encode(true)).isEqualTo("!t");
    assertThat(Rison.encode(false)).isEqualTo("!f");
    assertThat(Rison.encode(0)).isEqualTo("0");
    assertThat(Rison.encode(-42L)).isEqualTo("-42");
  }

  @Test
  void encode_identifierString_staysBare() {
    assertThat(Rison.encode("table_name")).isEqualTo("table_name");
    assertThat(Rison.encode("a-b.c/d~e")).isEqualTo("a-b.c/d~e");
    assertThat(Rison.encode("rel_o_m")).isEqualTo("rel_o_m");
  }

  @Test
  void encode_stringNeedingQuotes_isQuoted() {
    assertThat(Rison.encode("")).isEqualTo("''");
    assertThat(Rison.encode("two words")).isEqualTo("'two words'");
    assertThat(Rison.encode("42")).isEqualTo("'42'");
    assertThat(Rison.encode("-x")).isEqualTo("'-x'");
    assertThat(Rison.encode("a:b")).isEqualTo("'a:b'");
    assertThat(Rison.encode("(x)")).isEqualTo("'(x)'");
    assertThat(Rison.encode("a,b")).isEqualTo("'a,b'");
    assertThat(Rison.encode("100%")).isEqualTo("'100%'");
    assertThat(Rison.encode("café")).isEqualTo("'café'");
  }

  @Test
  void encode_quoteAndBang_areEscapedWithBang() {
    assertThat(Rison.encode("it's")).isEqualTo("'it!'s'");
    assertThat(Rison.encode("wow!")).isEqualTo("'wow!!'");
    assertThat(Rison.encode("!'")).isEqualTo("'!!!''");
  }

  @Test
  void encode_decimals_areWrittenWithoutExponentOrPlus() {
    assertThat(Rison.encode(1.5)).isEqualTo("1.5");
    assertThat(Rison.encode(1e10)).isEqualTo("10000000000");
    assertThat(Rison.encode(2.50f)).isEqualTo("2.5");
    assertThat(Rison.encode(new BigDecimal("1.000"))).isEqualTo("1");
    assertThat(Rison.encode(0.0)).isEqualTo("0");
    assertThat(Rison.encode(-0.001)).isEqualTo("-0.001");
  }

  @Test
  void encode_nonFiniteNumber_isRejected() {
    assertThatThrownBy(() -> Rison.encode(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rison.encode(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void encode_objectsAndArrays_keepOrderAndNest() {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("col", "table_name");
    filter.put("opr", "ct");
    filter.put("value", "fct orders");
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("filters", List.of(filter));
    q.put("page", 0);
    q.put("page_size", 100);
    q.put("keys", List.of("none"));

    assertThat(Rison.encode(q))
        .isEqualTo("(filters:!((col:table_name,opr:ct,value:'fct orders')),page:0,page_size:100,keys:!(none))");
  }

  @Test
  void encode_emptyContainers_areEmpty() {
    assertThat(Rison.encode(Map.of())).isEqualTo("()");
    assertThat(Rison.encode(List.of())).isEqualTo("!()");
    assertThat(Rison.encode(new int[] {1, 2})).isEqualTo("!(1,2)");
  }

  @Test
  void encode_keyNeedingQuotes_isQuoted() {
    assertThat(Rison.encode(Map.of("a b", 1))).isEqualTo("('a b':1)");
  }

  @Test
  void encode_typedId_encodesItsValue() {
    assertThat(Rison.encode(Arrays.asList(DatasetId.of(3), DatasetId.of(4)))).isEqualTo("!(3,4)");
  }

  @Test
  void encode_nullInsideArray_isBangN() {
    assertThat(Rison.encode(Arrays.asList("a", null))).isEqualTo("!(a,!n)");
  }

  @Test
  void encode_unsupportedType_isRejected() {
    assertThatThrownBy(() -> Rison.encode(new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rison.encode(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
  }
}
