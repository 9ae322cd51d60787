package org.openbbic.forms;

import org.openbbic.model.code.LabelBundle;

/**
 * The labels of the form types and fields ({@code labels.properties} with Socialstyrelsen's Swedish
 * wording, {@code labels_en.properties} with English glosses). Keys: {@code Type} for a type,
 * {@code Type.field} for a field, {@code Enum.CONSTANT} for a code.
 *
 * @since 0.1
 */
public final class FormLabels {

  /** The bundle; thread-safe. */
  public static final LabelBundle BUNDLE =
      LabelBundle.load(name -> FormLabels.class.getResourceAsStream(name), "labels");

  private FormLabels() {}
}
