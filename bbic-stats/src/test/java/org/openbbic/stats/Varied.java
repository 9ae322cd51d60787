package org.openbbic.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Decision;
import org.openbbic.forms.InitialAssessment;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Report;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.ReporterCategory;
import org.openbbic.testkit.BbicGenerator;

/**
 * Generated case files from the test kit, varied by a second seeded random so that every measure
 * sees open and closed cases, late and missing steps, unknown values and protected identities.
 */
final class Varied {

  private final BbicGenerator generator;
  private final SplittableRandom random;

  Varied(long seed) {
    this.generator = new BbicGenerator(seed);
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
  }

  CaseFile next() {
    CaseFile cf = generator.caseFile();
    CaseFile.Builder b = cf.toBuilder();
    Report report = cf.reports().get(0);
    Report.Builder rb = report.toBuilder();
    if (chance(0.2)) {
      rb.protectionAssessment(null);
    }
    if (chance(0.25)) {
      InitialAssessment ia = report.initialAssessment();
      rb.initialAssessment(
          ia.toBuilder()
              .decidedAt(ia.decidedAt().plusDays(random.nextInt(0, 20)))
              .extensionReason(chance(0.3) ? "Synnerliga skäl." : null)
              .build());
    }
    if (chance(0.2)) {
      rb.kind(ReportKind.INFORMATION_PA_ANNAT_SATT);
    }
    if (chance(0.2)) {
      ReporterCategory[] all = ReporterCategory.values();
      rb.reporterCategory(chance(0.2) ? null : all[random.nextInt(all.length)]);
    }
    b.reports(List.of(rb.build()));
    if (chance(0.3)) {
      b.closures(List.of());
    }
    if (chance(0.2)) {
      Investigation inv = cf.investigations().get(0);
      b.investigations(
          List.of(
              inv.toBuilder()
                  .completedAt(
                      chance(0.5) ? null : inv.completedAt().plusDays(random.nextInt(0, 60)))
                  .build()));
    }
    if (chance(0.2)) {
      Decision d = cf.decisions().get(0);
      DecisionKind[] kinds = DecisionKind.values();
      b.decisions(List.of(d.toBuilder().kind(kinds[random.nextInt(kinds.length)]).build()));
    }
    if (chance(0.2)) {
      b.reconsiderations(List.of());
    }
    if (chance(0.15)) {
      b.basicData(cf.basicData().toBuilder().unaccompaniedMinor(chance(0.5) ? true : null).build());
    }
    if (chance(0.1)) {
      Person child =
          cf.child().toBuilder()
              .id(PersonId.reservnummer("R" + random.nextInt(1_000_000)))
              .birthDate(chance(0.5) ? null : cf.child().birthDate())
              .build();
      b.child(child);
    }
    if (chance(0.1)) {
      b.child(cf.child().toBuilder().protection(ProtectionLevel.SKYDDAD_FOLKBOKFORING).build());
    }
    return b.build();
  }

  /** A period of one to 24 months starting between 2023 and 2026. */
  LocalDate[] period() {
    LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(0, 1200));
    return new LocalDate[] {from, from.plusMonths(random.nextInt(1, 25)).minusDays(1)};
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }
}
