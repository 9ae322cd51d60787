/**
 * Public API: BBIC code lists. The triangle's sides, the versioned need areas ({@link
 * org.openbbic.model.code.NeedArea}) and intervention kinds ({@link
 * org.openbbic.model.code.InterventionKind}) read from data files, and the stable enumerations.
 * Every code has Socialstyrelsen's Swedish label and an English gloss ({@link
 * org.openbbic.model.code.ModelLabels}).
 */
package org.openbbic.model.code;
