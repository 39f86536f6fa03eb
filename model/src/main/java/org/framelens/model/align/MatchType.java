package org.framelens.model.align;

import java.util.Locale;

/** How a sentence of one outlet relates to the sentences of another. Immutable. */
public enum MatchType {
    /** Both sentences carry the same quotation, verbatim or nearly, whole or trimmed. */
    SAME_QUOTE,
    /** The same content, reworded. */
    PARAPHRASE,
    /** Nothing in the other outlet carries it. */
    UNIQUE;

    /** @return the label written to the workbook and CSV ("same quote") */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
