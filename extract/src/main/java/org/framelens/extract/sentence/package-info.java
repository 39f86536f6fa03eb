/**
 * Sentence segmentation of news text with character offsets: the
 * {@link org.framelens.extract.sentence.SentenceSplitter} stage and its rule-based implementation.
 */
package org.framelens.extract.sentence;
