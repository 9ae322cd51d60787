package org.openbbic.model.law;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.openbbic.model.code.LabelBundle;

/**
 * A provision of a statute that a rule cites: statute, chapter, section, paragraph (stycke), the
 * period the provision applied, and whether its number is confirmed.
 *
 * <p>Statute references are data ({@code legal-provisions.tsv}, read by {@link LegalProvisions}):
 * the new Socialtjänstlag (2025:400) carried most provisions over under new numbers, and only some
 * of them are confirmed. An unconfirmed provision has no chapter or section; it cites the statute
 * alone and says so, rather than guess a number.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LegalBasis {

  private final Statute statute;
  private final Integer chapter;
  private final String section;
  private final Integer paragraph;
  private final LocalDate validFrom;
  private final LocalDate validTo;
  private final boolean confirmed;

  private LegalBasis(
      Statute statute,
      Integer chapter,
      String section,
      Integer paragraph,
      LocalDate validFrom,
      LocalDate validTo,
      boolean confirmed) {
    this.statute = Objects.requireNonNull(statute, "statute");
    this.chapter = chapter;
    this.section = section;
    this.paragraph = paragraph;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.confirmed = confirmed;
  }

  /**
   * A provision. {@code chapter}, {@code section}, {@code paragraph}, {@code validFrom} and {@code
   * validTo} may be {@code null}.
   */
  public static LegalBasis of(
      Statute statute,
      Integer chapter,
      String section,
      Integer paragraph,
      LocalDate validFrom,
      LocalDate validTo,
      boolean confirmed) {
    return new LegalBasis(statute, chapter, section, paragraph, validFrom, validTo, confirmed);
  }

  /** The statute. */
  public Statute statute() {
    return statute;
  }

  /** The chapter (kapitel), or {@code null} for a statute without chapters or an unknown number. */
  public Integer chapter() {
    return chapter;
  }

  /** The section (paragraf), such as {@code "1 a"}, or {@code null} when unknown. */
  public String section() {
    return section;
  }

  /** The paragraph (stycke), 1-based, or {@code null} for the whole section. */
  public Integer paragraph() {
    return paragraph;
  }

  /**
   * The first day the provision applied, or {@code null} for "since before the library's scope".
   */
  public LocalDate validFrom() {
    return validFrom;
  }

  /** The last day the provision applied, or {@code null} while it still applies. */
  public LocalDate validTo() {
    return validTo;
  }

  /** Whether the provision's number is confirmed in a primary source. */
  public boolean confirmed() {
    return confirmed;
  }

  /** Whether the provision applied on {@code date}. */
  public boolean appliesOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  /**
   * The citation as a Swedish lawyer writes it ({@code 11 kap. 1 a § första stycket
   * socialtjänstlagen (2001:453)}), or its English gloss; an unconfirmed number is marked.
   */
  public String cite(Locale locale) {
    boolean en = LabelBundle.isEnglish(locale);
    StringBuilder s = new StringBuilder();
    if (en) {
      if (chapter != null) {
        s.append("Chapter ").append(chapter).append(' ');
      }
      if (section != null) {
        s.append("Section ").append(section).append(' ');
      }
      if (paragraph != null) {
        s.append("paragraph ").append(paragraph).append(' ');
      }
      if (s.length() > 0) {
        s.append("of the ");
      }
    } else {
      if (chapter != null) {
        s.append(chapter).append(" kap. ");
      }
      if (section != null) {
        s.append(section).append(" § ");
      }
      if (paragraph != null) {
        s.append(ORDINALS[Math.min(paragraph, ORDINALS.length) - 1]).append(" stycket ");
      }
    }
    s.append(statute.label(locale));
    if (!confirmed) {
      s.append(en ? " (provision number not confirmed)" : " (bestämmelsens nummer ej bekräftat)");
    }
    return s.toString();
  }

  private static final String[] ORDINALS = {
    "första", "andra", "tredje", "fjärde", "femte", "sjätte"
  };

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LegalBasis)) {
      return false;
    }
    LegalBasis other = (LegalBasis) o;
    return statute == other.statute
        && Objects.equals(chapter, other.chapter)
        && Objects.equals(section, other.section)
        && Objects.equals(paragraph, other.paragraph)
        && Objects.equals(validFrom, other.validFrom)
        && Objects.equals(validTo, other.validTo)
        && confirmed == other.confirmed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(statute, chapter, section, paragraph, validFrom, validTo, confirmed);
  }

  @Override
  public String toString() {
    return cite(Locale.ROOT);
  }
}
