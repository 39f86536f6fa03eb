/**
 * Who speaks in each sentence: quotations ({@link org.framelens.extract.voice.Quotes}), reporting
 * cues from the codebook ({@link org.framelens.extract.voice.CueFinder}), the source of each
 * attribution and its resolution to a canonical speaker
 * ({@link org.framelens.extract.voice.Speakers}), composed by
 * {@link org.framelens.extract.voice.RuleVoiceTagger}; and the story-level pass that gives the same
 * person the same name in every outlet ({@link org.framelens.extract.voice.StoryNames}).
 */
package org.framelens.extract.voice;
