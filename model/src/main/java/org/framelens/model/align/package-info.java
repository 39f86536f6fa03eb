/**
 * What the outlets of one story share and where they differ: sentence pairs (same quote,
 * paraphrase), quotations grouped across outlets with each outlet's version of them, the content
 * only one outlet carried, and the wording that sets an outlet apart. Immutable records, built by
 * the aligner in {@code extract} and rendered by {@code report}.
 */
package org.framelens.model.align;
