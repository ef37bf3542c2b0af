package io.github.supersetsdk.client.internal;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Encodes values as Rison, the compact URI-friendly JSON variant that Flask-AppBuilder's REST API
 * reads from the {@code q} query parameter ({@code (page:0,page_size:100,filters:!((col:name,opr:eq,
 * value:'a b')))}).
 *
 * <p>Rules: objects are {@code (k:v,...)}, arrays {@code !(v,...)}, {@code true}/{@code false}/{@code
 * null} are {@code !t}/{@code !f}/{@code !n}; numbers are written plainly (no exponent, no {@code +});
 * a string is written bare only if it is a safe identifier (ASCII letters, digits and {@code _-./~},
 * not starting with a digit or {@code -}), otherwise it is quoted with {@code '} and {@code !} and
 * {@code '} inside it are escaped as {@code !!} and {@code !'}. Quoting more than strictly necessary is
 * always valid Rison, so the encoder errs on that side. Map keys follow the string rules; map order is
 * kept.
 *
 * <p>Supported values: {@code null}, {@link Boolean}, {@link Number}, {@link CharSequence}, {@link
 * Enum} (its name), {@link Map}, {@link Iterable}, arrays, and single-component records (typed ids and
 * open value classes), which encode as their component. Stateless and thread-safe.
 */
public final class Rison {

  private Rison() {}

  /**
   * Encodes a value.
   *
   * @param value the value
   * @return its Rison form
   * @throws IllegalArgumentException if the value, or a value inside it, is of an unsupported type or
   *     is a non-finite number
   */
  public static String encode(@Nullable Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value);
    return sb.toString();
  }

  private static void write(StringBuilder sb, @Nullable Object value) {
    if (value == null) {
      sb.append("!n");
    } else if (value instanceof Boolean b) {
      sb.append(b ? "!t" : "!f");
    } else if (value instanceof Number n) {
      writeNumber(sb, n);
    } else if (value instanceof CharSequence s) {
      writeString(sb, s.toString());
    } else if (value instanceof Enum<?> e) {
      writeString(sb, e.name());
    } else if (value instanceof Map<?, ?> map) {
      sb.append('(');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        Object key = entry.getKey();
        if (!(key instanceof CharSequence)) {
          throw new IllegalArgumentException("Rison object keys must be strings, got " + typeName(key));
        }
        writeString(sb, key.toString());
        sb.append(':');
        write(sb, entry.getValue());
      }
      sb.append(')');
    } else if (value instanceof Iterable<?> items) {
      sb.append("!(");
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, item);
      }
      sb.append(')');
    } else if (value.getClass().isArray()) {
      sb.append("!(");
      int length = Array.getLength(value);
      for (int i = 0; i < length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, Array.get(value, i));
      }
      sb.append(')');
    } else if (value instanceof Record record && record.getClass().getRecordComponents().length == 1) {
      RecordComponent component = record.getClass().getRecordComponents()[0];
      try {
        write(sb, component.getAccessor().invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot read " + typeName(value), e);
      }
    } else {
      throw new IllegalArgumentException("cannot encode " + typeName(value) + " as Rison");
    }
  }

  private static void writeNumber(StringBuilder sb, Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger) {
      sb.append(n);
      return;
    }
    BigDecimal decimal;
    if (n instanceof BigDecimal d) {
      decimal = d;
    } else {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("Rison cannot encode the number " + d);
      }
      decimal = BigDecimal.valueOf(d);
    }
    decimal = decimal.stripTrailingZeros();
    // toPlainString never uses an exponent, so there is no "E+" that Rison would reject.
    sb.append(decimal.signum() == 0 ? "0" : decimal.toPlainString());
  }

  private static void writeString(StringBuilder sb, String s) {
    if (isId(s)) {
      sb.append(s);
      return;
    }
    sb.append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '!') {
        sb.append('!');
      }
      sb.append(c);
    }
    sb.append('\'');
  }

  /**
   * Whether a string may be written without quotes.
   *
   * @param s the string
   * @return {@code true} if it is a safe Rison identifier
   */
  static boolean isId(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (first == '-' || (first >= '0' && first <= '9')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-' || c == '.' || c == '/' || c == '~';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String typeName(@Nullable Object value) {
    return value == null ? "null" : value.getClass().getName();
  }
}
