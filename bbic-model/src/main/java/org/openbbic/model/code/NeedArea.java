package org.openbbic.model.code;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openbbic.model.binding.NeedAreaAdapter;

/**
 * A need area (behovsområde) of the BBIC triangle, in one generation of the code list.
 *
 * <p>Need areas are a <em>versioned code list</em>, read from {@code need-areas.tsv} beside this
 * class: generation 2006 has 7 + 6 + 6 areas (confirmed wording), generation 2016 has 4 + 4 + 4
 * (count confirmed, labels reconstructed and marked {@link #verified() unverified}). A code names
 * its generation ({@code 2016.HALSA}), so a document of one generation cannot silently use
 * another's areas. {@link #successors()} maps a 2006 area to the 2016 areas that took it over
 * (mapping data in {@code need-area-mapping.tsv}, unverified). Correcting a label or a mapping
 * changes data, not code.
 *
 * <p>Instances are interned: one per code; compare with {@code ==} or {@code equals}. Thread-safe.
 *
 * @since 0.1
 */
@XmlJavaTypeAdapter(NeedAreaAdapter.class)
public final class NeedArea implements Code, Comparable<NeedArea> {

  /** The generation of need areas used by new documents. */
  public static final String CURRENT_GENERATION = "2016";

  private static final Map<String, NeedArea> BY_CODE;
  private static final Map<String, List<NeedArea>> SUCCESSORS;

  static {
    Map<String, NeedArea> byCode = new LinkedHashMap<>();
    int index = 0;
    for (String[] row : Tsv.read("need-areas.tsv", 4)) {
      NeedArea area =
          new NeedArea(
              row[1], row[0], TriangleSide.valueOf(row[2]), Boolean.parseBoolean(row[3]), index++);
      if (byCode.put(area.code, area) != null) {
        throw new IllegalStateException("duplicate need area " + area.code);
      }
    }
    BY_CODE = Collections.unmodifiableMap(byCode);
    Map<String, List<NeedArea>> successors = new LinkedHashMap<>();
    for (String[] row : Tsv.read("need-area-mapping.tsv", 2)) {
      successors.computeIfAbsent(row[0], k -> new ArrayList<>()).add(requireKnown(byCode, row[1]));
      requireKnown(byCode, row[0]);
    }
    successors.replaceAll((k, v) -> List.copyOf(v));
    SUCCESSORS = Collections.unmodifiableMap(successors);
  }

  private static NeedArea requireKnown(Map<String, NeedArea> byCode, String code) {
    NeedArea area = byCode.get(code);
    if (area == null) {
      throw new IllegalStateException("need-area-mapping.tsv names an unknown area " + code);
    }
    return area;
  }

  private final String code;
  private final String generation;
  private final TriangleSide side;
  private final boolean verified;
  private final int index;

  private NeedArea(String code, String generation, TriangleSide side, boolean verified, int index) {
    this.code = code;
    this.generation = generation;
    this.side = side;
    this.verified = verified;
    this.index = index;
  }

  /**
   * The need area of {@code code}.
   *
   * @throws UnknownCodeException when the code list has no such code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static NeedArea of(String code) {
    NeedArea area = code == null ? null : BY_CODE.get(code);
    if (area == null) {
      throw new UnknownCodeException("NeedArea");
    }
    return area;
  }

  /** The need area of {@code code}, if the code list holds it. */
  public static Optional<NeedArea> find(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }

  /** Every need area of every generation, in code-list order. */
  public static List<NeedArea> all() {
    return List.copyOf(BY_CODE.values());
  }

  /** The need areas of one generation ({@code "2006"}, {@code "2016"}), side by side in order. */
  public static List<NeedArea> ofGeneration(String generation) {
    return BY_CODE.values().stream().filter(a -> a.generation.equals(generation)).toList();
  }

  /** The need areas of one generation on one side of the triangle, in order. */
  public static List<NeedArea> ofSide(String generation, TriangleSide side) {
    return ofGeneration(generation).stream().filter(a -> a.side == side).toList();
  }

  /** The generations the code list holds, oldest first. */
  public static List<String> generations() {
    return BY_CODE.values().stream().map(NeedArea::generation).distinct().toList();
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The generation of the code list this area belongs to ({@code "2006"} or {@code "2016"}). */
  public String generation() {
    return generation;
  }

  /** The side of the triangle this area belongs to. */
  public TriangleSide side() {
    return side;
  }

  /**
   * Whether the area's Swedish wording is confirmed from a primary source. Unverified labels are
   * reconstructions, kept as data so they can be corrected without a code change.
   */
  public boolean verified() {
    return verified;
  }

  /** The areas of the next generation that took over this area; empty for the newest generation. */
  public List<NeedArea> successors() {
    return SUCCESSORS.getOrDefault(code, List.of());
  }

  /** The label key in the model's bundle: {@code NeedArea.<code>}. */
  public String labelKey() {
    return "NeedArea." + code;
  }

  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get(labelKey(), locale);
  }

  /** Code-list order. */
  @Override
  public int compareTo(NeedArea other) {
    return Integer.compare(index, other.index);
  }

  @Override
  public String toString() {
    return code;
  }
}
