/**
 * openbbic forms: every BBIC information set as a typed, immutable document, and the case file.
 *
 * @since 0.1
 */
module org.openbbic.forms {
  requires transitive org.openbbic.model;

  exports org.openbbic.forms;
  exports org.openbbic.forms.protection;
  exports org.openbbic.forms.meta;

  // The binding and validation frameworks read and write the private fields of the documents.
  opens org.openbbic.forms;
}
