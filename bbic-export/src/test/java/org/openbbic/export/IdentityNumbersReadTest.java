package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbbic.validation.FindingsAssert.assertThatFindings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openbbic.export.internal.IdentityNormalizer;
import org.openbbic.export.internal.ShortForms;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.FormType;
import org.openbbic.forms.Report;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.model.IdType;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.testkit.BbicGenerator;
import org.openbbic.testkit.Mutators;
import org.openbbic.testkit.Seeds;

/**
 * Identity numbers as people write them are read into their 12-digit form by both formats, single
 * and batch, against the document's own date; the writing stays in {@link PersonId#received()} and
 * is never written back. Test numbers only (birth numbers 980–999).
 */
class IdentityNumbersReadTest {

  private static final BbicExport EXPORT = RoundTripTest.EXPORT;

  /** Born 24 November 1926, a test birth number: 100 years old on 24 November 2026. */
  private static final Personnummer CENTENARIAN =
      Personnummer.of(LocalDate.of(1926, 11, 24), 998, false);

  private static String minus(Personnummer p) {
    return p.format().substring(2, 8) + "-" + p.format().substring(8);
  }

  private static Report reportCreatedAt(String createdAt, PersonId child) {
    Report r = (Report) new BbicGenerator(11).document(FormType.REPORT);
    return r.toBuilder()
        .header(
            r.header().toBuilder()
                .createdAt(createdAt == null ? null : OffsetDateTime.parse(createdAt))
                .child(child)
                .build())
        .build();
  }

  private static <T> ReadResult<T> roundTrip(
      BbicExport export, Format f, Object value, Class<T> t) {
    return export
        .reader(f, t)
        .read(export.writer(f).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(value));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyDocumentTypeIsReadWithTwelveDigitsAndKeepsTheWriting(Format format) {
    long seed = Seeds.seed();
    BbicGenerator gen = new BbicGenerator(seed);
    for (FormType type : FormType.values()) {
      BbicDocument original = gen.document(type);
      BbicDocument written = ShortForms.document(original, LocalDate.now());
      String writing = written.header().child().value();
      assertThat(writing).hasSize(11);
      ReadResult<? extends BbicDocument> read =
          roundTrip(EXPORT, format, written, type.documentClass());
      assertThat(read.findings()).as("%s, %s", type, Seeds.describe(seed)).isEmpty();
      BbicDocument value = read.value().orElseThrow();
      assertThat(value).as("%s, %s", type, Seeds.describe(seed)).isEqualTo(original);
      assertThat(value.header().child().value()).isEqualTo(original.header().child().value());
      assertThat(value.header().child().received()).isEqualTo(writing);
      // Written again, the number has its 12 digits and the writing is gone.
      String again =
          EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeString(value);
      assertThat(again).contains(original.header().child().value()).doesNotContain(writing);
      assertThat(again)
          .isEqualTo(
              EXPORT
                  .writer(format)
                  .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
                  .writeString(original));
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theCenturyComesFromTheDocumentsSwedishDate(Format format) {
    String written = minus(CENTENARIAN);
    PersonId id = PersonId.of(IdType.PERSONNUMMER, written);
    // 23:30 UTC on the 23rd is already the 24th in Sweden: the 100th birthday, so '-' is a newborn.
    Report lateEvening = reportCreatedAt("2026-11-23T23:30:00Z", id);
    Report midday = reportCreatedAt("2026-11-23T12:00:00Z", id);
    PersonId newborn =
        roundTrip(EXPORT, format, lateEvening, Report.class).value().orElseThrow().header().child();
    PersonId old =
        roundTrip(EXPORT, format, midday, Report.class).value().orElseThrow().header().child();
    assertThat(newborn.personnummer().orElseThrow().date()).isEqualTo("2026-11-24");
    assertThat(old.personnummer().orElseThrow().date()).isEqualTo("1926-11-24");
    assertThat(old.value()).isEqualTo(CENTENARIAN.format());
    assertThat(old.received()).isEqualTo(written);
    // The '+' of the year the person turns 100.
    PersonId plus = PersonId.of(IdType.PERSONNUMMER, written.replace('-', '+'));
    assertThat(
            roundTrip(EXPORT, format, reportCreatedAt("2026-03-01T12:00:00Z", plus), Report.class)
                .value()
                .orElseThrow()
                .header()
                .child()
                .value())
        .isEqualTo(CENTENARIAN.format());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aDocumentWithoutDateIsReadAgainstTodayByTheContextsClock(Format format) {
    PersonId id = PersonId.of(IdType.PERSONNUMMER, minus(CENTENARIAN));
    Report undated = reportCreatedAt(null, id);
    for (String day : List.of("2026-11-23", "2026-11-24")) {
      BbicExport export =
          BbicExport.builder()
              .clock(Clock.fixed(Instant.parse(day + "T11:00:00Z"), IdentityNormalizer.SWEDEN))
              .build();
      Report read =
          export
              .reader(format, Report.class)
              .withLevel(null)
              .read(
                  export
                      .writer(format)
                      .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
                      .writeBytes(undated))
              .value()
              .orElseThrow();
      assertThat(read.header().child().personnummer().orElseThrow().date())
          .isEqualTo(day.equals("2026-11-23") ? "1926-11-24" : "2026-11-24");
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aCaseFileIsReadWithTwelveDigitsSingleAndInABatch(Format format) throws Exception {
    long seed = Seeds.seed();
    CaseFile original = new BbicGenerator(seed).caseFile();
    CaseFile written = ShortForms.caseFile(original, LocalDate.now(IdentityNormalizer.SWEDEN));
    assertThat(written).isNotEqualTo(original);
    LocalDate asOf = Mutators.asOf(original);
    ReadResult<CaseFile> single =
        EXPORT
            .reader(format, CaseFile.class)
            .withAsOf(asOf)
            .read(
                EXPORT
                    .writer(format)
                    .withPolicy(RecipientPolicy.INTERNAL_UNMASKED)
                    .writeBytes(written));
    assertThat(single.findings()).as(Seeds.describe(seed)).isEmpty();
    assertThat(single.value()).contains(original);
    assertThat(single.value().orElseThrow().child().id().received())
        .isEqualTo(written.child().id().value());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CaseFileBatchWriter w = EXPORT.batchWriter(format, out)) {
      w.write(written);
      w.write(original);
    }
    List<ReadResult<CaseFile>> batch = new ArrayList<>();
    try (CaseFileBatchReader r =
        EXPORT.batchReader(format, new ByteArrayInputStream(out.toByteArray())).withAsOf(asOf)) {
      r.forEachRemaining(batch::add);
    }
    assertThat(batch).hasSize(2);
    for (ReadResult<CaseFile> result : batch) {
      assertThat(result.findings()).as(Seeds.describe(seed)).isEmpty();
      assertThat(result.value()).contains(original);
    }
    assertThat(batch.get(0).value().orElseThrow().reports().get(0).header().child().received())
        .isEqualTo(written.reports().get(0).header().child().value());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aTwelveDigitPayloadReadsAndWritesByteIdentical(Format format) {
    CaseFile original = new BbicGenerator(Seeds.seed()).caseFile();
    byte[] bytes =
        EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(original);
    CaseFile read =
        EXPORT.reader(format, CaseFile.class).withLevel(null).read(bytes).value().orElseThrow();
    assertThat(EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeBytes(read))
        .isEqualTo(bytes);
    assertThat(read.child().id().received()).isEqualTo(read.child().id().value());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theReceivedWritingIsNoFieldOfTheFormat(Format format) {
    Report r = reportCreatedAt("2026-11-23T12:00:00Z", PersonId.of(CENTENARIAN));
    String payload =
        EXPORT.writer(format).withPolicy(RecipientPolicy.INTERNAL_UNMASKED).writeString(r);
    String value = CENTENARIAN.format();
    String withReceived =
        format == Format.JSON
            ? payload.replace(
                "\"value\":\"" + value + "\"",
                "\"value\":\"" + value + "\",\"received\":\"" + value + "\"")
            : payload.replace(
                "<value>" + value + "</value>",
                "<value>" + value + "</value><received>" + value + "</received>");
    assertThat(withReceived).isNotEqualTo(payload);
    ReadResult<Report> read =
        EXPORT.reader(format, Report.class).read(withReceived.getBytes(StandardCharsets.UTF_8));
    assertThatFindings(read.report()).hasCode(ExportCodes.UNKNOWN_FIELD);
    assertThat(read.value()).isEmpty();
  }
}
