/**
 * openbbic validation: field constraints by level, single-document and case-chain rules, the
 * deadline calendar, findings and reports with Swedish and English messages.
 *
 * @since 0.1
 */
module org.openbbic.validation {
  requires transitive org.openbbic.forms;
  requires org.hibernate.validator;
  requires org.slf4j;

  exports org.openbbic.validation;

  // One finding sink and one pointer syntax for validation and the readers of bbic-export.
  exports org.openbbic.validation.internal to
      org.openbbic.export;

  // Rules of other modules plug in here (see org.openbbic.validation.Rule).
  uses org.openbbic.validation.Rule;

  // Other modules' finding codes join the catalogue here (see org.openbbic.validation.CodeTable).
  uses org.openbbic.validation.CodeTable;
}
