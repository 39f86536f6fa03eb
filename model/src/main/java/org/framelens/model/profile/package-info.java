/**
 * Framing profiles: the small, mergeable aggregates the analyst's workbook, charts and CSV
 * exports are computed from.
 *
 * <p>An {@link org.framelens.model.profile.OutletProfile} condenses one article (one outlet's
 * version of one story) into counts: sentences, words, voices, stance and topic labels, where each
 * label first appears, the cue terms behind it, the speakers voicing it. Its size depends on what
 * the article contains, and the per-article lists of speakers and cue terms are capped (the
 * remainder is kept as an exact "other" count): a profile holds counts, never sentences.
 * Profiles combine with an associative {@code merge}: one story's outlets, or one outlet across
 * stories. Every count is over counted sentences (all but boilerplate), as
 * {@code ANNOTATION.md} requires.
 *
 * <p>Everything here is immutable and thread-safe, except the explicitly documented builders.
 * Profiles are {@link java.io.Serializable} so that a run can set a finished story's profiles
 * aside on disk until the report is written, instead of holding one per article in memory.
 */
package org.framelens.model.profile;
