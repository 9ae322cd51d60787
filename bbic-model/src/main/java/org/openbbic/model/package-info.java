/**
 * Public API: the people of a BBIC document and their identity numbers ({@link
 * org.openbbic.model.Personnummer}, {@link org.openbbic.model.PersonId}) and protection, the
 * organisation, staff and decision makers, and the format identity ({@link
 * org.openbbic.model.WireFormat}).
 *
 * <p>Model classes are immutable values with builders; field names are the JSON property and XML
 * element names.
 */
@XmlSchema(namespace = WireFormat.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
@XmlJavaTypeAdapters({
  @XmlJavaTypeAdapter(type = LocalDate.class, value = LocalDateAdapter.class),
  @XmlJavaTypeAdapter(type = OffsetDateTime.class, value = OffsetDateTimeAdapter.class),
  @XmlJavaTypeAdapter(type = UUID.class, value = UuidAdapter.class)
})
package org.openbbic.model;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.openbbic.model.binding.LocalDateAdapter;
import org.openbbic.model.binding.OffsetDateTimeAdapter;
import org.openbbic.model.binding.UuidAdapter;
