/**
 * The {@code bbic} command-line tool. Not API: its contract is the command line, the exit codes and
 * the JSON line format documented in the README.
 */
package org.openbbic.cli;
