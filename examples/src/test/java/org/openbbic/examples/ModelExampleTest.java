package org.openbbic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.CaseFile;

class ModelExampleTest {

  @Test
  void listsEveryDocumentWithItsEventAndReferencesThenTheCarePlansFields() {
    CaseFile file = CaseChainExample.build();
    List<String> lines = ModelExample.lines(file);
    long documents = lines.stream().filter(l -> l.startsWith("/")).count();
    assertThat(documents).isEqualTo(file.documents().size());
    assertThat(lines).anyMatch(l -> l.startsWith("/decisions/0 Beslut 20"));
    assertThat(lines).contains("  /investigationId -> [class org.openbbic.forms.Investigation]");
    assertThat(lines).contains("header OBJECT OptionalInt.empty");
    assertThat(lines).anyMatch(l -> l.startsWith("goals[] OBJECT"));
  }
}
