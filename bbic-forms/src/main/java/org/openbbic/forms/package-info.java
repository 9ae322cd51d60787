/**
 * Public API: every BBIC information set as a typed, immutable document ({@link
 * org.openbbic.forms.BbicDocument}) with a builder, the common {@link
 * org.openbbic.forms.DocumentHeader}, and the child's {@link org.openbbic.forms.CaseFile}.
 *
 * <p>Swedish BBIC terms are in each type's and field's javadoc and in the label bundle ({@link
 * org.openbbic.forms.FormLabels}); field names are the JSON property and XML element names.
 */
@XmlSchema(namespace = WireFormat.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapters({
  @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class),
  @XmlJavaTypeAdapter(type = OffsetDateTime.class, value = OffsetDateTimeAdapter.class),
  @XmlJavaTypeAdapter(type = UUID.class, value = UuidAdapter.class)
})
package org.openbbic.forms;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.openbbic.model.WireFormat;
import org.openbbic.model.binding.LocalDateAdapter;
import org.openbbic.model.binding.OffsetDateTimeAdapter;
import org.openbbic.model.binding.UuidAdapter;
