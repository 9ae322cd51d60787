package org.openbbic.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.model.Address;
import org.openbbic.model.Person;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.RelatedPerson;

/** Test helpers: copies of test-kit documents changed through their builders (the metamodel). */
final class Fixtures {

  private Fixtures() {}

  /** {@code document} with its status set to {@code status} (and no signature for a draft). */
  static BbicDocument withStatus(BbicDocument document, DocumentStatus status) {
    DocumentHeader.Builder header = document.header().toBuilder().status(status);
    if (status == DocumentStatus.DRAFT) {
      header.signedAt(null).signedBy(null);
    }
    return with(document, "header", header.build());
  }

  /** {@code document} with its text field {@code field} set to {@code value}. */
  static BbicDocument withText(BbicDocument document, String field, String value) {
    return with(document, field, value);
  }

  /** A copy of {@code document} with {@code field} set to {@code value} (a list for a list). */
  static BbicDocument with(BbicDocument document, String field, Object value) {
    TypeDefinition def = BbicModel.get().kindOf(document).definition();
    FieldDefinition f = def.field(field);
    if (f == null) {
      throw new AssertionError("no field " + field + " in " + def.name());
    }
    return def.with(document, f, value);
  }

  /**
   * A person with {@code level}, a given name no generator uses ({@code Hemlig} + the level's
   * code), a telephone and an e-mail address.
   */
  static Person protect(Person person, ProtectionLevel level) {
    return person.toBuilder()
        .protection(level)
        .givenName("Hemlig" + level.code())
        .phone("070-555 12 34")
        .email("skyddad@example.org")
        .address(
            (person.address() == null ? Address.builder() : person.address().toBuilder())
                .street("Hemliga gränd 7")
                .build())
        .build();
  }

  /**
   * {@code file} with the child under skyddad folkbokföring, the first guardian under
   * sekretessmarkering, both with an address, telephone and e-mail, in the case file and the basic
   * data.
   */
  static CaseFile protectedCaseFile(CaseFile file) {
    Person child = protect(file.child(), ProtectionLevel.SKYDDAD_FOLKBOKFORING);
    BasicData basic = file.basicData();
    List<RelatedPerson> guardians = new ArrayList<>(basic.guardians());
    RelatedPerson first = guardians.get(0);
    guardians.set(
        0,
        first.toBuilder()
            .person(protect(first.person(), ProtectionLevel.SEKRETESSMARKERING))
            .build());
    BasicData protectedBasic = basic.toBuilder().child(child).guardians(guardians).build();
    return file.toBuilder().child(child).basicData(protectedBasic).build();
  }

  /** The folder for printouts a person looks at: {@code target/printouts}. */
  static Path printouts() {
    try {
      return Files.createDirectories(Path.of("target", "printouts"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
