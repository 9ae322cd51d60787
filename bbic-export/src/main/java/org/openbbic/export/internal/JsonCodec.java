package org.openbbic.export.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.openbbic.export.ExportCodes;
import org.openbbic.export.ReadLimits;
import org.openbbic.export.Strictness;
import org.openbbic.forms.meta.ValueKind;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.UnknownCodeException;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;
import org.openbbic.validation.internal.FindingSink;
import org.openbbic.validation.internal.Pointers;

/**
 * The Jackson 2 set-up of the format and the JSON read pipeline (limits and syntax, then binding).
 * Jackson types stay inside this class. Thread-safe once built.
 */
public final class JsonCodec {

  private static final String SINK = "org.openbbic.export.sink";

  private final ReadLimits limits;
  private final ReadErrors errors;
  private final JsonMapper mapper;
  private final ObjectWriter writer;
  private final JsonFactory scanFactory;
  private final Map<Class<?>, ObjectReader> cleanReaders = new ConcurrentHashMap<>();

  /** A codec reading within {@code limits}. */
  public JsonCodec(ReadLimits limits, Strictness strictness) {
    this.limits = limits;
    this.errors = ReadErrors.of(strictness);
    this.mapper = newMapper(limits);
    this.writer = mapper.writer();
    this.scanFactory = factory(limits, false);
  }

  /**
   * The mapper: fields only (no getters, setters or creators except explicit ones), ISO dates with
   * offsets kept, absent values and empty lists left out, every read feature stated.
   */
  public static JsonMapper newMapper(ReadLimits limits) {
    JsonMapper m =
        JsonMapper.builder(factory(limits, true))
            .annotationIntrospector(new JacksonAnnotationIntrospector())
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(MapperFeature.AUTO_DETECT_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.AUTO_DETECT_SETTERS)
            .disable(MapperFeature.AUTO_DETECT_CREATORS)
            .disable(MapperFeature.USE_GETTERS_AS_SETTERS)
            .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
            .disable(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
            .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .defaultTimeZone(TimeZone.getTimeZone("UTC"))
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null))
            .withConfigOverride(
                List.class,
                o -> {
                  o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null));
                  o.setSetterInfo(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL));
                })
            .addHandler(new UnknownFieldHandler())
            .build();
    m.deactivateDefaultTyping();
    // No coercion between scalar shapes: a number is not a text, a text is not a yes/no.
    m.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    for (LogicalType t : new LogicalType[] {LogicalType.Textual}) {
      m.coercionConfigFor(t)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
    }
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Enum)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return m;
  }

  /**
   * A JSON factory. With {@code exact}, Jackson itself enforces every limit (the binding parser of
   * a clean read); without, its limits are only backstops behind the scan's own checks, which
   * report each with its code.
   */
  private static JsonFactory factory(ReadLimits limits, boolean exact) {
    long size = limits.maxDocumentBytes();
    int backstop = (int) Math.min(Integer.MAX_VALUE - 8, size);
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(size)
                .maxNestingDepth(exact ? limits.maxDepth() : limits.maxDepth() + 1)
                .maxStringLength(exact ? limits.maxStringLength() : backstop)
                .maxNumberLength(exact ? limits.maxNumberLength() : backstop)
                .maxNameLength(exact ? limits.maxNameLength() : backstop)
                .build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100).build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // Duplicates: the clean read refuses them, the scan reports them (strict: error, lenient:
        // warning).
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /** Writes {@code value} as canonical JSON (compact, the format's field order). */
  public void write(Object value, OutputStream out) throws IOException {
    writer.writeValue(out, value);
  }

  /** Writes {@code value} as canonical JSON bytes. */
  public byte[] writeBytes(Object value) throws IOException {
    return writer.writeValueAsBytes(value);
  }

  /**
   * Reads one untrusted record. Returns the object, or {@code null} when a finding blocks it; never
   * throws for bad content.
   *
   * <p>One pass for a clean record: Jackson binds it with every limit, duplicate and unknown field
   * refused. Anything else takes the exact path, which finds and reports every problem in stages
   * (limits and syntax over all tokens, then binding), so a record gets the same findings either
   * way.
   */
  public <T> T read(
      byte[] bytes, int length, Class<T> type, FindingSink sink, AfterBind afterBind) {
    return read(bytes, length, type, sink, afterBind, true);
  }

  /** {@link #read}, with the one-pass attempt left out when {@code tryClean} is false. */
  <T> T read(
      byte[] bytes,
      int length,
      Class<T> type,
      FindingSink sink,
      AfterBind afterBind,
      boolean tryClean) {
    Positions positions = new Positions(bytes, length);
    T value = tryClean ? bindClean(bytes, length, type) : null;
    if (value == null) {
      if (!scan(bytes, length, positions, sink)) {
        return null;
      }
      if (errors.stopsAtSteppedOver() && sink.hasBlocking()) {
        return null;
      }
      value = bind(bytes, length, type, positions, sink);
      if (value != null && sink.hasBlocking()) {
        value = null;
      }
    }
    if (value != null && afterBind != null) {
      value = type.cast(afterBind.apply(value, sink));
    }
    sink.resolvePositions(wanted -> locate(bytes, length, positions, wanted));
    return value;
  }

  /**
   * Binds a record that has nothing to report, or returns {@code null}: any limit, syntax error,
   * duplicate, unknown field or binding problem makes Jackson throw, and the caller takes the exact
   * path.
   */
  private <T> T bindClean(byte[] bytes, int length, Class<T> type) {
    ObjectReader reader = cleanReaders.get(type);
    if (reader == null) {
      reader =
          cleanReaders.computeIfAbsent(
              type, t -> mapper.readerFor(t).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    }
    try {
      return reader.readValue(bytes, 0, length);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private void fatal(
      FindingSink sink, String code, Positions positions, JsonLocation at, Object... args) {
    long offset = at == null ? 0 : Math.max(0, at.getByteOffset());
    sink.add(
        code,
        Severity.FATAL,
        FindingSource.SYNTAX,
        "",
        positions.line(offset),
        positions.column(offset),
        args);
  }

  /** One pass over the tokens: syntax, limits, duplicates and the root's shape. */
  private boolean scan(byte[] bytes, int length, Positions positions, FindingSink sink) {
    boolean rootDone = false;
    try (JsonParser p = scanFactory.createParser(bytes, 0, length)) {
      Deque<Frame> stack = new ArrayDeque<>();
      JsonToken t = p.nextToken();
      // A root that is not an object is reported after the syntax and limits (their stage comes
      // first), so the scan goes on through it.
      JsonLocation wrongRoot = t == JsonToken.START_OBJECT ? null : p.currentTokenLocation();
      while (t != null) {
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            String pointer = stack.isEmpty() ? "" : stack.peek().childPointer();
            if (stack.size() + 1 > limits.maxDepth()) {
              fatal(
                  sink,
                  ExportCodes.LIMIT_DEPTH,
                  positions,
                  p.currentTokenLocation(),
                  "limit",
                  "maxDepth",
                  "max",
                  limits.maxDepth());
              return false;
            }
            stack.push(new Frame(pointer, t == JsonToken.START_OBJECT));
          }
          case END_OBJECT, END_ARRAY -> {
            stack.pop();
            if (stack.isEmpty()) {
              rootDone = true;
            } else {
              stack.peek().valueDone();
            }
          }
          case FIELD_NAME -> {
            String name = p.currentName();
            if (name.length() > limits.maxNameLength()) {
              fatal(
                  sink,
                  ExportCodes.LIMIT_NAME_LENGTH,
                  positions,
                  p.currentTokenLocation(),
                  "limit",
                  "maxNameLength",
                  "max",
                  limits.maxNameLength());
              return false;
            }
            Frame f = stack.peek();
            f.name = name;
            if (!f.names.add(name)) {
              JsonLocation at = p.currentTokenLocation();
              boolean safe = Pointers.isSafeName(name);
              sink.add(
                  ExportCodes.DUPLICATE_FIELD,
                  errors.steppedOver(),
                  FindingSource.SYNTAX,
                  safe ? Pointers.append(f.pointer, name) : f.pointer,
                  positions.line(at.getByteOffset()),
                  positions.column(at.getByteOffset()),
                  "field",
                  safe ? name : "?");
            }
          }
          case VALUE_STRING -> {
            if (p.getTextLength() > limits.maxStringLength()) {
              fatal(
                  sink,
                  ExportCodes.LIMIT_STRING_LENGTH,
                  positions,
                  p.currentTokenLocation(),
                  "limit",
                  "maxStringLength",
                  "max",
                  limits.maxStringLength());
              return false;
            }
            rootDone = valueDone(stack);
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            if (p.getTextLength() > limits.maxNumberLength()) {
              fatal(
                  sink,
                  ExportCodes.LIMIT_NUMBER_LENGTH,
                  positions,
                  p.currentTokenLocation(),
                  "limit",
                  "maxNumberLength",
                  "max",
                  limits.maxNumberLength());
              return false;
            }
            rootDone = valueDone(stack);
          }
          default -> rootDone = valueDone(stack);
        }
        if (rootDone) {
          break;
        }
        t = p.nextToken();
      }
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        fatal(sink, ExportCodes.TRAILING_CONTENT, positions, p.currentTokenLocation());
        return false;
      }
      if (wrongRoot != null) {
        sink.add(
            ExportCodes.WRONG_ROOT,
            Severity.FATAL,
            FindingSource.SCHEMA,
            "",
            positions.line(wrongRoot.getByteOffset()),
            positions.column(wrongRoot.getByteOffset()),
            "expected",
            "JSON object");
        return false;
      }
      return true;
    } catch (JsonEOFException e) {
      fatal(sink, ExportCodes.TRUNCATED, positions, e.getLocation());
    } catch (StreamConstraintsException e) {
      // A backstop fired before the scan's own check: the document as a whole is too large.
      fatal(
          sink,
          ExportCodes.LIMIT_DOCUMENT_SIZE,
          positions,
          null,
          "limit",
          "maxDocumentBytes",
          "max",
          limits.maxDocumentBytes());
    } catch (JsonParseException e) {
      if (rootDone) {
        fatal(sink, ExportCodes.TRAILING_CONTENT, positions, e.getLocation());
      } else {
        JsonLocation at = e.getLocation();
        int[] end = positions.endOfContent();
        long offset = at == null ? -1 : at.getByteOffset();
        if (offset >= 0
            && positions.line(offset) >= end[0]
            && positions.column(offset) >= end[1]
            && offset >= length) {
          fatal(sink, ExportCodes.TRUNCATED, positions, at);
        } else {
          fatal(sink, ExportCodes.MALFORMED, positions, at, "format", "JSON");
        }
      }
    } catch (IOException e) {
      fatal(sink, ExportCodes.MALFORMED, positions, null, "format", "JSON");
    }
    return false;
  }

  /** Counts a scalar value; {@code true} when it was the root (a document of one scalar). */
  private static boolean valueDone(Deque<Frame> stack) {
    if (stack.isEmpty()) {
      return true;
    }
    stack.peek().valueDone();
    return false;
  }

  /**
   * The code of a value its field does not accept: a bad date, an unknown code ({@code notACode}: a
   * text that names no code; else a value of the wrong shape), or a value of the wrong type.
   */
  static String badValueCode(ValueKind kind, boolean notACode) {
    if (kind == null) {
      return ExportCodes.WRONG_TYPE;
    } else if (kind.temporal()) {
      return ExportCodes.INVALID_DATE;
    } else if (kind == ValueKind.CODE) {
      return notACode ? ExportCodes.UNKNOWN_CODE : ExportCodes.WRONG_TYPE;
    }
    return ExportCodes.WRONG_TYPE;
  }

  /** The value kind of a class Jackson could not bind to, when it is a date or a code. */
  private static ValueKind kindOf(Class<?> target) {
    if (target == LocalDate.class || target == OffsetDateTime.class) {
      return ValueKind.DATE;
    } else if (target != null && (target.isEnum() || Code.class.isAssignableFrom(target))) {
      return ValueKind.CODE;
    }
    return null;
  }

  private <T> T bind(
      byte[] bytes, int length, Class<T> type, Positions positions, FindingSink sink) {
    ObjectReader reader =
        mapper.readerFor(type).withAttribute(SINK, new HandlerContext(sink, errors, positions));
    if (errors.stopsAtSteppedOver()) {
      reader = reader.with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
    try {
      return reader.readValue(bytes, 0, length);
    } catch (JsonMappingException e) {
      String pointer = pointerOf(e.getPath());
      String code;
      if (e instanceof InvalidNullException) {
        code = ExportCodes.NULL_IN_LIST;
      } else if (e instanceof ValueInstantiationException
          && e.getCause() instanceof UnknownCodeException) {
        code = ExportCodes.UNKNOWN_CODE;
      } else if (e instanceof MismatchedInputException mie) {
        code = badValueCode(kindOf(mie.getTargetType()), e instanceof InvalidFormatException);
      } else {
        code = ExportCodes.SCHEMA_VIOLATION;
      }
      // A field's position is its name's (found from the pointer), as for every other finding.
      JsonLocation at = e.getLocation();
      int line = 0;
      int column = 0;
      if (pointer.isEmpty() && at != null && at.getByteOffset() >= 0) {
        line = positions.line(at.getByteOffset());
        column = positions.column(at.getByteOffset());
      }
      sink.add(
          code,
          Severity.ERROR,
          FindingSource.SCHEMA,
          pointer,
          line,
          column,
          "field",
          fieldName(pointer));
      return null;
    } catch (IOException e) {
      sink.add(
          ExportCodes.MALFORMED, Severity.FATAL, FindingSource.SYNTAX, "", 0, 0, "format", "JSON");
      return null;
    }
  }

  /** The last name in a pointer (a list's name for an index), for messages. */
  static String fieldName(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      String last = Pointers.lastName(p);
      if (!last.chars().allMatch(Character::isDigit)) {
        return last;
      }
      p = Pointers.parent(p);
    }
    return "";
  }

  private static String pointerOf(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        if (!Pointers.isSafeName(r.getFieldName())) {
          break;
        }
        sb.append(Pointers.append("", r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  /**
   * The positions of the wanted pointers: a member at its name, an array item at its value, the
   * root at its first token.
   */
  Map<String, int[]> locate(byte[] bytes, int length, Positions positions, Set<String> wanted) {
    Set<String> want = new HashSet<>();
    for (String w : wanted) {
      for (String p = w; ; p = Pointers.parent(p)) {
        want.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, int[]> found = new HashMap<>();
    try (JsonParser p = scanFactory.createParser(bytes, 0, length)) {
      Deque<Frame> stack = new ArrayDeque<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String pointer = null;
        if (t == JsonToken.FIELD_NAME) {
          stack.peek().name = p.currentName();
          pointer = stack.peek().childPointer();
        } else if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          if (stack.isEmpty()) {
            pointer = "";
          } else if (!stack.peek().object) {
            pointer = stack.peek().childPointer();
          }
        }
        if (pointer != null && want.contains(pointer) && !found.containsKey(pointer)) {
          long offset = p.currentTokenLocation().getByteOffset();
          found.put(pointer, new int[] {positions.line(offset), positions.column(offset)});
        }
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            String child = stack.isEmpty() ? "" : stack.peek().childPointer();
            stack.push(new Frame(child, t == JsonToken.START_OBJECT));
          }
          case END_OBJECT, END_ARRAY -> {
            stack.pop();
            if (stack.isEmpty()) {
              return found;
            }
            stack.peek().valueDone();
          }
          case FIELD_NAME -> {}
          default -> {
            if (!stack.isEmpty()) {
              stack.peek().valueDone();
            }
          }
        }
      }
    } catch (IOException e) {
      // the scan already reported it; keep what was found
    }
    return found;
  }

  /** One open object or array during a scan. */
  private static final class Frame {
    final String pointer;
    final boolean object;
    final Set<String> names;
    String name;
    int index;

    Frame(String pointer, boolean object) {
      this.pointer = pointer;
      this.object = object;
      this.names = object ? new HashSet<>() : Set.of();
    }

    String childPointer() {
      if (object) {
        return name == null ? pointer : Pointers.append(pointer, name);
      }
      return Pointers.append(pointer, index);
    }

    void valueDone() {
      if (!object) {
        index++;
      }
    }
  }

  /** Per-read state the unknown-field handler reports to. */
  private record HandlerContext(FindingSink sink, ReadErrors errors, Positions positions) {}

  /** Reports an unknown field (error when strict, warning when lenient) and skips its value. */
  private static final class UnknownFieldHandler extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      Object attribute = ctxt.getAttribute(SINK);
      if (!(attribute instanceof HandlerContext hc)) {
        return false;
      }
      JsonStreamContext sc = p.getParsingContext();
      if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
        sc = sc.getParent();
      }
      boolean safe = Pointers.isSafeName(propertyName);
      String pointer =
          safe
              ? sc.pathAsPointer().toString()
              : sc.getParent() == null ? "" : sc.getParent().pathAsPointer().toString();
      int line = 0;
      int column = 0;
      if (!safe) {
        long offset = p.currentTokenLocation().getByteOffset();
        line = hc.positions().line(offset);
        column = hc.positions().column(offset);
      }
      hc.sink()
          .add(
              ExportCodes.UNKNOWN_FIELD,
              hc.errors().steppedOver(),
              FindingSource.SCHEMA,
              pointer,
              line,
              column);
      p.skipChildren();
      return true;
    }
  }
}
