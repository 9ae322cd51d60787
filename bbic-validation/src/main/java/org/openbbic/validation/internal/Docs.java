package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.openbbic.forms.Application;
import org.openbbic.forms.AssignmentToProvider;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CarePlan;
import org.openbbic.forms.ChildSituationFollowUp;
import org.openbbic.forms.Closure;
import org.openbbic.forms.Decision;
import org.openbbic.forms.FollowUp;
import org.openbbic.forms.ImplementationPlan;
import org.openbbic.forms.Investigation;
import org.openbbic.forms.InvestigationPlan;
import org.openbbic.forms.Reconsideration;
import org.openbbic.forms.Report;
import org.openbbic.forms.Review;

/** Small null-safe accessors shared by the rules. Stateless and thread-safe. */
public final class Docs {

  /** BBIC dates are local dates in Sweden. */
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private Docs() {}

  /** The document's id, or {@code null}. */
  public static UUID id(BbicDocument doc) {
    return doc == null || doc.header() == null ? null : doc.header().documentId();
  }

  /** The Swedish local date of a timestamp, or {@code null}. */
  public static LocalDate swedishDate(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(SWEDEN).toLocalDate();
  }

  /** Whether a text is absent or blank. */
  public static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The date a document's event happened on, and the name of its field; or {@code null}. */
  public static DatedField eventDate(BbicDocument doc) {
    if (doc instanceof Report) {
      return DatedField.of("receivedAt", swedishDate(((Report) doc).receivedAt()));
    } else if (doc instanceof Application) {
      return DatedField.of("receivedDate", ((Application) doc).receivedDate());
    } else if (doc instanceof InvestigationPlan) {
      return DatedField.of(
          "investigationOpenedAt", ((InvestigationPlan) doc).investigationOpenedAt());
    } else if (doc instanceof Investigation) {
      return DatedField.of("openedAt", ((Investigation) doc).openedAt());
    } else if (doc instanceof Decision) {
      return DatedField.of("decidedAt", ((Decision) doc).decidedAt());
    } else if (doc instanceof CarePlan) {
      return DatedField.of("decidedAt", ((CarePlan) doc).decidedAt());
    } else if (doc instanceof AssignmentToProvider) {
      return DatedField.of("startDate", ((AssignmentToProvider) doc).startDate());
    } else if (doc instanceof ImplementationPlan) {
      return DatedField.of("startDate", ((ImplementationPlan) doc).startDate());
    } else if (doc instanceof FollowUp) {
      return DatedField.of("performedAt", ((FollowUp) doc).performedAt());
    } else if (doc instanceof Reconsideration) {
      return DatedField.of("performedAt", ((Reconsideration) doc).performedAt());
    } else if (doc instanceof Review) {
      return DatedField.of("performedAt", ((Review) doc).performedAt());
    } else if (doc instanceof ChildSituationFollowUp) {
      return DatedField.of("decidedAt", ((ChildSituationFollowUp) doc).decidedAt());
    } else if (doc instanceof Closure) {
      return DatedField.of("closedAt", ((Closure) doc).closedAt());
    }
    return null;
  }

  /**
   * The date a document that rests on {@code doc} may not precede: when {@code doc} was done. For
   * an investigation its completion (a decision rests on a finished investigation), for every other
   * document its {@linkplain #eventDate event date}.
   */
  public static DatedField readyDate(BbicDocument doc) {
    if (doc instanceof Investigation && ((Investigation) doc).completedAt() != null) {
      return DatedField.of("completedAt", ((Investigation) doc).completedAt());
    }
    return eventDate(doc);
  }

  /**
   * The dates on which something was done in {@code doc} (created, signed, received, decided,
   * performed, completed), each with its field's pointer in the document; never a planned date (a
   * plan's or an assignment's start, a revise-by or follow-up date, a decision's validity).
   */
  public static java.util.List<DatedField> doneDates(BbicDocument doc) {
    java.util.List<DatedField> out = new java.util.ArrayList<>();
    if (doc.header() != null) {
      add(out, "header/createdAt", swedishDate(doc.header().createdAt()));
      add(out, "header/signedAt", swedishDate(doc.header().signedAt()));
    }
    if (!(doc instanceof AssignmentToProvider) && !(doc instanceof ImplementationPlan)) {
      DatedField e = eventDate(doc);
      if (e != null) {
        out.add(e);
      }
    }
    if (doc instanceof Investigation) {
      add(out, "completedAt", ((Investigation) doc).completedAt());
    } else if (doc instanceof Report) {
      Report r = (Report) doc;
      if (r.protectionAssessment() != null) {
        add(
            out,
            "protectionAssessment/assessedAt",
            swedishDate(r.protectionAssessment().assessedAt()));
      }
      if (r.initialAssessment() != null) {
        add(out, "initialAssessment/decidedAt", r.initialAssessment().decidedAt());
      }
    }
    return out;
  }

  private static void add(java.util.List<DatedField> out, String field, LocalDate date) {
    DatedField f = DatedField.of(field, date);
    if (f != null) {
      out.add(f);
    }
  }

  /** A date and the wire name of the field that holds it. */
  public static final class DatedField {
    public final String field;
    public final LocalDate date;

    private DatedField(String field, LocalDate date) {
      this.field = field;
      this.date = date;
    }

    static DatedField of(String field, LocalDate date) {
      return date == null ? null : new DatedField(field, date);
    }
  }
}
