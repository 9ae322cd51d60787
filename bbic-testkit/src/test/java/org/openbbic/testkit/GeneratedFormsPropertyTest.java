package org.openbbic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;

/**
 * Properties of the form classes over generated case files. (The forms module cannot use the test
 * kit in its own tests without a build cycle, so these live here.)
 */
class GeneratedFormsPropertyTest {

  @RepeatedTest(100)
  void toBuilderThenBuildGivesAnEqualCaseFileAndDocuments() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    CaseFile copy = file.toBuilder().build();
    assertThat(copy).as(Seeds.describe(seed)).isEqualTo(file).hasSameHashCodeAs(file);
    assertThat(copy.documents()).as(Seeds.describe(seed)).isEqualTo(file.documents());
  }

  @RepeatedTest(100)
  void everyDocumentIsFoundByItsId() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    for (BbicDocument d : file.documents()) {
      assertThat(file.document(d.header().documentId())).as(Seeds.describe(seed)).containsSame(d);
    }
  }

  @RepeatedTest(100)
  void toStringOfAGeneratedCaseFileHoldsNoIdentityNumberOrName() {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile();
    String text = file.toString() + file.documents();
    assertThat(text)
        .as(Seeds.describe(seed))
        .doesNotContain(file.child().id().value())
        .doesNotContain(file.child().givenName())
        .doesNotContain(file.reports().get(0).concern());
  }
}
