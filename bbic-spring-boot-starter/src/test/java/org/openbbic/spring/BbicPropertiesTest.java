package org.openbbic.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openbbic.export.ReadLimits;
import org.openbbic.forms.protection.RecipientPolicy;
import org.springframework.util.unit.DataSize;

class BbicPropertiesTest {

  @Test
  void theDefaultsAreOpenbbicsDefaults() {
    BbicProperties p = new BbicProperties();
    assertThat(p.getLimits().toReadLimits()).isEqualTo(ReadLimits.defaults());
    assertThat(p.recipientPolicy()).isSameAs(RecipientPolicy.INTERNAL);
    assertThat(p.getLanguage().getLanguage()).isEqualTo("sv");
  }

  @Test
  void limitsMapOntoReadLimits() {
    BbicProperties p = new BbicProperties();
    p.getLimits().setMaxDocumentSize(DataSize.ofKilobytes(64));
    p.getLimits().setMaxDepth(12);
    p.getLimits().setMaxStringLength(5000);
    p.getLimits().setMaxNumberLength(20);
    p.getLimits().setMaxNameLength(40);
    ReadLimits limits = p.getLimits().toReadLimits();
    assertThat(limits.maxDocumentBytes()).isEqualTo(65_536);
    assertThat(limits.maxDepth()).isEqualTo(12);
    assertThat(limits.maxStringLength()).isEqualTo(5000);
    assertThat(limits.maxNumberLength()).isEqualTo(20);
    assertThat(limits.maxNameLength()).isEqualTo(40);
  }

  @Test
  void anUnknownRecipientFailsWithTheNamesThatWork() {
    BbicProperties p = new BbicProperties();
    p.setRecipient("everyone");
    assertThatThrownBy(p::recipientPolicy)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "openbbic.recipient=everyone names no recipient policy; use one of [internal,"
                + " internal-unmasked, court, guardian]");
  }

  @Test
  void aLimitOutOfRangeFails() {
    BbicProperties p = new BbicProperties();
    p.getLimits().setMaxDepth(500);
    assertThatThrownBy(() -> p.getLimits().toReadLimits())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth");
  }
}
