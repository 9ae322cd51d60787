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
import java.util.Objects;
import java.util.Set;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;

/**
 * A small corpus of example BBIC documents and case files, valid and invalid, each with the finding
 * codes a conforming reader and validator must give, for vendors to run through their own
 * pipelines.
 *
 * <p>The corpus is committed as files under {@value #RESOURCE_FOLDER} (in JSON and XML, written by
 * openbbic's own writer) with a tab-separated {@value #MANIFEST}: file, format, type, level, the
 * day the file is judged on (case files only), the expected codes (comma-separated, empty for a
 * valid file) and the pointer of the first expected code. {@link #entries()} is the source it is
 * made from: the same {@link #SEED} always gives the same corpus, and openbbic's build fails when
 * the committed files differ from it.
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

  /** The corpus's examples, generated from {@link #SEED}. */
  public static List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    BbicGenerator gen = new BbicGenerator(SEED);
    CaseFile cf = gen.caseFile();
    LocalDate asOf = Mutators.asOf(cf);
    out.add(new Entry("valid-case-file", cf, asOf, List.of(), ""));
    for (FormType type : FormType.values()) {
      BbicDocument doc = gen.document(type);
      String base = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      out.add(new Entry("valid-" + base, doc, null, List.of(), ""));
      if (MUTATED_DOCUMENTS.contains(type)) {
        for (Mutation<BbicDocument> m : Mutators.document(doc, SEED)) {
          out.add(
              new Entry(base + "-" + m.name(), m.value(), null, List.of(m.code()), m.pointer()));
        }
      }
    }
    for (Mutation<CaseFile> m : Mutators.caseFile(cf, SEED)) {
      if (m.code().startsWith("BBIC-CASE-")) {
        out.add(
            new Entry(
                "case-file-" + m.name(),
                m.value(),
                m.asOf().orElseThrow(),
                List.of(m.code()),
                m.pointer()));
      }
    }
    return List.copyOf(out);
  }

  /** The file name of {@code entry} in {@code format}. */
  public static String fileName(Entry entry, String format) {
    return entry.name() + "." + format.toLowerCase(java.util.Locale.ROOT);
  }

  /** The manifest of {@code entries} in every format, as committed. */
  public static String manifest(List<Entry> entries) {
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
