package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.validation.Deadline;

/**
 * Where each document of a case file sits: its JSON Pointer in the case file ({@code
 * /investigations/0}) and lookup by document id, and the case file's deadlines, worked out once for
 * all the rules of one validation call. Not thread-safe: one per call.
 */
public final class CaseIndex {

  private final CaseFile caseFile;
  private LocalDate deadlinesAsOf;
  private List<Deadline> deadlines;

  private final Map<BbicDocument, String> pointers = new IdentityHashMap<>();
  private final Map<UUID, BbicDocument> byId = new LinkedHashMap<>();
  private final List<BbicDocument> documents = new ArrayList<>();

  private CaseIndex(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  /** The index of {@code caseFile}. The first document wins when two share an id. */
  public static CaseIndex of(CaseFile caseFile) {
    CaseIndex index = new CaseIndex(caseFile);
    if (caseFile.basicData() != null) {
      index.add("/basicData", caseFile.basicData());
    }
    index.addAll("reports", caseFile.reports());
    index.addAll("applications", caseFile.applications());
    index.addAll("investigationPlans", caseFile.investigationPlans());
    index.addAll("investigations", caseFile.investigations());
    index.addAll("decisions", caseFile.decisions());
    index.addAll("carePlans", caseFile.carePlans());
    index.addAll("assignments", caseFile.assignments());
    index.addAll("implementationPlans", caseFile.implementationPlans());
    index.addAll("followUps", caseFile.followUps());
    index.addAll("reconsiderations", caseFile.reconsiderations());
    index.addAll("reviews", caseFile.reviews());
    index.addAll("childSituationFollowUps", caseFile.childSituationFollowUps());
    index.addAll("closures", caseFile.closures());
    return index;
  }

  private void addAll(String field, List<? extends BbicDocument> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) != null) {
        add("/" + field + "/" + i, list.get(i));
      }
    }
  }

  private void add(String pointer, BbicDocument doc) {
    pointers.put(doc, pointer);
    documents.add(doc);
    UUID id = Docs.id(doc);
    if (id != null) {
      byId.putIfAbsent(id, doc);
    }
  }

  /** The case file indexed. */
  public CaseFile caseFile() {
    return caseFile;
  }

  /**
   * Every deadline of the case file on {@code asOf} (see {@link DeadlineEngine#forCase}), computed
   * on first request for that day.
   */
  public List<Deadline> deadlines(LocalDate asOf) {
    if (deadlines == null || !java.util.Objects.equals(asOf, deadlinesAsOf)) {
      deadlines = Collections.unmodifiableList(DeadlineEngine.forCase(this, asOf, 0));
      deadlinesAsOf = asOf;
    }
    return deadlines;
  }

  /** The pointer of {@code doc} in the case file, or {@code ""} when it is not in it. */
  public String pointer(BbicDocument doc) {
    return pointers.getOrDefault(doc, "");
  }

  /** The document with {@code id}. */
  public Optional<BbicDocument> find(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** The documents in case-file order. */
  public List<BbicDocument> documents() {
    return Collections.unmodifiableList(documents);
  }

  /** The document whose pointer {@code pointer} starts with, if any. */
  public Optional<BbicDocument> documentAt(String pointer) {
    BbicDocument best = null;
    int bestLen = -1;
    for (Map.Entry<BbicDocument, String> e : pointers.entrySet()) {
      String p = e.getValue();
      if ((pointer.equals(p) || pointer.startsWith(p + "/")) && p.length() > bestLen) {
        best = e.getKey();
        bestLen = p.length();
      }
    }
    return Optional.ofNullable(best);
  }
}
