package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.stats.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.openbbic.forms.Application;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.ReportKind;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.code.DecisionKind;
import org.openbbic.model.code.ReporterCategory;

/** The client-group description on hand-built case files, answers worked out by hand. */
class ClientGroupTest {

  @Test
  void describesTheChildrenOpenInThePeriod() {
    // c1: a girl (birth number 982: even third digit) born on a leap day; her case starts with a
    // report from school on 1 March 2024 (suspected violence), when she is 4: 3–6 years.
    Person girl = child(d(2020, 2, 29), 982);
    CaseFile c1 =
        caseFile("K-1", girl)
            .basicData(basicData(girl, WORKER_A, false))
            .addReport(
                anmalan(d(2024, 3, 1), ReporterCategory.SCHOOL).toBuilder()
                    .suspectedViolence(true)
                    .build())
            // an older investigation is not the latest: its need is not counted
            .addInvestigation(
                investigation(d(2023, 1, 10), d(2023, 5, 1)).toBuilder()
                    .addAssessment(area("2016.UTBILDNING", true))
                    .build())
            .addInvestigation(
                investigation(d(2024, 3, 5), d(2024, 5, 1)).toBuilder()
                    .addAssessment(area("2016.HALSA", true))
                    .addAssessment(area("2016.BOENDE", false))
                    .addAssessment(area("2016.SAKERHET", true))
                    .build())
            .addDecision(
                decision(d(2024, 5, 10), DecisionKind.GRANTED, "KONTAKTFAMILJ", "STODSAMTAL"))
            .addDecision(decision(d(2024, 6, 1), DecisionKind.GRANTED, "KONTAKTFAMILJ"))
            .addDecision(decision(d(2024, 7, 1), DecisionKind.GRANTED, "PLACERING_HVB"))
            .build();
    // c2: a boy (983) born 2 January 2021, case open since December 2023: on the period's first
    // day he is 2 (he turns 3 the next day). Unaccompanied. His latest referral is an ansökan.
    Person boy = child(d(2021, 1, 2), 983);
    CaseFile c2 =
        caseFile("K-2", boy)
            .basicData(basicData(boy, WORKER_A, true))
            .addReport(
                anmalan(d(2023, 12, 20), ReporterCategory.POLICE).toBuilder()
                    .suspectedViolence(false)
                    .build())
            .addApplication(
                Application.builder()
                    .header(header(FormType.APPLICATION, d(2024, 2, 1)))
                    .receivedDate(d(2024, 2, 1))
                    .build())
            .build();
    // c3: a reservnummer and no birth date: age and gender unknown; no basic data; closed in
    // the period (so in the client group); other information with no reporter category.
    Person unknown =
        Person.builder()
            .id(PersonId.reservnummer("R20240001"))
            .givenName("Okänd")
            .familyName("Testsson")
            .protection(ProtectionLevel.NONE)
            .build();
    CaseFile c3 =
        caseFile("K-3", unknown)
            .addReport(
                anmalan(d(2024, 2, 2), null).toBuilder()
                    .kind(ReportKind.INFORMATION_PA_ANNAT_SATT)
                    .build())
            .addClosure(closure(d(2024, 3, 1)))
            .build();
    // c4: closed before the period: not in the client group.
    CaseFile c4 =
        caseFile("K-4", child(d(2015, 1, 1), 985))
            .addReport(anmalan(d(2023, 1, 1), ReporterCategory.SCHOOL))
            .addClosure(closure(d(2023, 6, 1)))
            .build();

    FollowUpResult r = report(c1, c2, c3, c4);

    assertThat(r.table(Measure.SUMMARY).count("CHILDREN")).isEqualTo(3);
    FrequencyTable age = r.table(Measure.CHILDREN_BY_AGE);
    assertThat(age.count("AGE_3_6")).isEqualTo(1);
    assertThat(age.count("AGE_0_2")).isEqualTo(1);
    assertThat(age.count(Measure.UNKNOWN)).isEqualTo(1);
    FrequencyTable gender = r.table(Measure.CHILDREN_BY_GENDER);
    assertThat(gender.count("FEMALE")).isEqualTo(1);
    assertThat(gender.count("MALE")).isEqualTo(1);
    assertThat(gender.count(Measure.UNKNOWN)).isEqualTo(1);
    FrequencyTable unaccompanied = r.table(Measure.UNACCOMPANIED);
    assertThat(unaccompanied.count("YES")).isEqualTo(1);
    assertThat(unaccompanied.count("NO")).isEqualTo(1);
    assertThat(unaccompanied.count(Measure.UNKNOWN)).isEqualTo(1);
    FrequencyTable kind = r.table(Measure.REFERRAL_REASON_KIND);
    assertThat(kind.count("ANMALAN")).isEqualTo(1);
    assertThat(kind.count("ANSOKAN")).isEqualTo(1);
    assertThat(kind.count("INFORMATION_PA_ANNAT_SATT")).isEqualTo(1);
    FrequencyTable reporter = r.table(Measure.REFERRAL_REASON_REPORTER);
    assertThat(reporter.count("SCHOOL")).isEqualTo(1);
    assertThat(reporter.count(Measure.NOT_APPLICABLE)).isEqualTo(1);
    assertThat(reporter.count(Measure.UNKNOWN)).isEqualTo(1);
    assertThat(reporter.count("POLICE")).isZero(); // not c2's latest referral
    FrequencyTable violence = r.table(Measure.SUSPECTED_VIOLENCE);
    assertThat(violence.count("YES")).isEqualTo(1);
    assertThat(violence.count(Measure.NOT_APPLICABLE)).isEqualTo(1);
    assertThat(violence.count(Measure.UNKNOWN)).isEqualTo(1);

    assertThat(r.table(Measure.SUMMARY).count("CHILDREN_WITH_INVESTIGATION")).isEqualTo(1);
    FrequencyTable areas = r.table(Measure.NEED_AREAS);
    assertThat(areas.count("2016.HALSA", "ASSESSED")).isEqualTo(1);
    assertThat(areas.count("2016.HALSA", "NEED_IDENTIFIED")).isEqualTo(1);
    assertThat(areas.count("2016.BOENDE", "ASSESSED")).isEqualTo(1);
    assertThat(areas.count("2016.BOENDE", "NEED_IDENTIFIED")).isZero();
    assertThat(areas.count("2016.SAKERHET", "NEED_IDENTIFIED")).isEqualTo(1);
    assertThat(areas.count("2016.UTBILDNING", "ASSESSED")).isZero();
    FrequencyTable sides = r.table(Measure.NEED_SIDES);
    assertThat(sides.count("CHILD_DEVELOPMENT")).isEqualTo(1);
    assertThat(sides.count("PARENTING_CAPACITY")).isEqualTo(1);
    assertThat(sides.count("FAMILY_AND_ENVIRONMENT")).isZero();

    FrequencyTable interventions = r.table(Measure.CHILD_INTERVENTIONS);
    assertThat(interventions.count("KONTAKTFAMILJ")).isEqualTo(1); // once per child
    assertThat(interventions.count("STODSAMTAL")).isEqualTo(1);
    assertThat(interventions.count("PLACERING_HVB")).isZero(); // decided after the period
  }
}
