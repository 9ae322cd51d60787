/**
 * Public for the binding frameworks only: the XML adapters the model and form packages declare. Not
 * meant to be called by users; their behaviour follows the wire format, which is versioned.
 */
package org.openbbic.model.binding;
