package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every code has Swedish and English text with the same placeholders; codes are unique. */
class MessagesTest {

  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final Pattern CODE = Pattern.compile("BBIC-(FLD|SYS|DOC|CASE)-[0-9]{3}");

  @Test
  void codesAreUniqueAndWellFormed() {
    List<String> codes = RuleCatalogue.entries().stream().map(RuleCatalogue.Entry::code).toList();
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> CODE.matcher(c).matches());
    assertThat(Rules.builtIn()).extracting(Rule::code).doesNotHaveDuplicates();
  }

  @Test
  void everyCodeHasSwedishAndEnglishTextWithTheSamePlaceholders() {
    for (RuleCatalogue.Entry e : RuleCatalogue.entries()) {
      String sv = e.template(SV).orElse(null);
      String en = e.template(Locale.ENGLISH).orElse(null);
      assertThat(sv).as("sv text of %s", e.code()).isNotBlank();
      assertThat(en).as("en text of %s", e.code()).isNotBlank();
      assertThat(sv).as("%s: sv differs from en", e.code()).isNotEqualTo(en);
      assertThat(MessageBundle.placeholders(sv))
          .as("placeholders of %s", e.code())
          .isEqualTo(MessageBundle.placeholders(en));
    }
  }

  @Test
  void bothBundlesHoldTheSameKeysAndNoStrayCodes() {
    MessageBundle b = Messages.bundle();
    Set<String> catalogue = new HashSet<>();
    RuleCatalogue.entries().forEach(e -> catalogue.add(e.code()));
    for (String key : b.keys()) {
      assertThat(b.template(key, SV)).as("sv %s", key).isPresent();
      assertThat(b.template(key, Locale.ENGLISH)).as("en %s", key).isPresent();
      assertThat(MessageBundle.placeholders(b.template(key, SV).get()))
          .as(key)
          .isEqualTo(MessageBundle.placeholders(b.template(key, Locale.ENGLISH).get()));
      if (key.startsWith("BBIC-")) {
        assertThat(catalogue).as("bundle key %s is a code of the catalogue", key).contains(key);
      }
    }
    for (DeadlineKind k : DeadlineKind.values()) {
      assertThat(b.template("Deadline." + k.name(), SV)).as(k.name()).isPresent();
      assertThat(catalogue).as("code of %s", k).contains(k.code());
    }
  }

  @Test
  void swedishIsTheDefaultForEveryLanguageButEnglish() {
    Map<String, Object> args = Map.of("field", "caseId");
    String sv = Messages.render("BBIC-FLD-001", args, SV);
    assertThat(Messages.render("BBIC-FLD-001", args, Locale.GERMAN)).isEqualTo(sv);
    assertThat(Messages.render("BBIC-FLD-001", args, Locale.ROOT)).isEqualTo(sv);
    assertThat(Messages.render("BBIC-FLD-001", args, Locale.UK)).isNotEqualTo(sv);
  }

  @Test
  void argumentsAreInsertedLiterallyNeverAsTemplates() {
    assertThat(MessageBundle.format("a {x} b", Map.of("x", "{y} $1 \\")))
        .isEqualTo("a {y} $1 \\ b");
    assertThat(MessageBundle.format("a {x} {missing}", Map.of("x", 1))).isEqualTo("a 1 {missing}");
    assertThat(Messages.render("NO-SUCH-KEY", Map.of(), SV)).isEqualTo("NO-SUCH-KEY");
  }

  @Test
  void anotherModuleCanRenderItsOwnCodes() {
    MessageBundle own =
        MessageBundle.of(
            Map.of("BBIC-SYN-001", "Ogiltig JSON på rad {line}."),
            Map.of("BBIC-SYN-001", "Invalid JSON on line {line}."));
    Finding f =
        own.finding("BBIC-SYN-001", Severity.FATAL, FindingSource.SYNTAX, Map.of("line", 3), SV)
            .line(3)
            .column(7)
            .build();
    assertThat(f.code()).isEqualTo("BBIC-SYN-001");
    assertThat(f.messageKey()).isEqualTo("BBIC-SYN-001");
    assertThat(f.message()).isEqualTo("Ogiltig JSON på rad 3.");
    assertThat(f.line()).contains(3);
    assertThat(f.column()).contains(7);
    assertThat(ValidationReport.of(List.of(f)).isValid()).isFalse();
  }
}
