package org.framelens.model.profile;

import java.io.Serializable;
import java.util.BitSet;
import java.util.stream.IntStream;
import org.framelens.model.Mergeable;

/**
 * The 0-based indices of the sentences behind a figure of one article: the link from an
 * aggregate back to the rows of the Sentences sheet. Indices only mean something inside one
 * article, so a merge of several articles' indices is {@link #UNTRACKED}. Immutable and
 * thread-safe; {@link #merge} is associative with {@link #EMPTY} as identity (union while
 * tracked; untracked once either side is).
 */
public final class SentenceIndices implements Mergeable<SentenceIndices>, Serializable {
    private static final long serialVersionUID = 1L;

    /** No sentence: the identity of {@link #merge}. */
    public static final SentenceIndices EMPTY = new SentenceIndices(new BitSet(), true);
    /** Indices that were not kept, because the figure spans several articles. */
    public static final SentenceIndices UNTRACKED = new SentenceIndices(new BitSet(), false);

    private final BitSet bits;
    private final boolean tracked;

    private SentenceIndices(BitSet bits, boolean tracked) {
        this.bits = bits;
        this.tracked = tracked;
    }

    /**
     * @param indices sentence indices, {@code >= 0}
     * @return a tracked set of them
     */
    public static SentenceIndices of(int... indices) {
        BitSet b = new BitSet();
        for (int i : indices) {
            b.set(i);
        }
        return new SentenceIndices(b, true);
    }

    /** @param bits indices, copied */
    static SentenceIndices ofBits(BitSet bits) {
        return new SentenceIndices((BitSet) bits.clone(), true);
    }

    @Override
    public SentenceIndices merge(SentenceIndices o) {
        if (!tracked || !o.tracked) {
            return UNTRACKED;
        }
        BitSet b = (BitSet) bits.clone();
        b.or(o.bits);
        return new SentenceIndices(b, true);
    }

    /** @return whether the indices were kept (they are for one article) */
    public boolean tracked() {
        return tracked;
    }

    /** @return the indices in ascending order, none when untracked */
    public IntStream stream() {
        return bits.stream();
    }

    /** @return the smallest index, -1 when empty or untracked */
    public int first() {
        return bits.nextSetBit(0);
    }

    /**
     * @return the indices as an analyst reads them: ascending, runs of three or more joined with
     *     an en dash ({@code "0, 2, 4–6, 9"}); empty when untracked or empty
     */
    public String ranges() {
        StringBuilder sb = new StringBuilder();
        int i = bits.nextSetBit(0);
        while (i >= 0) {
            int end = bits.nextClearBit(i) - 1;
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(i);
            if (end >= i + 2) {
                sb.append('\u2013').append(end);
            } else if (end == i + 1) {
                sb.append(", ").append(end);
            }
            i = bits.nextSetBit(end + 1);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceIndices s && tracked == s.tracked && bits.equals(s.bits);
    }

    @Override
    public int hashCode() {
        return bits.hashCode() * 2 + (tracked ? 1 : 0);
    }

    @Override
    public String toString() {
        return tracked ? "[" + ranges() + "]" : "[untracked]";
    }
}
