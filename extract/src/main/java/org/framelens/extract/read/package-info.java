/**
 * Finding and reading articles: story folders (one {@code .txt} or {@code .html} file per
 * outlet), folders of story folders, manifests (CSV) and JSON Lines files listing articles with
 * their ids, title, date and URL.
 *
 * <p>{@link org.framelens.extract.read.CorpusScanner} finds the articles without reading their
 * text; {@link org.framelens.extract.read.ArticleLoader} reads one at a time, so memory does not
 * grow with the corpus. Offsets index the text the loader returns: the file itself for a
 * {@code .txt} file, otherwise the text framelens reconstructed by the documented rules (a row's
 * title, a blank line, the row's text; an HTML page's extracted headline and paragraphs).
 *
 * <p>Nothing is silently dropped: files that are not articles, empty or binary files,
 * undecodable text, malformed rows ({@code file:line: reason}) and duplicate ids are reported as
 * {@link org.framelens.model.Problem}s with their place and reason.
 */
package org.framelens.extract.read;
