package org.openbbic.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.level.Complete;
import org.openbbic.model.level.Draft;

/**
 * Beslutsfattare (Decision maker).
 *
 * <p>Who made a decision: the committee, a subcommittee, the chair (urgent decisions) or a
 * delegated officer.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"kind", "name"})
@JsonPropertyOrder({"kind", "name"})
public final class Decider {

  /** Typ av beslutsfattare (Kind of decision maker). */
  @NotNull(groups = Draft.class)
  private DeciderKind kind;

  /** Namn (Name). */
  @NotNull(groups = Complete.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String name;

  private Decider() {
    // for the binding frameworks only
  }

  private Decider(Builder builder) {
    this.kind = builder.kind;
    this.name = builder.name;
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
    return builder;
  }

  /** Typ av beslutsfattare (Kind of decision maker). */
  public DeciderKind kind() {
    return kind;
  }

  /** Namn (Name). */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Decider)) {
      return false;
    }
    Decider other = (Decider) o;
    return Objects.equals(kind(), other.kind()) && Objects.equals(name(), other.name());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind(), name());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "Decider[" + "kind=" + kind + "]";
  }

  /** Builds a {@link Decider}; not thread-safe. */
  public static final class Builder {

    private DeciderKind kind;
    private String name;

    private Builder() {}

    /** Typ av beslutsfattare (Kind of decision maker). */
    public Builder kind(DeciderKind kind) {
      this.kind = kind;
      return this;
    }

    /** Namn (Name). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** A new {@link Decider} with this builder's values; the builder can be reused. */
    public Decider build() {
      return new Decider(this);
    }
  }
}
