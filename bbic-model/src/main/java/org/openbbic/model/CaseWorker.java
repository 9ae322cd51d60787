package org.openbbic.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;
import org.openbbic.model.level.Draft;

/**
 * Handläggare (Case worker).
 *
 * <p>A social worker (handläggare) or other staff member who writes, signs or performs something.
 *
 * <p>Immutable once built and thread-safe. Build with {@link #builder()}, change a copy with {@link
 * #toBuilder()}. A getter returns {@code null} for an absent value and an unmodifiable, possibly
 * empty, list for an absent list.
 *
 * @since 0.1
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "title", "staffId"})
@JsonPropertyOrder({"name", "title", "staffId"})
public final class CaseWorker {

  /** Namn (Name). */
  @NotNull(groups = Draft.class)
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String name;

  /** Titel (Title). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String title;

  /** Användar-id (Staff identifier). */
  @Size(max = TextLimits.NAME, groups = Draft.class)
  private String staffId;

  private CaseWorker() {
    // for the binding frameworks only
  }

  private CaseWorker(Builder builder) {
    this.name = builder.name;
    this.title = builder.title;
    this.staffId = builder.staffId;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.title = title;
    builder.staffId = staffId;
    return builder;
  }

  /** Namn (Name). */
  public String name() {
    return name;
  }

  /** Titel (Title). */
  public String title() {
    return title;
  }

  /** Användar-id (Staff identifier). */
  public String staffId() {
    return staffId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CaseWorker)) {
      return false;
    }
    CaseWorker other = (CaseWorker) o;
    return Objects.equals(name(), other.name())
        && Objects.equals(title(), other.title())
        && Objects.equals(staffId(), other.staffId());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name(), title(), staffId());
  }

  /** Identifiers, codes and list sizes only: never free text or personal data in clear. */
  @Override
  public String toString() {
    return "CaseWorker[]";
  }

  /** Builds a {@link CaseWorker}; not thread-safe. */
  public static final class Builder {

    private String name;
    private String title;
    private String staffId;

    private Builder() {}

    /** Namn (Name). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Titel (Title). */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Användar-id (Staff identifier). */
    public Builder staffId(String staffId) {
      this.staffId = staffId;
      return this;
    }

    /** A new {@link CaseWorker} with this builder's values; the builder can be reused. */
    public CaseWorker build() {
      return new CaseWorker(this);
    }
  }
}
