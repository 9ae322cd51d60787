package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.util.Objects;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Draft;

/**
 * Samtal med barnet (Conversation with the child).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"heldAt", "alone", "presentPersons", "summary"})
@JsonPropertyOrder({"heldAt", "alone", "presentPersons", "summary"})
public final class ChildConversation {

  /** Datum (Date). */
  @NotNull(groups = Draft.class)
  @XmlSchemaType(name = "date")
  private LocalDate heldAt;

  /** Enskilt samtal (Alone with the child). */
  private Boolean alone;

  /** Närvarande (Others present). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String presentPersons;

  /** Sammanfattning (Summary). */
  @Size(max = TextLimits.LONG, groups = Draft.class)
  private String summary;

  private ChildConversation() {
    // for the binding frameworks only
  }

  private ChildConversation(Builder builder) {
    this.heldAt = builder.heldAt;
    this.alone = builder.alone;
    this.presentPersons = builder.presentPersons;
    this.summary = builder.summary;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.heldAt = heldAt;
    builder.alone = alone;
    builder.presentPersons = presentPersons;
    builder.summary = summary;
    return builder;
  }

  /** Datum (Date). */
  public LocalDate heldAt() {
    return heldAt;
  }

  /** Enskilt samtal (Alone with the child). */
  public Boolean alone() {
    return alone;
  }

  /** Närvarande (Others present). */
  public String presentPersons() {
    return presentPersons;
  }

  /** Sammanfattning (Summary). */
  public String summary() {
    return summary;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ChildConversation)) {
      return false;
    }
    ChildConversation other = (ChildConversation) o;
    return Objects.equals(heldAt(), other.heldAt())
        && Objects.equals(alone(), other.alone())
        && Objects.equals(presentPersons(), other.presentPersons())
        && Objects.equals(summary(), other.summary());
  }

  @Override
  public int hashCode() {
    return Objects.hash(heldAt(), alone(), presentPersons(), summary());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "ChildConversation[]";
  }

  /** Builds a {@link ChildConversation}; not thread-safe. */
  public static final class Builder {

    private LocalDate heldAt;
    private Boolean alone;
    private String presentPersons;
    private String summary;

    private Builder() {}

    /** Datum (Date). */
    public Builder heldAt(LocalDate heldAt) {
      this.heldAt = heldAt;
      return this;
    }

    /** Enskilt samtal (Alone with the child). */
    public Builder alone(Boolean alone) {
      this.alone = alone;
      return this;
    }

    /** Närvarande (Others present). */
    public Builder presentPersons(String presentPersons) {
      this.presentPersons = presentPersons;
      return this;
    }

    /** Sammanfattning (Summary). */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /** A new {@link ChildConversation} with this builder's values; the builder can be reused. */
    public ChildConversation build() {
      return new ChildConversation(this);
    }
  }
}
