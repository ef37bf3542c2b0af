package io.github.supersetsdk.examples.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The example Prometheus rules file, read for the tests. */
final class PrometheusRules {

  static final Path FILE = locate();

  // A metric name in PromQL is followed by its label matchers or its range; functions by "(" and
  // label names by "=", "!" or ")".
  private static final Pattern SELECTOR = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*[\\{\\[]");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)\\s*\"");
  private static final Pattern BY = Pattern.compile("\\bby\\s*\\(([^)]*)\\)");

  record Rule(String alert, String expr, String forDuration, String summary) {}

  private PrometheusRules() {}

  private static Path locate() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path f = p.resolve("examples/prometheus/superset-sdk-rules.yml");
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    throw new IllegalStateException("examples/prometheus/superset-sdk-rules.yml not found above " + here);
  }

  static List<Rule> rules() throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
    List<Rule> out = new ArrayList<>();
    for (JsonNode group : root.path("groups")) {
      for (JsonNode r : group.path("rules")) {
        out.add(new Rule(r.path("alert").asText(), r.path("expr").asText(), r.path("for").asText(),
            r.path("annotations").path("summary").asText()));
      }
    }
    return out;
  }

  static Set<String> metricNames(String expr) {
    Set<String> names = new TreeSet<>();
    Matcher m = SELECTOR.matcher(expr);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static Set<String> labelNames(String expr) {
    Set<String> names = new TreeSet<>();
    Matcher m = LABEL.matcher(expr);
    while (m.find()) {
      names.add(m.group(1));
    }
    Matcher by = BY.matcher(expr);
    while (by.find()) {
      for (String l : by.group(1).split(",")) {
        if (!l.isBlank() && !l.trim().equals("le")) {
          names.add(l.trim());
        }
      }
    }
    return names;
  }
}
