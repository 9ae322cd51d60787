package org.openbbic.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openbbic.export.BbicExport;
import org.openbbic.export.BbicSchemas;
import org.openbbic.export.CaseFileBatchWriter;
import org.openbbic.export.Format;
import org.openbbic.export.ReportJson;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.print.BbicPrinter;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.validation.DeadlineCalendar;
import org.openbbic.validation.RuleCatalogue;

/**
 * The {@code /v1} actions. Each reads its parameters and body through {@link Call} and answers a
 * {@link Reply} or throws a {@link Problem}; the codecs, rules and printouts are bbic-export's,
 * bbic-validation's and bbic-print's, and the JSON shapes are {@link ReportJson}'s, so the service
 * answers what {@code bbic validate|deadlines|rules --format json} print.
 */
final class Api {

  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";
  static final String XML = "application/xml";

  /** The printout's own policy: its styles are inline, it loads nothing. */
  static final String PRINTOUT_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final List<String> LEVELS = List.of("draft", "complete", "signed");
  private static final List<String> FORMATS = List.of("json", "xml");
  private static final List<String> RENDER_FORMATS = List.of("html", "pdf");
  private static final List<String> RECIPIENTS =
      List.of("internal", "internal-unmasked", "court", "guardian");

  private final BbicExport export = BbicExport.builder().build();
  private final Map<String, BbicPrinter> printers = new ConcurrentHashMap<>();

  /** {@code POST /v1/validate}: the validation object of every document of the body. */
  Reply validate(Call call) {
    ValidationLevel level = level(call, "complete");
    LocalDate asOf = date(call);
    Locale locale = call.locale();
    byte[] body = call.body();
    Payloads.Reading reading = Payloads.open(export, body, level, asOf, locale);
    try {
      Payloads.Item first = reading.hasNext() ? reading.next() : null;
      if (first == null) {
        throw Problem.of(400, "unreadable");
      }
      if (first.unreadable() && !reading.hasNext()) {
        // nothing could be read: the body is bad, not the documents in it
        throw Problem.of(400, "unreadable").documents(List.of(first.validationJson(locale)));
      }
      if (call.accepts(NDJSON) && !call.accepts(JSON)) {
        Payloads.Reading rest = reading;
        reading = null;
        return Reply.streamed(NDJSON, out -> streamLines(call, first, rest, out));
      }
      List<String> objects = new ArrayList<>();
      objects.add(first.validationJson(locale));
      while (reading.hasNext()) {
        if (call.overTime()) {
          throw timeLimit();
        }
        objects.add(reading.next().validationJson(locale));
      }
      return Reply.ok(JSON, "[" + String.join(",", objects) + "]");
    } finally {
      if (reading != null) {
        reading.close();
      }
    }
  }

  private static long streamLines(
      Call call, Payloads.Item first, Payloads.Reading rest, OutputStream out) throws IOException {
    try (rest) {
      long bytes = line(out, first.validationJson(call.locale()));
      while (rest.hasNext()) {
        if (call.overTime()) {
          // the answer is cut off (no closing chunk), never silently short
          throw new IOException("time limit");
        }
        bytes += line(out, rest.next().validationJson(call.locale()));
      }
      return bytes;
    }
  }

  private static long line(OutputStream out, String json) throws IOException {
    byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    out.flush();
    return bytes.length;
  }

  /**
   * {@code POST /v1/convert}: the body in the other format for a recipient (withheld as the CLI's
   * {@code --recipient} does); refused with 422 and the findings when a document has errors.
   */
  Reply convert(Call call) {
    Format to = Format.valueOf(call.choice("to", null, FORMATS).toUpperCase(Locale.ROOT));
    RecipientPolicy policy = recipient(call);
    ValidationLevel level = level(call, "draft");
    Locale locale = call.locale();
    byte[] body = call.body();
    boolean batch;
    List<Payloads.Item> items = new ArrayList<>();
    try (Payloads.Reading reading = Payloads.open(export, body, level, today(), locale)) {
      batch = reading.batch();
      reading.forEachRemaining(items::add);
    }
    refuseUnreadable(items, locale);
    if (items.stream().anyMatch(i -> !i.result().isValid())) {
      throw Problem.of(422, "invalid").documents(objects(items, locale));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (batch) {
      try (CaseFileBatchWriter writer = export.batchWriter(to, out, policy)) {
        for (Payloads.Item item : items) {
          writer.write((CaseFile) item.result().value().orElseThrow());
        }
      }
      return Reply.ok(to == Format.JSON ? NDJSON : XML, out.toByteArray());
    }
    export.writer(to).withPolicy(policy).write(items.get(0).result().value().orElseThrow(), out);
    return Reply.ok(to == Format.JSON ? JSON : XML, out.toByteArray());
  }

  /** {@code POST /v1/render}: the printout of one document or case file, HTML or PDF. */
  Reply render(Call call) {
    boolean pdf = call.choice("format", "html", RENDER_FORMATS).equals("pdf");
    RecipientPolicy policy = recipient(call);
    Locale locale = call.locale();
    byte[] body = call.body();
    List<Payloads.Item> items = Payloads.readAll(export, body, null, today(), locale);
    refuseUnreadable(items, locale);
    if (items.size() != 1) {
      throw Problem.of(422, "one-document");
    }
    BbicPrinter printer =
        printers.computeIfAbsent(
            policy.name() + "/" + locale.getLanguage(),
            k -> BbicPrinter.builder().policy(policy).locale(locale).build());
    Optional<CaseFile> caseFile = items.get(0).caseFile();
    BbicDocument document = caseFile.isPresent() ? null : items.get(0).document().orElseThrow();
    if (pdf) {
      byte[] bytes = document == null ? printer.pdf(caseFile.get()) : printer.pdf(document);
      return Reply.ok("application/pdf", bytes);
    }
    String html = document == null ? printer.html(caseFile.get()) : printer.html(document);
    return Reply.ok("text/html; charset=utf-8", html)
        .header("Content-Security-Policy", PRINTOUT_CSP);
  }

  /** {@code POST /v1/deadlines}: the deadline calendar of every case file of the body. */
  Reply deadlines(Call call) {
    LocalDate asOf = date(call);
    Locale locale = call.locale();
    byte[] body = call.body();
    List<Payloads.Item> items = Payloads.readAll(export, body, null, asOf, locale);
    refuseUnreadable(items, locale);
    List<String> objects = new ArrayList<>();
    for (Payloads.Item item : items) {
      CaseFile caseFile = item.caseFile().orElseThrow(() -> Problem.of(422, "not-case-file"));
      objects.add(
          ReportJson.deadlines(
              Payloads.NAME,
              item.index(),
              caseFile,
              asOf,
              DeadlineCalendar.of(caseFile, asOf).deadlines(),
              locale));
    }
    return Reply.ok(JSON, "[" + String.join(",", objects) + "]");
  }

  /** {@code GET /v1/rules}: the catalogue of every code. */
  Reply rules(Call call) {
    return Reply.ok(JSON, ReportJson.rules(RuleCatalogue.entries(), call.locale()));
  }

  /** {@code GET /v1/schemas/xsd}. */
  Reply xsd(Call call) {
    return Reply.ok(XML, resource(BbicSchemas.xsd().toString(), BbicSchemas.xsd()));
  }

  /** {@code GET /v1/schemas/json/{level}}. */
  Reply jsonSchema(Call call) {
    String name = call.path("level");
    ValidationLevel level =
        LEVELS.contains(name.toLowerCase(Locale.ROOT))
            ? ValidationLevel.valueOf(name.toUpperCase(Locale.ROOT))
            : null;
    if (level == null) {
      throw Problem.of(404, "no-such-level", String.join(", ", LEVELS));
    }
    return Reply.ok(
        "application/schema+json", resource(level.name(), BbicSchemas.jsonSchema(level)));
  }

  /**
   * {@code GET /v1/examples/{type}}: a complete, valid, fictitious document or case file, the same
   * for the same seed and as-of day ({@code bbic example}).
   */
  Reply example(Call call) {
    Class<?> kind = documentType(call.path("type")).orElse(null);
    if (kind == null) {
      throw Problem.of(404, "no-such-type", "case, " + String.join(", ", rootNames()));
    }
    Format to = Format.valueOf(call.choice("to", "json", FORMATS).toUpperCase(Locale.ROOT));
    long seed;
    try {
      seed = call.query("seed") == null ? 1 : Long.parseLong(call.query("seed"));
    } catch (NumberFormatException e) {
      throw Problem.of(400, "bad-parameter", "seed", "0–9");
    }
    BbicGenerator generator = new BbicGenerator(seed, date(call));
    Object value =
        kind == CaseFile.class
            ? generator.caseFile()
            : generator.document(FormType.of(kind).orElseThrow());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // invented data: written in full, as bbic example does
    export.writer(to).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).write(value, out);
    return Reply.ok(to == Format.JSON ? JSON : XML, out.toByteArray());
  }

  private static void refuseUnreadable(List<Payloads.Item> items, Locale locale) {
    if (items.isEmpty()) {
      throw Problem.of(400, "unreadable");
    }
    if (items.stream().anyMatch(Payloads.Item::unreadable)) {
      throw Problem.of(400, "unreadable").documents(objects(items, locale));
    }
  }

  private static List<String> objects(List<Payloads.Item> items, Locale locale) {
    return items.stream().map(i -> i.validationJson(locale)).toList();
  }

  private static Problem timeLimit() {
    return Problem.of(503, "time-limit").header("Retry-After", "1");
  }

  private static ValidationLevel level(Call call, String fallback) {
    return ValidationLevel.valueOf(call.choice("level", fallback, LEVELS).toUpperCase(Locale.ROOT));
  }

  private static LocalDate date(Call call) {
    String value = call.query("asOf");
    if (value == null) {
      return today();
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw Problem.of(400, "bad-parameter", "asOf", "ÅÅÅÅ-MM-DD");
    }
  }

  private static LocalDate today() {
    return LocalDate.now(SWEDEN);
  }

  private static RecipientPolicy recipient(Call call) {
    return RecipientPolicy.preset(call.choice("recipient", "internal", RECIPIENTS)).orElseThrow();
  }

  private static byte[] resource(String what, java.net.URL url) {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("schema resource unreadable: " + what, e);
    }
  }

  /** The class a path names: {@code case}, a root name ({@code carePlan}) or a form type. */
  static Optional<Class<?>> documentType(String name) {
    BbicModel model = BbicModel.get();
    if (name.equalsIgnoreCase("case") || name.equalsIgnoreCase("caseFile")) {
      return Optional.of(model.caseFile().type());
    }
    for (DocumentKind<?> kind : model.documentKinds()) {
      if (kind.rootName().equalsIgnoreCase(name)
          || kind.formType().name().equalsIgnoreCase(name.replace('-', '_'))) {
        return Optional.of(kind.type());
      }
    }
    return Optional.empty();
  }

  static List<String> rootNames() {
    return BbicModel.get().documentKinds().stream().map(DocumentKind::rootName).toList();
  }
}
