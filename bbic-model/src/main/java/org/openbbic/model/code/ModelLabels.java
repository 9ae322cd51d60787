package org.openbbic.model.code;

/**
 * The labels of this module's code lists and types ({@code labels.properties}, {@code
 * labels_en.properties} beside this class).
 *
 * @since 0.1
 */
public final class ModelLabels {

  /** The bundle; thread-safe. */
  public static final LabelBundle BUNDLE =
      LabelBundle.load(name -> ModelLabels.class.getResourceAsStream(name), "labels");

  private ModelLabels() {}
}
