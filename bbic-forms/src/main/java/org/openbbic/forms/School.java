package org.openbbic.forms;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.TextLimits;
import org.openbbic.model.level.Draft;

/**
 * Förskola/skola (Preschool or school).
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"kind", "name", "contact"})
@JsonPropertyOrder({"kind", "name", "contact"})
public final class School {

  /** Typ (Kind). */
  @NotNull(groups = Draft.class)
  private SchoolKind kind;

  /** Namn (Name). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String name;

  /** Kontaktuppgifter (Contact details). */
  @Size(max = TextLimits.SHORT, groups = Draft.class)
  private String contact;

  private School() {
    // for the binding frameworks only
  }

  private School(Builder builder) {
    this.kind = builder.kind;
    this.name = builder.name;
    this.contact = builder.contact;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.kind = kind;
    builder.name = name;
    builder.contact = contact;
    return builder;
  }

  /** Typ (Kind). */
  public SchoolKind kind() {
    return kind;
  }

  /** Namn (Name). */
  public String name() {
    return name;
  }

  /** Kontaktuppgifter (Contact details). */
  public String contact() {
    return contact;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof School)) {
      return false;
    }
    School other = (School) o;
    return Objects.equals(kind(), other.kind())
        && Objects.equals(name(), other.name())
        && Objects.equals(contact(), other.contact());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind(), name(), contact());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "School[" + "kind=" + kind + "]";
  }

  /** Builds a {@link School}; not thread-safe. */
  public static final class Builder {

    private SchoolKind kind;
    private String name;
    private String contact;

    private Builder() {}

    /** Typ (Kind). */
    public Builder kind(SchoolKind kind) {
      this.kind = kind;
      return this;
    }

    /** Namn (Name). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Kontaktuppgifter (Contact details). */
    public Builder contact(String contact) {
      this.contact = contact;
      return this;
    }

    /** A new {@link School} with this builder's values; the builder can be reused. */
    public School build() {
      return new School(this);
    }
  }
}
