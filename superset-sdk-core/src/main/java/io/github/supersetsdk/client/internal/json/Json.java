package io.github.supersetsdk.client.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.supersetsdk.client.request.Change;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's private Jackson configuration. Callers' global Jackson settings cannot affect it, and
 * model types carry no Jackson annotations.
 *
 * <ul>
 *   <li>JSON names are snake_case, record components camelCase ({@code databaseName} is {@code
 *       database_name}).
 *   <li>Unknown JSON fields are ignored, so a newer Superset does not break an older SDK.
 *   <li>Null fields are not written, so unset optional request fields take the server's defaults.
 *   <li>{@link Change} fields of update requests are written only when set or cleared.
 *   <li>Records with a single component {@code value} in the SDK's packages (typed ids, open value
 *       classes) are written and read as that value.
 *   <li>{@link Instant}s are read from ISO-8601 with or without an offset (Superset writes naive UTC
 *       timestamps) or epoch milliseconds, and written as ISO-8601.
 *   <li>Parse errors never quote the input, which may hold secrets.
 * </ul>
 */
public final class Json {

  private static final String SDK_PACKAGE = "io.github.supersetsdk.";

  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /**
   * The shared, fully configured mapper. Thread-safe; never reconfigure it.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Writes a value as JSON text with the SDK's settings.
   *
   * @param value the value
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
    }
  }

  /**
   * Jackson's message of a failed read, with the second location some messages name (where an
   * unclosed object started) as {@code line 1, column 13} rather than Jackson's {@code [Source:
   * REDACTED (...); line: 1, column: 13]}. Never quotes the input.
   *
   * @param e the failure
   * @return the message
   */
  public static String message(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    return original == null
        ? e.getClass().getSimpleName()
        : JACKSON_LOCATION.matcher(original).replaceAll("line $1, column $2");
  }

  private static ObjectMapper create() {
    SimpleModule module =
        new SimpleModule("superset-sdk") {
          private static final long serialVersionUID = 1L;

          @Override
          public void setupModule(SetupContext context) {
            super.setupModule(context);
            context.addSerializers(new ValueRecordSerializers());
            context.addDeserializers(new ValueRecordDeserializers());
          }
        };
    module.addSerializer(Instant.class, new InstantSerializer());
    module.addDeserializer(Instant.class, new InstantDeserializer());
    JsonMapper mapper =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(module)
            .build();
    // Fields of saved query contexts the records do not model are written back inline.
    mapper.addMixIn(io.github.supersetsdk.client.request.ChartDataRequest.class, OtherFieldsMixin.class);
    mapper.addMixIn(io.github.supersetsdk.client.request.ChartDataQuery.class, OtherFieldsMixin.class);
    mapper.addMixIn(io.github.supersetsdk.client.model.ChartDataResult.class, ChartDataRowsMixin.class);
    // List answers name the change time changed_on_utc; single reads changed_on.
    mapper.addMixIn(io.github.supersetsdk.client.model.Dashboard.class, ChangedOnUtcMixin.class);
    mapper.addMixIn(io.github.supersetsdk.client.model.Dataset.class, ChangedOnUtcMixin.class);
    // A Change is "empty" when unchanged, so NON_EMPTY omits exactly the untouched fields.
    mapper
        .configOverride(Change.class)
        .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
    return mapper;
  }

  private abstract static class OtherFieldsMixin {
    @com.fasterxml.jackson.annotation.JsonAnyGetter
    abstract java.util.Map<String, Object> otherFields();
  }

  private abstract static class ChangedOnUtcMixin {
    @com.fasterxml.jackson.annotation.JsonAlias("changed_on_utc")
    abstract @Nullable Instant changedOn();
  }

  private abstract static class ChartDataRowsMixin {
    @JsonDeserialize(using = ChartDataRowsDeserializer.class)
    abstract List<Map<String, @Nullable Object>> data();
  }

  /**
   * Reads a chart-data result's rows. Superset sends a list of rows ({@code [{"col": v}, ...]}),
   * except for the {@code post_processed} result type, whose {@code data} is pandas' column-oriented
   * {@code {"col": {"0": v, ...}, ...}}: that is turned into the same rows, in the index's order.
   */
  private static final class ChartDataRowsDeserializer extends JsonDeserializer<List<Map<String, @Nullable Object>>> {
    private static final TypeReference<List<Map<String, @Nullable Object>>> ROWS =
        new TypeReference<>() {};

    @Override
    public List<Map<String, @Nullable Object>> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        return ctxt.readValue(p, ctxt.getTypeFactory().constructType(ROWS));
      }
      Map<String, Map<String, @Nullable Object>> rows = new LinkedHashMap<>();
      for (String column = p.nextFieldName(); column != null; column = p.nextFieldName()) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return ctxt.reportInputMismatch(List.class,
              "column '%s' of column-oriented chart data is not an object of values by row", column);
        }
        for (String index = p.nextFieldName(); index != null; index = p.nextFieldName()) {
          Object value = p.nextToken() == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, Object.class);
          rows.computeIfAbsent(index, k -> new LinkedHashMap<>()).put(column, value);
        }
      }
      return new ArrayList<>(rows.values());
    }
  }

  /**
   * The component accessor of a single-value record of the SDK, or {@code null} for other types.
   *
   * @param type the type
   * @return the accessor of its only component, named {@code value}, or {@code null}
   */
  static @Nullable Method valueAccessor(Class<?> type) {
    if (!type.isRecord() || !type.getName().startsWith(SDK_PACKAGE)) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    if (components.length != 1 || !components[0].getName().equals("value")) {
      return null;
    }
    return components[0].getAccessor();
  }

  private static final class ValueRecordSerializers extends Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      if (Change.class.isAssignableFrom(type.getRawClass())) {
        return new ChangeSerializer();
      }
      Method accessor = valueAccessor(type.getRawClass());
      return accessor == null ? null : new ValueRecordSerializer(accessor);
    }
  }

  private static final class ValueRecordDeserializers extends Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      Method accessor = valueAccessor(raw);
      if (accessor == null) {
        return null;
      }
      try {
        return new ValueRecordDeserializer(raw.getDeclaredConstructor(accessor.getReturnType()), accessor.getReturnType());
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record without canonical constructor: " + raw, e);
      }
    }
  }

  private static final class ValueRecordSerializer extends JsonSerializer<Object> {
    private final Method accessor;

    ValueRecordSerializer(Method accessor) {
      this.accessor = accessor;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      try {
        serializers.defaultSerializeValue(accessor.invoke(value), gen);
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot read " + value.getClass().getSimpleName(), e);
      }
    }
  }

  private static final class ValueRecordDeserializer extends JsonDeserializer<Object> {
    private final Constructor<?> constructor;
    private final Class<?> componentType;

    ValueRecordDeserializer(Constructor<?> constructor, Class<?> componentType) {
      this.constructor = constructor;
      this.componentType = componentType;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object component = ctxt.readValue(p, componentType);
      try {
        return constructor.newInstance(component);
      } catch (java.lang.reflect.InvocationTargetException e) {
        return ctxt.handleInstantiationProblem(constructor.getDeclaringClass(), component, e.getCause());
      } catch (ReflectiveOperationException e) {
        return ctxt.handleInstantiationProblem(constructor.getDeclaringClass(), component, e);
      }
    }
  }

  private static final class ChangeSerializer extends JsonSerializer<Change<?>> {
    @Override
    public void serialize(Change<?> value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      if (value.isSet()) {
        serializers.defaultSerializeValue(value.value(), gen);
      } else {
        gen.writeNull();
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Change<?> value) {
      return value == null || value.isUnchanged();
    }
  }

  private static final class InstantSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class InstantDeserializer extends JsonDeserializer<@Nullable Instant> {
    @Override
    public @Nullable Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochMilli(p.getLongValue());
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        return Instant.ofEpochMilli((long) p.getDoubleValue());
      }
      String text = p.getValueAsString();
      if (text == null || text.isBlank()) {
        return null;
      }
      return parseInstant(text.trim(), p, ctxt);
    }

    private static Instant parseInstant(String text, JsonParser p, DeserializationContext ctxt)
        throws IOException {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException ignored) {
        // Superset writes most timestamps without an offset; they are UTC.
      }
      if (text.matches(".*[+-]\\d{4}$")) {
        // changed_on_utc's offset has no colon: 2026-12-07T10:44:09.079301+0000.
        try {
          return OffsetDateTime.parse(text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2))
              .toInstant();
        } catch (DateTimeParseException ignored) {
          // not that form after all
        }
      }
      try {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 timestamp");
      }
    }
  }
}
