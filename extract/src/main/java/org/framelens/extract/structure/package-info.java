/**
 * Article structure from the shape of the text, never from its words: paragraphs with their
 * offsets ({@link org.framelens.extract.structure.ParagraphSegmenter}) and their kind — headline,
 * subhead, body or boilerplate ({@link org.framelens.extract.structure.StructureTagger}).
 */
package org.framelens.extract.structure;
