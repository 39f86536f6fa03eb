/**
 * Tagging stages: who speaks in each sentence ({@link org.framelens.extract.tag.VoiceTagger}) and
 * which labels it carries ({@link org.framelens.extract.tag.SentenceLabeler}).
 */
package org.framelens.extract.tag;
