package org.framelens.extract.codebook;

import java.util.List;
import java.util.stream.Collectors;

/** A codebook that cannot be used, with every error found in it (not only the first). */
public final class CodebookException extends Exception {
    private final transient List<CodebookError> errors;

    /** @param errors the errors, at least one */
    public CodebookException(List<CodebookError> errors) {
        super(errors.stream().map(CodebookError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** @return every error, in file and line order */
    public List<CodebookError> errors() {
        return errors;
    }
}
