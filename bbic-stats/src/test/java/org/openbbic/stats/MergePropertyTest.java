package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.openbbic.forms.CaseFile;
import org.openbbic.testkit.Seeds;

/**
 * report(a ∪ b) = combine(report(a), report(b)) over generated, varied case files, for results and
 * for accumulators, in any order and in parallel. The seed is printed in every assertion
 * description; replay with {@code -Dopenbbic.seed=...}.
 */
class MergePropertyTest {

  private static final int FILES = 250;

  @RepeatedTest(8)
  void reportsOverPartsCombineToTheReportOverTheWhole(RepetitionInfo info) {
    long seed = Seeds.seed() + info.getCurrentRepetition();
    String described = "seed " + seed + " (" + Seeds.describe(seed) + ")";
    Varied varied = new Varied(seed);
    LocalDate[] period = varied.period();
    List<CaseFile> all = new ArrayList<>();
    List<CaseFile> a = new ArrayList<>();
    List<CaseFile> b = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      CaseFile cf = varied.next();
      all.add(cf);
      (varied.chance(0.4) ? a : b).add(cf);
    }

    FollowUpResult whole = report(period, all);
    FollowUpResult ra = report(period, a);
    FollowUpResult rb = report(period, b);

    assertThat(ra.combine(rb)).as(described).isEqualTo(whole);
    assertThat(rb.combine(ra)).as(described).isEqualTo(whole);
    FollowUpReport acc = accumulator(period).addAll(a);
    acc.combine(accumulator(period).addAll(b));
    assertThat(acc.result()).as(described).isEqualTo(whole);
    // combining with an empty part changes nothing
    assertThat(whole.combine(accumulator(period).result())).as(described).isEqualTo(whole);

    List<CaseFile> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(report(period, shuffled)).as(described).isEqualTo(whole);
    assertThat(all.parallelStream().collect(FollowUpReport.collector(period[0], period[1])))
        .as(described)
        .isEqualTo(whole);

    // the percentiles of the merged histogram equal those of the whole
    assertThat(ra.investigationDays().plus(rb.investigationDays()).percentile(90))
        .as(described)
        .isEqualTo(whole.investigationDays().percentile(90));
    // the measures saw something: the property is not vacuous
    assertThat(whole.caseFiles()).as(described).isEqualTo(FILES);
  }

  private static FollowUpReport accumulator(LocalDate[] period) {
    return FollowUpReport.builder().period(period[0], period[1]).build();
  }

  private static FollowUpResult report(LocalDate[] period, List<CaseFile> files) {
    return accumulator(period).addAll(files).result();
  }
}
