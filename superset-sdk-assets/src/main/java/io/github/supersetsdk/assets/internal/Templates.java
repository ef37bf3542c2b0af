package io.github.supersetsdk.assets.internal;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.UnknownTokenException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders the Jinja of folder values with Jinjava, the engine the dbt sync uses for profiles.yml.
 * Jinja that Superset itself evaluates (in virtual-dataset SQL, for example) is written inside
 * {@code {% raw %}} blocks by the export, so rendering gives it back unchanged. Thread-safe.
 */
public final class Templates {

  /** A value that could not be rendered; never carries a rendered value. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final @Nullable String variable;

    Failure(String message, @Nullable String variable) {
      super(message);
      this.variable = variable;
    }

    /** The variable without a value, or null. */
    public @Nullable String variable() {
      return variable;
    }
  }

  private static final Jinjava JINJAVA = new Jinjava(JinjavaConfig.newBuilder()
      // A variable without a value is an error, never an empty string in a dashboard.
      .withFailOnUnknownTokens(true)
      .withNestedInterpretationEnabled(false)
      .withMaxOutputSize(1 << 22)
      .build());

  private static final String RAW_OPEN = "{% raw %}";
  private static final String RAW_CLOSE = "{% endraw %}";

  private Templates() {}

  /**
   * Tells whether a string holds Jinja delimiters.
   *
   * @param value the string
   * @return whether it holds {@code {{}}, {@code {%} or {@code {#}
   */
  public static boolean isTemplate(String value) {
    return value.contains("{{") || value.contains("{%") || value.contains("{#");
  }

  /**
   * Protects a server value's own Jinja from rendering: the value comes back unchanged from {@link
   * #render}.
   *
   * @param value the value as Superset stores it
   * @return the value itself, or the value in a raw block when it holds Jinja delimiters
   */
  public static String escape(String value) {
    if (!isTemplate(value)) {
      return value;
    }
    if (!value.contains("endraw")) {
      return RAW_OPEN + value + RAW_CLOSE;
    }
    // A value that closes a raw block itself: print each delimiter as a string literal instead.
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      char n = i + 1 < value.length() ? value.charAt(i + 1) : 0;
      if (c == '{' && (n == '{' || n == '%' || n == '#')) {
        sb.append("{{ '{").append(n).append("' }}");
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Renders one value.
   *
   * @param template the value's text
   * @param variables the variables
   * @return the rendered text
   * @throws Failure if a variable has no value or the template is invalid
   */
  public static String render(String template, Map<String, Object> variables) throws Failure {
    if (!isTemplate(template)) {
      return template;
    }
    RenderResult result;
    try {
      result = JINJAVA.renderForResult(template, new HashMap<>(variables));
    } catch (UnknownTokenException e) {
      String token = token(e.getMessage());
      throw new Failure("template variable '" + token + "' has no value", token);
    } catch (RuntimeException e) {
      // Jinjava wraps an unknown variable in other exceptions; the token's name is in the chain.
      for (Throwable t = e; t != null; t = t.getCause()) {
        String token = token(t.getMessage());
        if (token != null) {
          throw new Failure("template variable '" + token + "' has no value", token);
        }
      }
      throw new Failure("invalid Jinja: " + firstLine(e.getMessage()), null);
    }
    for (TemplateError error : result.getErrors()) {
      String unknown = token(error.getMessage());
      if (unknown != null) {
        throw new Failure("template variable '" + unknown + "' has no value", unknown);
      }
      if (error.getReason() == TemplateError.ErrorReason.UNKNOWN && error.getFieldName() != null) {
        throw new Failure("template variable '" + error.getFieldName() + "' has no value", error.getFieldName());
      }
      if (error.getSeverity() == TemplateError.ErrorType.FATAL
          || error.getReason() == TemplateError.ErrorReason.UNKNOWN
          || error.getReason() == TemplateError.ErrorReason.SYNTAX_ERROR
          || error.getReason() == TemplateError.ErrorReason.EXCEPTION) {
        String token = error.getReason() == TemplateError.ErrorReason.UNKNOWN ? token(error.getMessage()) : null;
        throw token != null
            ? new Failure("template variable '" + token + "' has no value", token)
            : new Failure("invalid Jinja: " + firstLine(error.getMessage()), null);
      }
    }
    return result.getOutput();
  }

  private static @Nullable String token(@Nullable String message) {
    if (message == null) {
      return null;
    }
    String first = firstLine(message);
    int i = first.indexOf("Unknown token found: ");
    if (i >= 0) {
      return first.substring(i + "Unknown token found: ".length()).trim();
    }
    return null;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "cannot render";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
