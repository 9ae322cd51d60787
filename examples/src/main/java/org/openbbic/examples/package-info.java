/** Runnable examples; not API. */
package org.openbbic.examples;
