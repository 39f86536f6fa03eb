/**
 * Stance tagging: {@link org.framelens.extract.stance.StanceLabeler} gives each sentence the
 * codebook's stance labels (skepticism, condition, concession and any the codebook adds), each
 * with the cue behind it and, for concessions, the direction the text gives (offered, demanded,
 * refused, made, withdrawn). Negation scope, conditional constructions, block rows, hedges and
 * boosters, and scare quotes are read here; the words come from the codebook.
 */
package org.framelens.extract.stance;
