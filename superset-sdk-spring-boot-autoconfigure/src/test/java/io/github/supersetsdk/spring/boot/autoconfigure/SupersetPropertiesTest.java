package io.github.supersetsdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

class SupersetPropertiesTest {

  private static SupersetProperties properties(String baseUrl, Map<String, String> defaultHeaders) {
    return new SupersetProperties(true, baseUrl, "admin", "pw", "db", null, null, null, null, null, defaultHeaders,
        null, null, null, null, null, null, null, null);
  }

  @Test
  void defaultHeaders_areAnUnmodifiableCopyInTheirOrder() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Second", "2");
    headers.put("X-First", "1");

    SupersetProperties properties = properties("http://bi.example.org", headers);
    headers.put("X-Later", "3");
    headers.put("X-First", "changed");

    assertThat(properties.defaultHeaders()).containsExactly(Map.entry("X-Second", "2"), Map.entry("X-First", "1"));
    assertThatThrownBy(() -> properties.defaultHeaders().put("X-Evil", "1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(properties("http://bi.example.org", null).defaultHeaders()).isNull();
  }

  @Test
  void bound_defaultHeadersAreUnmodifiable() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("superset.base-url", "http://bi.example.org")
        .withProperty("superset.default-headers.X-Gateway-Key", "k");

    SupersetProperties properties = Binder.get(env).bind("superset", SupersetProperties.class).get();

    assertThat(properties.defaultHeaders()).containsExactly(Map.entry("X-Gateway-Key", "k"));
    assertThatThrownBy(() -> properties.defaultHeaders().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_baseUrlWithUserInfo_masksThePassword() {
    String text = properties("http://svc-user:s3cret-pw@bi.example.org:8088/superset", Map.of()).toString();

    assertThat(text).doesNotContain("s3cret-pw").contains("bi.example.org:8088");
    assertThat(properties("http://bi.example.org:8088", Map.of()).toString())
        .contains("baseUrl=http://bi.example.org:8088,");
  }
}
