/**
 * Finding and decoding article files: a story folder (one file per outlet) or a folder of story
 * folders. Files that are not articles, empty or binary files and undecodable text are reported
 * as {@link org.framelens.model.Problem}s with their path and reason, never silently dropped.
 */
package org.framelens.extract.read;
