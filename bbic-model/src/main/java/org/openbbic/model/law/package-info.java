/**
 * Public API: statutes and the provisions that BBIC rules cite ({@link
 * org.openbbic.model.law.LegalBasis}), held as data that can be corrected without a code change.
 */
package org.openbbic.model.law;
