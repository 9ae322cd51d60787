package org.openbbic.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.validation.Finding;
import org.openbbic.validation.Severity;

/**
 * The one deliberate Jackson-facing entry of openbbic: a Jackson 2 {@link Module} that makes any
 * {@code ObjectMapper} (a vendor's own, Spring Boot's) read and write the case file and every BBIC
 * document in exactly openbbic's wire format, whatever the mapper's own settings (unknown
 * properties ignored, default typing, a naming strategy, inclusion rules, indentation, date
 * formats).
 *
 * <p>Writing goes through openbbic's own {@link BbicWriter} under the module's {@link
 * RecipientPolicy} ({@link RecipientPolicy#INTERNAL} unless chosen: protected data withheld, as
 * {@code BbicWriter} does by default): a JSON mapper writes the same bytes as {@code
 * BbicWriter.writeBytes}; another generator (a token buffer, a binary format) gets the same tokens.
 *
 * <p>Reading copies the value's tokens exactly as they come (a duplicate field stays a duplicate)
 * and reads them with openbbic's strict reader ({@link BbicReader}, the format's limits and
 * checks): an unknown or duplicate field, a wrong type, an unknown code or a malformed date is
 * refused with a {@link ReadException} carrying the library's code, the JSON pointer in the BBIC
 * value and the line and column in the mapper's input, never a value from the payload. The value is
 * then returned even when it breaks rules of the validation levels (a draft may be incomplete):
 * validate it with {@code BbicValidator}.
 *
 * <p>Limits: the mapper's parser reads first, with its own {@code StreamReadConstraints} and
 * features (comments, single quotes, non-numeric numbers, if the vendor enabled them, are accepted
 * before openbbic sees the tokens, and a duplicate is refused by the mapper when it detects them).
 * For untrusted bytes, the hardened {@link BbicReader} is the entry: it reads the raw bytes with
 * openbbic's limits and returns every finding with its position instead of throwing at the first.
 * Only the roots (the case file and the document classes) are bound by the module; their parts
 * ({@code Person} and the like) on their own are not part of the wire format. What a mapper puts
 * around a value stays the mapper's: {@code WRAP_ROOT_VALUE} wraps it in an object named after the
 * class, as it wraps any value, and the BBIC value inside is unchanged.
 *
 * <p>Thread-safe; a module may be registered with any number of mappers.
 *
 * @since 0.1
 */
public final class BbicJackson {

  /** openbbic's own JSON factory, for copying tokens: no limits of the mapper, no features. */
  private static final JsonFactory COPY =
      JsonFactory.builder().disable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private BbicJackson() {}

  /** The module, writing under {@link RecipientPolicy#INTERNAL} (protected data withheld). */
  public static Module module() {
    return module(RecipientPolicy.DEFAULT);
  }

  /** The module, writing under {@code policy}. */
  public static Module module(RecipientPolicy policy) {
    return module(BbicExport.builder().build(), policy);
  }

  /**
   * The module, reading with {@code export}'s limits, strictness and validator and writing under
   * {@code policy}.
   */
  public static Module module(BbicExport export, RecipientPolicy policy) {
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(policy, "policy");
    BbicWriter writer = export.writer(Format.JSON).withPolicy(policy);
    SimpleModule module =
        new SimpleModule("openbbic-" + policy.name(), Version.unknownVersion()) {
          private static final long serialVersionUID = 1L;

          @Override
          public Object getTypeId() {
            return BbicJackson.class.getName();
          }
        };
    for (TypeDefinition root : BbicModel.get().roots()) {
      add(module, root.type(), writer, export);
    }
    return module;
  }

  private static <T> void add(
      SimpleModule module, Class<T> root, BbicWriter writer, BbicExport export) {
    module.addSerializer(root, new Writer<>(root, writer));
    module.addDeserializer(
        root,
        new Reader<>(
            root,
            export.reader(Format.JSON, root).withLevel(ValidationLevel.DRAFT),
            export.limits().maxDocumentBytes()));
  }

  /** Writes through {@link BbicWriter}: the same bytes, never the mapper's bean mapping. */
  private static final class Writer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final BbicWriter writer;

    Writer(Class<T> type, BbicWriter writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      byte[] bytes = writer.writeBytes(value);
      if (!(gen instanceof JsonGeneratorImpl)) {
        try (JsonParser p = COPY.createParser(bytes)) {
          p.nextToken();
          gen.copyCurrentStructure(p);
        }
        return;
      }
      gen.writeRawValue(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Type information of default typing is left out: the format has none. */
    @Override
    public void serializeWithType(
        T value, JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
        throws IOException {
      serialize(value, gen, serializers);
    }
  }

  /** Copies the value's tokens exactly and reads them with the strict reader. */
  private static final class Reader<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final BbicReader<T> reader;
    private final long maxBytes;

    Reader(Class<T> type, BbicReader<T> reader, long maxBytes) {
      this.type = type;
      this.reader = reader;
      this.maxBytes = maxBytes;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Map<String, JsonLocation> where = new HashMap<>();
      JsonLocation start = location(p.currentTokenLocation());
      byte[] bytes = copy(p, where, start);
      ReadResult<T> result = reader.read(bytes);
      if (result.value().isPresent()) {
        return result.value().get();
      }
      Finding first =
          result.findings().stream()
              .filter(f -> f.severity() == Severity.FATAL || f.severity() == Severity.ERROR)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("not bound without a finding"));
      JsonLocation at = where.getOrDefault(first.pointer(), start);
      throw new ReadException(type, first.code(), first.pointer(), at);
    }

    /** Type information of default typing is not read: the format has none. */
    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
        throws IOException {
      return deserialize(p, ctxt);
    }

    /**
     * Copies the current value token by token (a duplicate stays a duplicate) and notes where each
     * pointer starts in the mapper's input; stops at the reader's document size.
     */
    private byte[] copy(JsonParser p, Map<String, JsonLocation> where, JsonLocation start)
        throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
      Deque<Frame> frames = new ArrayDeque<>();
      try (JsonGenerator g = COPY.createGenerator(out)) {
        if (p.currentToken() == JsonToken.FIELD_NAME) {
          // the mapper already took the object's start (as some of its own readers do)
          g.writeStartObject();
          frames.push(new Frame(false));
        }
        for (JsonToken t = p.currentToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.FIELD_NAME) {
            frames.peek().name = p.currentName();
            where.put(pointer(frames), location(p.currentTokenLocation()));
            g.copyCurrentEvent(p);
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            g.copyCurrentEvent(p);
            frames.pop();
          } else {
            if (!frames.isEmpty() && frames.peek().array) {
              frames.peek().index++;
              where.put(pointer(frames), location(p.currentTokenLocation()));
            }
            g.copyCurrentEvent(p);
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
              frames.push(new Frame(t == JsonToken.START_ARRAY));
            }
          }
          if (out.size() > maxBytes) {
            throw new ReadException(type, ExportCodes.LIMIT_DOCUMENT_SIZE, "", location(start));
          }
          if (frames.isEmpty()) {
            break;
          }
        }
      }
      return out.toByteArray();
    }
  }

  /** An open object or array of the copy: the current field name or item index. */
  private static final class Frame {
    final boolean array;
    String name;
    int index = -1;

    Frame(boolean array) {
      this.array = array;
    }
  }

  private static String pointer(Deque<Frame> frames) {
    StringBuilder b = new StringBuilder();
    var it = frames.descendingIterator();
    while (it.hasNext()) {
      Frame f = it.next();
      String part = f.array ? Integer.toString(f.index) : f.name;
      if (part != null) {
        b.append('/').append(part.replace("~", "~0").replace("/", "~1"));
      }
    }
    return b.toString();
  }

  /** A location with line and column only: never the mapper's source or its content. */
  private static JsonLocation location(JsonLocation l) {
    return new JsonLocation(ContentReference.unknown(), -1L, l.getLineNr(), l.getColumnNr());
  }

  /**
   * A BBIC value that openbbic's strict reader refused: the library's code, the JSON pointer in the
   * value and, as the exception's location, the line and column in the mapper's input. The message
   * holds no value from the payload.
   *
   * @since 0.1
   */
  public static final class ReadException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String pointer;

    ReadException(Class<?> type, String code, String pointer, JsonLocation at) {
      super(
          null,
          code
              + " at "
              + (pointer.isEmpty() ? "/" : pointer)
              + " in "
              + type.getSimpleName()
              + " (line "
              + at.getLineNr()
              + ", column "
              + at.getColumnNr()
              + "): openbbic's reader refused it",
          at);
      this.code = code;
      this.pointer = pointer;
    }

    /** The library's code, e.g. {@code BBIC-SCH-001} (unknown field). */
    public String code() {
      return code;
    }

    /** The JSON pointer of the refused part in the BBIC value ({@code ""} for the whole). */
    public String pointer() {
      return pointer;
    }

    /** The line in the mapper's input. */
    public int line() {
      return getLocation().getLineNr();
    }

    /** The column in the mapper's input. */
    public int column() {
      return getLocation().getColumnNr();
    }
  }
}
