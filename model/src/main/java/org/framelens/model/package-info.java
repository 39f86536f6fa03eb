/**
 * The framelens data model: immutable values that flow between the stages (articles, sentences,
 * voices, stance and topic tags) and the mergeable aggregates computed over them.
 *
 * <p>Everything here is a value: records with validated, defensively copied components, safe to
 * share between threads. Aggregates combine with an associative {@code merge}, so partial results
 * computed per article, per thread or per machine add up to the same totals in any grouping.
 */
package org.framelens.model;
