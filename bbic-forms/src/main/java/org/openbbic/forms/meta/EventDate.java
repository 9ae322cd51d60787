package org.openbbic.forms.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one field of a document that dates its event: when a report was received, an
 * investigation opened, a decision taken. The case-chain rules order documents by it. A date-time
 * counts by its Swedish local date.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface EventDate {

  /**
   * Whether the date is planned rather than done (an assignment's or a plan's start): a planned
   * date is not one of the document's {@linkplain DocumentKind#doneDates done dates}.
   */
  boolean planned() default false;
}
