package org.framelens.model;

/**
 * A partial result that combines with another of its kind.
 *
 * <p>{@code merge} must be associative and have an identity (an empty value), and must not change
 * either operand: {@code a.merge(b).merge(c)} equals {@code a.merge(b.merge(c))}. That is what
 * lets the same aggregation run over one article, a thread's share of a corpus or a machine's.
 *
 * @param <T> the implementing type
 */
public interface Mergeable<T extends Mergeable<T>> {
    /**
     * @param other another partial result
     * @return a new value combining both
     */
    T merge(T other);
}
