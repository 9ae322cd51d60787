package org.openbbic.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.openbbic.export.Strictness;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;

/** Arguments of the codecs' path tests: every record type, in both strictness modes. */
final class ReadInputs {

  private ReadInputs() {}

  /** (strictness, record class, form type name or {@code CASE_FILE}) for every record type. */
  static Stream<Arguments> modesAndTypes() {
    List<Arguments> out = new ArrayList<>();
    for (Strictness s : Strictness.values()) {
      for (FormType t : FormType.values()) {
        out.add(Arguments.of(s, t.documentClass(), t.name()));
      }
      out.add(Arguments.of(s, CaseFile.class, "CASE_FILE"));
    }
    return out.stream();
  }
}
