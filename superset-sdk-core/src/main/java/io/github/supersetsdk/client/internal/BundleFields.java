package io.github.supersetsdk.client.internal;

import io.github.supersetsdk.client.exception.FieldUnsupportedException;
import io.github.supersetsdk.client.request.ImportBundleRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bundle imports on servers that refuse fields of their own exports. A bundle's YAML files may carry
 * top-level fields an older import schema does not know: Superset 4.1 exports a saved query's {@code
 * catalog} but its import refuses it as {@code "Unknown field."} (422), so 4.1 cannot import what it
 * exported. The server names each refused field as {@code <file in the bundle>.<field>}; where every
 * such field holds nothing (null, empty), this drops it from its file and imports once more, as the
 * client does for empty unknown fields of JSON bodies. A field that holds a value is never dropped:
 * the {@link FieldUnsupportedException} is thrown. Stateless.
 */
public final class BundleFields {

  private static final Logger LOG = LoggerFactory.getLogger(BundleFields.class);

  /** Values of a top-level YAML key that mean "nothing". */
  private static final Set<String> EMPTY_VALUES = Set.of("", "null", "Null", "NULL", "~", "''", "\"\"", "[]", "{}");

  /**
   * Runs a bundle import; when the server refuses top-level fields of the bundle's files as unknown
   * and all of them are empty there, runs it once more with those fields removed.
   *
   * @param bundle the ZIP bytes
   * @param importer sends one import of the given bundle
   * @throws FieldUnsupportedException if a refused field holds a value, is nested, or names a file
   *     the bundle does not hold (then nothing was imported)
   * @throws io.github.supersetsdk.client.exception.SupersetException if an import fails otherwise
   */
  public static void importDroppingEmptyUnknown(byte[] bundle, Consumer<byte[]> importer) {
    try {
      importer.accept(bundle);
    } catch (FieldUnsupportedException refused) {
      byte[] without = withoutEmpty(bundle, refused);
      if (without == null) {
        throw refused;
      }
      LOG.debug("{} {}: the server does not know the empty bundle field(s) {}; importing without them",
          refused.method(), refused.pathTemplate(), refused.fields());
      importer.accept(without);
    }
  }

  /**
   * The same import request with another bundle.
   *
   * @param request the request
   * @param bundle the ZIP bytes
   * @return the copy
   */
  public static ImportBundleRequest withBundle(ImportBundleRequest request, byte[] bundle) {
    return new ImportBundleRequest(bundle, request.fileName(), request.overwrite(), request.sparse(),
        request.passwords(), request.sshTunnelPasswords(), request.sshTunnelPrivateKeys(),
        request.sshTunnelPrivateKeyPasswords(), request.encryptedExtraSecrets());
  }

  /**
   * The bundle without the refused fields, or {@code null} when one of them cannot be dropped.
   *
   * @param bundle the ZIP bytes
   * @param refused the refusal, naming fields as {@code <file>.<field>}
   * @return the rewritten ZIP, or {@code null}
   */
  static byte @Nullable [] withoutEmpty(byte[] bundle, FieldUnsupportedException refused) {
    Map<String, Set<String>> byFile = new LinkedHashMap<>();
    for (String field : refused.fields()) {
      int at = fileEnd(field);
      if (at < 0 || at + 1 >= field.length() || field.indexOf('.', at + 1) >= 0) {
        return null; // not a bundle file's field, or a nested one
      }
      byFile.computeIfAbsent(field.substring(0, at), k -> new LinkedHashSet<>()).add(field.substring(at + 1));
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bundle.length);
      Set<String> rewritten = new LinkedHashSet<>();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundle));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          byte[] content = in.readAllBytes();
          Set<String> fields = entry.isDirectory() ? null : byFile.get(withoutRoot(entry.getName()));
          if (fields != null) {
            String yaml = withoutKeys(new String(content, StandardCharsets.UTF_8), fields);
            if (yaml == null) {
              return null;
            }
            content = yaml.getBytes(StandardCharsets.UTF_8);
            rewritten.add(withoutRoot(entry.getName()));
          }
          zip.putNextEntry(new ZipEntry(entry.getName()));
          zip.write(content);
          zip.closeEntry();
        }
      }
      return rewritten.equals(byFile.keySet()) ? out.toByteArray() : null;
    } catch (IOException | IllegalArgumentException e) {
      return null; // not a readable ZIP: the server's refusal stands
    }
  }

  /** Where the file name ends in {@code <file>.yaml.<field>}: the index of the dot before the field. */
  private static int fileEnd(String field) {
    for (String ext : List.of(".yaml.", ".yml.")) {
      int at = field.lastIndexOf(ext);
      if (at > 0) {
        return at + ext.length() - 1;
      }
    }
    return -1;
  }

  /** Superset reads a bundle's files without their first folder (the export's root). */
  private static String withoutRoot(String name) {
    int slash = name.indexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  /**
   * The YAML document without the given top-level keys, or {@code null} if one is missing or holds a
   * value (a scalar, or a nested block on the following lines).
   */
  private static @Nullable String withoutKeys(String yaml, Set<String> keys) {
    List<String> lines = new ArrayList<>(yaml.lines().toList());
    for (String key : keys) {
      int found = -1;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith(key + ":")) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      String value = lines.get(found).substring(key.length() + 1).strip();
      boolean blockFollows = found + 1 < lines.size()
          && (lines.get(found + 1).startsWith(" ") || lines.get(found + 1).startsWith("-"));
      if (!EMPTY_VALUES.contains(value) || (value.isEmpty() && blockFollows)) {
        return null;
      }
      lines.remove(found);
    }
    return String.join("\n", lines) + (yaml.endsWith("\n") ? "\n" : "");
  }

  private BundleFields() {}
}
