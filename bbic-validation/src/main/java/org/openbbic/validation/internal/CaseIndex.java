package org.openbbic.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.BbicModel.CaseDocument;
import org.openbbic.validation.Deadline;
import org.openbbic.validation.RuleContext;

/**
 * Where each document of a case file sits: its JSON Pointer in the case file ({@code
 * /investigations/0}) and lookup by document id, and the case file's deadlines, worked out once for
 * all the rules of one validation call. Not thread-safe: one per call.
 */
public final class CaseIndex {

  private final CaseFile caseFile;
  private LocalDate deadlinesAsOf;
  private List<Deadline> deadlines;

  private final List<CaseDocument> entries;
  private final List<BbicDocument> documents;
  private final Map<BbicDocument, String> pointers = new IdentityHashMap<>();
  private final Map<UUID, BbicDocument> byId = new HashMap<>();

  private CaseIndex(CaseFile caseFile) {
    this.caseFile = caseFile;
    this.entries = Collections.unmodifiableList(BbicModel.get().documents(caseFile));
    List<BbicDocument> docs = new ArrayList<>(entries.size());
    for (CaseDocument e : entries) {
      BbicDocument doc = e.document();
      docs.add(doc);
      pointers.put(doc, e.pointer());
      UUID id = Docs.id(doc);
      if (id != null) {
        byId.putIfAbsent(id, doc);
      }
    }
    this.documents = Collections.unmodifiableList(docs);
  }

  /**
   * The index of {@code caseFile} ({@link BbicModel#documents}, in the order of its slots). The
   * first document wins when two share an id.
   */
  public static CaseIndex of(CaseFile caseFile) {
    return new CaseIndex(caseFile);
  }

  /**
   * The index the validation call of {@code context} built for {@code caseFile}, else a new one.
   */
  static CaseIndex of(CaseFile caseFile, RuleContext context) {
    if (context instanceof RuleRun run
        && run.index() != null
        && run.index().caseFile() == caseFile) {
      return run.index();
    }
    return of(caseFile);
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
    if (deadlines == null || !Objects.equals(asOf, deadlinesAsOf)) {
      deadlines = Collections.unmodifiableList(DeadlineEngine.forCase(this, asOf, 0));
      deadlinesAsOf = asOf;
    }
    return deadlines;
  }

  /**
   * The pointer of {@code doc} in the case file, or {@code ""} when it is not in it; the last of
   * its places when the case file holds the same object twice.
   */
  public String pointer(BbicDocument doc) {
    return pointers.getOrDefault(doc, "");
  }

  /** The document with {@code id}. */
  public Optional<BbicDocument> find(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** The documents in case-file order. */
  public List<BbicDocument> documents() {
    return documents;
  }

  /** The documents in case-file order, each with its kind and pointer. */
  public List<CaseDocument> entries() {
    return entries;
  }

  /** The document whose pointer {@code pointer} starts with, if any. */
  public Optional<BbicDocument> documentAt(String pointer) {
    BbicDocument best = null;
    int bestLen = -1;
    for (Map.Entry<BbicDocument, String> e : pointers.entrySet()) {
      String p = e.getValue();
      if (p.length() > bestLen
          && pointer.startsWith(p)
          && (pointer.length() == p.length() || pointer.charAt(p.length()) == '/')) {
        best = e.getKey();
        bestLen = p.length();
      }
    }
    return Optional.ofNullable(best);
  }
}
