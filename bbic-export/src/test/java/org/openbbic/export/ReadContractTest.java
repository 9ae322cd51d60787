package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.model.WireFormat;
import org.openbbic.validation.Finding;
import org.openbbic.validation.FindingSource;
import org.openbbic.validation.Severity;

/**
 * The read contract, run against both formats: every kind of bad payload gives a finding with a
 * stable code, a pointer and the line and column where the problem is in the payload, and never an
 * exception, a partial object or a quoted value.
 */
class ReadContractTest {

  private static final BbicExport STRICT = RoundTripTest.EXPORT;
  private static final BbicExport LENIENT =
      BbicExport.builder().strictness(Strictness.LENIENT).build();
  private static final String NS = WireFormat.NAMESPACE;

  /** A case file payload with the given members (JSON) or child elements (XML), one per line. */
  private static String caseFile(Format format, String... members) {
    StringBuilder sb = new StringBuilder();
    if (format == Format.JSON) {
      sb.append("{\n");
      for (int i = 0; i < members.length; i++) {
        sb.append("  ").append(members[i]).append(i + 1 < members.length ? ",\n" : "\n");
      }
      sb.append("}\n");
    } else {
      sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      sb.append("<caseFile xmlns=\"").append(NS).append("\">\n");
      for (String m : members) {
        sb.append("  ").append(m).append("\n");
      }
      sb.append("</caseFile>\n");
    }
    return sb.toString();
  }

  private static String field(Format format, String name, String jsonValue, String xmlText) {
    return format == Format.JSON
        ? "\"" + name + "\": " + jsonValue
        : "<" + name + ">" + xmlText + "</" + name + ">";
  }

  /** The 1-based line and column (in characters) of the n-th occurrence of {@code marker}. */
  private static int[] at(String payload, String marker, int occurrence) {
    int index = -1;
    for (int i = 0; i < occurrence; i++) {
      index = payload.indexOf(marker, index + 1);
      assertThat(index).as("marker %s", marker).isNotNegative();
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (payload.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, payload.codePointCount(lineStart, index) + 1};
  }

  private static <T> ReadResult<T> read(BbicExport export, Format f, Class<T> type, String p) {
    return read(export, f, type, p.getBytes(StandardCharsets.UTF_8));
  }

  private static <T> ReadResult<T> read(BbicExport export, Format f, Class<T> type, byte[] p) {
    return export.reader(f, type).read(p);
  }

  private static Finding only(ReadResult<?> result, String code) {
    List<Finding> found = result.report().withCode(code);
    assertThat(found).as("findings %s", result.findings()).hasSize(1);
    return found.get(0);
  }

  private static void assertAt(Finding f, int[] expected) {
    assertThat(f.line()).as("line of %s", f).contains(expected[0]);
    assertThat(f.column()).as("column of %s", f).contains(expected[1]);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void unknownFieldIsAnErrorWhenStrictAndAWarningWhenLenient(Format format) {
    String payload =
        caseFile(
            format,
            field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"),
            field(format, "caseId", "\"C-1\"", "C-1"),
            field(format, "nickname", "\"x\"", "x"));
    String marker = format == Format.JSON ? "\"nickname\"" : "<nickname>";

    ReadResult<CaseFile> strict = read(STRICT, format, CaseFile.class, payload);
    Finding f = only(strict, ExportCodes.UNKNOWN_FIELD);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.source()).isEqualTo(FindingSource.SCHEMA);
    assertThat(f.pointer()).isEqualTo("/nickname");
    assertAt(f, at(payload, marker, 1));
    assertThat(strict.value()).isEmpty();

    ReadResult<CaseFile> lenient = read(LENIENT, format, CaseFile.class, payload);
    Finding w = only(lenient, ExportCodes.UNKNOWN_FIELD);
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertAt(w, at(payload, marker, 1));
    assertThat(lenient.value()).get().extracting(CaseFile::caseId).isEqualTo("C-1");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void duplicateFieldIsAnErrorWhenStrictAndAWarningWhenLenient(Format format) {
    String payload =
        caseFile(
            format,
            field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"),
            field(format, "caseId", "\"C-1\"", "C-1"),
            field(format, "caseId", "\"C-2\"", "C-2"));
    String marker = format == Format.JSON ? "\"caseId\"" : "<caseId>";

    ReadResult<CaseFile> strict = read(STRICT, format, CaseFile.class, payload);
    Finding f = only(strict, ExportCodes.DUPLICATE_FIELD);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.pointer()).isEqualTo("/caseId");
    assertAt(f, at(payload, marker, 2));
    assertThat(strict.value()).isEmpty();

    ReadResult<CaseFile> lenient = read(LENIENT, format, CaseFile.class, payload);
    Finding w = only(lenient, ExportCodes.DUPLICATE_FIELD);
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertAt(w, at(payload, marker, 2));
    assertThat(lenient.value()).get().extracting(CaseFile::caseId).isEqualTo("C-2");
  }

  private static String reportsWith(Format format, String name, String jsonValue, String xml) {
    String report =
        format == Format.JSON
            ? "\"reports\": [ { " + field(format, name, jsonValue, xml) + " } ]"
            : "<reports><report>" + field(format, name, jsonValue, xml) + "</report></reports>";
    return caseFile(
        format,
        field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"),
        field(format, "caseId", "\"C-1\"", "C-1"),
        report);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void wrongTypeIsASchemaErrorAtTheField(Format format) {
    String payload = reportsWith(format, "mandatoryReporter", "\"yes\"", "yes");
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
    Finding f = only(result, ExportCodes.WRONG_TYPE);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.pointer()).isEqualTo("/reports/0/mandatoryReporter");
    assertAt(f, at(payload, format == Format.JSON ? "\"mandatoryReporter\"" : "<mandatoryR", 1));
    assertThat(result.value()).isEmpty();

    String objectForText =
        caseFile(
            format,
            field(format, "caseId", "\"C-1\"", "C-1"),
            field(format, "child", "\"text\"", "text"));
    Finding g = only(read(STRICT, format, CaseFile.class, objectForText), ExportCodes.WRONG_TYPE);
    assertThat(g.pointer()).isEqualTo("/child");
    assertAt(g, at(objectForText, format == Format.JSON ? "\"child\"" : "<child>", 1));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void badDateIsAnInvalidDateAtTheField(Format format) {
    String payload =
        reportsWith(
            format, "receivedAt", "\"2026-02-30T10:00:00+01:00\"", "2026-02-30T10:00:00+01:00");
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
    Finding f = only(result, ExportCodes.INVALID_DATE);
    assertThat(f.pointer()).isEqualTo("/reports/0/receivedAt");
    assertAt(f, at(payload, format == Format.JSON ? "\"receivedAt\"" : "<receivedAt>", 1));
    assertThat(result.value()).isEmpty();

    String notADate = reportsWith(format, "receivedAt", "\"yesterday\"", "yesterday");
    assertThatFindings(read(STRICT, format, CaseFile.class, notADate).report())
        .hasCode(ExportCodes.INVALID_DATE);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void unknownCodeIsReportedAtTheField(Format format) {
    String payload = reportsWith(format, "kind", "\"NOPE\"", "NOPE");
    Finding f = only(read(STRICT, format, CaseFile.class, payload), ExportCodes.UNKNOWN_CODE);
    assertThat(f.pointer()).isEqualTo("/reports/0/kind");
    assertAt(f, at(payload, format == Format.JSON ? "\"kind\"" : "<kind>", 1));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void missingRequiredFieldIsAConstraintErrorAndTheObjectIsKept(Format format) {
    String payload = caseFile(format, field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"));
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
    List<Finding> required =
        result.findings().stream().filter(f -> f.pointer().equals("/caseId")).toList();
    assertThat(required).as("findings %s", result.findings()).hasSize(1);
    Finding f = required.get(0);
    assertThat(f.code()).isEqualTo("BBIC-FLD-001");
    assertThat(f.source()).isEqualTo(FindingSource.CONSTRAINT);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    // An absent field has no position of its own: the finding points at its parent, the root.
    assertAt(f, at(payload, format == Format.JSON ? "{" : "<caseFile", 1));
    assertThat(result.value()).isPresent();
    assertThat(result.isValid()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void oversizedTextIsRefusedNamingTheLimit(Format format) {
    BbicExport small =
        BbicExport.builder().limits(ReadLimits.builder().maxStringLength(100).build()).build();
    String longText = "x".repeat(101);
    String payload =
        caseFile(
            format,
            field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"),
            field(format, "caseId", "\"" + longText + "\"", longText));
    ReadResult<CaseFile> result = read(small, format, CaseFile.class, payload);
    Finding f = only(result, ExportCodes.LIMIT_STRING_LENGTH);
    assertThat(f.severity()).isEqualTo(Severity.FATAL);
    assertThat(f.arguments()).containsEntry("limit", "maxStringLength").containsEntry("max", 100);
    // JSON: at the string; XML: at the element holding the text.
    assertAt(f, at(payload, format == Format.JSON ? "\"xxx" : "<caseId>", 1));
    assertThat(result.value()).isEmpty();
    assertThat(
            read(small, format, CaseFile.class, payload.replace(longText, "x".repeat(100))).value())
        .isPresent();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void oversizedDocumentIsRefusedBeforeParsing(Format format) {
    BbicExport small =
        BbicExport.builder().limits(ReadLimits.builder().maxDocumentBytes(32).build()).build();
    String payload =
        caseFile(
            format,
            field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"),
            field(format, "caseId", "\"C-1\"", "C-1"));
    ReadResult<CaseFile> fromBytes = read(small, format, CaseFile.class, payload);
    Finding f = only(fromBytes, ExportCodes.LIMIT_DOCUMENT_SIZE);
    assertThat(f.arguments()).containsEntry("limit", "maxDocumentBytes");
    ReadResult<CaseFile> fromStream =
        small
            .reader(format, CaseFile.class)
            .read(new java.io.ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)));
    assertThatFindings(fromStream.report()).hasCode(ExportCodes.LIMIT_DOCUMENT_SIZE);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void truncatedInputIsReportedAtItsEnd(Format format) {
    String full =
        caseFile(
            format,
            field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"),
            field(format, "caseId", "\"C-1\"", "C-1"));
    String payload = full.substring(0, full.indexOf("C-1") + 3);
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
    Finding f = only(result, ExportCodes.TRUNCATED);
    assertThat(f.severity()).isEqualTo(Severity.FATAL);
    String[] lines = payload.split("\n", -1);
    assertThat(f.line()).contains(lines.length);
    assertThat(f.column()).contains(lines[lines.length - 1].length() + 1);
    assertThat(result.value()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void emptyInputIsFatal(Format format) {
    for (String payload : new String[] {"", "  \n\t ", "\uFEFF"}) {
      ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
      Finding f = only(result, ExportCodes.EMPTY_INPUT);
      assertThat(f.severity()).isEqualTo(Severity.FATAL);
      assertAt(f, new int[] {1, 1});
      assertThat(result.value()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void wrongRootIsReported(Format format) {
    String wrongElement =
        format == Format.JSON
            ? "\n  [ 1, 2 ]\n"
            : "<?xml version=\"1.0\"?>\n<report xmlns=\"" + NS + "\"/>\n";
    Finding f = only(read(STRICT, format, CaseFile.class, wrongElement), ExportCodes.WRONG_ROOT);
    assertThat(f.severity()).isEqualTo(Severity.FATAL);
    assertAt(f, at(wrongElement, format == Format.JSON ? "[" : "<report", 1));

    // A report whose header says it is a decision is not a report.
    Report report = (Report) new org.openbbic.testkit.BbicGenerator(7).document(FormType.REPORT);
    byte[] bytes = STRICT.writer(format).writeBytes(report);
    String text =
        new String(bytes, StandardCharsets.UTF_8)
            .replace(">REPORT<", ">DECISION<")
            .replace("\"formType\":\"REPORT\"", "\"formType\":\"DECISION\"");
    ReadResult<Report> mislabelled = read(STRICT, format, Report.class, text);
    Finding g = only(mislabelled, ExportCodes.WRONG_ROOT);
    assertThat(g.pointer()).isEqualTo("/header/formType");
    assertAt(g, at(text, format == Format.JSON ? "\"formType\"" : "<formType>", 1));
    assertThat(mislabelled.value()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void invalidUtf8IsReportedAtTheBadByte(Format format) throws Exception {
    String payload =
        caseFile(
            format,
            field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"),
            field(format, "caseId", "\"åäBAD\"", "åäBAD"));
    byte[] good = payload.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    String[] parts = payload.split("BAD", 2);
    bad.write(parts[0].getBytes(StandardCharsets.UTF_8));
    bad.write(new byte[] {(byte) 0xC3, (byte) 0x28});
    bad.write(parts[1].getBytes(StandardCharsets.UTF_8));
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, bad.toByteArray());
    Finding f = only(result, ExportCodes.INVALID_ENCODING);
    assertThat(f.severity()).isEqualTo(Severity.FATAL);
    assertAt(f, at(payload, "BAD", 1));
    assertThat(result.value()).isEmpty();
    assertThat(read(STRICT, format, CaseFile.class, good).value()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void deepNestingIsRefusedNamingTheLimit(Format format) {
    int depth = ReadLimits.DEFAULT_MAX_DEPTH + 10;
    String nest =
        format == Format.JSON
            ? "\"nest\": " + "[".repeat(depth) + "]".repeat(depth)
            : "<nest>".repeat(depth) + "</nest>".repeat(depth);
    String payload = caseFile(format, field(format, "caseId", "\"C-1\"", "C-1"), nest);
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
    Finding f = only(result, ExportCodes.LIMIT_DEPTH);
    assertThat(f.severity()).isEqualTo(Severity.FATAL);
    assertThat(f.arguments()).containsEntry("limit", "maxDepth");
    // The root is level 1: the element that opens level maxDepth + 1 is refused.
    assertAt(f, at(payload, format == Format.JSON ? "[" : "<nest>", ReadLimits.DEFAULT_MAX_DEPTH));
    assertThat(result.value()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void entityExpansionIsRefused(Format format) {
    String payload =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE caseFile [\n"
            + "  <!ENTITY lol \"lol\">\n"
            + "  <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + "  <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + "]>\n"
            + "<caseFile xmlns=\""
            + NS
            + "\"><caseId>&lol3;</caseId></caseFile>\n";
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
    assertThat(result.value()).isEmpty();
    if (format == Format.XML) {
      Finding f = only(result, ExportCodes.DTD_REFUSED);
      assertThat(f.severity()).isEqualTo(Severity.FATAL);
      assertAt(f, at(payload, "<!DOCTYPE", 1));
    } else {
      Finding f = only(result, ExportCodes.MALFORMED);
      assertAt(f, new int[] {1, 1});
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void externalEntityIsRefusedAndNothingIsFetched(Format format) throws Exception {
    java.nio.file.Path secret = java.nio.file.Files.createTempFile("openbbic-secret", ".txt");
    java.nio.file.Files.writeString(secret, "TOPSECRET-197001011234");
    String payload =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE caseFile [ <!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\"> ]>\n"
            + "<caseFile xmlns=\""
            + NS
            + "\"><caseId>&xxe;</caseId></caseFile>\n";
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
    assertThat(result.value()).isEmpty();
    assertThat(result.toString()).doesNotContain("TOPSECRET");
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("sv")}) {
      ReadResult<CaseFile> r =
          STRICT
              .reader(format, CaseFile.class)
              .withLocale(locale)
              .read(payload.getBytes(StandardCharsets.UTF_8));
      assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("TOPSECRET"));
    }
    if (format == Format.XML) {
      assertAt(only(result, ExportCodes.DTD_REFUSED), at(payload, "<!DOCTYPE", 1));
    } else {
      assertThatFindings(result.report()).hasCode(ExportCodes.MALFORMED);
    }
    java.nio.file.Files.delete(secret);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void trailingContentIsFatal(Format format) {
    String payload =
        caseFile(format, field(format, "caseId", "\"C-1\"", "C-1"))
            + (format == Format.JSON ? "{}\n" : "<caseFile/>\n");
    ReadResult<CaseFile> result = read(STRICT, format, CaseFile.class, payload);
    assertThatFindings(result.report()).hasCode(ExportCodes.TRAILING_CONTENT);
    assertThat(result.value()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void messagesAreSwedishByDefaultAndEnglishOnRequest(Format format) {
    String payload = caseFile(format, field(format, "nickname", "\"x\"", "x"));
    Finding sv = only(read(STRICT, format, CaseFile.class, payload), ExportCodes.UNKNOWN_FIELD);
    Finding en =
        only(
            STRICT
                .reader(format, CaseFile.class)
                .withLocale(Locale.ENGLISH)
                .read(payload.getBytes(StandardCharsets.UTF_8)),
            ExportCodes.UNKNOWN_FIELD);
    assertThat(sv.messageKey()).isEqualTo(en.messageKey()).isEqualTo(ExportCodes.UNKNOWN_FIELD);
    assertThat(sv.message()).isNotEqualTo(en.message()).isNotEqualTo(ExportCodes.UNKNOWN_FIELD);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void fieldOrderMattersInXmlOnly(Format format) {
    String payload =
        caseFile(
            format,
            field(format, "caseId", "\"C-1\"", "C-1"),
            field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"));
    ReadResult<CaseFile> strict = read(STRICT, format, CaseFile.class, payload);
    ReadResult<CaseFile> lenient = read(LENIENT, format, CaseFile.class, payload);
    if (format == Format.JSON) {
      assertThat(strict.findings())
          .filteredOn(f -> f.source() == FindingSource.SYNTAX || f.source() == FindingSource.SCHEMA)
          .isEmpty();
      assertThat(strict.value()).isPresent();
      return;
    }
    Finding f = only(strict, ExportCodes.OUT_OF_ORDER);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.pointer()).isEqualTo("/schemaVersion");
    assertAt(f, at(payload, "<schemaVersion>", 1));
    assertThat(strict.value()).isEmpty();
    assertThat(only(lenient, ExportCodes.OUT_OF_ORDER).severity()).isEqualTo(Severity.WARNING);
    assertThat(lenient.value()).get().extracting(CaseFile::schemaVersion).isEqualTo("1.0.0");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void anUnknownFieldAmidKnownOnesIsTheOnlyFinding(Format format) {
    String payload =
        caseFile(
            format,
            field(format, "schemaVersion", "\"1.0.0\"", "1.0.0"),
            field(format, "nickname", "{\"a\": [1, 2]}", "<a>1</a><a>2</a>"),
            field(format, "caseId", "\"C-1\"", "C-1"),
            field(format, "child", "{\"familyName\": \"N\"}", "<familyName>N</familyName>"));
    for (BbicExport export : new BbicExport[] {STRICT, LENIENT}) {
      ReadResult<CaseFile> result =
          export
              .reader(format, CaseFile.class)
              .withLevel(null)
              .read(payload.getBytes(StandardCharsets.UTF_8));
      assertThat(result.findings()).as("%s", result.findings()).hasSize(1);
      Finding f = only(result, ExportCodes.UNKNOWN_FIELD);
      assertThat(f.pointer()).isEqualTo("/nickname");
      assertAt(f, at(payload, format == Format.JSON ? "\"nickname\"" : "<nickname>", 1));
      if (export == LENIENT) {
        CaseFile read = result.value().orElseThrow();
        assertThat(read.caseId()).isEqualTo("C-1");
        assertThat(read.child().familyName()).isEqualTo("N");
      } else {
        assertThat(result.value()).isEmpty();
      }
    }
  }
}
