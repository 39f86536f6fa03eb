/**
 * Extraction: from an article's text to its tagged sentences. {@link org.framelens.extract.Extractor}
 * is the one place that composes the stages (paragraphs, structure, sentences, voice, stances,
 * topics); each stage lives in its own package behind a one-method interface.
 */
package org.framelens.extract;
