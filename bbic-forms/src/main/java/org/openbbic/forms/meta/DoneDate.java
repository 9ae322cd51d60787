package org.openbbic.forms.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a date on which something in a document was done (created, signed, assessed, decided,
 * completed), besides its {@link EventDate}; never a planned date. A field of a nested object
 * counts for the document that holds it.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DoneDate {

  /**
   * Whether this is the date the document's work was finished (an investigation's completion): a
   * document that rests on it may not be dated before it. At most one per document type.
   */
  boolean completion() default false;
}
