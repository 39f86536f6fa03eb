package org.framelens.extract.codebook;

/**
 * One error in a codebook file. Immutable.
 *
 * @param file   the file (a path, or {@code default:NAME} for the shipped default)
 * @param line   1-based line number, 0 when the error concerns the whole file
 * @param reason what is wrong, in plain words
 */
public record CodebookError(String file, long line, String reason) {
    /** @return {@code file:line: reason}, the form every message uses */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
