package io.github.supersetsdk.dbt.internal.json;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds where the members of a JSON document's root object begin and end without tokenizing (it
 * only tracks strings and nesting), and guesses where a large map of dbt resources can be cut
 * between two entries. It trusts its input to be JSON: every slice is then read by Jackson, which
 * validates it, and whatever does not add up makes the caller give up ({@link NotSliceable}) and
 * read the document in one piece instead.
 */
public final class JsonSlicer {

  /** Thrown when the document is not shaped as the slicer expects; nothing is wrong with that. */
  public static final class NotSliceable extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason why the document is not sliced
     */
    public NotSliceable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Receives the root object's members. */
  public interface Listener {
    /**
     * Offers to read a member's value itself.
     *
     * @param name the member's name
     * @param valueStart the offset of the value's first byte
     * @return the offset just past the value when the listener read it, or -1 to have the slicer
     *     skip the value and report it to {@link #member}
     * @throws NotSliceable to stop
     */
    int claim(String name, int valueStart) throws NotSliceable;

    /**
     * A member of the root object that the listener did not claim.
     *
     * @param name the member's name
     * @param valueStart the offset of the value's first byte
     * @param valueEnd the offset just past the value's last byte
     * @throws NotSliceable to stop
     */
    void member(String name, int valueStart, int valueEnd) throws NotSliceable;
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';

  private static final byte OTHER = 0;
  private static final byte QUOTE = 1;
  private static final byte OPEN = 2;
  private static final byte CLOSE = 3;
  private static final byte[] KIND = new byte[256];

  static {
    KIND['"'] = QUOTE;
    KIND['{'] = OPEN;
    KIND['['] = OPEN;
    KIND['}'] = CLOSE;
    KIND[']'] = CLOSE;
  }

  private final ByteBuffer buf;
  private final int limit;

  /**
   * Creates a slicer over the whole of {@code buffer}.
   *
   * @param buffer the document's bytes; its position and limit are not changed
   */
  public JsonSlicer(ByteBuffer buffer) {
    this.buf = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    this.limit = buffer.limit();
  }

  /**
   * Walks the root object, reporting each member in document order.
   *
   * @param listener what to tell
   * @throws NotSliceable when the document is not an object of plainly named members
   */
  public void scan(Listener listener) throws NotSliceable {
    int p = skipWs(0);
    expect(p, '{');
    p = skipWs(p + 1);
    if (at(p) == '}') {
      end(p + 1);
      return;
    }
    while (true) {
      expect(p, '"');
      int nameEnd = plainName(p + 1);
      String name = new String(bytes(p + 1, nameEnd), StandardCharsets.US_ASCII);
      p = skipWs(nameEnd + 1);
      expect(p, ':');
      int valueStart = skipWs(p + 1);
      at(valueStart);
      int valueEnd = listener.claim(name, valueStart);
      if (valueEnd < 0) {
        valueEnd = skipValue(valueStart);
        listener.member(name, valueStart, valueEnd);
      } else if (valueEnd <= valueStart || valueEnd > limit) {
        throw new NotSliceable("claimed value ends out of bounds at offset " + valueEnd);
      }
      p = skipWs(valueEnd);
      byte b = at(p);
      if (b == '}') {
        end(p + 1);
        return;
      }
      if (b != ',') {
        throw new NotSliceable("expected ',' or '}' at offset " + p);
      }
      p = skipWs(p + 1);
    }
  }

  /**
   * Looks for a point between two entries of a map of dbt resources, such as {@code nodes}: a
   * comma after a closing brace and before a key that reads like a unique id
   * ({@code model.pkg.name}) whose value is an object. A quote after a comma can only open a
   * string, so the comma lies outside strings; whether it lies between two entries of the map
   * being cut, rather than deeper, is not known here: a wrong guess leaves a slice whose brackets
   * do not balance, which its parser rejects.
   *
   * @param from where to start looking
   * @param to where to stop looking
   * @param own what the map's keys start with, such as {@code "model."}
   * @param foreign what other maps' keys start with: such a key means the search went past the
   *     map's end, and it stops there, so a cut never lands beyond the map
   * @return the comma's offset, at {@code from} or later, or -1
   */
  public int findCut(int from, int to, List<String> own, List<String> foreign) {
    return findCut(from, to, own, foreign, false);
  }

  /**
   * As {@link #findCut(int, int, List, List)}, for a map whose values are objects, or arrays
   * when {@code arrays} is set ({@code parent_map} and {@code child_map}: unique id to unique ids).
   *
   * @param from where to start looking
   * @param to where to stop looking; a map whose end is known passes it here
   * @param own what the map's keys start with
   * @param foreign what other maps' keys start with
   * @param arrays whether the map's values are arrays rather than objects
   * @return the comma's offset, at {@code from} or later, or -1
   */
  public int findCut(int from, int to, List<String> own, List<String> foreign, boolean arrays) {
    byte closer = (byte) (arrays ? ']' : '}');
    byte opener = (byte) (arrays ? '[' : '{');
    int end = Math.min(to, limit);
    for (int q = nextQuote(Math.max(from, 0), end); q < end; q = nextQuote(q + 1, end)) {
      int comma = skipWsBack(q - 1);
      if (comma < from || comma < 1 || buf.get(comma) != ',') {
        continue;
      }
      int brace = skipWsBack(comma - 1);
      if (brace < 0 || buf.get(brace) != closer) {
        continue;
      }
      if (isUniqueIdKey(q + 1, own, opener)) {
        return comma;
      }
      if (isUniqueIdKey(q + 1, foreign, opener)) {
        return -1;
      }
    }
    return -1;
  }

  /** The offset of the first quote in [p, end), or {@code end}; eight bytes at a time. */
  private int nextQuote(int p, int end) {
    while (p + 8 <= end) {
      long hits = zeroBytes(buf.getLong(p) ^ QUOTES);
      if (hits != 0) {
        return p + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
      p += 8;
    }
    while (p < end && buf.get(p) != '"') {
      p++;
    }
    return p;
  }

  /** A key such as {@code model.pkg.name} at {@code p}, then a colon and {@code opener}. */
  private boolean isUniqueIdKey(int p, List<String> prefixes, byte opener) {
    boolean prefixed = false;
    for (String prefix : prefixes) {
      if (startsWith(p, prefix)) {
        prefixed = true;
        break;
      }
    }
    if (!prefixed) {
      return false;
    }
    int dots = 0;
    for (int i = p, max = Math.min(limit, p + 1024); i < max; i++) {
      byte b = buf.get(i);
      if (b == '\\') {
        return false;
      }
      if (b == '.') {
        dots++;
      } else if (b == '"') {
        if (dots < 2) {
          return false;
        }
        int colon = skipWs(i + 1);
        return colon < limit && buf.get(colon) == ':' && skipWs(colon + 1) < limit
            && buf.get(skipWs(colon + 1)) == opener;
      }
    }
    return false;
  }

  private boolean startsWith(int p, String prefix) {
    if (p + prefix.length() > limit) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (buf.get(p + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int skipWsBack(int p) {
    while (p >= 0 && isWs(buf.get(p))) {
      p--;
    }
    return p;
  }

  /** The end of a name of ASCII letters, digits and underscores that starts at {@code p}. */
  private int plainName(int p) throws NotSliceable {
    for (int i = p; i < limit; i++) {
      byte b = buf.get(i);
      if (b == '"') {
        if (i == p) {
          throw new NotSliceable("empty member name");
        }
        return i;
      }
      if (!(b == '_' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'))) {
        throw new NotSliceable("member name is not plain at offset " + i);
      }
    }
    throw new NotSliceable("unterminated member name");
  }

  private void end(int p) throws NotSliceable {
    if (skipWs(p) != limit) {
      throw new NotSliceable("content after the root object");
    }
  }

  /**
   * Finds the end of the object or array that starts at {@code p} by tracking strings and
   * nesting only, as {@link #scan} does for the members it skips.
   *
   * @param p the offset of the value's first byte
   * @return the offset just past the value
   * @throws NotSliceable when the value does not end
   */
  public int valueEnd(int p) throws NotSliceable {
    return skipValue(p);
  }

  private int skipValue(int p) throws NotSliceable {
    byte first = at(p);
    if (first == '"') {
      return skipString(p);
    }
    if (first != '{' && first != '[') {
      while (p < limit) {
        byte b = buf.get(p);
        if (b == ',' || b == '}' || b == ']' || isWs(b)) {
          break;
        }
        p++;
      }
      return p;
    }
    int depth = 0;
    while (p < limit) {
      // Outside strings only quotes and brackets matter: one table lookup tells them.
      int kind = KIND[buf.get(p) & 0xff];
      if (kind == OTHER) {
        p++;
        continue;
      }
      if (kind == QUOTE) {
        p = skipString(p);
        continue;
      }
      if (kind == OPEN) {
        depth++;
      } else if (kind == CLOSE) {
        if (--depth == 0) {
          // Brackets of the wrong kind are caught when each slice is parsed; the outermost
          // pair is checked here, since no slice contains it.
          if ((first == '{') != (buf.get(p) == '}')) {
            throw new NotSliceable("mismatched brackets at offset " + p);
          }
          return p + 1;
        }
      }
      p++;
    }
    throw new NotSliceable("unterminated value");
  }

  /** Skips a string whose opening quote is at {@code p}, eight bytes at a time where it can. */
  private int skipString(int p) throws NotSliceable {
    p++;
    while (true) {
      while (p + 8 <= limit) {
        long w = buf.getLong(p);
        long hits = zeroBytes(w ^ QUOTES) | zeroBytes(w ^ BACKSLASHES);
        if (hits != 0) {
          // The lowest flagged byte is exact (false flags only appear above a true one).
          p += Long.numberOfTrailingZeros(hits) >>> 3;
          break;
        }
        p += 8;
      }
      if (p >= limit) {
        throw new NotSliceable("unterminated string");
      }
      byte b = buf.get(p);
      if (b == '"') {
        return p + 1;
      }
      p += b == '\\' ? 2 : 1;
    }
  }

  private static long zeroBytes(long v) {
    return (v - ONES) & ~v & HIGHS;
  }

  private int skipWs(int p) {
    while (p < limit && isWs(buf.get(p))) {
      p++;
    }
    return p;
  }

  private static boolean isWs(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private byte at(int p) throws NotSliceable {
    if (p >= limit) {
      throw new NotSliceable("unexpected end of input");
    }
    return buf.get(p);
  }

  private void expect(int p, char c) throws NotSliceable {
    if (at(p) != c) {
      throw new NotSliceable("expected '" + c + "' at offset " + p);
    }
  }

  private byte[] bytes(int from, int to) {
    byte[] out = new byte[to - from];
    buf.get(from, out);
    return out;
  }
}
