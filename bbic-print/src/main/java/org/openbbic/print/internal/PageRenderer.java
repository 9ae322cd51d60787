package org.openbbic.print.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.openbbic.forms.BbicDocument;
import org.openbbic.forms.CaseFile;
import org.openbbic.forms.DocumentHeader;
import org.openbbic.forms.DocumentStatus;
import org.openbbic.forms.FormType;
import org.openbbic.forms.NeedAreaAssessment;
import org.openbbic.forms.meta.BbicModel;
import org.openbbic.forms.meta.DocumentKind;
import org.openbbic.forms.meta.FieldDefinition;
import org.openbbic.forms.meta.TypeDefinition;
import org.openbbic.forms.protection.RecipientPolicy;
import org.openbbic.forms.protection.Withheld;
import org.openbbic.model.Address;
import org.openbbic.model.CaseWorker;
import org.openbbic.model.Decider;
import org.openbbic.model.IdType;
import org.openbbic.model.Organisation;
import org.openbbic.model.Person;
import org.openbbic.model.PersonId;
import org.openbbic.model.Personnummer;
import org.openbbic.model.RelatedPerson;
import org.openbbic.model.TextLimits;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.NeedArea;
import org.openbbic.model.code.TriangleSide;

/**
 * Writes one self-contained XHTML page (well-formed, so the PDF engine reads it too) for a document
 * or a case file.
 *
 * <p>The sections follow each type's fields in the format's order ({@link TypeDefinition#fields()},
 * the documentation support's order); headings are the bundles' labels of the fields' label keys;
 * empty values and their headings are left out. Every datum goes through {@link Html}. One instance
 * writes one page: not thread-safe.
 *
 * <p>What it is given has already been through the recipient policy ({@link
 * RecipientPolicy#applyTo}): withheld data is absent, and each record's {@code withheld} list says
 * where the page should say so. The policy itself decides only what is printed of what is there:
 * full identity numbers or the birth year, the levels of protection, and the statement of the
 * recipient at the top of the page.
 *
 * @since 0.1
 */
public final class PageRenderer {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Person fields of the identity and of the contact details, as the policy groups them. */
  private static final Set<String> IDENTITY = Set.of("id", "givenName", "familyName", "birthDate");

  private static final Set<String> CONTACT = Set.of("address", "phone", "email");

  private static final BbicModel MODEL = BbicModel.get();

  /** The kinds whose title is their own kind of plan or follow-up, when given. */
  private static final Set<FormType> TITLED_BY_KIND =
      EnumSet.of(FormType.IMPLEMENTATION_PLAN, FormType.FOLLOW_UP);

  /** The area of an assessment, which heads it rather than standing in its table. */
  private static final FieldDefinition AREA = MODEL.type(NeedAreaAssessment.class).field("area");

  private final RecipientPolicy policy;
  private final Locale locale;
  private final ZoneId zone;
  private final Map<PersonId, Person> people = new HashMap<>();
  private final Map<UUID, BbicDocument> documents = new LinkedHashMap<>();
  private boolean anchors;
  private int headingOffset;
  private final StringBuilder out = new StringBuilder(32_768);

  /** A renderer for one page. */
  public PageRenderer(RecipientPolicy policy, Locale locale, ZoneId zone) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  // ------------------------------------------------------------------ pages

  /** The page of one document; {@code context} (nullable) resolves the child and references. */
  public String document(BbicDocument document, CaseFile context) {
    Objects.requireNonNull(document, "document");
    if (context != null) {
      index(context);
    }
    indexDocument(document);
    headingOffset = 0;
    DocumentHeader header = document.header();
    String title = title(document);
    String caseId = header == null ? null : header.caseId();
    String footer = caseId == null ? title : caseId + " · " + title;
    startPage(caseId == null ? title : title + " – " + caseId, footer);
    article(document);
    return endPage();
  }

  /** The page of a whole case file: the child, a table of contents, then every document. */
  public String caseFile(CaseFile caseFile) {
    Objects.requireNonNull(caseFile, "caseFile");
    index(caseFile);
    anchors = true;
    headingOffset = 1;
    String title = PrintLabels.label("CaseFile", locale);
    String caseId = caseFile.caseId();
    startPage(caseId == null ? title : title + " – " + caseId, caseId == null ? title : caseId);
    out.append("<section class=\"contents\">\n");
    recipient();
    Organisation organisation =
        caseFile.documents().stream()
            .map(BbicDocument::header)
            .filter(h -> h != null && h.organisation() != null)
            .map(DocumentHeader::organisation)
            .findFirst()
            .orElse(null);
    if (organisation != null) {
      out.append("<p class=\"organisation\">")
          .append(Html.text(organisation(organisation)))
          .append("</p>\n");
    }
    heading(0, title);
    List<String[]> facts = new ArrayList<>();
    fact(facts, PrintLabels.label("CaseFile.caseId", locale), text(caseId));
    flush(facts);
    if (caseFile.child() != null) {
      heading(1, PrintLabels.label("CaseFile.child", locale));
      person(caseFile.child());
    }
    List<BbicDocument> all = caseFile.documents();
    if (!all.isEmpty()) {
      heading(1, PrintLabels.word("contents", locale));
      out.append("<ol>\n");
      for (BbicDocument d : all) {
        out.append("<li>").append(reference(d)).append("</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
    for (BbicDocument d : all) {
      article(d);
    }
    return endPage();
  }

  private void startPage(String title, String footer) {
    out.append("<!DOCTYPE html>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(language())
        .append("\" xml:lang=\"")
        .append(language())
        .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(Html.text(CSP))
        .append("\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(Html.text(title))
        .append("</title>\n<style>\n")
        .append(
            Stylesheet.css(
                footer,
                policy.showsAllProtectedData()
                    ? PrintLabels.word("unmasked.running", locale)
                    : null,
                locale))
        .append("</style>\n</head>\n<body>\n");
  }

  /**
   * Who the printout is for, once at the top; a policy that shows every protected datum says so
   * boldly (and the style sheet on every page).
   */
  private void recipient() {
    String name = policy.name();
    String text =
        RecipientPolicy.preset(name).isPresent()
            ? PrintLabels.word("recipient." + name, locale)
            : PrintLabels.word("recipient.custom", locale) + " " + name + ".";
    boolean unmasked = policy.showsAllProtectedData();
    out.append("<p class=\"recipient")
        .append(unmasked ? " unmasked-banner" : "")
        .append("\">")
        .append(Html.text(text))
        .append("</p>\n");
  }

  /** The page's content security policy: no script, no fetch of anything. */
  public static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'";

  private String endPage() {
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private String language() {
    return org.openbbic.model.code.LabelBundle.isEnglish(locale) ? "en" : "sv";
  }

  // ------------------------------------------------------------------ documents

  private void article(BbicDocument document) {
    DocumentHeader header = document.header();
    boolean draft =
        header == null || header.status() == null || header.status() == DocumentStatus.DRAFT;
    out.append("<article class=\"document").append(draft ? " draft" : "").append('"');
    if (header != null && header.documentId() != null) {
      out.append(" id=\"").append(anchor(header.documentId())).append('"');
    }
    out.append(">\n");
    if (draft) {
      out.append("<p class=\"draft-banner\">")
          .append(Html.text(PrintLabels.word("draft.banner", locale)))
          .append("</p>\n");
    }
    if (!anchors) {
      // a page of one document states its recipient inside the article, on its (draft) page
      recipient();
    }
    if (header != null && header.organisation() != null) {
      out.append("<p class=\"organisation\">")
          .append(Html.text(organisation(header.organisation())))
          .append("</p>\n");
    }
    heading(1, title(document));
    if (header != null) {
      header(header);
    }
    properties(document, 2, titleField(document), false);
    out.append("</article>\n");
  }

  private void header(DocumentHeader h) {
    List<String[]> facts = new ArrayList<>();
    fact(facts, PrintLabels.label("DocumentHeader.caseId", locale), text(h.caseId()));
    if (h.child() != null) {
      Person child = people.get(h.child());
      String value = child == null ? identity(h.child()) : personSummary(child);
      fact(facts, PrintLabels.word("child", locale), value);
    } else if (Withheld.isWithheld(h, "child")) {
      fact(facts, PrintLabels.word("child", locale), identityWithheld());
    }
    fact(facts, PrintLabels.label("DocumentHeader.status", locale), code(h.status()));
    fact(facts, PrintLabels.label("DocumentHeader.author", locale), caseWorker(h.author()));
    fact(facts, PrintLabels.label("DocumentHeader.createdAt", locale), dateTime(h.createdAt()));
    fact(facts, PrintLabels.label("DocumentHeader.signedAt", locale), dateTime(h.signedAt()));
    fact(facts, PrintLabels.label("DocumentHeader.signedBy", locale), caseWorker(h.signedBy()));
    fact(
        facts,
        PrintLabels.label("DocumentHeader.documentId", locale),
        h.documentId() == null ? null : Html.text(h.documentId().toString()));
    flush(facts, "facts doc-header");
  }

  /** The document's title: the form type, or the kind of plan or follow-up where it has one. */
  private String title(BbicDocument document) {
    FieldDefinition kind = titleField(document);
    if (kind != null) {
      return ((Code) kind.get(document)).label(locale);
    }
    return MODEL.kindOf(document).label(locale);
  }

  /** The field whose value titles the document (a plan's or follow-up's kind), or {@code null}. */
  private static FieldDefinition titleField(BbicDocument document) {
    DocumentKind<?> kind = MODEL.kindOf(document);
    if (!TITLED_BY_KIND.contains(kind.formType())) {
      return null;
    }
    FieldDefinition field = kind.definition().field("kind");
    return field.get(document) == null ? null : field;
  }

  // ------------------------------------------------------------------ generic walk

  /**
   * The properties of {@code object} in spec order. Short values gather in a table; a long text, a
   * list or a nested object gets a heading of {@code level}, unless {@code compact}, where long
   * texts and lists of text go into the table too (for nested objects and list items).
   */
  private void properties(Object object, int level, FieldDefinition skip, boolean compact) {
    List<String[]> facts = new ArrayList<>();
    for (FieldDefinition field : MODEL.type(object.getClass()).fields()) {
      String name = field.name();
      if (name.equals("header") || name.equals("withheld") || field == skip) {
        continue;
      }
      Object value = field.get(object);
      String label = PrintLabels.label(field.labelKey(), locale);
      if (isEmpty(value)) {
        if (Withheld.isWithheld(object, name)) {
          fact(facts, label, withheld());
        }
        continue;
      }
      String fact = fact(field, value);
      if (fact == null && compact) {
        fact = longFact(value);
      }
      if (fact != null) {
        fact(facts, label, fact);
        continue;
      }
      flush(facts);
      block(label, value, level);
    }
    flush(facts);
  }

  /** A value short enough for a table cell, as HTML; {@code null} when it needs a block. */
  private String fact(FieldDefinition field, Object value) {
    if (value instanceof String s) {
      return isShort(field) ? Html.text(s) : null;
    }
    if (value instanceof List<?> list) {
      Object first = list.get(0);
      if (first instanceof NeedArea) {
        return needAreas(list);
      }
      if (first instanceof String) {
        return isShort(field) ? joined(list) : null;
      }
      if (first instanceof LocalDate || first instanceof UUID || first instanceof Code) {
        return joined(list);
      }
      return null;
    }
    return scalar(value);
  }

  /** A long text or a list of texts as table-cell HTML, or {@code null}. */
  private static String longFact(Object value) {
    if (value instanceof String s) {
      return Html.paragraphs(s);
    }
    if (value instanceof List<?> list && list.get(0) instanceof String) {
      StringBuilder html = new StringBuilder("<ul>");
      for (Object item : list) {
        html.append("<li>").append(Html.text(String.valueOf(item))).append("</li>");
      }
      return html.append("</ul>").toString();
    }
    return null;
  }

  private String scalar(Object value) {
    if (value instanceof Boolean b) {
      return Html.text(PrintLabels.word(b ? "yes" : "no", locale));
    }
    if (value instanceof LocalDate d) {
      return Html.text(d.toString());
    }
    if (value instanceof OffsetDateTime t) {
      return dateTime(t);
    }
    if (value instanceof UUID id) {
      return reference(id);
    }
    if (value instanceof Code c) {
      return code(c);
    }
    if (value instanceof PersonId id) {
      Person person = people.get(id);
      return person == null ? identity(id) : personSummary(person);
    }
    if (value instanceof CaseWorker w) {
      return caseWorker(w);
    }
    if (value instanceof Decider d) {
      return decider(d);
    }
    if (value instanceof Organisation o) {
      return Html.text(organisation(o));
    }
    return null;
  }

  private void block(String label, Object value, int level) {
    if (value instanceof String s) {
      heading(level, label);
      out.append(Html.paragraphs(s));
    } else if (value instanceof Person p) {
      heading(level, label);
      person(p);
    } else if (value instanceof List<?> list) {
      Object first = list.get(0);
      heading(level, label);
      if (first instanceof String) {
        out.append("<ul>\n");
        for (Object item : list) {
          out.append("<li>").append(Html.text(String.valueOf(item))).append("</li>\n");
        }
        out.append("</ul>\n");
      } else if (first instanceof RelatedPerson) {
        relatedPeople(list);
      } else if (first instanceof NeedAreaAssessment) {
        assessments(list, level + 1);
      } else {
        items(list, level + 1);
      }
    } else {
      heading(level, label);
      properties(value, level + 1, null, true);
    }
  }

  /** A list of nested objects: one table when every value fits a cell, else one block each. */
  private void items(List<?> list, int level) {
    TypeDefinition type = MODEL.type(list.get(0).getClass());
    List<FieldDefinition> columns = new ArrayList<>();
    boolean tabular = true;
    for (FieldDefinition field : type.fields()) {
      boolean used = false;
      for (Object item : list) {
        Object value = field.get(item);
        if (isEmpty(value)) {
          continue;
        }
        used = true;
        if (fact(field, value) == null) {
          tabular = false;
        }
      }
      if (used) {
        columns.add(field);
      }
    }
    if (tabular) {
      out.append("<table class=\"grid\">\n<thead>\n<tr>");
      for (FieldDefinition column : columns) {
        out.append("<th scope=\"col\">")
            .append(Html.text(PrintLabels.label(column.labelKey(), locale)))
            .append("</th>");
      }
      out.append("</tr>\n</thead>\n<tbody>\n");
      for (Object item : list) {
        out.append("<tr>");
        for (FieldDefinition column : columns) {
          Object value = column.get(item);
          out.append("<td>").append(isEmpty(value) ? "" : fact(column, value)).append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      return;
    }
    String typeLabel = PrintLabels.label(type.name(), locale);
    int n = 0;
    for (Object item : list) {
      n++;
      heading(level, typeLabel + " " + itemId(item).orElse(String.valueOf(n)));
      properties(item, level + 1, null, true);
    }
  }

  /** The item's own short identifier (such as a goal id), when it has one. */
  private static java.util.Optional<String> itemId(Object item) {
    for (FieldDefinition field : MODEL.type(item.getClass()).fields()) {
      if (field.name().endsWith("Id") && field.get(item) instanceof String s && !s.isBlank()) {
        return java.util.Optional.of(s.strip());
      }
    }
    return java.util.Optional.empty();
  }

  /** Assessments grouped by triangle side, in the code list's order of sides and areas. */
  private void assessments(List<?> list, int level) {
    Map<TriangleSide, List<NeedAreaAssessment>> bySide = new LinkedHashMap<>();
    for (TriangleSide side : TriangleSide.values()) {
      bySide.put(side, new ArrayList<>());
    }
    List<NeedAreaAssessment> unplaced = new ArrayList<>();
    for (Object o : list) {
      NeedAreaAssessment a = (NeedAreaAssessment) o;
      if (a.area() == null || a.area().side() == null) {
        unplaced.add(a);
      } else {
        bySide.get(a.area().side()).add(a);
      }
    }
    for (Map.Entry<TriangleSide, List<NeedAreaAssessment>> e : bySide.entrySet()) {
      List<NeedAreaAssessment> items = e.getValue();
      if (items.isEmpty()) {
        continue;
      }
      items.sort((x, y) -> x.area().compareTo(y.area()));
      heading(level, e.getKey().label(locale, items.get(0).area().generation()), "side");
      for (NeedAreaAssessment a : items) {
        heading(level + 1, a.area().label(locale), "area");
        properties(a, level + 2, AREA, true);
      }
    }
    if (!unplaced.isEmpty()) {
      heading(level, PrintLabels.word("unspecified", locale));
      for (NeedAreaAssessment a : unplaced) {
        properties(a, level + 1, AREA, true);
      }
    }
  }

  private String needAreas(List<?> list) {
    Map<TriangleSide, List<String>> bySide = new LinkedHashMap<>();
    Map<TriangleSide, String> generation = new HashMap<>();
    List<NeedArea> sorted = new ArrayList<>();
    for (Object o : list) {
      sorted.add((NeedArea) o);
    }
    sorted.sort(NeedArea::compareTo);
    for (NeedArea area : sorted) {
      bySide.computeIfAbsent(area.side(), s -> new ArrayList<>()).add(area.label(locale));
      generation.putIfAbsent(area.side(), area.generation());
    }
    StringBuilder html = new StringBuilder();
    for (Map.Entry<TriangleSide, List<String>> e : bySide.entrySet()) {
      if (html.length() > 0) {
        html.append("<br/>");
      }
      String side =
          e.getKey() == null
              ? PrintLabels.word("unspecified", locale)
              : e.getKey().label(locale, generation.get(e.getKey()));
      html.append(Html.text(side + ": " + String.join(", ", e.getValue())));
    }
    return html.toString();
  }

  // ------------------------------------------------------------------ people

  private void person(Person p) {
    List<String[]> facts = new ArrayList<>();
    fact(facts, PrintLabels.word("name", locale), name(p));
    fact(facts, PrintLabels.label("Person.id", locale), id(p));
    if (p.birthDate() != null) {
      fact(
          facts,
          PrintLabels.label("Person.birthDate", locale),
          Html.text(p.birthDate().toString()));
    }
    if (isProtected(p) && policy.protectionMarkers()) {
      fact(facts, PrintLabels.label("Person.protection", locale), code(p.protection()));
    }
    fact(
        facts,
        PrintLabels.label("Person.address", locale),
        contact(p, "address", address(p.address())));
    fact(facts, PrintLabels.label("Person.phone", locale), contact(p, "phone", p.phone()));
    fact(facts, PrintLabels.label("Person.email", locale), contact(p, "email", p.email()));
    fact(
        facts,
        PrintLabels.label("Person.interpreterLanguage", locale),
        text(p.interpreterLanguage()));
    flush(facts);
  }

  private void relatedPeople(List<?> list) {
    List<RelatedPerson> related = new ArrayList<>();
    for (Object o : list) {
      related.add((RelatedPerson) o);
    }
    boolean anyCustody = related.stream().anyMatch(r -> r.custody() != null);
    boolean anyContact =
        related.stream()
            .map(RelatedPerson::person)
            .anyMatch(
                p ->
                    p != null
                        && (p.address() != null
                            || notBlank(p.phone())
                            || notBlank(p.email())
                            || p.withheld().stream().anyMatch(CONTACT::contains)));
    boolean anyMarker =
        policy.protectionMarkers()
            && related.stream().map(RelatedPerson::person).anyMatch(this::isProtected);
    out.append("<table class=\"grid\">\n<thead>\n<tr>");
    column(PrintLabels.label("RelatedPerson.relation", locale));
    column(PrintLabels.word("name", locale));
    column(PrintLabels.label("Person.id", locale));
    if (anyCustody) {
      column(PrintLabels.label("RelatedPerson.custody", locale));
    }
    if (anyMarker) {
      column(PrintLabels.label("Person.protection", locale));
    }
    if (anyContact) {
      column(PrintLabels.word("contact", locale));
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (RelatedPerson r : related) {
      Person p = r.person();
      out.append("<tr>");
      cell(code(r.relation()));
      cell(p == null ? "" : name(p));
      cell(p == null ? "" : id(p));
      if (anyCustody) {
        cell(code(r.custody()));
      }
      if (anyMarker) {
        cell(isProtected(p) ? code(p.protection()) : "");
      }
      if (anyContact) {
        List<String> parts = new ArrayList<>();
        if (p != null) {
          addIfPresent(parts, address(p.address()));
          addIfPresent(parts, p.phone());
          addIfPresent(parts, p.email());
        }
        if (!parts.isEmpty()) {
          cell(Html.text(String.join(", ", parts)));
        } else if (p != null && p.withheld().stream().anyMatch(CONTACT::contains)) {
          cell(withheld());
        } else {
          cell("");
        }
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private String personSummary(Person p) {
    if (identityWithheld(p)) {
      // name and number are both withheld: say so once
      return identityWithheld();
    }
    String name = name(p);
    String id = id(p);
    if (name == null) {
      return id;
    }
    return id == null ? name : name + ", " + id;
  }

  private String name(Person p) {
    if (p == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    addIfPresent(parts, p.givenName());
    addIfPresent(parts, p.familyName());
    if (parts.isEmpty() && identityWithheld(p)) {
      return identityWithheld();
    }
    return parts.isEmpty() ? null : Html.text(String.join(" ", parts));
  }

  /** The person's identity number, or that it is withheld, or {@code null} when there is none. */
  private String id(Person p) {
    if (p.id() != null) {
      return identity(p.id());
    }
    return p.withheld().contains("id") ? identityWithheld() : null;
  }

  /** Whether the person's name was withheld (the identity goes as a whole). */
  private static boolean identityWithheld(Person p) {
    return p != null
        && p.givenName() == null
        && p.familyName() == null
        && p.withheld().stream().anyMatch(IDENTITY::contains)
        && !(p.withheld().size() == 1 && p.withheld().contains("id"));
  }

  private String identityWithheld() {
    return "<span class=\"withheld\">"
        + Html.text(PrintLabels.word("identity.protected", locale))
        + "</span>";
  }

  /** An identity number as the policy prints it: in full, or the birth year only. */
  private String identity(PersonId id) {
    String typeSuffix =
        id.type() == null || id.type() == IdType.PERSONNUMMER
            ? ""
            : " (" + id.type().label(locale) + ")";
    if (!policy.identityNumbers()) {
      return Html.text(id.personnummer().map(Personnummer::masked).orElse("****") + typeSuffix);
    }
    String shown = id.personnummer().map(Personnummer::formatLong).orElse(id.value());
    return "<span class=\"nowrap\">" + Html.text(shown) + "</span>" + Html.text(typeSuffix);
  }

  private boolean isProtected(Person p) {
    return p != null && p.protection() != null && p.protection().isProtected();
  }

  /** A contact detail as HTML: the value, that it is withheld, or {@code null}. */
  private String contact(Person p, String field, String value) {
    if (value != null && !value.isBlank()) {
      return Html.text(value);
    }
    return p.withheld().contains(field) ? withheld() : null;
  }

  private String withheld() {
    return "<span class=\"withheld\">"
        + Html.text(PrintLabels.word("withheld", locale))
        + "</span>";
  }

  private static String address(Address a) {
    if (a == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    addIfPresent(parts, a.street());
    List<String> town = new ArrayList<>();
    addIfPresent(town, a.postalCode());
    addIfPresent(town, a.city());
    if (!town.isEmpty()) {
      parts.add(String.join(" ", town));
    }
    addIfPresent(parts, a.country());
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  // ------------------------------------------------------------------ small values

  private String caseWorker(CaseWorker w) {
    if (w == null || w.name() == null) {
      return null;
    }
    return Html.text(notBlank(w.title()) ? w.name() + ", " + w.title() : w.name());
  }

  private String decider(Decider d) {
    List<String> parts = new ArrayList<>();
    if (d.kind() != null) {
      parts.add(d.kind().label(locale));
    }
    addIfPresent(parts, d.name());
    return parts.isEmpty() ? null : Html.text(String.join(": ", parts));
  }

  private String organisation(Organisation o) {
    List<String> parts = new ArrayList<>();
    addIfPresent(parts, o.committeeName());
    addIfPresent(parts, o.unit());
    if (notBlank(o.municipalityCode())) {
      parts.add(
          PrintLabels.label("Organisation.municipalityCode", locale).toLowerCase(Locale.ROOT)
              + " "
              + o.municipalityCode());
    }
    return String.join(", ", parts);
  }

  private String code(Code c) {
    return c == null ? null : Html.text(c.label(locale));
  }

  private String dateTime(OffsetDateTime t) {
    return t == null ? null : Html.text(DATE_TIME.format(t.atZoneSameInstant(zone)));
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? null : Html.text(s);
  }

  private String joined(List<?> list) {
    List<String> parts = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof String s) {
        parts.add(Html.text(s));
      } else {
        String v = scalar(o);
        if (v != null) {
          parts.add(v);
        }
      }
    }
    return String.join(", ", parts);
  }

  // ------------------------------------------------------------------ references

  private void index(CaseFile caseFile) {
    if (caseFile.child() != null && caseFile.child().id() != null) {
      people.put(caseFile.child().id(), caseFile.child());
    }
    for (BbicDocument d : caseFile.documents()) {
      indexDocument(d);
    }
  }

  private void indexDocument(BbicDocument d) {
    if (d.header() != null && d.header().documentId() != null) {
      documents.putIfAbsent(d.header().documentId(), d);
    }
    DocumentKind<?> kind = MODEL.kindOf(d);
    if (kind.formType() == FormType.BASIC_DATA) {
      // the basic data are the register of the child's people
      for (FieldDefinition field : kind.definition().fields()) {
        if (field.valueType() == Person.class && !field.list()) {
          addPerson((Person) field.get(d));
        } else if (field.valueType() == RelatedPerson.class) {
          for (Object r : (List<?>) field.get(d)) {
            addPerson(((RelatedPerson) r).person());
          }
        }
      }
    }
  }

  private void addPerson(Person p) {
    if (p != null && p.id() != null) {
      Person known = people.get(p.id());
      // The most protected record of a person wins.
      if (known == null || (!isProtected(known) && isProtected(p))) {
        people.put(p.id(), p);
      }
    }
  }

  private String reference(UUID id) {
    BbicDocument target = documents.get(id);
    if (target == null) {
      return Html.text(id.toString());
    }
    return reference(target);
  }

  private String reference(BbicDocument d) {
    DocumentHeader h = d.header();
    String text = title(d);
    if (h != null) {
      OffsetDateTime when = h.signedAt() != null ? h.signedAt() : h.createdAt();
      if (when != null) {
        text = text + ", " + when.atZoneSameInstant(zone).toLocalDate();
      }
      if (h.status() != null && h.status() != DocumentStatus.SIGNED) {
        text = text + " (" + h.status().label(locale) + ")";
      }
    }
    if (anchors && h != null && h.documentId() != null) {
      return "<a class=\"ref\" href=\"#"
          + anchor(h.documentId())
          + "\">"
          + Html.text(text)
          + "</a>";
    }
    return Html.text(text);
  }

  private static String anchor(UUID id) {
    return "d-" + id;
  }

  // ------------------------------------------------------------------ output helpers

  private void heading(int level, String text) {
    heading(level, text, null);
  }

  private void heading(int level, String text, String cssClass) {
    int h = Math.max(1, Math.min(6, level + headingOffset));
    out.append("<h").append(h);
    if (cssClass != null) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append('>').append(Html.text(text)).append("</h").append(h);
    out.append(">\n");
  }

  private static void fact(List<String[]> facts, String label, String html) {
    if (html != null && !html.isEmpty()) {
      facts.add(new String[] {label, html});
    }
  }

  private void flush(List<String[]> facts) {
    flush(facts, "facts");
  }

  private void flush(List<String[]> facts, String cssClass) {
    if (facts.isEmpty()) {
      return;
    }
    out.append("<table class=\"").append(cssClass).append("\">\n<tbody>\n");
    for (String[] f : facts) {
      out.append("<tr><th scope=\"row\">")
          .append(Html.text(f[0]))
          .append("</th><td>")
          .append(f[1])
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    facts.clear();
  }

  private void column(String label) {
    out.append("<th scope=\"col\">").append(Html.text(label)).append("</th>");
  }

  private void cell(String html) {
    out.append("<td>").append(html == null ? "" : html).append("</td>");
  }

  // ------------------------------------------------------------------ fields

  /** A text (each text of a list) short enough for a table cell: a name's length at most. */
  private static boolean isShort(FieldDefinition field) {
    return field.maxLength().orElse(Integer.MAX_VALUE) <= TextLimits.NAME;
  }

  private static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String s) {
      return s.isBlank();
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty();
    }
    return false;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static void addIfPresent(List<String> parts, String s) {
    if (notBlank(s)) {
      parts.add(s.strip());
    }
  }
}
