/**
 * The codebook: the data that drives tagging — reporting cues, speaker nouns and aliases, places,
 * stance cues, topics, evaluative words — held in CSV files analysts can open and edit. A default
 * ships in the jar; an analyst's folder overrides it file by file. A malformed file is reported
 * as {@code file:line: reason} before any article is read.
 */
package org.framelens.extract.codebook;
