/**
 * Public API: the validation levels {@code Draft ⊂ Complete ⊂ Signed} as Jakarta Validation groups,
 * used by the field constraints of every model and form class.
 */
package org.openbbic.model.level;
