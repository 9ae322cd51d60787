/**
 * Public API: BBIC code lists. The triangle's sides, the versioned need areas ({@link
 * org.openbbic.model.code.NeedArea}) and intervention kinds ({@link
 * org.openbbic.model.code.InterventionKind}) read from data files, and the stable enumerations.
 * Every code has Socialstyrelsen's Swedish label and an English gloss ({@link
 * org.openbbic.model.code.ModelLabels}).
 */
@XmlSchema(namespace = WireFormat.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.openbbic.model.code;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import org.openbbic.model.WireFormat;
