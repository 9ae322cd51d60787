package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.Disclosure;
import org.openbbic.forms.FormType;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.forms.meta.ValueKind;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.forms.protection.Withheld;
import org.openbbic.model.Person;
import org.openbbic.model.ProtectionLevel;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Seeds;
import org.openbbic.validation.Finding;

/**
 * Protected identity is safe by default in JSON and XML, for every form type and every level of
 * protection: a writer and a batch writer built without a policy never write a protected person's
 * address or contact details, nor with fingerade personuppgifter their name or identity number (nor
 * the child's number in any header); what they withhold is named in {@code withheld} and read back
 * as withheld, the export states its policy, a withheld export of a valid document still reads
 * valid (BBIC-FLD-005, never -001) and validates against the published XSD and JSON Schemas. The
 * explicit {@code internal-unmasked} choice writes everything and says so. People come from the
 * test kit ({@link BbicGenerator#caseFile(ProtectionLevel)}).
 */
class ProtectedExportTest {

  private static final BbicExport EXPORT = RoundTripTest.EXPORT;

  @BeforeAll
  static void schemas() throws Exception {
    SchemaValidationTest.loadSchemas();
  }

  static Stream<Arguments> typesLevelsFormats() {
    List<Arguments> args = new ArrayList<>();
    for (FormType type : FormType.values()) {
      for (ProtectionLevel level : ProtectionLevel.values()) {
        for (Format format : Format.values()) {
          args.add(Arguments.of(type, level, format));
        }
      }
    }
    return args.stream();
  }

  static Stream<Arguments> levelsFormats() {
    List<Arguments> args = new ArrayList<>();
    for (ProtectionLevel level : ProtectionLevel.values()) {
      for (Format format : Format.values()) {
        args.add(Arguments.of(level, format));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("typesLevelsFormats")
  void aDocumentWrittenByDefaultHoldsNoProtectedDataAndSaysWhatIsWithheld(
      FormType type, ProtectionLevel level, Format format) throws Exception {
    long seed = Seeds.seed();
    BbicDocument document = new BbicGenerator(seed).document(type, level);
    String why = type + " " + level + " " + format + " " + Seeds.describe(seed);
    List<Integer> secret = changed(persons(new BbicGenerator(seed).document(type)), document);
    List<Person> people = at(persons(document), secret);
    boolean fictitious = level == ProtectionLevel.FINGERADE_PERSONUPPGIFTER;

    byte[] bytes = EXPORT.writer(format).writeBytes(document);
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (Person p : people) {
      if (level.isProtected()) {
        assertThat(text).as(why).doesNotContain(contact(p));
      }
      if (fictitious) {
        assertThat(text).as(why).doesNotContain(identity(p));
      } else {
        assertThat(text).as(why).contains(identity(p));
      }
    }
    // a document on its own, not the basic data, does not say how its child is protected
    boolean childKnown = type == FormType.BASIC_DATA;
    boolean childWithheld = !childKnown || fictitious;
    String childId = document.header().child().value();
    assertThat(text.contains(childId)).as(why).isEqualTo(!childWithheld);

    Class<?> root = type.documentClass();
    schemaValid(format, root, bytes, why);
    ReadResult<?> read = EXPORT.reader(format, root).withLevel(ValidationLevel.SIGNED).read(bytes);
    assertThat(read.isValid()).as("%s: %s", why, read.findings()).isTrue();
    assertThat(read.findings()).as(why).noneMatch(f -> f.code().equals("BBIC-FLD-001"));
    BbicDocument back = (BbicDocument) read.value().orElseThrow();
    List<String> pointers = Withheld.pointers(back);
    if (childWithheld) {
      assertThat(back.header().child()).as(why).isNull();
      assertThat(pointers).as(why).contains("/header/child");
      assertThat(read.findings())
          .as(why)
          .extracting(Finding::code, Finding::pointer)
          .contains(org.assertj.core.groups.Tuple.tuple("BBIC-FLD-005", "/header/child"));
    }
    for (Person p : at(persons(back), secret)) {
      if (level.isProtected()) {
        assertThat(p.address()).as(why).isNull();
        assertThat(p.withheld()).as(why).contains("address", "phone", "email");
      }
      assertThat(p.id() == null).as(why).isEqualTo(fictitious);
      assertThat(p.protection()).as("%s: the level always goes out", why).isEqualTo(level);
    }
    boolean stated = childWithheld || level.isProtected() && !people.isEmpty();
    assertThat(Withheld.disclosure(back))
        .as(why)
        .isEqualTo(
            stated ? java.util.Optional.of(Disclosure.of("internal")) : java.util.Optional.empty());
    if (!stated) {
      assertThat(back).as(why).isEqualTo(document);
    }

    // the explicit choice writes everything, reads back as written, and says so
    byte[] all =
        EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(document);
    String open = new String(all, StandardCharsets.UTF_8);
    for (Person p : people) {
      assertThat(open).as(why).contains(contact(p)).contains(identity(p));
    }
    assertThat(open).as(why).contains(childId);
    schemaValid(format, root, all, why);
    BbicDocument full =
        (BbicDocument)
            EXPORT
                .reader(format, root)
                .withLevel(ValidationLevel.SIGNED)
                .read(all)
                .value()
                .orElseThrow();
    assertThat(Withheld.pointers(full)).as(why).isEmpty();
    if (level.isProtected() && !people.isEmpty()) {
      assertThat(full.header().disclosure()).as(why).isEqualTo(Disclosure.of("internal-unmasked"));
    } else {
      assertThat(full).as(why).isEqualTo(document);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("levelsFormats")
  void aCaseFileWrittenByDefaultHoldsNoProtectedDataAndReadsBackValid(
      ProtectionLevel level, Format format) throws Exception {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile(level);
    String why = level + " " + format + " " + Seeds.describe(seed);
    boolean fictitious = level == ProtectionLevel.FINGERADE_PERSONUPPGIFTER;
    byte[] bytes = EXPORT.writer(format).writeBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (Person p : protectedPeople(file)) {
      if (level.isProtected()) {
        assertThat(text).as(why).doesNotContain(contact(p));
      } else {
        assertThat(text).as(why).contains(contact(p));
      }
      if (fictitious) {
        assertThat(text).as(why).doesNotContain(identity(p));
      } else {
        assertThat(text).as(why).contains(identity(p));
      }
    }
    assertThat(text.contains(file.child().id().value())).as(why).isEqualTo(!fictitious);
    schemaValid(format, CaseFile.class, bytes, why);

    ReadResult<CaseFile> read =
        EXPORT
            .reader(format, CaseFile.class)
            .withLevel(ValidationLevel.SIGNED)
            .withAsOf(java.time.LocalDate.of(2030, 1, 1))
            .read(bytes);
    assertThat(read.isValid()).as("%s: %s", why, read.findings()).isTrue();
    assertThat(read.findings())
        .as(why)
        .allSatisfy(f -> assertThat(f.code()).isEqualTo("BBIC-FLD-005"));
    CaseFile back = read.value().orElseThrow();
    assertThat(back).as(why).isEqualTo(RecipientPolicy.DEFAULT.applyTo(file));
    List<String> pointers = read.withheld();
    assertThat(pointers).as(why).isEqualTo(Withheld.pointers(back));
    if (!level.isProtected()) {
      assertThat(back).as(why).isEqualTo(file);
      assertThat(pointers).as(why).isEmpty();
      return;
    }
    assertThat(back.disclosure()).as(why).isEqualTo(Disclosure.of("internal"));
    assertThat(pointers)
        .as(why)
        .contains(
            "/child/address",
            "/child/phone",
            "/child/email",
            "/basicData/child/address",
            "/basicData/guardians/0/person/address");
    assertThat(pointers).as(why).noneMatch(p -> p.startsWith("/basicData/siblings"));
    if (fictitious) {
      assertThat(pointers)
          .as(why)
          .contains("/child/id", "/child/givenName", "/reports/0/header/child");
      assertThat(read.report().withCode("BBIC-FLD-005")).as(why).hasSize(file.documents().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aBatchIsWithheldCaseFileByCaseFileAndCanBeWrittenInFull(Format format) {
    long seed = Seeds.seed();
    List<CaseFile> files = new ArrayList<>();
    for (ProtectionLevel level : ProtectionLevel.values()) {
      files.add(new BbicGenerator(seed + level.ordinal()).caseFile(level));
    }
    String why = format + " " + Seeds.describe(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CaseFileBatchWriter writer = EXPORT.batchWriter(format, out)) {
      assertThat(writer.policy()).isSameAs(RecipientPolicy.DEFAULT);
      files.forEach(writer::write);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    // judged record by record: an invented street of one file may recur in another file
    String[] records = format == Format.JSON ? text.split("\n") : text.split("<caseFile>", -1);
    List<String> byFile =
        java.util.Arrays.stream(records)
            .filter(r -> r.contains("caseId"))
            .collect(java.util.stream.Collectors.toList());
    assertThat(byFile).as(why).hasSize(files.size());
    for (int i = 1; i < files.size(); i++) {
      for (Person p : protectedPeople(files.get(i))) {
        assertThat(byFile.get(i)).as(why).doesNotContain(contact(p));
      }
    }
    List<CaseFile> back = new ArrayList<>();
    try (CaseFileBatchReader reader =
        EXPORT.batchReader(format, new ByteArrayInputStream(out.toByteArray())).withLevel(null)) {
      reader.forEachRemaining(r -> back.add(r.value().orElseThrow()));
    }
    assertThat(back).as(why).hasSize(files.size());
    for (int i = 0; i < files.size(); i++) {
      assertThat(back.get(i)).as(why).isEqualTo(RecipientPolicy.DEFAULT.applyTo(files.get(i)));
    }

    ByteArrayOutputStream full = new ByteArrayOutputStream();
    try (CaseFileBatchWriter writer =
        EXPORT.batchWriter(format, full, RecipientPolicy.INTERNAL_UNMASKED)) {
      files.forEach(writer::write);
    }
    String open = full.toString(StandardCharsets.UTF_8);
    for (CaseFile f : files) {
      for (Person p : protectedPeople(f)) {
        assertThat(open).as(why).contains(contact(p)).contains(identity(p));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyPresetWritesWhatItPromises(Format format) throws Exception {
    long seed = Seeds.seed();
    CaseFile file = new BbicGenerator(seed).caseFile(ProtectionLevel.FINGERADE_PERSONUPPGIFTER);
    String why = format + " " + Seeds.describe(seed);
    for (RecipientPolicy p : RecipientPolicy.presets()) {
      byte[] bytes = EXPORT.writer(format).withPolicy(p).writeBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      schemaValid(format, CaseFile.class, bytes, why);
      for (Person person : protectedPeople(file)) {
        for (String c : contact(person)) {
          assertThat(text.contains(c))
              .as("%s %s", p.name(), why)
              .isEqualTo(p.showsContactDetails(ProtectionLevel.FINGERADE_PERSONUPPGIFTER));
        }
        for (String i : identity(person)) {
          assertThat(text.contains(i))
              .as("%s %s", p.name(), why)
              .isEqualTo(p.showsIdentity(ProtectionLevel.FINGERADE_PERSONUPPGIFTER));
        }
      }
      assertThat(text).as(why).contains(p.name());
      // the field as written, not the bare name: an invented name may recur elsewhere in the file
      String name = file.reports().get(0).reporterName();
      String reporter =
          format == Format.JSON
              ? "\"reporterName\":\"" + name + "\""
              : "<reporterName>" + name + "</reporterName>";
      assertThat(text.contains(reporter))
          .as("%s %s", p.name(), why)
          .isEqualTo(p.reporterIdentity());
    }
  }

  // ------------------------------------------------------------------ helpers

  private static void schemaValid(Format format, Class<?> root, byte[] bytes, String why)
      throws Exception {
    if (format == Format.XML) {
      SchemaValidationTest.validateXml(bytes);
      return;
    }
    for (ValidationLevel level : ValidationLevel.values()) {
      assertThat(SchemaValidationTest.validateJson(level, root, bytes))
          .as("%s at %s", why, level)
          .isEmpty();
    }
  }

  /**
   * Every person a document holds, in the format's order (an absent one as {@code null}), found by
   * walking its fields through the metamodel.
   */
  private static List<Person> persons(Object value) {
    List<Person> out = new ArrayList<>();
    collect(value, BbicModel.get().type(value.getClass()), out);
    return out;
  }

  private static void collect(Object value, TypeDefinition def, List<Person> out) {
    for (FieldDefinition f : def.fields()) {
      if (f.valueKind() != ValueKind.OBJECT) {
        continue;
      }
      Object v = f.get(value);
      List<?> items = f.list() ? (List<?>) v : java.util.Collections.singletonList(v);
      for (Object item : items) {
        if (f.valueType() == Person.class) {
          out.add((Person) item);
        } else if (item != null) {
          collect(item, f.definition().orElseThrow(), out);
        }
      }
    }
  }

  /**
   * The places of the people the generator put under a protection level: those that differ from the
   * same seed's document without one (the basic data's child and first guardian, an application's
   * first applicant).
   */
  private static List<Integer> changed(List<Person> plain, BbicDocument document) {
    List<Person> protectedOnes = persons(document);
    assertThat(protectedOnes).hasSameSizeAs(plain);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < plain.size(); i++) {
      if (!java.util.Objects.equals(plain.get(i), protectedOnes.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Person> at(List<Person> people, List<Integer> places) {
    return places.stream().map(people::get).toList();
  }

  private static List<Person> protectedPeople(CaseFile file) {
    return List.of(file.child(), file.basicData().guardians().get(0).person());
  }

  /** The person's street address, telephone and e-mail, as written (no escaping needed). */
  private static String[] contact(Person p) {
    return new String[] {p.address().street(), p.phone(), p.email()};
  }

  /** The person's names and identity number, as written. */
  private static String[] identity(Person p) {
    return new String[] {p.givenName(), p.familyName(), p.id().value()};
  }
}
