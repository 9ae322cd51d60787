package org.openbbic.forms.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openbbic.forms.BbicDocument;

/**
 * Marks a document-id field (or a list of them) that refers to other documents of the case file,
 * with the document types it may refer to.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface References {

  /** The document types the reference may point to. */
  Class<? extends BbicDocument>[] value();
}
