package org.framelens.report;

import java.util.regex.Pattern;

/**
 * The one rule for text that a spreadsheet could run as a formula ("CSV injection"): a text value
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. Excel,
 * LibreOffice and Google Sheets evaluate such a cell when they open a CSV file, and an analyst
 * opening {@code sentences.csv} would run whatever an article (or a file name) put there.
 *
 * <ul>
 *   <li>CSV ({@link #csv(Object)}): such a text gets a single leading apostrophe {@code '}, as OWASP
 *       recommends; spreadsheets show the text and never evaluate it. The text column is then no
 *       longer the file's characters exactly, but {@code start} / {@code end} still index the
 *       source, so the exact text is recoverable. So that the rule can be undone without doubt,
 *       a text that already starts with apostrophes followed by such a character gets one more;
 *       {@link #fromCsv} removes exactly what {@link #csv(String)} added.</li>
 *   <li>XLSX ({@code CellText}): string cells are never formulas, so the content stays as it is;
 *       the cell gets a style with {@code quotePrefix} so Excel keeps it text even when edited.</li>
 * </ul>
 *
 * <p>Numbers are never touched: numeric values ({@link Number}s, and numbers printed as text such as
 * a share {@code -0.25}) pass unchanged, and so does a text that is only a plain decimal number
 * ({@code -3}, {@code +44}, {@code -0.25}), which a spreadsheet reads as that number, not as a
 * formula. Stateless and thread-safe.
 */
public final class FormulaGuard {
    /** What a neutralised CSV value starts with. */
    public static final char PREFIX = '\'';

    /** A plain decimal number, optionally signed: read as a number by spreadsheets, never as a formula. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    /**
     * @param value a text value, may be {@code null}
     * @return whether a spreadsheet could run it as a formula: it starts with {@code = + - @}, a
     *     tab or a carriage return, and is not a plain number
     */
    public static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !NUMBER.matcher(value).matches();
    }

    /**
     * @param value a text value for a CSV cell
     * @return the value, with a leading {@link #PREFIX} when it is {@linkplain #risky risky} once
     *     any apostrophes it starts with are set aside
     */
    public static String csv(String value) {
        return prefixed(value) ? PREFIX + value : value;
    }

    /**
     * The inverse of {@link #csv(String)}, for programs that read our CSV files and want the text
     * as it was: removes the one apostrophe {@code csv} added, and nothing else.
     *
     * @param value a text value as read from a CSV file framelens wrote
     * @return the value as it was before it was written
     */
    public static String fromCsv(String value) {
        return value != null && !value.isEmpty() && value.charAt(0) == PREFIX && prefixed(value.substring(1))
                ? value.substring(1) : value;
    }

    /** Whether {@link #csv(String)} adds an apostrophe: the text after any leading ones is risky. */
    private static boolean prefixed(String value) {
        if (value == null) {
            return false;
        }
        int i = 0;
        while (i < value.length() && value.charAt(i) == PREFIX) {
            i++;
        }
        return risky(value.substring(i));
    }

    /**
     * The form for CSV printers, which take values of any type.
     *
     * @param value a cell value: text is neutralised, anything else (numbers, {@code null}) passes
     * @return the value to print
     */
    public static Object csv(Object value) {
        return value instanceof CharSequence s ? csv(s.toString()) : value;
    }
}
