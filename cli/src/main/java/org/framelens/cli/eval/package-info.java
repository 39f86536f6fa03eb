/**
 * Scoring extracted sentences against hand-coded gold files (the format of
 * {@code ANNOTATION.md}): matching by offset overlap, per-field accuracy, precision, recall, F1
 * and Cohen's kappa, and the disagreements an analyst reads.
 */
package org.framelens.cli.eval;
