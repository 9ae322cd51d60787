/**
 * openbbic model: identity numbers, people, protection, legal bases, validation levels and the
 * versioned BBIC code lists.
 *
 * @since 0.1
 */
module org.openbbic.model {
  requires transitive jakarta.validation;
  requires transitive jakarta.xml.bind;
  requires transitive com.fasterxml.jackson.annotation;

  exports org.openbbic.model;
  exports org.openbbic.model.binding;
  exports org.openbbic.model.code;
  exports org.openbbic.model.law;
  exports org.openbbic.model.level;

  // The binding and validation frameworks (JAXB, Jackson, Hibernate Validator, or a vendor's own)
  // read and write the private fields of the model classes; the public API stays immutable.
  opens org.openbbic.model;
  // Jackson introspects the interned code-list values (NeedArea, InterventionKind) it reads and
  // writes through their @JsonCreator and @JsonValue.
  opens org.openbbic.model.code;
}
