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
import org.openbbic.forms.meta.EventDate;
import org.openbbic.model.TextLimits;
import org.openbbic.model.code.ClosureReason;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Avslut (Closure).
 *
 * <p>Closes the child's case: when, why, and the child's and guardians' views.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlRootElement(name = "closure")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"header", "closedAt", "reason", "childViews", "guardianViews", "comment"})
@JsonPropertyOrder({"header", "closedAt", "reason", "childViews", "guardianViews", "comment"})
public final class Closure implements BbicDocument {

  /** Dokumentuppgifter (Document header). */
  @NotNull(groups = Draft.class)
  @Valid
  private DocumentHeader header;

  /** Avslutsdatum (Closed on). */
  @EventDate
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "date")
  private LocalDate closedAt;

  /** Orsak till avslut (Reason). */
  @NotNull(groups = Complete.class)
  private ClosureReason reason;

  /** Barnets synpunkter (The child's views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String childViews;

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String guardianViews;

  /** Kommentar (Comment). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String comment;

  private Closure() {
    // for the binding frameworks only
  }

  private Closure(Builder builder) {
    this.header = builder.header;
    this.closedAt = builder.closedAt;
    this.reason = builder.reason;
    this.childViews = builder.childViews;
    this.guardianViews = builder.guardianViews;
    this.comment = builder.comment;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.header = header;
    builder.closedAt = closedAt;
    builder.reason = reason;
    builder.childViews = childViews;
    builder.guardianViews = guardianViews;
    builder.comment = comment;
    return builder;
  }

  /** Dokumentuppgifter (Document header). */
  @Override
  public DocumentHeader header() {
    return header;
  }

  /** Avslutsdatum (Closed on). */
  public LocalDate closedAt() {
    return closedAt;
  }

  /** Orsak till avslut (Reason). */
  public ClosureReason reason() {
    return reason;
  }

  /** Barnets synpunkter (The child's views). */
  public String childViews() {
    return childViews;
  }

  /** Vårdnadshavarnas synpunkter (The guardians' views). */
  public String guardianViews() {
    return guardianViews;
  }

  /** Kommentar (Comment). */
  public String comment() {
    return comment;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Closure)) {
      return false;
    }
    Closure other = (Closure) o;
    return Objects.equals(header(), other.header())
        && Objects.equals(closedAt(), other.closedAt())
        && Objects.equals(reason(), other.reason())
        && Objects.equals(childViews(), other.childViews())
        && Objects.equals(guardianViews(), other.guardianViews())
        && Objects.equals(comment(), other.comment());
  }

  @Override
  public int hashCode() {
    return Objects.hash(header(), closedAt(), reason(), childViews(), guardianViews(), comment());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Closure[" + "header=" + header + ", " + "reason=" + reason + "]";
  }

  /** Builds a {@link Closure}; not thread-safe. */
  public static final class Builder {

    private DocumentHeader header;
    private LocalDate closedAt;
    private ClosureReason reason;
    private String childViews;
    private String guardianViews;
    private String comment;

    private Builder() {}

    /** Dokumentuppgifter (Document header). */
    public Builder header(DocumentHeader header) {
      this.header = header;
      return this;
    }

    /** Avslutsdatum (Closed on). */
    public Builder closedAt(LocalDate closedAt) {
      this.closedAt = closedAt;
      return this;
    }

    /** Orsak till avslut (Reason). */
    public Builder reason(ClosureReason reason) {
      this.reason = reason;
      return this;
    }

    /** Barnets synpunkter (The child's views). */
    public Builder childViews(String childViews) {
      this.childViews = childViews;
      return this;
    }

    /** Vårdnadshavarnas synpunkter (The guardians' views). */
    public Builder guardianViews(String guardianViews) {
      this.guardianViews = guardianViews;
      return this;
    }

    /** Kommentar (Comment). */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** A new {@link Closure} with this builder's values; the builder can be reused. */
    public Closure build() {
      return new Closure(this);
    }
  }
}
