package org.openbbic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.Report;
import org.openbbic.model.Address;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.RelatedPerson;
import org.openbbic.testkit.Seeds;

/** The pseudonymised extract holds no identity number, name, address or free text. */
class PseudonymisedExtractTest {

  private static final byte[] KEY =
      "a secret key of the caller, 32 b".getBytes(StandardCharsets.UTF_8);

  private static final Pattern IDENTITY_NUMBER =
      Pattern.compile("\\b(\\d{6}|\\d{8})[-+]?\\d{4}\\b");

  @RepeatedTest(3)
  void theExtractHoldsNoIdentityNumberNameAddressOrFreeText(RepetitionInfo info) throws Exception {
    long seed = Seeds.seed() + info.getCurrentRepetition();
    String described = "seed " + seed + " (" + Seeds.describe(seed) + ")";
    Varied varied = new Varied(seed);
    List<CaseFile> files = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      files.add(varied.next());
    }
    for (ProtectedIdentities policy : ProtectedIdentities.values()) {
      String text = extract(files, policy);
      assertThat(text.lines().count()).as(described).isGreaterThan(150);
      assertThat(IDENTITY_NUMBER.matcher(text).find()).as(described).isFalse();
      for (String secret : secrets(files)) {
        assertThat(text).as(described + ": " + policy).doesNotContain(secret);
      }
    }
    // Birth dates may coincide with other cases' event dates; per case, the child's birth date
    // is not among its rows (only the year is).
    PseudonymisedExtract flag =
        PseudonymisedExtract.builder()
            .key(KEY)
            .protectedIdentities(ProtectedIdentities.FLAG)
            .build();
    for (CaseFile cf : files) {
      ExtractRows rows = flag.rows(cf);
      String own = rows.caseRow() + "" + rows.investigations() + rows.interventions();
      if (cf.child().birthDate() != null) {
        assertThat(own).as(described).doesNotContain(cf.child().birthDate().toString());
      }
    }
  }

  @Test
  void protectedChildrenAreLeftOutOrFlaggedWithoutAChildPseudonym() {
    Varied varied = new Varied(42);
    CaseFile cf = varied.next();
    CaseFile hidden =
        cf.toBuilder()
            .child(
                cf.child().toBuilder()
                    .protection(ProtectionLevel.FINGERADE_PERSONUPPGIFTER)
                    .build())
            .build();
    PseudonymisedExtract omit = PseudonymisedExtract.builder().key(KEY).build();
    assertThat(omit.rows(hidden).isEmpty()).isTrue();
    assertThat(omit.rows(cf).caseRow().childKey()).hasSize(64);

    PseudonymisedExtract flag =
        PseudonymisedExtract.builder()
            .key(KEY)
            .protectedIdentities(ProtectedIdentities.FLAG)
            .build();
    ExtractRows rows = flag.rows(hidden);
    assertThat(rows.caseRow().protectedIdentity()).isTrue();
    assertThat(rows.caseRow().childKey()).isEmpty();
    assertThat(rows.investigations()).allSatisfy(r -> assertThat(r.childKey()).isEmpty());
    assertThat(rows.caseRow().caseKey()).hasSize(64);
  }

  @Test
  void pseudonymsAreKeyedStableAndBirthYearReplacesTheBirthDate() {
    CaseFile cf = new Varied(7).next();
    PseudonymisedExtract one = PseudonymisedExtract.builder().key(KEY).build();
    byte[] other = KEY.clone();
    other[0] ^= 1;
    PseudonymisedExtract two = PseudonymisedExtract.builder().key(other).build();
    ExtractRows.CaseRow a = one.rows(cf).caseRow();
    assertThat(one.rows(cf).caseRow().childKey()).isEqualTo(a.childKey());
    assertThat(two.rows(cf).caseRow().childKey()).isNotEqualTo(a.childKey());
    assertThat(a.childKey()).matches("[0-9a-f]{64}").doesNotContain(cf.child().id().value());
    assertThat(a.birthYear()).isEqualTo(cf.child().birthDate().getYear());
    assertThat(one.rows(cf).investigations()).hasSize(cf.investigations().size());
    assertThatThrownBy(() -> PseudonymisedExtract.builder().key(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String extract(List<CaseFile> files, ProtectedIdentities policy) throws Exception {
    PseudonymisedExtract extract =
        PseudonymisedExtract.builder().key(KEY).protectedIdentities(policy).build();
    ByteArrayOutputStream c = new ByteArrayOutputStream();
    ByteArrayOutputStream i = new ByteArrayOutputStream();
    ByteArrayOutputStream v = new ByteArrayOutputStream();
    try (PseudonymisedExtract.Output out = extract.open(c, i, v)) {
      for (CaseFile cf : files) {
        out.add(cf);
      }
    }
    return c.toString(StandardCharsets.UTF_8)
        + i.toString(StandardCharsets.UTF_8)
        + v.toString(StandardCharsets.UTF_8);
  }

  /** Every identity number, name, address, birth date, case id and free text of the files. */
  private static Set<String> secrets(List<CaseFile> files) {
    Set<String> s = new LinkedHashSet<>();
    for (CaseFile cf : files) {
      s.add(cf.caseId());
      List<Person> people = new ArrayList<>();
      people.add(cf.child());
      if (cf.basicData() != null) {
        cf.basicData().guardians().stream().map(RelatedPerson::person).forEach(people::add);
        cf.basicData().siblings().stream().map(RelatedPerson::person).forEach(people::add);
        if (cf.basicData().caseWorker() != null) {
          s.add(cf.basicData().caseWorker().name());
        }
      }
      for (Person p : people) {
        PersonId id = p.id();
        s.add(id.value());
        id.personnummer().ifPresent(n -> s.add(n.format()));
        s.add(p.givenName() + " " + p.familyName());
        s.add(p.familyName());
        Address a = p.address();
        if (a != null) {
          s.add(a.street());
          s.add(a.postalCode());
        }
      }
      for (Report r : cf.reports()) {
        s.add(r.concern());
        s.add(r.reporterName());
        s.add(r.reporterContact());
      }
      for (Investigation inv : cf.investigations()) {
        s.add(inv.reason());
        s.add(inv.childViews());
        s.add(inv.guardianViews());
        s.add(inv.analysis());
        inv.questions().forEach(s::add);
      }
      for (BbicDocument d : cf.documents()) {
        if (d.header().author() != null) {
          s.add(d.header().author().name());
        }
        if (d.header().organisation() != null) {
          s.add(d.header().organisation().committeeName());
        }
      }
      cf.closures().forEach(c -> s.add(c.childViews()));
      cf.decisions().forEach(d -> s.add(d.reasons()));
    }
    s.remove(null);
    s.removeIf(x -> x.isBlank());
    return s;
  }
}
