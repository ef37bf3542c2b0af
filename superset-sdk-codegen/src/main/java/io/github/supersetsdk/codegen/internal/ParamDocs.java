package io.github.supersetsdk.codegen.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code @param} and {@code @throws} blocks of a javadoc comment as the compiler returns it. */
final class ParamDocs {

  private ParamDocs() {}

  /**
   * The text of every {@code @param} block, by parameter name, continuation lines joined by a space.
   */
  static Map<String, String> parse(String comment) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String block : blocks(comment)) {
      if (block.startsWith("@param ")) {
        String rest = block.substring("@param ".length()).trim();
        int space = rest.indexOf(' ');
        if (space > 0) {
          result.put(rest.substring(0, space), rest.substring(space + 1).trim());
        }
      }
    }
    return result;
  }

  /** The {@code @throws} blocks, each as one line starting with {@code @throws}. */
  static List<String> throwsLines(String comment) {
    List<String> result = new ArrayList<>();
    for (String block : blocks(comment)) {
      if (block.startsWith("@throws ")) {
        result.add(block);
      }
    }
    return result;
  }

  // Block tags start a line with '@'; every following line up to the next tag belongs to it.
  private static List<String> blocks(String comment) {
    List<String> blocks = new ArrayList<>();
    if (comment == null) {
      return blocks;
    }
    StringBuilder current = null;
    for (String raw : comment.split("\n", -1)) {
      String line = raw.trim();
      if (line.startsWith("@")) {
        if (current != null) {
          blocks.add(current.toString());
        }
        current = new StringBuilder(line);
      } else if (current != null && !line.isEmpty()) {
        current.append(' ').append(line);
      }
    }
    if (current != null) {
      blocks.add(current.toString());
    }
    return blocks;
  }
}
