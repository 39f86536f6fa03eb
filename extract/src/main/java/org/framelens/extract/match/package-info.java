/**
 * Cue matching for the tagging stages: a {@link org.framelens.extract.match.Normalizer} that
 * reduces words to a lemma or light stem (so one cue covers doubt / doubts / doubted / doubting /
 * doubtful), {@link org.framelens.extract.match.CuePattern}s written by analysts in the codebook
 * (multi-word, alternatives, exact forms, word classes, gaps), and a
 * {@link org.framelens.extract.match.CueMatcher}: a token trie that finds every cue of a sentence
 * in one pass, instead of one regular expression per cue.
 */
package org.framelens.extract.match;
