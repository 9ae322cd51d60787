/**
 * Tests (not API): the test kit's mutators and corpus proven against the real validator and export
 * pipeline, fuzzing of the readers with random, truncated, mutated and huge input, and a
 * concurrency test of one shared context.
 */
package org.openbbic.export.fuzz;
