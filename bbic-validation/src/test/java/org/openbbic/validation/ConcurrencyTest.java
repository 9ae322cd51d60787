package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Investigation;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;

/** One validator, several threads, many case files: the same reports as one thread gives. */
class ConcurrencyTest {

  @Test
  void sharedValidatorGivesIdenticalReportsAcrossThreads() throws Exception {
    long seed = Seeds.seed();
    BbicValidator validator = BbicValidator.builder().build();
    List<CaseFile> files = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      CaseFile cf = new BbicGenerator(seed + i).caseFile();
      if (i % 2 == 1) { // half of them broken, so that reports have findings to compare
        Investigation inv = cf.investigations().get(0);
        cf =
            cf.toBuilder()
                .investigations(
                    List.of(
                        inv.toBuilder()
                            .childViews(null)
                            .childViewsNotObtainedReason(null)
                            .completedAt(inv.openedAt().plusMonths(5))
                            .build()))
                .build();
      }
      files.add(cf);
      dates.add(TestCases.lastDate(cf).plusDays(1));
    }
    List<ValidationReport> expected = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      expected.add(
          validator.validateCase(
              files.get(i), ValidationLevel.SIGNED, dates.get(i), Locale.ENGLISH));
    }
    assertThatFindings(expected.get(1)).as(Seeds.describe(seed)).hasCode("BBIC-DOC-005");

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int offset = t;
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 5; round++) {
                    for (int k = 0; k < files.size(); k++) {
                      int i = (k + offset * 7) % files.size();
                      ValidationReport r =
                          validator.validateCase(
                              files.get(i), ValidationLevel.SIGNED, dates.get(i), Locale.ENGLISH);
                      if (!r.equals(expected.get(i))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get(120, TimeUnit.SECONDS)).as(Seeds.describe(seed)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
