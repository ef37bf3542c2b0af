package io.github.supersetsdk.dbt.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Grows a real manifest to a given size by repeating its nodes and macros under new keys, and
 * writes it compact, as dbt does.
 */
final class LargeManifest {
  private static final JsonFactory JSON = new JsonFactory();

  private LargeManifest() {}

  static byte[] build(byte[] template, int minBytes) {
    try (JsonParser p = JSON.createParser(template)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(minBytes + template.length);
      try (JsonGenerator g = JSON.createGenerator(out)) {
        p.nextToken();
        g.writeStartObject();
        int copies = minBytes / template.length + 1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String member = p.currentName();
          p.nextToken();
          g.writeFieldName(member);
          if (member.equals("nodes") || member.equals("macros")) {
            List<String[]> entries = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              StringWriter value = new StringWriter();
              try (JsonGenerator v = JSON.createGenerator(value)) {
                v.copyCurrentStructure(p);
              }
              entries.add(new String[] {key, value.toString()});
            }
            g.writeStartObject();
            for (int copy = 0; copy < copies; copy++) {
              for (String[] e : entries) {
                g.writeFieldName(copy == 0 ? e[0] : e[0] + "_copy" + copy);
                g.writeRawValue(e[1]);
              }
            }
            g.writeEndObject();
          } else {
            g.copyCurrentStructure(p);
          }
        }
        g.writeEndObject();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
