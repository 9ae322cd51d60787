package org.openbbic.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.BbicValidator;

/**
 * Eight threads share one {@link BbicExport} (and so one {@link BbicValidator}) over {@value
 * #DEFAULT_READS} reads at the SIGNED level, and every report must equal the one a single-threaded
 * run gave for the same payload: equal findings (code, pointer, line and column, message), equal
 * report, and a value bound in both or refused in both.
 *
 * <p>The single-threaded reference reads {@value #DISTINCT} distinct payloads once; the concurrent
 * reads go through them in a scrambled order, each payload equally often. Of every {@value #CYCLE}
 * distinct payloads:
 *
 * <ul>
 *   <li>{@value #JSON_DOCS} documents in JSON and {@value #XML_DOCS} in XML, {@code
 *       BbicGenerator.document} of the 14 form types in turn, every other round of the 14 broken by
 *       a {@link Mutators#document} mutation (for the types that have any);
 *   <li>{@value #JSON_CASE_FILES} whole case files in JSON and {@value #XML_CASE_FILES} in XML,
 *       every other one broken by a {@link Mutators#caseFile} mutation, judged on the day the
 *       mutation states ({@link org.openbbic.testkit.Mutation#asOf}), else on {@link
 *       Mutators#asOf};
 *   <li>{@value #TRUNCATED} syntactically broken payloads, valid ones cut short at a random place
 *       before their last character that is not white space: of every 16, eleven documents in JSON,
 *       three in XML, a whole case file in JSON and one in XML.
 * </ul>
 *
 * <p>The mix keeps XML and whole case files a minority because they cost most (a JSON document
 * about 0.2 ms of CPU, an XML one 6 times that, a JSON case file 10 times, an XML case file 40
 * times): on the shared 2-core machine the 100,000 reads took 30-40 s of process CPU and the whole
 * test 38-52 s of wall time.
 *
 * <p>The reference itself is checked too: valid payloads give no finding and a value, each broken
 * one the code its mutation states, truncated ones no value. {@code -Dopenbbic.fuzz.reads=N}
 * changes the number of concurrent reads, {@code -Dopenbbic.seed=S} replays a run.
 */
class ConcurrencyTest {

  static final int DEFAULT_READS = 100_000;
  static final int THREADS = 8;
  static final int CYCLE = 500;
  static final int JSON_DOCS = 455;
  static final int XML_DOCS = 15;
  static final int JSON_CASE_FILES = 6;
  static final int XML_CASE_FILES = 1;
  static final int TRUNCATED = CYCLE - JSON_DOCS - XML_DOCS - JSON_CASE_FILES - XML_CASE_FILES;
  static final int DISTINCT = 4 * CYCLE;

  private enum Kind {
    DOCUMENT,
    CASE_FILE,
    TRUNCATED
  }

  /**
   * One distinct payload: what it is (never a value from it) and how it is read; {@code mutation}
   * is the broken rule's name and code, or {@code null}.
   */
  private record Payload(
      Kind kind,
      Format format,
      Class<?> type,
      FormType formType,
      byte[] bytes,
      LocalDate asOf,
      Mutation<?> mutation) {

    String describe() {
      return kind
          + " "
          + format
          + " "
          + type.getSimpleName()
          + (mutation == null ? "" : " (" + mutation + ")");
    }
  }

  @Test
  void eightThreadsSharingOneContextGiveTheSingleThreadedReports() throws Exception {
    long setUp = System.nanoTime();
    long seed = Seeds.seed();
    String replay = Seeds.describe(seed);
    int reads = Integer.getInteger("openbbic.fuzz.reads", DEFAULT_READS);
    BbicExport export = BbicExport.builder().validator(BbicValidator.builder().build()).build();
    List<Payload> payloads = payloads(export, seed);
    assertThat(payloads).hasSize(DISTINCT);

    // the single-threaded reference, itself checked
    List<ReadResult<?>> expected = new ArrayList<>();
    Set<FormType> types = EnumSet.noneOf(FormType.class);
    for (Payload p : payloads) {
      ReadResult<?> r = read(export, p);
      expected.add(r);
      if (p.kind() == Kind.TRUNCATED) {
        assertThat(r.value()).as("%s, %s", p.describe(), replay).isEmpty();
        assertThat(r.findings()).as("%s, %s", p.describe(), replay).isNotEmpty();
      } else if (p.mutation() == null) {
        assertThat(r.findings()).as("%s, %s", p.describe(), replay).isEmpty();
        assertThat(r.value()).as("%s, %s", p.describe(), replay).isPresent();
      } else {
        assertThatFindings(r.report())
            .as("%s, %s", p.describe(), replay)
            .hasCode(p.mutation().code());
      }
      if (p.kind() == Kind.DOCUMENT) {
        types.add(p.formType());
      }
    }
    assertThat(types).as("every form type among the documents").hasSize(FormType.values().length);

    AtomicInteger next = new AtomicInteger();
    LongAdder withFindings = new LongAdder();
    LongAdder withoutFindings = new LongAdder();
    LongAdder bound = new LongAdder();
    LongAdder refused = new LongAdder();
    LongAdder mismatches = new LongAdder();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long cpuBefore = cpuMillis();
    long started = System.nanoTime();
    List<String> firstMismatches = new ArrayList<>();
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<String> seen = new ArrayList<>();
                  int n;
                  while ((n = next.getAndIncrement()) < reads) {
                    // a bijection of the residues: every payload is read equally often
                    int k = (int) ((n * 2_654_435_761L) % DISTINCT);
                    Payload p = payloads.get(k);
                    ReadResult<?> r = read(export, p);
                    ReadResult<?> e = expected.get(k);
                    (r.findings().isEmpty() ? withoutFindings : withFindings).increment();
                    (r.value().isPresent() ? bound : refused).increment();
                    if (!r.findings().equals(e.findings())
                        || !r.report().equals(e.report())
                        || r.value().isPresent() != e.value().isPresent()) {
                      mismatches.increment();
                      if (seen.size() < 5) {
                        seen.add("read " + n + " of payload " + k + ": " + p.describe());
                      }
                    }
                  }
                  return seen;
                }));
      }
      for (Future<List<String>> f : futures) {
        firstMismatches.addAll(f.get(10, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    long cpu = cpuMillis() - cpuBefore;
    assertThat(mismatches.sum())
        .as(
            "%s; %d reads; reports unlike the single-threaded one: %s",
            replay, reads, firstMismatches)
        .isZero();
    assertThat(withFindings.sum() + withoutFindings.sum()).as(replay).isEqualTo(reads);
    if (reads >= DISTINCT) {
      assertThat(List.of(withFindings.sum(), withoutFindings.sum(), bound.sum(), refused.sum()))
          .as("%s; with findings, without, value bound, refused", replay)
          .allMatch(count -> count > 0);
    }
    System.out.printf(
        "ConcurrencyTest: %d reads of %d distinct payloads on %d threads in %d ms (process CPU"
            + " %d ms; set-up and single-threaded reference %d ms before);"
            + " %d with findings, %d without; %d bound, %d refused%n",
        reads,
        DISTINCT,
        THREADS,
        millis,
        cpu,
        TimeUnit.NANOSECONDS.toMillis(started - setUp),
        withFindings.sum(),
        withoutFindings.sum(),
        bound.sum(),
        refused.sum());
  }

  /** The distinct payloads, {@value #CYCLE} at a time in the mix of the class comment. */
  private static List<Payload> payloads(BbicExport export, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FormType[] formTypes = FormType.values();
    List<Payload> out = new ArrayList<>();
    int documents = 0;
    int caseFiles = 0;
    int truncated = 0;
    for (int i = 0; i < DISTINCT; i++) {
      int slot = i % CYCLE;
      long s = seed + i;
      if (slot < JSON_DOCS + XML_DOCS) {
        Format format = slot < JSON_DOCS ? Format.JSON : Format.XML;
        FormType type = formTypes[documents % formTypes.length];
        boolean broken = (documents / formTypes.length) % 2 == 1;
        documents++;
        out.add(document(export, format, type, broken, s));
      } else if (slot < JSON_DOCS + XML_DOCS + JSON_CASE_FILES + XML_CASE_FILES) {
        Format format = slot < JSON_DOCS + XML_DOCS + JSON_CASE_FILES ? Format.JSON : Format.XML;
        boolean broken = caseFiles % 2 == 1;
        caseFiles++;
        out.add(caseFile(export, format, broken, s));
      } else {
        // of every 16: 11 documents in JSON, 3 in XML, a case file in JSON, one in XML
        int turn = truncated % 16;
        Format format = turn < 11 || turn == 14 ? Format.JSON : Format.XML;
        Payload whole =
            turn < 14
                ? document(export, format, formTypes[truncated % formTypes.length], false, s)
                : caseFile(export, format, false, s);
        truncated++;
        out.add(
            new Payload(
                Kind.TRUNCATED,
                format,
                whole.type(),
                whole.formType(),
                cut(whole.bytes(), random),
                whole.asOf(),
                null));
      }
    }
    return out;
  }

  private static Payload document(
      BbicExport export, Format format, FormType type, boolean broken, long seed) {
    BbicDocument doc = new BbicGenerator(seed).document(type);
    Mutation<BbicDocument> mutation = null;
    if (broken) {
      List<Mutation<BbicDocument>> mutations = Mutators.document(doc, seed);
      if (!mutations.isEmpty()) {
        mutation = mutations.get((int) Math.floorMod(seed, (long) mutations.size()));
        doc = mutation.value();
      }
    }
    return new Payload(
        Kind.DOCUMENT,
        format,
        type.documentClass(),
        type,
        export.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(doc),
        null,
        mutation);
  }

  private static Payload caseFile(BbicExport export, Format format, boolean broken, long seed) {
    CaseFile cf = new BbicGenerator(seed).caseFile();
    LocalDate asOf = Mutators.asOf(cf);
    Mutation<CaseFile> mutation = null;
    if (broken) {
      List<Mutation<CaseFile>> mutations = Mutators.caseFile(cf, seed);
      mutation = mutations.get((int) Math.floorMod(seed, (long) mutations.size()));
      cf = mutation.value();
      // a deadline mutation states the day its case file is judged on
      asOf = mutation.asOf().orElse(asOf);
    }
    return new Payload(
        Kind.CASE_FILE,
        format,
        CaseFile.class,
        null,
        export.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(cf),
        asOf,
        mutation);
  }

  /** The payload cut at a random place before its last character that is not white space. */
  private static byte[] cut(byte[] bytes, SplittableRandom random) {
    int last = bytes.length - 1;
    while (last > 0 && Character.isWhitespace(bytes[last])) {
      last--;
    }
    return Arrays.copyOf(bytes, 1 + random.nextInt(last));
  }

  /** The CPU time of this process so far, or 0 when the platform does not tell. */
  private static long cpuMillis() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(0L);
  }

  private static ReadResult<?> read(BbicExport export, Payload p) {
    var reader = export.reader(p.format(), p.type()).withLevel(ValidationLevel.SIGNED);
    if (p.asOf() != null) {
      reader = reader.withAsOf(p.asOf());
    }
    return reader.withLocale(Locale.ENGLISH).read(p.bytes());
  }
}
