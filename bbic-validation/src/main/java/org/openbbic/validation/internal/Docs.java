package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.Goal;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.FieldDefinition;

/** Small null-safe accessors shared by the rules. Stateless and thread-safe. */
public final class Docs {

  /** BBIC dates are local dates in Sweden. */
  public static final ZoneId SWEDEN = DocumentKind.SWEDISH_TIME;

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

  /**
   * The goals of {@code doc} ({@link DocumentKind#goalFields}: plans and assignments), each with
   * its pointer in the document ({@code /goals/0}); absent items left out.
   */
  static List<PlacedGoal> goals(BbicDocument doc) {
    DocumentKind<?> kind = BbicModel.get().kindOf(doc);
    if (kind.goalFields().isEmpty()) {
      return List.of();
    }
    List<PlacedGoal> out = new ArrayList<>();
    for (FieldDefinition f : kind.goalFields()) {
      List<?> goals = (List<?>) f.get(doc);
      for (int i = 0; i < goals.size(); i++) {
        if (goals.get(i) != null) {
          out.add(new PlacedGoal("/" + f.name() + "/" + i, (Goal) goals.get(i)));
        }
      }
    }
    return out;
  }

  /**
   * A goal and its pointer in its document.
   *
   * @param pointer the goal's pointer, {@code /goals/0}
   * @param goal the goal
   */
  record PlacedGoal(String pointer, Goal goal) {}

  /** Named message arguments from name, value pairs, in order. */
  static Map<String, Object> args(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
