/**
 * Stance tagging: {@link org.framelens.extract.stance.StanceLabeler} gives each sentence the
 * codebook's stance labels (skepticism, condition, concession and any the codebook adds), each
 * with the cue behind it and, for concessions, the direction the text gives (offered, demanded,
 * refused, made, withdrawn). Negation scope, conditional constructions, block rows, hedges and
 * boosters, and scare quotes are read here; the words come from the codebook.
 *
 * <p>After the cues, {@link org.framelens.extract.stance.StanceModelLabeler} adds the labels a
 * learnt linear model gives and the cues missed, reading each sentence's words and its context
 * ({@link org.framelens.extract.stance.StanceFeatures}) and, in its second stage, how likely its
 * neighbours read to its first; the model is the codebook's
 * {@code stance_model.csv}, learnt from hand-coded articles by
 * {@link org.framelens.extract.stance.StanceModelTrainer}.
 */
package org.framelens.extract.stance;
