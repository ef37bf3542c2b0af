package io.github.supersetsdk.sync.internal.metrics;

import java.util.Map;

/** Replaces bare identifiers in SQL text, leaving string literals and quoted names alone. */
final class SqlText {

  private SqlText() {}

  /**
   * Replaces each bare identifier that is a key of {@code replacements}, in any case, and is not
   * qualified ({@code x.name}) or called ({@code name(}). Any case, because MetricFlow leaves a
   * derived expression's names as written and the database folds unquoted names: {@code
   * A_Line_Count} reads the input {@code a_line_count}. (dbt's metric names and aliases are lower
   * case.)
   *
   * @param sql the SQL text
   * @param replacements identifier to replacement text
   * @return the new text
   */
  static String replaceIdentifiers(String sql, Map<String, String> replacements) {
    Map<String, String> folded = new java.util.HashMap<>();
    replacements.forEach((k, v) -> folded.putIfAbsent(k.toLowerCase(java.util.Locale.ROOT), v));
    StringBuilder out = new StringBuilder(sql.length() * 2);
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < n) {
          if (sql.charAt(j) == c) {
            if (j + 1 < n && sql.charAt(j + 1) == c) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        j = Math.min(j + 1, n);
        out.append(sql, i, j);
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
          j++;
        }
        String word = sql.substring(i, j);
        String replacement = replacements.containsKey(word) ? replacements.get(word)
            : folded.get(word.toLowerCase(java.util.Locale.ROOT));
        if (replacement != null && !qualified(sql, i) && !called(sql, j)) {
          out.append(replacement);
        } else {
          out.append(word);
        }
        i = j;
      } else if (Character.isDigit(c)) {
        // a number such as 1e5 must not yield the identifier e5
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
          j++;
        }
        out.append(sql, i, j);
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean qualified(String sql, int start) {
    int k = start - 1;
    while (k >= 0 && Character.isWhitespace(sql.charAt(k))) {
      k--;
    }
    return k >= 0 && sql.charAt(k) == '.';
  }

  private static boolean called(String sql, int end) {
    int k = end;
    while (k < sql.length() && Character.isWhitespace(sql.charAt(k))) {
      k++;
    }
    return k < sql.length() && sql.charAt(k) == '(';
  }
}
