package io.github.supersetsdk.sync.internal.metrics;

import io.github.supersetsdk.dbt.semantic.Dimension;
import io.github.supersetsdk.dbt.semantic.Entity;
import io.github.supersetsdk.dbt.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders MetricFlow where-filter templates ({@code {{ Dimension('order__status') }} = 'x'}) to
 * SQL over the columns of one semantic model's table. The template language is a fixed set of
 * calls ({@code Dimension}, {@code TimeDimension}, {@code Entity}, {@code Metric}) with string,
 * list and keyword arguments and the {@code .grain()} and {@code .date_part()} methods, so it is
 * parsed here rather than run by a Jinja engine. Immutable and thread-safe.
 */
final class FilterRenderer {

  private static final Set<String> GRAINS =
      Set.of(
          "nanosecond", "microsecond", "millisecond", "second", "minute", "hour", "day", "week",
          "month", "quarter", "year");

  /** Thrown for a template that does not parse or names nothing; becomes a typed error. */
  static final class BadFilter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadFilter(String message) {
      super(message, null, false, false);
    }
  }

  private final Dialect dialect;
  private final List<SemanticModel> models;

  FilterRenderer(Dialect dialect, List<SemanticModel> models) {
    this.dialect = dialect;
    this.models = List.copyOf(models);
  }

  /**
   * Renders one filter on a semantic model.
   *
   * @param template the where template
   * @param home the semantic model whose rows are filtered
   * @param aggTimeDimension the time dimension {@code metric_time} stands for
   * @return the SQL condition
   * @throws Skip if the filter needs another semantic model or a subquery
   * @throws BadFilter if the template does not parse or names an unknown element
   */
  String render(String template, SemanticModel home, String aggTimeDimension) {
    StringBuilder out = new StringBuilder(template.length());
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("{{", i);
      int block = template.indexOf("{%", i);
      if (block >= 0 && (open < 0 || block < open)) {
        throw new BadFilter("Jinja statements ({% ... %}) are not allowed in a where filter");
      }
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf("}}", open + 2);
      if (close < 0) {
        throw new BadFilter("unclosed '{{' at offset " + open);
      }
      out.append(template, i, open);
      Call call = new Parser(template.substring(open + 2, close)).parse();
      out.append(resolve(call, home, aggTimeDimension));
      i = close + 2;
    }
    return out.toString().trim();
  }

  // ------------------------------------------------------------------------------------------
  // Resolution

  private String resolve(Call call, SemanticModel home, String aggTime) {
    // the 2023 pre-release wrote dimension(), time_dimension() and entity() in lower case
    switch (call.function) {
      case "Dimension":
      case "dimension":
      case "TimeDimension":
      case "time_dimension":
        return dimension(call, home, aggTime);
      case "Entity":
      case "entity":
        return entity(call, home);
      case "Metric":
        throw new Skip(
            "filter uses metric " + call.text + ", which needs a subquery per row, not one"
                + " aggregate", home);
      default:
        throw new BadFilter("unknown template function '" + call.function + "' in " + call.text);
    }
  }

  private String dimension(Call call, SemanticModel home, String aggTime) {
    String ref = call.stringArg(0, "name");
    if (ref == null) {
      throw new BadFilter(call.function + " without a name in " + call.text);
    }
    List<String> parts = new ArrayList<>(List.of(ref.split("__", -1)));
    List<String> entityPath = new ArrayList<>(call.listArg("entity_path"));
    String grain = call.stringArg(1, "time_granularity_name");
    if (grain == null) {
      grain = call.stringArg(-1, "time_granularity");
    }
    String datePart = call.stringArg(-1, "date_part_name");
    for (Call m : call.methods) {
      switch (m.function) {
        case "grain":
          grain = m.stringArg(0, "time_granularity");
          break;
        case "date_part":
          datePart = m.stringArg(0, "date_part_name");
          break;
        case "descending":
          break;
        default:
          throw new BadFilter("unknown method '." + m.function + "()' in " + call.text);
      }
    }
    if (parts.size() > 1 && GRAINS.contains(parts.get(parts.size() - 1).toLowerCase(Locale.ROOT))) {
      String suffix = parts.remove(parts.size() - 1).toLowerCase(Locale.ROOT);
      grain = grain == null ? suffix : grain;
    } else if (parts.size() > 1 && grain == null && datePart == null
        && findDimension(home, parts.get(parts.size() - 1)) == null
        && isTimeDimension(home, parts.get(parts.size() - 2), aggTime)) {
      // 'order__order_date__fiscal_quarter': a time dimension with a custom granularity (dbt 1.9+)
      grain = parts.remove(parts.size() - 1);
    }
    String name = parts.remove(parts.size() - 1);
    entityPath.addAll(parts);
    if (name.equals("metric_time") && entityPath.isEmpty()) {
      Dimension d = findDimension(home, aggTime);
      if (d == null) {
        throw new BadFilter("metric_time: the agg_time_dimension '" + aggTime
            + "' is not a dimension of semantic model '" + home.name() + "'");
      }
      return time(call, home, d, grain, datePart);
    }
    boolean time = call.function.equalsIgnoreCase("TimeDimension")
        || call.function.equals("time_dimension") || grain != null || datePart != null;
    if (entityPath.isEmpty()) {
      // the 2023 pre-release named the model's own dimensions without an entity
      Dimension own = findDimension(home, name);
      if (own == null) {
        throw new BadFilter(call.function + "('" + ref + "') names no entity and semantic model '"
            + home.name() + "' has no dimension '" + name + "'");
      }
      return time || own.type().equals("time") ? time(call, home, own, grain, datePart) : column(own);
    }
    if (entityPath.size() > 1) {
      throw new Skip("filter " + call.text + " joins through entities "
          + String.join(" -> ", entityPath) + ", other semantic models than '" + home.name() + "'",
          home);
    }
    String entityName = entityPath.get(0);
    Entity link = findEntity(home, entityName);
    if (link == null) {
      throw new BadFilter(call.text + ": semantic model '" + home.name()
          + "' has no entity '" + entityName + "'");
    }
    Dimension local = findDimension(home, name);
    if (local != null && identifies(home, link)) {
      return time || local.type().equals("time") ? time(call, home, local, grain, datePart) : column(local);
    }
    for (SemanticModel other : models) {
      if (other == home) {
        continue;
      }
      Entity e = findEntity(other, entityName);
      if (e != null && identifies(other, e) && findDimension(other, name) != null) {
        throw new Skip("filter " + call.text + " reads dimension '" + name
            + "' of semantic model '" + other.name() + "', which needs a join from '"
            + home.name() + "'", home);
      }
    }
    throw new BadFilter(call.text + ": no semantic model identified by entity '" + entityName
        + "' has a dimension '" + name + "'");
  }

  private String entity(Call call, SemanticModel home) {
    String ref = call.stringArg(0, "name");
    if (ref == null) {
      throw new BadFilter("Entity without a name in " + call.text);
    }
    List<String> parts = new ArrayList<>(List.of(ref.split("__", -1)));
    List<String> path = new ArrayList<>(call.listArg("entity_path"));
    String name = parts.remove(parts.size() - 1);
    path.addAll(parts);
    if (!path.isEmpty()) {
      throw new Skip("filter " + call.text + " reads an entity through "
          + String.join(" -> ", path) + ", another semantic model than '" + home.name() + "'",
          home);
    }
    Entity e = findEntity(home, name);
    if (e == null) {
      throw new BadFilter(call.text + ": semantic model '" + home.name() + "' has no entity '"
          + name + "'");
    }
    return e.expr() != null ? wrap(e.expr()) : dialect.identifier(e.name());
  }

  private String time(Call call, SemanticModel home, Dimension d, @Nullable String grain,
      @Nullable String datePart) {
    if (!d.type().equals("time")) {
      throw new BadFilter("dimension '" + d.name() + "' is categorical but is used with a time"
          + " granularity or date part");
    }
    String col = column(d);
    if (datePart != null) {
      return dialect.datePart(datePart, col);
    }
    String g = grain != null ? grain : d.timeGranularity() != null ? d.timeGranularity() : "day";
    if (!GRAINS.contains(g.toLowerCase(Locale.ROOT))) {
      // dbt accepts no other name than a custom granularity of the time spine: its periods are in a
      // column of the time spine table, not something DATE_TRUNC computes
      throw new Skip("filter " + call.text + " groups time dimension '" + d.name() + "' by '" + g
          + "', a custom granularity of the time spine, which needs a join to the time spine table",
          home);
    }
    return dialect.dateTrunc(g, col);
  }

  private static boolean isTimeDimension(SemanticModel home, String name, String aggTime) {
    Dimension d = findDimension(home, name.equals("metric_time") ? aggTime : name);
    return d != null && d.type().equals("time");
  }

  private String column(Dimension d) {
    return d.expr() != null ? wrap(d.expr()) : dialect.identifier(d.name());
  }

  /** Parenthesises an expression unless it is one identifier. */
  static String wrap(String expr) {
    String e = expr.trim();
    return e.matches("[A-Za-z_][A-Za-z0-9_]*|\"(?:[^\"]|\"\")+\"|`(?:[^`\\\\]|``|\\\\.)+`|-?[0-9]+(\\.[0-9]+)?") ? e
        : "(" + e + ")";
  }

  /** Whether a model's rows are identified by the entity: MetricFlow joins only onto those. */
  private static boolean identifies(SemanticModel m, Entity e) {
    return !e.type().equals("foreign") || e.name().equals(m.primaryEntity());
  }

  static @Nullable Dimension findDimension(SemanticModel m, String name) {
    for (Dimension d : m.dimensions()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }

  private static @Nullable Entity findEntity(SemanticModel m, String name) {
    for (Entity e : m.entities()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    if (name.equals(m.primaryEntity())) {
      return new Entity(name, "primary", null, null, null, null, Map.of());
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------
  // Parsing

  /** A call such as {@code Dimension('a__b', entity_path=['c']).grain('month')}. */
  private static final class Call {
    final String function;
    final List<Object> positional = new ArrayList<>();
    final Map<String, Object> named = new LinkedHashMap<>();
    final List<Call> methods = new ArrayList<>();
    String text = "";

    Call(String function) {
      this.function = function;
    }

    /** A string argument by position (-1: only by name) or name. */
    @Nullable String stringArg(int position, String name) {
      Object v = named.get(name);
      if (v == null && position >= 0 && position < positional.size()) {
        v = positional.get(position);
      }
      if (v != null && !(v instanceof String)) {
        throw new BadFilter("argument '" + name + "' of " + text + " is not a string");
      }
      return (String) v;
    }

    List<String> listArg(String name) {
      Object v = named.get(name);
      if (v == null) {
        return List.of();
      }
      if (!(v instanceof List)) {
        throw new BadFilter("argument '" + name + "' of " + text + " is not a list");
      }
      List<String> out = new ArrayList<>();
      for (Object o : (List<?>) v) {
        out.add(String.valueOf(o));
      }
      return out;
    }
  }

  private static final class Parser {
    private final String s;
    private int p;

    Parser(String s) {
      this.s = s;
    }

    Call parse() {
      Call call = call();
      while (peek() == '.') {
        p++;
        call.methods.add(call());
      }
      if (peek() != 0) {
        throw new BadFilter("unexpected '" + s.substring(p).trim() + "' in {{" + s + "}}");
      }
      call.text = s.trim();
      for (Call m : call.methods) {
        m.text = call.text;
      }
      return call;
    }

    private Call call() {
      String name = ident();
      Call call = new Call(name);
      expect('(');
      if (peek() != ')') {
        do {
          skipSpace();
          int save = p;
          String key = null;
          if (Character.isJavaIdentifierStart(peek())) {
            String id = ident();
            if (peek() == '=') {
              p++;
              key = id;
            } else {
              p = save;
            }
          }
          Object value = value();
          if (key != null) {
            call.named.put(key, value);
          } else {
            call.positional.add(value);
          }
        } while (accept(','));
      }
      expect(')');
      return call;
    }

    private Object value() {
      char c = peek();
      if (c == '\'' || c == '"') {
        return string();
      }
      if (c == '[') {
        p++;
        List<Object> list = new ArrayList<>();
        if (peek() != ']') {
          do {
            list.add(value());
          } while (accept(','));
        }
        expect(']');
        return list;
      }
      if (Character.isJavaIdentifierStart(c)) {
        String id = ident();
        return switch (id) {
          case "True", "true" -> Boolean.TRUE;
          case "False", "false" -> Boolean.FALSE;
          case "None", "none" -> "";
          default -> throw new BadFilter("unexpected name '" + id + "' in {{" + s + "}}");
        };
      }
      int start = p;
      while (p < s.length() && (Character.isDigit(s.charAt(p)) || s.charAt(p) == '.')) {
        p++;
      }
      if (start == p) {
        throw new BadFilter("unexpected '" + s.substring(p).trim() + "' in {{" + s + "}}");
      }
      return s.substring(start, p);
    }

    private String string() {
      char quote = s.charAt(p++);
      StringBuilder b = new StringBuilder();
      while (p < s.length() && s.charAt(p) != quote) {
        char c = s.charAt(p++);
        if (c == '\\' && p < s.length()) {
          c = s.charAt(p++);
        }
        b.append(c);
      }
      if (p >= s.length()) {
        throw new BadFilter("unclosed string in {{" + s + "}}");
      }
      p++;
      return b.toString();
    }

    private String ident() {
      skipSpace();
      int start = p;
      while (p < s.length() && Character.isJavaIdentifierPart(s.charAt(p))) {
        p++;
      }
      if (start == p) {
        throw new BadFilter("expected a name at '" + s.substring(p).trim() + "' in {{" + s + "}}");
      }
      return s.substring(start, p);
    }

    private char peek() {
      skipSpace();
      return p < s.length() ? s.charAt(p) : 0;
    }

    private boolean accept(char c) {
      if (peek() == c) {
        p++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!accept(c)) {
        throw new BadFilter("expected '" + c + "' at '" + s.substring(Math.min(p, s.length())).trim()
            + "' in {{" + s + "}}");
      }
    }

    private void skipSpace() {
      while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
    }
  }
}
