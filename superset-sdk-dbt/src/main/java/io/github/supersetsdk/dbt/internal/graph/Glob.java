package io.github.supersetsdk.dbt.internal.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Shell-style matching with the semantics of Python's {@code fnmatch} and {@code pathlib} glob. */
public final class Glob {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Glob() {}

  /**
   * Tells whether {@code name} matches {@code pattern} as Python's {@code fnmatch.fnmatch} does
   * on POSIX: case-sensitive, {@code *} and {@code ?} cross {@code /}, {@code [!..]} negates.
   *
   * @param name the string
   * @param pattern the pattern
   * @return whether it matches
   */
  public static boolean fnmatch(String name, String pattern) {
    if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0 && pattern.indexOf('[') < 0) {
      return name.equals(pattern);
    }
    return CACHE.computeIfAbsent(pattern, Glob::translate).matcher(name).matches();
  }

  static Pattern translate(String pat) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    int n = pat.length();
    while (i < n) {
      char c = pat.charAt(i++);
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else if (c == '[') {
        int j = i;
        if (j < n && pat.charAt(j) == '!') {
          j++;
        }
        if (j < n && pat.charAt(j) == ']') {
          j++;
        }
        while (j < n && pat.charAt(j) != ']') {
          j++;
        }
        if (j >= n) {
          re.append("\\[");
        } else {
          String stuff = pat.substring(i, j).replace("\\", "\\\\");
          i = j + 1;
          if (stuff.startsWith("!")) {
            stuff = "^" + stuff.substring(1);
          } else if (stuff.startsWith("^")) {
            stuff = "\\" + stuff;
          }
          re.append('[').append(stuff.replace("[", "\\[")).append(']');
        }
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  /**
   * Tells whether a relative path matches a {@code pathlib}-style glob, where {@code *} stays
   * within one segment and {@code **} spans any number of directories.
   *
   * @param path the path segments
   * @param pattern the pattern segments
   * @return whether it matches
   */
  public static boolean pathMatch(List<String> path, List<String> pattern) {
    return pathMatch(path, 0, pattern, 0);
  }

  private static boolean pathMatch(List<String> path, int pi, List<String> pattern, int qi) {
    if (qi == pattern.size()) {
      return pi == path.size();
    }
    String q = pattern.get(qi);
    if (q.equals("**")) {
      for (int k = pi; k <= path.size(); k++) {
        if (pathMatch(path, k, pattern, qi + 1)) {
          return true;
        }
      }
      return false;
    }
    if (pi == path.size()) {
      return false;
    }
    return fnmatch(path.get(pi), q) && pathMatch(path, pi + 1, pattern, qi + 1);
  }
}
