package org.framelens.model.align;

import java.util.Locale;

/** Where in an article something first appears. Immutable. */
public enum Place {
    /** The headline or a title variant. */
    HEADLINE,
    /** The first body paragraph. */
    LEAD,
    /** Anywhere after the lead. */
    LATER;

    /** @return the label written to the workbook and CSV */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
