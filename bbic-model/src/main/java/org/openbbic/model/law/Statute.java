package org.openbbic.model.law;

import java.time.LocalDate;
import java.util.Locale;
import org.openbbic.model.code.Code;
import org.openbbic.model.code.ModelLabels;

/**
 * A statute or regulation that BBIC rules cite, with the period it was in force.
 *
 * @since 0.1
 */
public enum Statute implements Code {
  /** Socialtjänstlag (2001:453), in force until 30 June 2025. */
  SOL_2001_453("SFS 2001:453", null, LocalDate.of(2025, 6, 30)),
  /** Socialtjänstlag (2025:400), in force from 1 July 2025. */
  SOL_2025_400("SFS 2025:400", LocalDate.of(2025, 7, 1), null),
  /** Lag (1990:52) med särskilda bestämmelser om vård av unga (LVU). */
  LVU_1990_52("SFS 1990:52", null, null),
  /** Förvaltningslag (2017:900). */
  FL_2017_900("SFS 2017:900", null, null),
  /** Socialstyrelsens föreskrifter och allmänna råd (SOSFS 2014:5) om dokumentation. */
  SOSFS_2014_5("SOSFS 2014:5", null, null),
  /** Socialstyrelsens föreskrifter och allmänna råd (SOSFS 2014:4) om våld i nära relationer. */
  SOSFS_2014_4("SOSFS 2014:4", null, null);

  private final String designation;
  private final LocalDate inForceFrom;
  private final LocalDate inForceTo;

  Statute(String designation, LocalDate inForceFrom, LocalDate inForceTo) {
    this.designation = designation;
    this.inForceFrom = inForceFrom;
    this.inForceTo = inForceTo;
  }

  /** Whether the statute was in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return (inForceFrom == null || !date.isBefore(inForceFrom))
        && (inForceTo == null || !date.isAfter(inForceTo));
  }

  /**
   * The number the statute is published under: {@code SFS 2001:453} for an act, {@code SOSFS
   * 2014:5} for the regulations.
   */
  public String designation() {
    return designation;
  }

  /** The short name used after a citation: {@code SoL (2001:453)}, {@code LVU}, {@code FL}. */
  public String shortLabel(Locale locale) {
    return ModelLabels.BUNDLE.get("Statute." + name() + ".short", locale);
  }

  @Override
  public String code() {
    return name();
  }

  /** The statute's name as cited: {@code socialtjänstlagen (2001:453)}. */
  @Override
  public String label(Locale locale) {
    return ModelLabels.BUNDLE.get("Statute." + name(), locale);
  }
}
