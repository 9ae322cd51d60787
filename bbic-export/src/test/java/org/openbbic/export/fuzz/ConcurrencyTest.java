package org.openbbic.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openbbic.export.BbicExport;
import org.openbbic.export.Format;
import org.openbbic.export.ReadResult;
import org.openbbic.forms.CaseFile;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutation;
import org.openbbic.testkit.Mutators;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.BbicValidator;
import org.openbbic.validation.ValidationReport;

/**
 * Eight threads share one {@link BbicExport} (and so one {@link BbicValidator}) over many case
 * files — valid ones and ones with a rule broken, in JSON and XML — and every report must equal the
 * one a single-threaded run gave for the same payload.
 *
 * <p>The number of reads is {@value #DEFAULT_READS} unless {@code -Dopenbbic.fuzz.reads=N} says
 * otherwise (100,000 takes several minutes on a 2-core machine, too long for every build).
 */
class ConcurrencyTest {

  static final int DEFAULT_READS = 5_000;
  private static final int THREADS = 8;
  private static final int DISTINCT = 300;

  private record Payload(Format format, byte[] bytes, java.time.LocalDate asOf) {}

  @Test
  void eightThreadsSharingOneContextGiveTheSingleThreadedReports() throws Exception {
    long seed = Seeds.seed();
    int reads = Integer.getInteger("openbbic.fuzz.reads", DEFAULT_READS);
    BbicExport export = BbicExport.builder().validator(BbicValidator.builder().build()).build();
    List<Payload> payloads = new ArrayList<>();
    for (int i = 0; payloads.size() < DISTINCT; i++) {
      BbicGenerator gen = new BbicGenerator(seed + i);
      CaseFile cf = gen.caseFile();
      CaseFile value = cf;
      if (i % 2 == 1) {
        List<Mutation<CaseFile>> mutations = Mutators.caseFile(cf, seed + i);
        value = mutations.get(i % mutations.size()).value();
      }
      Format format = i % 3 == 0 ? Format.XML : Format.JSON;
      payloads.add(new Payload(format, export.writer(format).writeBytes(value), Mutators.asOf(cf)));
    }
    // the single-threaded reference
    List<ValidationReport> expected = new ArrayList<>();
    for (Payload p : payloads) {
      expected.add(read(export, p).report());
    }
    assertThat(expected).anyMatch(r -> !r.isValid()).anyMatch(ValidationReport::isValid);

    AtomicInteger next = new AtomicInteger();
    AtomicInteger compared = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long started = System.nanoTime();
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<String> mismatches = new ArrayList<>();
                  int n;
                  while ((n = next.getAndIncrement()) < reads) {
                    int k = (int) ((n * 2_654_435_761L) % DISTINCT);
                    ReadResult<CaseFile> r = read(export, payloads.get(k));
                    if (!r.report().findings().equals(expected.get(k).findings())) {
                      mismatches.add("read " + n + " of payload " + k);
                    }
                    compared.incrementAndGet();
                  }
                  return mismatches;
                }));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> f : futures) {
        mismatches.addAll(f.get(120, TimeUnit.SECONDS));
      }
      assertThat(mismatches).as("%s, %d reads", Seeds.describe(seed), reads).isEmpty();
    } finally {
      pool.shutdownNow();
    }
    assertThat(compared.get()).isEqualTo(reads);
    System.out.printf(
        "ConcurrencyTest: %d reads on %d threads in %d ms%n",
        reads, THREADS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  private static ReadResult<CaseFile> read(BbicExport export, Payload p) {
    return export
        .reader(p.format(), CaseFile.class)
        .withLevel(ValidationLevel.SIGNED)
        .withAsOf(p.asOf())
        .withLocale(Locale.ENGLISH)
        .read(p.bytes());
  }
}
