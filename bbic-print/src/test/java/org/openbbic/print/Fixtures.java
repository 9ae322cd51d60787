package org.openbbic.print;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openbbic.forms.BasicData;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.model.Address;
import org.openbbic.model.Person;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.RelatedPerson;

/** Test helpers: copies of test-kit documents changed through their public builders. */
final class Fixtures {

  private Fixtures() {}

  /** {@code document} with its status set to {@code status} (and no signature for a draft). */
  static BbicDocument withStatus(BbicDocument document, DocumentStatus status) {
    DocumentHeader.Builder header = document.header().toBuilder().status(status);
    if (status == DocumentStatus.DRAFT) {
      header.signedAt(null).signedBy(null);
    }
    return rebuild(document, b -> invoke(b, "header", DocumentHeader.class, header.build()));
  }

  /** {@code document} with the builder method {@code field(String)} called with {@code value}. */
  static BbicDocument withText(BbicDocument document, String field, String value) {
    return rebuild(document, b -> invoke(b, field, String.class, value));
  }

  /** A copy of {@code document} built after {@code change} was applied to its builder. */
  static BbicDocument rebuild(BbicDocument document, UnaryOperator<Object> change) {
    try {
      Object builder = document.getClass().getMethod("toBuilder").invoke(document);
      Object changed = change.apply(builder);
      return (BbicDocument) changed.getClass().getMethod("build").invoke(changed);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static Object invoke(Object builder, String method, Class<?> type, Object value) {
    try {
      Method m = builder.getClass().getMethod(method, type);
      return m.invoke(builder, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
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
