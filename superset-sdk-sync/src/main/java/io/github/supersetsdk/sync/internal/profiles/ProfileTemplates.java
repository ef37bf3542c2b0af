package io.github.supersetsdk.sync.internal.profiles;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders the Jinja of one profiles.yml value with Jinjava and dbt's profile context: the
 * {@code env_var} function and the {@code as_text}, {@code as_bool}, {@code as_number} and
 * {@code as_native} filters. Nothing else of dbt's context ({@code target}, {@code var},
 * {@code ref}) exists while profiles are read, so unknown names fail instead of rendering empty.
 *
 * <p>Thread-safe: the engine is shared and immutable once built; per-render state (the environment
 * and the first failure) lives in a thread-local that {@link #render} sets and clears.
 */
public final class ProfileTemplates {

  /** Why a value could not be rendered; carries no secret. */
  public static final class TemplateFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final @Nullable String missingVariable;

    TemplateFailure(String message, @Nullable String missingVariable) {
      super(message, null, false, false);
      this.missingVariable = missingVariable;
    }

    /** The unset variable env_var() asked for without a default, or null for other failures. */
    public @Nullable String missingVariable() {
      return missingVariable;
    }
  }

  private static final class State {
    final Map<String, String> env;
    @Nullable String missingVariable;
    @Nullable String filterError;

    State(Map<String, String> env) {
      this.env = env;
    }
  }

  private static final ThreadLocal<State> STATE = new ThreadLocal<>();
  private static final Jinjava JINJAVA = newEngine();

  private ProfileTemplates() {}

  private static Jinjava newEngine() {
    JinjavaConfig config =
        JinjavaConfig.newBuilder()
            // An unknown variable such as {{ target.name }} is an error, not an empty string.
            .withFailOnUnknownTokens(true)
            .withNestedInterpretationEnabled(false)
            .withMaxOutputSize(1 << 20)
            .build();
    Jinjava jinjava = new Jinjava(config);
    jinjava
        .getGlobalContext()
        .registerFunction(
            new ELFunctionDefinition(
                "", "env_var", ProfileTemplates.class, "envVar", String.class, Object[].class));
    jinjava.getGlobalContext().registerFilter(new AsText());
    jinjava.getGlobalContext().registerFilter(new AsBool());
    jinjava.getGlobalContext().registerFilter(new AsNumber());
    jinjava.getGlobalContext().registerFilter(new AsNative());
    return jinjava;
  }

  /** Tells whether a value holds Jinja at all; plain values are used as they are. */
  public static boolean isTemplate(String value) {
    return value.contains("{{") || value.contains("{%") || value.contains("{#");
  }

  /**
   * Renders one value.
   *
   * @param template the value's text
   * @param env the environment env_var() reads
   * @return the rendered text
   * @throws TemplateFailure if the value cannot be rendered; the message holds no rendered value
   */
  public static String render(String template, Map<String, String> env) throws TemplateFailure {
    if (!isTemplate(template)) {
      return template;
    }
    State state = new State(env);
    STATE.set(state);
    RenderResult result;
    try {
      result = JINJAVA.renderForResult(template, new HashMap<>());
    } catch (RuntimeException e) {
      // Jinjava throws for some fatal errors (e.g. an unknown token) instead of collecting them.
      throw failure(state, describe(e));
    } finally {
      STATE.remove();
    }
    if (state.missingVariable != null || state.filterError != null) {
      throw failure(state, "");
    }
    for (TemplateError error : result.getErrors()) {
      if (error.getSeverity() == TemplateError.ErrorType.FATAL
          || error.getReason() == TemplateError.ErrorReason.UNKNOWN
          || error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR
          || error.getReason() == TemplateError.ErrorReason.EXCEPTION
          || error.getReason() == TemplateError.ErrorReason.DISABLED) {
        throw failure(state, clean(error.getMessage()));
      }
    }
    return result.getOutput();
  }

  private static TemplateFailure failure(State state, String fallback) {
    if (state.missingVariable != null) {
      return new TemplateFailure(
          "environment variable '" + state.missingVariable + "' is required but not set",
          state.missingVariable);
    }
    if (state.filterError != null) {
      return new TemplateFailure(state.filterError, null);
    }
    return new TemplateFailure(fallback.isBlank() ? "cannot render the Jinja expression" : fallback, null);
  }

  private static String describe(RuntimeException e) {
    Throwable t = e;
    String message = e.getMessage();
    if (e instanceof com.hubspot.jinjava.interpret.UnknownTokenException) {
      return clean(message);
    }
    while ((message == null || message.isBlank()) && t.getCause() != null) {
      t = t.getCause();
      message = t.getMessage();
    }
    return clean(message == null ? e.getClass().getSimpleName() : message);
  }

  private static final String CONTEXT_HINT =
      "; profiles.yml can use env_var(), the as_text, as_bool, as_number and as_native filters and"
          + " Jinja's built-ins (dbt's target, var and the rest of the project context are not defined"
          + " there)";

  private static String clean(@Nullable String message) {
    if (message == null) {
      return "cannot render the Jinja expression";
    }
    // Jinjava messages can be long and multi-line; the first line says what is wrong.
    int nl = message.indexOf('\n');
    String first = nl < 0 ? message : message.substring(0, nl);
    // Wrapped exceptions repeat their cause as "SomeException: message".
    first = first.replaceFirst("^([A-Za-z0-9_$.]*(Exception|Error): )+", "");
    if (first.startsWith("Unknown token found: ")) {
      return "unknown name '" + first.substring("Unknown token found: ".length()).trim() + "'" + CONTEXT_HINT;
    }
    if (first.startsWith("Could not resolve function")) {
      return "unknown function " + first.substring("Could not resolve function".length()).trim()
          + CONTEXT_HINT;
    }
    if (first.startsWith("Unknown filter") || first.contains("ilter") && first.contains("not found")) {
      return first + CONTEXT_HINT;
    }
    return first;
  }

  private static State state() {
    State s = STATE.get();
    if (s == null) {
      throw new IllegalStateException("profiles template function called outside a render");
    }
    return s;
  }

  /**
   * dbt's {@code env_var(name[, default])}: the variable's value, else the default, else an error.
   * Public and static because Jinjava binds EL functions to static methods by reflection.
   *
   * @param name the variable name
   * @param rest at most one default value
   * @return the value
   */
  public static String envVar(String name, Object... rest) {
    State s = state();
    if (rest.length > 1) {
      s.filterError = "env_var() takes a name and at most one default, got " + (rest.length + 1) + " arguments";
      throw new IllegalArgumentException(s.filterError);
    }
    String value = s.env.get(name);
    if (value != null) {
      return value;
    }
    if (rest.length == 1 && rest[0] != null) {
      return String.valueOf(rest[0]);
    }
    if (s.missingVariable == null) {
      s.missingVariable = name;
    }
    throw new IllegalArgumentException("Env var required but not provided: '" + name + "'");
  }

  private static String text(@Nullable Object var) {
    return var == null ? "" : String.valueOf(var);
  }

  private static final class AsText implements Filter {
    @Override
    public String getName() {
      return "as_text";
    }

    @Override
    public Object filter(@Nullable Object var, JinjavaInterpreter interpreter, String... args) {
      return text(var);
    }
  }

  private static final class AsNative implements Filter {
    @Override
    public String getName() {
      return "as_native";
    }

    @Override
    public Object filter(@Nullable Object var, JinjavaInterpreter interpreter, String... args) {
      return text(var);
    }
  }

  private static final class AsBool implements Filter {
    @Override
    public String getName() {
      return "as_bool";
    }

    @Override
    public Object filter(@Nullable Object var, JinjavaInterpreter interpreter, String... args) {
      if (var instanceof Boolean b) {
        return b;
      }
      String t = text(var).trim().toLowerCase(Locale.ROOT);
      if (t.equals("true")) {
        return Boolean.TRUE;
      }
      if (t.equals("false")) {
        return Boolean.FALSE;
      }
      // The value is not shown: it may be a secret read from the environment.
      State s = state();
      s.filterError = "as_bool: the value is not true or false";
      throw new IllegalArgumentException(s.filterError);
    }
  }

  private static final class AsNumber implements Filter {
    @Override
    public String getName() {
      return "as_number";
    }

    @Override
    public Object filter(@Nullable Object var, JinjavaInterpreter interpreter, String... args) {
      if (var instanceof Number n) {
        return n;
      }
      String t = text(var).trim();
      try {
        BigDecimal d = new BigDecimal(t);
        return d.scale() <= 0 ? (Object) d.toBigIntegerExact() : d;
      } catch (NumberFormatException | ArithmeticException e) {
        State s = state();
        s.filterError = "as_number: the value is not a number";
        throw new IllegalArgumentException(s.filterError, e);
      }
    }
  }
}
