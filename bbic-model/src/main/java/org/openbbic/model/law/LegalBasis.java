package org.openbbic.model.law;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.openbbic.model.code.LabelBundle;

/**
 * A provision that a rule cites, as one row of sourced data: its topic (and scope, when the topic
 * differs by care basis or follow-up basis), statute, chapter, section, paragraph (stycke), the
 * period it applied, whether its numbers are confirmed, the time limit it sets, how well the fact
 * is sourced ({@link Confidence}) and a short citation of the source.
 *
 * <p>Statute references are data ({@code legal-provisions.tsv}, read by {@link LegalProvisions}): a
 * provision that changed is one row per period, and the new Socialtjänstlag (2025:400) carried most
 * provisions over under new numbers of which only some are confirmed. An unconfirmed provision has
 * no chapter or section; it cites the statute alone and says so, rather than guess a number.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LegalBasis {

  private final String topic;
  private final String scope;
  private final Statute statute;
  private final Integer chapter;
  private final String section;
  private final Integer paragraph;
  private final LocalDate validFrom;
  private final LocalDate validTo;
  private final boolean confirmed;
  private final Period limit;
  private final Confidence confidence;
  private final String source;

  private LegalBasis(Builder b) {
    this.topic = b.topic;
    this.scope = b.scope;
    this.statute = Objects.requireNonNull(b.statute, "statute");
    this.chapter = b.chapter;
    this.section = b.section;
    this.paragraph = b.paragraph;
    this.validFrom = b.validFrom;
    this.validTo = b.validTo;
    this.confirmed = b.confirmed;
    this.limit = b.limit;
    this.confidence = Objects.requireNonNull(b.confidence, "confidence");
    this.source = b.source == null ? "" : b.source;
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("validTo before validFrom");
    }
  }

  /** A builder for a provision of {@code statute}. */
  public static Builder builder(Statute statute) {
    return new Builder(statute);
  }

  /**
   * The topic of {@link LegalProvisions} this row belongs to, or {@code null} outside the table.
   */
  public String topic() {
    return topic;
  }

  /**
   * The case this row is for when its topic differs by it (a care basis such as {@code LVU_2}, a
   * follow-up basis such as {@code AFTER_ENDED_PLACEMENT}), or empty for every case.
   */
  public Optional<String> scope() {
    return Optional.ofNullable(scope);
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

  /** Whether every number cited (chapter, section, stycke) is confirmed in a primary source. */
  public boolean confirmed() {
    return confirmed;
  }

  /** The time limit the provision sets (14 days, four months, two years), if it sets one. */
  public Optional<Period> limit() {
    return Optional.ofNullable(limit);
  }

  /** How well the provision's content and limit are sourced. */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Where the fact was read, as a short citation (SFS number, bill, JO decision, authority), in
   * Swedish; {@code ""} when not given.
   */
  public String source() {
    return source;
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
    return appendUnconfirmed(s, en).toString();
  }

  /**
   * The short citation shown after a message: {@code 11 kap. 2 § 2 st. SoL (2001:453)}, or {@code
   * SoL (2001:453) ch. 11 s. 2 para. 2} in English; an unconfirmed number is marked.
   */
  public String citeShort(Locale locale) {
    boolean en = LabelBundle.isEnglish(locale);
    StringBuilder s = new StringBuilder();
    if (en) {
      s.append(statute.shortLabel(locale));
      if (chapter != null) {
        s.append(" ch. ").append(chapter);
      }
      if (section != null) {
        s.append(" s. ").append(section);
      }
      if (paragraph != null) {
        s.append(" para. ").append(paragraph);
      }
    } else {
      if (chapter != null) {
        s.append(chapter).append(" kap. ");
      }
      if (section != null) {
        s.append(section).append(" § ");
      }
      if (paragraph != null) {
        s.append(paragraph).append(" st. ");
      }
      s.append(statute.shortLabel(locale));
    }
    return appendUnconfirmed(s, en).toString();
  }

  private StringBuilder appendUnconfirmed(StringBuilder s, boolean en) {
    if (!confirmed) {
      s.append(en ? " (provision number not confirmed)" : " (bestämmelsens nummer ej bekräftat)");
    }
    return s;
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
    return Objects.equals(topic, other.topic)
        && Objects.equals(scope, other.scope)
        && statute == other.statute
        && Objects.equals(chapter, other.chapter)
        && Objects.equals(section, other.section)
        && Objects.equals(paragraph, other.paragraph)
        && Objects.equals(validFrom, other.validFrom)
        && Objects.equals(validTo, other.validTo)
        && confirmed == other.confirmed
        && Objects.equals(limit, other.limit)
        && confidence == other.confidence
        && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        topic,
        scope,
        statute,
        chapter,
        section,
        paragraph,
        validFrom,
        validTo,
        confirmed,
        limit,
        confidence,
        source);
  }

  @Override
  public String toString() {
    return cite(Locale.ROOT);
  }

  /**
   * Builds a {@link LegalBasis}. Only the statute is required; a provision is confirmed and of
   * confidence {@link Confidence#CONFIRMED} unless told otherwise. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String topic;
    private String scope;
    private final Statute statute;
    private Integer chapter;
    private String section;
    private Integer paragraph;
    private LocalDate validFrom;
    private LocalDate validTo;
    private boolean confirmed = true;
    private Period limit;
    private Confidence confidence = Confidence.CONFIRMED;
    private String source;

    private Builder(Statute statute) {
      this.statute = Objects.requireNonNull(statute, "statute");
    }

    /** The topic of {@link LegalProvisions}. */
    public Builder topic(String topic) {
      this.topic = topic;
      return this;
    }

    /** The case the row is for, or {@code null} for every case. */
    public Builder scope(String scope) {
      this.scope = scope;
      return this;
    }

    /** The chapter, or {@code null}. */
    public Builder chapter(Integer chapter) {
      this.chapter = chapter;
      return this;
    }

    /** The section, such as {@code "1 a"}, or {@code null}. */
    public Builder section(String section) {
      this.section = section;
      return this;
    }

    /** The paragraph (stycke), 1-based, or {@code null}. */
    public Builder paragraph(Integer paragraph) {
      if (paragraph != null && paragraph < 1) {
        throw new IllegalArgumentException("paragraph < 1");
      }
      this.paragraph = paragraph;
      return this;
    }

    /** The period the provision applied; either end may be {@code null} (open). */
    public Builder valid(LocalDate from, LocalDate to) {
      this.validFrom = from;
      this.validTo = to;
      return this;
    }

    /** Whether every number cited is confirmed. */
    public Builder confirmed(boolean confirmed) {
      this.confirmed = confirmed;
      return this;
    }

    /** The time limit the provision sets, or {@code null}. */
    public Builder limit(Period limit) {
      this.limit = limit;
      return this;
    }

    /** How well the provision is sourced. */
    public Builder confidence(Confidence confidence) {
      this.confidence = confidence;
      return this;
    }

    /** The short citation of the source. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** The provision. */
    public LegalBasis build() {
      return new LegalBasis(this);
    }
  }
}
