package org.openbbic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.model.law.LegalProvisions;
import org.openbbic.validation.internal.Declaration;
import org.openbbic.validation.internal.Declared;

/**
 * Every built-in rule declares itself once (code, severity, level, legal topic, message keys, the
 * kinds it checks), and what it declares exists: the topic in {@code LegalProvisions}, each message
 * key in Swedish and English with the same placeholders.
 */
class RuleDeclarationTest {

  private static final Locale SV = Locale.forLanguageTag("sv");

  private static List<Declared> builtIn() {
    return Rules.builtIn().stream().map(r -> (Declared) r).toList();
  }

  @Test
  void everyBuiltInRuleIsDeclaredAndAnswersFromItsDeclaration() {
    assertThat(Rules.builtIn()).allMatch(r -> r instanceof Declared);
    for (Declared r : builtIn()) {
      Declaration d = r.declaration();
      assertThat(r.code()).isEqualTo(d.code());
      assertThat(r.defaultSeverity()).isEqualTo(d.severity());
      assertThat(r.minimumLevel()).isEqualTo(d.level());
      assertThat(r.legalTopic().orElse(null)).isEqualTo(d.topic());
      assertThat(d.messageKeys()).as(r.code()).startsWith(r.code()).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyDeclaredLegalTopicHasProvisions() {
    for (Declared r : builtIn()) {
      String topic = r.declaration().topic();
      if (topic != null) {
        assertThat(LegalProvisions.topics())
            .as("legal topic %s of %s in LegalProvisions", topic, r.code())
            .contains(topic);
        assertThat(LegalProvisions.allForTopic(topic)).as(topic).isNotEmpty();
      }
    }
  }

  @Test
  void everyDeclaredMessageKeyHasSwedishAndEnglishText() {
    for (Declared r : builtIn()) {
      MessageBundle bundle = r.messages();
      for (String key : r.messageKeys()) {
        String sv = bundle.template(key, SV).orElse(null);
        String en = bundle.template(key, Locale.ENGLISH).orElse(null);
        assertThat(sv).as("sv text %s of %s", key, r.code()).isNotBlank();
        assertThat(en).as("en text %s of %s", key, r.code()).isNotBlank();
        assertThat(MessageBundle.placeholders(sv))
            .as("placeholders of %s", key)
            .isEqualTo(MessageBundle.placeholders(en));
      }
    }
  }

  @Test
  void documentRulesDeclareTheKindsTheyCheck() {
    List<DocumentKind<?>> kinds = BbicModel.get().documentKinds();
    for (Rule r : Rules.builtIn()) {
      if (r instanceof DocumentRule<?> d) {
        assertThat(kinds.stream().filter(r::appliesTo))
            .as("kinds of %s", r.code())
            .isNotEmpty()
            .allMatch(k -> d.documentType().isAssignableFrom(k.type()));
      }
    }
    // a rule over one kind applies to that kind alone
    Rule childViews =
        Rules.builtIn().stream().filter(r -> r.code().equals("BBIC-DOC-005")).findFirst().get();
    assertThat(kinds.stream().filter(childViews::appliesTo))
        .extracting(DocumentKind::rootName)
        .containsExactly("investigation");
  }
}
