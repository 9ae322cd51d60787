package org.openbbic.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.Reference;

/**
 * Reads the model's own description: every document of the example case chain with its pointer, the
 * date of its event and what it refers to; then the fields of a care plan in wire order, with their
 * limits. What a vendor needs to build forms, mappings or reports without listing document types by
 * hand.
 */
public final class ModelExample {

  private ModelExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    lines(CaseChainExample.build()).forEach(System.out::println);
  }

  /** What the example prints, line by line. */
  static List<String> lines(CaseFile file) {
    List<String> out = new ArrayList<>();
    Locale sv = Locale.forLanguageTag("sv");
    // MODEL example: begin
    BbicModel model = BbicModel.get(); // built once; immutable, thread-safe
    for (BbicModel.CaseDocument d : model.documents(file)) {
      DocumentKind.DatedValue event = d.kind().eventDate(d.document());
      out.add(d.pointer() + " " + d.kind().label(sv) + (event == null ? "" : " " + event.date()));
      for (Reference.Value ref : d.kind().referenceValues(d.document())) {
        out.add("  " + ref.pointer() + " -> " + ref.reference().targets());
      }
    }
    for (FieldDefinition f : model.root("carePlan").orElseThrow().fields()) {
      out.add(f.name() + (f.list() ? "[]" : "") + " " + f.valueKind() + " " + f.maxLength());
    }
    // MODEL example: end
    return out;
  }
}
