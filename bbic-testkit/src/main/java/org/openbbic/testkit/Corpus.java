package org.openbbic.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;

/**
 * A small corpus of example BBIC documents and case files, valid and invalid, each with the finding
 * codes a conforming reader and validator must give, for vendors to run through their own
 * pipelines.
 *
 * <p>The corpus is committed as files under {@value #RESOURCE_FOLDER} (in the jar, so {@link
 * #open(String)} reads them) with a tab-separated {@value #MANIFEST}, one row a file:
 *
 * <ul>
 *   <li>{@code file}: the file name in the folder;
 *   <li>{@code format}: {@code JSON} or {@code XML};
 *   <li>{@code type}: the simple name of the form class in {@code org.openbbic.forms} the file is
 *       read as ({@code Report}, ..., {@code CaseFile});
 *   <li>{@code level}: the validation level, always {@value #LEVEL};
 *   <li>{@code asOf}: the day a case file is judged on (deadlines open on it are overdue), empty
 *       for a document;
 *   <li>{@code codes}: the expected finding codes, comma-separated, empty for a valid file: the
 *       codes of {@code docs/rules.md} ({@code BBIC-FLD-*}, {@code -DOC-*}, {@code -CASE-*}) for a
 *       file that reads but breaks a rule, or the syntax and schema codes of bbic-export's {@code
 *       ExportCodes} ({@code BBIC-SYN-*}, {@code BBIC-SCH-*}) for a file that cannot be read as an
 *       object;
 *   <li>{@code pointer}: the JSON Pointer of the first expected finding, empty when valid or when
 *       the finding has no place (a truncated or empty payload).
 * </ul>
 *
 * <p>To use it, read every file as its type at its level and day, and compare: a valid file gives
 * no finding; a rule file gives its first code at its pointer and no ERROR or WARNING of another
 * code (an INFO may come with it); a syntax or schema file gives no object and exactly its codes,
 * judged with bbic-export's default limits (e.g. 32 levels, 200,000 characters a string) and strict
 * (unknown and repeated fields are errors). A reader with other limits or lenient settings may
 * differ on those files only.
 *
 * <p>The documents and case files are written by openbbic's own writer from {@link #entries()}; the
 * syntax and schema files are byte-level variants of a valid file, {@link #rawEntries()}. The same
 * {@link #SEED} always gives the same corpus, and openbbic's build fails when the committed files
 * differ from it.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Corpus {

  /** The seed the corpus is generated from. */
  public static final long SEED = 20_261_123L;

  /** Where the committed corpus lies on the class path. */
  public static final String RESOURCE_FOLDER = "org/openbbic/testkit/corpus/";

  /** The manifest's file name in {@link #RESOURCE_FOLDER}. */
  public static final String MANIFEST = "manifest.tsv";

  /** The formats the corpus is written in, as file extensions and manifest names. */
  public static final List<String> FORMATS = List.of("JSON", "XML");

  /** The level every corpus file is judged at. */
  public static final String LEVEL = "SIGNED";

  private static final String HEADER = "file\tformat\ttype\tlevel\tasOf\tcodes\tpointer";

  /** Documents whose mutations enter the corpus (the others are covered by the case file). */
  private static final Set<FormType> MUTATED_DOCUMENTS =
      Set.of(
          FormType.REPORT,
          FormType.INVESTIGATION,
          FormType.DECISION,
          FormType.CHILD_SITUATION_FOLLOW_UP);

  private Corpus() {}

  /**
   * One example: a name (the file name without extension), the document or case file, the day a
   * case file is judged on ({@code null} for a document), the expected codes (empty when valid) and
   * the pointer of the expected finding ({@code ""} when valid).
   *
   * @param name the file's base name
   * @param value a {@link BbicDocument} or a {@link CaseFile}
   * @param asOf the day a case file is judged on, or {@code null}
   * @param codes the expected finding codes
   * @param pointer the JSON Pointer of the expected finding
   * @since 0.1
   */
  public record Entry(
      String name, Object value, LocalDate asOf, List<String> codes, String pointer) {

    /** Checks the components. */
    public Entry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      codes = List.copyOf(codes);
      Objects.requireNonNull(pointer, "pointer");
    }

    /** The simple name of the value's class, e.g. {@code Investigation} or {@code CaseFile}. */
    public String type() {
      return value.getClass().getSimpleName();
    }
  }

  /**
   * One committed corpus file as listed in the manifest.
   *
   * @param file the file name in {@link #RESOURCE_FOLDER}
   * @param format {@code JSON} or {@code XML}
   * @param type the simple name of the form class ({@code org.openbbic.forms})
   * @param level the validation level, {@code SIGNED}
   * @param asOf the day a case file is judged on, or {@code null}
   * @param codes the expected codes, empty when the file is valid
   * @param pointer the pointer of the expected finding, {@code ""} when valid
   * @since 0.1
   */
  public record File(
      String file,
      String format,
      String type,
      String level,
      LocalDate asOf,
      List<String> codes,
      String pointer) {

    /** Checks the components. */
    public File {
      Objects.requireNonNull(file, "file");
      codes = List.copyOf(codes);
    }
  }

  /**
   * A byte-level variant of a valid corpus file that breaks the syntax or the schema of the format:
   * it cannot be an object, so it is made from the valid file's bytes.
   *
   * @param name the file's base name
   * @param format {@code JSON} or {@code XML}
   * @param base the {@link Entry#name() name} of the valid entry whose file it is made from
   * @param type the simple name of the form class the file is read as
   * @param codes the expected finding codes ({@code BBIC-SYN-*} or {@code BBIC-SCH-*})
   * @param pointer the JSON Pointer of the expected finding, {@code ""} when it has none
   * @param change the byte transformation of the valid file
   * @since 0.1
   */
  public record RawEntry(
      String name,
      String format,
      String base,
      String type,
      List<String> codes,
      String pointer,
      UnaryOperator<byte[]> change) {

    /** Checks the components. */
    public RawEntry {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(type, "type");
      codes = List.copyOf(codes);
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(change, "change");
    }

    /** The file name, e.g. {@code report-truncated.json}. */
    public String file() {
      return name + "." + format.toLowerCase(Locale.ROOT);
    }

    /** The base file's name in {@link #format()}, e.g. {@code valid-report.json}. */
    public String baseFile() {
      return base + "." + format.toLowerCase(Locale.ROOT);
    }

    /**
     * The variant made from the base file's bytes.
     *
     * @throws IllegalStateException when {@code valid} lacks what the change looks for
     */
    public byte[] apply(byte[] valid) {
      return change.apply(valid.clone());
    }
  }

  /** The day the corpus is generated for: fixed, so the committed files do not change daily. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** The corpus's examples, generated from {@link #SEED}. */
  public static List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    BbicGenerator gen = new BbicGenerator(SEED, AS_OF);
    // a placement in a family home under SoL, whose deadlines and ages every mutation can break
    CaseFile cf =
        gen.caseFile(
            org.openbbic.model.code.CareBasis.SOL,
            org.openbbic.model.code.PlacementForm.FAMILY_HOME);
    LocalDate asOf = Mutators.asOf(cf);
    out.add(new Entry("valid-case-file", cf, asOf, List.of(), ""));
    for (FormType type : FormType.values()) {
      BbicDocument doc = gen.document(type);
      String base = type.name().toLowerCase(Locale.ROOT).replace('_', '-');
      out.add(new Entry("valid-" + base, doc, null, List.of(), ""));
      if (MUTATED_DOCUMENTS.contains(type)) {
        for (Mutation<BbicDocument> m : Mutators.document(doc, SEED)) {
          out.add(new Entry(base + "-" + m.name(), m.value(), null, codes(m), m.pointer()));
        }
      }
    }
    for (Mutation<CaseFile> m : Mutators.caseFile(cf, SEED)) {
      if (m.code().startsWith("BBIC-CASE-")) {
        out.add(
            new Entry(
                "case-file-" + m.name(), m.value(), m.asOf().orElseThrow(), codes(m), m.pointer()));
      }
    }
    return List.copyOf(out);
  }

  /** The base entry of the raw variants: a small valid report. */
  private static final String RAW_BASE = "valid-report";

  /** A string one character over {@code ReadLimits.DEFAULT_MAX_STRING_LENGTH} of bbic-export. */
  static final int OVER_STRING_LIMIT = 200_001;

  /** Nesting one level deeper than {@code ReadLimits.DEFAULT_MAX_DEPTH} (32) allows. */
  static final int OVER_DEPTH = 33;

  /**
   * The syntax and schema variants of the valid report in JSON and XML, with the codes of a reader
   * with the default limits, strict (bbic-export's {@code ExportCodes}).
   */
  public static List<RawEntry> rawEntries() {
    List<RawEntry> out = new ArrayList<>();
    String deepJson = "[".repeat(OVER_DEPTH) + "]".repeat(OVER_DEPTH);
    String deepXml = "<x>".repeat(OVER_DEPTH) + "</x>".repeat(OVER_DEPTH);
    String longText = "x".repeat(OVER_STRING_LIMIT);
    // JSON
    raw(out, "JSON", "empty", "BBIC-SYN-001", "", b -> utf8(" \n"));
    raw(out, "JSON", "malformed", "BBIC-SYN-002", "", replace("\"kind\":", "\"kind\" "));
    raw(out, "JSON", "truncated", "BBIC-SYN-003", "", cutAfter("\"kind\":\"ANMALAN\","));
    raw(out, "JSON", "invalid-utf8", "BBIC-SYN-004", "", invalidUtf8());
    raw(
        out,
        "JSON",
        "duplicate-field",
        "BBIC-SYN-005",
        "/kind",
        replace("\"kind\":\"ANMALAN\",", "\"kind\":\"ANMALAN\",\"kind\":\"ANMALAN\","));
    raw(out, "JSON", "trailing-content", "BBIC-SYN-007", "", b -> concat(b, utf8("{}")));
    raw(
        out,
        "JSON",
        "nested-too-deep",
        "BBIC-SYN-011",
        "",
        replace("\"kind\":", "\"deep\":" + deepJson + ",\"kind\":"));
    raw(
        out,
        "JSON",
        "string-too-long",
        "BBIC-SYN-012",
        "",
        replaceValue("\"concern\":\"", "\"", longText));
    raw(
        out,
        "JSON",
        "unknown-field",
        "BBIC-SCH-001",
        "/colour",
        replace("\"kind\":", "\"colour\":\"blue\",\"kind\":"));
    raw(
        out,
        "JSON",
        "wrong-type",
        "BBIC-SCH-002",
        "/mandatoryReporter",
        replaceValue("\"mandatoryReporter\":", ",", "\"yes\""));
    raw(
        out,
        "JSON",
        "invalid-date",
        "BBIC-SCH-003",
        "/initialAssessment/decidedAt",
        replaceValue("\"decidedAt\":\"", "\"", "2025-02-30"));
    raw(
        out,
        "JSON",
        "unknown-code",
        "BBIC-SCH-004",
        "/reporterCategory",
        replaceValue("\"reporterCategory\":\"", "\"", "NO_SUCH_CATEGORY"));
    raw(out, "JSON", "wrong-root", "BBIC-SCH-005", "", b -> concat(utf8("["), b, utf8("]")));
    // XML
    raw(out, "XML", "empty", "BBIC-SYN-001", "", b -> utf8(" \n"));
    raw(out, "XML", "malformed", "BBIC-SYN-002", "", replace("</kind>", "</kinds>"));
    raw(out, "XML", "truncated", "BBIC-SYN-003", "", cutAfter("<kind>ANMALAN</kind>"));
    raw(out, "XML", "invalid-utf8", "BBIC-SYN-004", "", invalidUtf8());
    raw(
        out,
        "XML",
        "duplicate-field",
        "BBIC-SYN-005",
        "/kind",
        replace("<kind>ANMALAN</kind>", "<kind>ANMALAN</kind><kind>ANMALAN</kind>"));
    raw(
        out,
        "XML",
        "dtd",
        "BBIC-SYN-006",
        "",
        replace("?>", "?>\n<!DOCTYPE report [<!ENTITY x \"y\">]>"));
    raw(out, "XML", "trailing-content", "BBIC-SYN-007", "", b -> concat(b, utf8("<report/>\n")));
    // an XML reader streams: the unknown element is reported before the depth is
    raw(
        out,
        "XML",
        "nested-too-deep",
        "BBIC-SYN-011,BBIC-SCH-001",
        "",
        replace("<kind>", deepXml + "<kind>"));
    raw(
        out,
        "XML",
        "string-too-long",
        "BBIC-SYN-012",
        "",
        replaceValue("<concern>", "</concern>", longText));
    raw(
        out,
        "XML",
        "unknown-field",
        "BBIC-SCH-001",
        "/colour",
        replace("<kind>", "<colour>blue</colour><kind>"));
    raw(
        out,
        "XML",
        "wrong-type",
        "BBIC-SCH-002",
        "/mandatoryReporter",
        replaceValue("<mandatoryReporter>", "</mandatoryReporter>", "yes"));
    raw(
        out,
        "XML",
        "invalid-date",
        "BBIC-SCH-003",
        "/initialAssessment/decidedAt",
        replaceValue("<decidedAt>", "</decidedAt>", "2025-02-30"));
    raw(
        out,
        "XML",
        "unknown-code",
        "BBIC-SCH-004",
        "/reporterCategory",
        replaceValue("<reporterCategory>", "</reporterCategory>", "NO_SUCH_CATEGORY"));
    raw(
        out,
        "XML",
        "wrong-root",
        "BBIC-SCH-005",
        "",
        b -> replace("</report>", "</decision>").apply(replace("<report ", "<decision ").apply(b)));
    raw(
        out,
        "XML",
        "out-of-order",
        "BBIC-SCH-006",
        "/kind",
        swap("<kind>", "</kind>", "<receivedAt>", "</receivedAt>"));
    return List.copyOf(out);
  }

  private static void raw(
      List<RawEntry> out,
      String format,
      String variant,
      String codes,
      String pointer,
      UnaryOperator<byte[]> change) {
    out.add(
        new RawEntry(
            "report-" + variant,
            format,
            RAW_BASE,
            "Report",
            Arrays.asList(codes.split(",")),
            pointer,
            change));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static int find(String s, String what, int from) {
    int at = s.indexOf(what, from);
    if (at < 0) {
      throw new IllegalStateException("the base file lacks " + what);
    }
    return at;
  }

  /** Replaces the first {@code from} by {@code to}. */
  private static UnaryOperator<byte[]> replace(String from, String to) {
    return b -> {
      String s = text(b);
      int at = find(s, from, 0);
      return utf8(s.substring(0, at) + to + s.substring(at + from.length()));
    };
  }

  /** Replaces the text between the first {@code open} and the next {@code close} by {@code to}. */
  private static UnaryOperator<byte[]> replaceValue(String open, String close, String to) {
    return b -> {
      String s = text(b);
      int start = find(s, open, 0) + open.length();
      int end = find(s, close, start);
      return utf8(s.substring(0, start) + to + s.substring(end));
    };
  }

  /** Keeps the bytes up to and including the first {@code marker}. */
  private static UnaryOperator<byte[]> cutAfter(String marker) {
    return b -> {
      String s = text(b);
      return utf8(s.substring(0, find(s, marker, 0) + marker.length()));
    };
  }

  /** Swaps the first element or field from {@code open1} to {@code close1} with the next one. */
  private static UnaryOperator<byte[]> swap(
      String open1, String close1, String open2, String close2) {
    return b -> {
      String s = text(b);
      int a = find(s, open1, 0);
      int aEnd = find(s, close1, a) + close1.length();
      int c = find(s, open2, aEnd);
      int cEnd = find(s, close2, c) + close2.length();
      return utf8(
          s.substring(0, a)
              + s.substring(c, cEnd)
              + s.substring(aEnd, c)
              + s.substring(a, aEnd)
              + s.substring(cEnd));
    };
  }

  /** Replaces the second byte of the first two-byte character by one no UTF-8 sequence allows. */
  private static UnaryOperator<byte[]> invalidUtf8() {
    return b -> {
      for (int i = 0; i + 1 < b.length; i++) {
        if ((b[i] & 0xE0) == 0xC0) {
          b[i + 1] = '(';
          return b;
        }
      }
      throw new IllegalStateException("the base file has no two-byte character");
    };
  }

  private static List<String> codes(Mutation<?> m) {
    java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>(List.of(m.code()));
    codes.addAll(m.alsoCodes());
    return List.copyOf(codes);
  }

  /** The file name of {@code entry} in {@code format}. */
  public static String fileName(Entry entry, String format) {
    return entry.name() + "." + format.toLowerCase(Locale.ROOT);
  }

  /** The manifest of {@code entries} in every format and of the {@code raw} variants. */
  public static String manifest(List<Entry> entries, List<RawEntry> raw) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entry e : entries) {
      for (String format : FORMATS) {
        sb.append(fileName(e, format))
            .append('\t')
            .append(format)
            .append('\t')
            .append(e.type())
            .append('\t')
            .append(LEVEL)
            .append('\t')
            .append(e.asOf() == null ? "" : e.asOf().toString())
            .append('\t')
            .append(String.join(",", e.codes()))
            .append('\t')
            .append(e.pointer())
            .append('\n');
      }
    }
    for (RawEntry r : raw) {
      sb.append(r.file())
          .append('\t')
          .append(r.format())
          .append('\t')
          .append(r.type())
          .append('\t')
          .append(LEVEL)
          .append("\t\t")
          .append(String.join(",", r.codes()))
          .append('\t')
          .append(r.pointer())
          .append('\n');
    }
    return sb.toString();
  }

  /** The committed corpus files, read from the manifest on the class path. */
  public static List<File> committed() {
    List<File> out = new ArrayList<>();
    try (InputStream in = open(MANIFEST);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (!HEADER.equals(line)) {
        throw new IllegalStateException("corpus manifest has an unexpected header");
      }
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        out.add(
            new File(
                c[0],
                c[1],
                c[2],
                c[3],
                c[4].isEmpty() ? null : LocalDate.parse(c[4]),
                c[5].isEmpty() ? List.of() : Arrays.asList(c[5].split(",")),
                c[6]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("corpus manifest unreadable", e);
    }
    return List.copyOf(out);
  }

  /**
   * Opens a committed corpus file (or the manifest) by its name; the caller closes it.
   *
   * @throws IllegalArgumentException when there is no such file
   */
  public static InputStream open(String file) {
    Objects.requireNonNull(file, "file");
    if (file.contains("/") || file.contains("\\")) {
      throw new IllegalArgumentException("a corpus file name, not a path");
    }
    InputStream in = Corpus.class.getResourceAsStream("corpus/" + file);
    if (in == null) {
      throw new IllegalArgumentException("no corpus file " + file);
    }
    return in;
  }
}
