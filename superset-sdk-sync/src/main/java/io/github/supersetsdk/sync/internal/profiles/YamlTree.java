package io.github.supersetsdk.sync.internal.profiles;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.supersetsdk.sync.profiles.ProfilesParseException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document as maps, lists and scalars that remember their line and column, read with
 * Jackson's YAML parser. Values are immutable.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTree() {}

  /** A node and where it starts (1-based). */
  sealed interface Node permits MapNode, ListNode, Scalar {
    int line();

    int column();
  }

  record MapNode(Map<String, Node> entries, int line, int column) implements Node {}

  record ListNode(List<Node> items, int line, int column) implements Node {}

  /** A scalar as written (numbers and booleans as their text); {@code text} is null for YAML null. */
  record Scalar(@Nullable String text, int line, int column) implements Node {}

  static @Nullable Node read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = FACTORY.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      return node(parser, first, file);
    } catch (NoSuchFileException e) {
      throw new ProfilesParseException("profiles.yml not found", file, 0, 0, null, null);
    } catch (StreamReadException e) {
      throw malformed(e, file);
    } catch (IOException e) {
      throw new ProfilesParseException(
          "cannot read the file: " + e.getClass().getSimpleName(), file, 0, 0, null, null);
    }
  }

  private static ProfilesParseException malformed(StreamReadException e, Path file) {
    // SnakeYAML's full message quotes the offending line, which may hold a password: keep only
    // the problem and its context, and drop the cause so no stack trace repeats it.
    String reason = "malformed YAML";
    int line = 0;
    int column = 0;
    if (e.getCause() instanceof MarkedYAMLException m) {
      StringBuilder sb = new StringBuilder("malformed YAML: ");
      if (m.getContext() != null) {
        sb.append(m.getContext());
        if (m.getContextMark() != null) {
          sb.append(" started at ")
              .append(m.getContextMark().getLine() + 1)
              .append(':')
              .append(m.getContextMark().getColumn() + 1);
        }
        sb.append(": ");
      }
      sb.append(m.getProblem() == null ? "syntax error" : m.getProblem());
      reason = sb.toString();
      if (m.getProblemMark() != null) {
        line = m.getProblemMark().getLine() + 1;
        column = m.getProblemMark().getColumn() + 1;
      }
    } else {
      String original = e.getOriginalMessage();
      if (original != null) {
        int nl = original.indexOf('\n');
        reason = "malformed YAML: " + (nl < 0 ? original : original.substring(0, nl));
      }
      JsonLocation loc = e.getLocation();
      if (loc != null) {
        line = Math.max(0, loc.getLineNr());
        column = Math.max(0, loc.getColumnNr());
      }
    }
    return new ProfilesParseException(reason, file, line, column, null, null);
  }

  private static Node node(JsonParser p, JsonToken token, Path file) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonToken valueToken = p.nextToken();
          entries.put(key, node(p, valueToken, file));
        }
        return new MapNode(Collections.unmodifiableMap(entries), line, column);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(node(p, t, file));
        }
        return new ListNode(List.copyOf(items), line, column);
      }
      case VALUE_NULL -> {
        return new Scalar(null, line, column);
      }
      default -> {
        return new Scalar(p.getText(), line, column);
      }
    }
  }
}
