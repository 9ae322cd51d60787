package org.openbbic.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openbbic.model.binding.InterventionKindAdapter;

/**
 * A kind of intervention (insats) for a child, from a versioned code list.
 *
 * <p>Socialstyrelsen may revise the kinds; they are data ({@code intervention-kinds.tsv} beside
 * this class: list version, code, category, placement form), not an enum. Entries not yet checked
 * against a primary source are marked {@link #verified() unverified}. Codes are never reused.
 *
 * <p>Instances are interned; thread-safe.
 *
 * @since 0.1
 */
@XmlJavaTypeAdapter(InterventionKindAdapter.class)
public final class InterventionKind implements Code, Comparable<InterventionKind> {

  /** Whether an intervention is open care, a placement outside the home, or other support. */
  public enum Category {
    /** Öppenvårdsinsats. */
    OPEN_CARE,
    /** Placering utanför det egna hemmet. */
    PLACEMENT,
    /** Annan insats. */
    OTHER
  }

  private static final Map<String, InterventionKind> BY_CODE;

  static {
    Map<String, InterventionKind> byCode = new LinkedHashMap<>();
    int index = 0;
    for (String[] row : Tsv.read("intervention-kinds.tsv", 5)) {
      PlacementForm form = row[3].equals("-") ? null : PlacementForm.valueOf(row[3]);
      InterventionKind kind =
          new InterventionKind(
              row[1],
              row[0],
              Category.valueOf(row[2]),
              form,
              Boolean.parseBoolean(row[4]),
              index++);
      if (byCode.put(kind.code, kind) != null) {
        throw new IllegalStateException("duplicate intervention kind " + kind.code);
      }
    }
    BY_CODE = Collections.unmodifiableMap(byCode);
  }

  private final String code;
  private final String listVersion;
  private final Category category;
  private final PlacementForm placementForm;
  private final boolean verified;
  private final int index;

  private InterventionKind(
      String code,
      String listVersion,
      Category category,
      PlacementForm placementForm,
      boolean verified,
      int index) {
    this.code = code;
    this.listVersion = listVersion;
    this.category = category;
    this.placementForm = placementForm;
    this.verified = verified;
    this.index = index;
  }

  /**
   * The intervention kind of {@code code}.
   *
   * @throws UnknownCodeException when the code list has no such code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static InterventionKind of(String code) {
    InterventionKind kind = code == null ? null : BY_CODE.get(code);
    if (kind == null) {
      throw new UnknownCodeException("InterventionKind");
    }
    return kind;
  }

  /** The intervention kind of {@code code}, if the code list holds it. */
  public static Optional<InterventionKind> find(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }

  /** Every intervention kind, in code-list order. */
  public static List<InterventionKind> all() {
    return List.copyOf(BY_CODE.values());
  }

  /** The intervention kinds of one category, in code-list order. */
  public static List<InterventionKind> ofCategory(Category category) {
    return BY_CODE.values().stream().filter(k -> k.category == category).toList();
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The version of the code list that introduced this kind. */
  public String listVersion() {
    return listVersion;
  }

  /** Open care, placement or other. */
  public Category category() {
    return category;
  }

  /** The placement form, for a placement; empty otherwise. */
  public Optional<PlacementForm> placementForm() {
    return Optional.ofNullable(placementForm);
  }

  /** Whether the entry is confirmed from a primary source. */
  public boolean verified() {
    return verified;
  }

  /** The label key in the model's bundle: {@code InterventionKind.<code>}. */
  public String labelKey() {
    return "InterventionKind." + code;
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get(labelKey(), locale);
  }

  /** Code-list order. */
  @Override
  public int compareTo(InterventionKind other) {
    return Integer.compare(index, other.index);
  }

  @Override
  public String toString() {
    return code;
  }
}
