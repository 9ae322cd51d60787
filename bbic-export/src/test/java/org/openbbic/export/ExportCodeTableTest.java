package org.openbbic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openbbic.export.internal.ExportCodeTable;
import org.openbbic.export.internal.ExportMessages;
import org.openbbic.model.level.ValidationLevel;
import org.openbbic.testkit.Corpus;
import org.openbbic.validation.Finding;
import org.openbbic.validation.MessageBundle;
import org.openbbic.validation.RuleCatalogue;
import org.openbbic.validation.Severity;

/**
 * The export module's codes are in the catalogue of every code, with both texts, and with the
 * severity and source the readers really give them (judged on the test kit's corpus, strict and
 * lenient).
 */
class ExportCodeTableTest {

  private static final Locale SV = Locale.forLanguageTag("sv");

  /** The values of the public static final String constants of {@link ExportCodes}. */
  static List<String> exportCodeConstants() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field f : ExportCodes.class.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isPublic(m)
          && Modifier.isStatic(m)
          && Modifier.isFinal(m)
          && f.getType() == String.class) {
        codes.add((String) f.get(null));
      }
    }
    return codes;
  }

  @Test
  void theTableHoldsExactlyTheExportCodesInTheirOrder() throws Exception {
    assertThat(new ExportCodeTable().entries())
        .extracting(RuleCatalogue.Entry::code)
        .containsExactlyElementsOf(exportCodeConstants());
  }

  @Test
  void theCatalogueFindsTheTableAndListsSyntaxBeforeSchema() throws Exception {
    List<String> catalogue =
        RuleCatalogue.entries().stream().map(RuleCatalogue.Entry::code).toList();
    assertThat(catalogue).containsAll(exportCodeConstants());
    assertThat(catalogue.indexOf(ExportCodes.EMPTY_INPUT))
        .isLessThan(catalogue.indexOf(ExportCodes.UNKNOWN_FIELD));
    assertThat(catalogue.indexOf(ExportCodes.SCHEMA_VIOLATION))
        .isLessThan(catalogue.indexOf("BBIC-DOC-001"));
    assertThat(RuleCatalogue.markdown()).contains("## Schema (BBIC-SCH)");
  }

  @Test
  void everyCodeHasBothTextsWithTheSamePlaceholdersAndTheBundleNoStrayKey() {
    MessageBundle bundle = ExportMessages.bundle();
    List<String> table =
        new ExportCodeTable().entries().stream().map(RuleCatalogue.Entry::code).toList();
    for (RuleCatalogue.Entry e : new ExportCodeTable().entries()) {
      String sv = e.template(SV).orElse(null);
      String en = e.template(Locale.ENGLISH).orElse(null);
      assertThat(sv).as("sv text of %s", e.code()).isNotBlank();
      assertThat(en).as("en text of %s", e.code()).isNotBlank().isNotEqualTo(sv);
      assertThat(MessageBundle.placeholders(sv))
          .as("placeholders of %s", e.code())
          .isEqualTo(MessageBundle.placeholders(en));
      assertThat(e.level()).as("%s is no rule's", e.code()).isEmpty();
    }
    assertThat(table).containsAll(bundle.keys());
  }

  @Test
  void theCorpusGetsEachCodeWithItsCataloguedSeverityAndSource() throws Exception {
    Map<String, RuleCatalogue.Entry> catalogue =
        RuleCatalogue.entries().stream()
            .collect(Collectors.toMap(RuleCatalogue.Entry::code, Function.identity()));
    int judged = 0;
    for (Strictness strictness : Strictness.values()) {
      BbicExport export = BbicExport.builder().strictness(strictness).build();
      for (Corpus.File file : Corpus.committed()) {
        for (Finding f : read(export, file)) {
          RuleCatalogue.Entry e = catalogue.get(f.code());
          assertThat(e).as("%s of %s is catalogued", f.code(), file.file()).isNotNull();
          assertThat(f.source())
              .as("source of %s in %s", f.code(), file.file())
              .isEqualTo(e.source());
          Severity expected =
              strictness == Strictness.LENIENT
                  ? e.lenientSeverity().orElse(e.severity())
                  : e.severity();
          if (f.severity() != expected) {
            assertThat(e.gradedSeverities())
                .as("severity of %s in %s read %s", f.code(), file.file(), strictness)
                .contains(f.severity());
          }
          judged++;
        }
      }
    }
    assertThat(judged).isGreaterThan(50);
  }

  private static List<Finding> read(BbicExport export, Corpus.File file) throws Exception {
    Class<?> type = Class.forName("org.openbbic.forms." + file.type());
    BbicReader<?> reader =
        export
            .reader(Format.valueOf(file.format()), type)
            .withLevel(ValidationLevel.valueOf(file.level()));
    if (file.asOf() != null) {
      reader = reader.withAsOf(file.asOf());
    }
    try (InputStream in = Corpus.open(file.file())) {
      return reader.read(in.readAllBytes()).findings();
    }
  }
}
