/**
 * Tagging stages: who speaks in each sentence ({@link org.framelens.extract.tag.VoiceTagger}) and
 * which labels it carries ({@link org.framelens.extract.tag.SentenceLabeler}), the labels that
 * depend on the whole article ({@link org.framelens.extract.tag.ArticleLabeler}), and the
 * {@link org.framelens.extract.tag.PreparedSentence} they share, so that a sentence is tokenised
 * and stemmed once however many stages read it.
 */
package org.framelens.extract.tag;
