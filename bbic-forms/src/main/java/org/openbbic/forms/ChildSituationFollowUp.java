package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.openbbic.forms.meta.EventDate;
import org.openbbic.forms.meta.References;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Uppföljning av ett barns situation (Follow-up of a child's situation).
 *
 * <p>Information set 16: following up a child's situation after an investigation closed without
 * intervention, or after a placement ended.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "childSituationFollowUp")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {"header", "basis", "referenceId", "decidedAt", "endsAt", "contacts", "conclusion"})
@JsonPropertyOrder({
  "header",
  "basis",
  "referenceId",
  "decidedAt",
  "endsAt",
  "contacts",
  "conclusion"
})
public final class ChildSituationFollowUp implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Grund (Basis). */
  @NotNull(groups = Draft.class)
  private ChildSituationBasis basis;

  /** Utredning eller vårdplan som följs upp (Investigation or care plan followed up). */
  @References({Investigation.class, CarePlan.class})
  private UUID referenceId;

  /** Beslut om uppföljning (Decided on). */
  @EventDate
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate decidedAt;

  /** Uppföljningen avslutas (Ends on). */
  @NotNull(groups = Complete.class)
  @XmlSchemaType(name = "date")
  private LocalDate endsAt;

  /** Kontakter (Contacts). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String contacts;

  /** Slutsats (Conclusion). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String conclusion;

  private ChildSituationFollowUp() {
    // for the binding frameworks only
  }

  private ChildSituationFollowUp(Builder builder) {
    this.header = builder.header;
    this.basis = builder.basis;
    this.referenceId = builder.referenceId;
    this.decidedAt = builder.decidedAt;
    this.endsAt = builder.endsAt;
    this.contacts = builder.contacts;
    this.conclusion = builder.conclusion;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.basis = basis;
    builder.referenceId = referenceId;
    builder.decidedAt = decidedAt;
    builder.endsAt = endsAt;
    builder.contacts = contacts;
    builder.conclusion = conclusion;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Grund (Basis). */
  public ChildSituationBasis basis() {
    return basis;
  }

  /** Utredning eller vårdplan som följs upp (Investigation or care plan followed up). */
  public UUID referenceId() {
    return referenceId;
  }

  /** Beslut om uppföljning (Decided on). */
  public LocalDate decidedAt() {
    return decidedAt;
  }

  /** Uppföljningen avslutas (Ends on). */
  public LocalDate endsAt() {
    return endsAt;
  }

  /** Kontakter (Contacts). */
  public String contacts() {
    return contacts;
  }

  /** Slutsats (Conclusion). */
  public String conclusion() {
    return conclusion;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ChildSituationFollowUp)) {
      return false;
    }
    ChildSituationFollowUp other = (ChildSituationFollowUp) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(basis(), other.basis())
        && Objects.equals(referenceId(), other.referenceId())
        && Objects.equals(decidedAt(), other.decidedAt())
        && Objects.equals(endsAt(), other.endsAt())
        && Objects.equals(contacts(), other.contacts())
        && Objects.equals(conclusion(), other.conclusion());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        header(), basis(), referenceId(), decidedAt(), endsAt(), contacts(), conclusion());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "ChildSituationFollowUp["
        + "header="
        + header
        + ", "
        + "basis="
        + basis
        + ", "
        + "referenceId="
        + referenceId
        + "]";
  }

  /** Builds a {@link ChildSituationFollowUp}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private ChildSituationBasis basis;
    private UUID referenceId;
    private LocalDate decidedAt;
    private LocalDate endsAt;
    private String contacts;
    private String conclusion;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Grund (Basis). */
    public Builder basis(ChildSituationBasis basis) {
      this.basis = basis;
      return this;
    }

    /** Utredning eller vårdplan som följs upp (Investigation or care plan followed up). */
    public Builder referenceId(UUID referenceId) {
      this.referenceId = referenceId;
      return this;
    }

    /** Beslut om uppföljning (Decided on). */
    public Builder decidedAt(LocalDate decidedAt) {
      this.decidedAt = decidedAt;
      return this;
    }

    /** Uppföljningen avslutas (Ends on). */
    public Builder endsAt(LocalDate endsAt) {
      this.endsAt = endsAt;
      return this;
    }

    /** Kontakter (Contacts). */
    public Builder contacts(String contacts) {
      this.contacts = contacts;
      return this;
    }

    /** Slutsats (Conclusion). */
    public Builder conclusion(String conclusion) {
      this.conclusion = conclusion;
      return this;
    }

    /**
     * A new {@link ChildSituationFollowUp} with this builder's values; the builder can be reused.
     */
    public ChildSituationFollowUp build() {
      return new ChildSituationFollowUp(this);
    }
  }
}
