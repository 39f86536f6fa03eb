package org.framelens.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A settings file for scheduled runs ({@code framelens run --settings FILE}): the options of a run
 * written down once, so that a cron line or a CI job stays short and the options are reviewed
 * like code.
 *
 * <p>Format: UTF-8 text (a byte-order mark is allowed), one {@code key = value} per line; white
 * space around key and value is ignored; lines whose first non-blank character is {@code #} are
 * comments, and blank lines are skipped. The value is everything after the first {@code =}, taken
 * literally — no quotes, escapes or variables — so a path with spaces or a {@code #} needs no
 * quoting. Keys are lower-case option names without dashes. This class checks the syntax only;
 * {@link RunCommand} checks keys and values against its options. Every error is collected, as
 * {@code file:line: reason}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file    the settings file as named
 * @param entries the settings in file order
 */
record RunSettings(Path file, List<Entry> entries) {
    /**
     * One setting.
     *
     * @param key   the key, as written (trimmed)
     * @param value the value, trimmed, never empty
     * @param line  1-based line number
     */
    record Entry(String key, String value, int line) {
        /** Validates that no component is null. */
        Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A settings file with errors: each {@code file:line: reason}. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> errors;

        Invalid(List<String> errors) {
            super(String.join("\n", errors));
            this.errors = List.copyOf(errors);
        }

        /** @return every error, {@code file:line: reason} */
        List<String> errors() {
            return errors;
        }
    }

    /** Validates and copies. */
    RunSettings {
        Objects.requireNonNull(file, "file");
        entries = List.copyOf(entries);
    }

    /**
     * @param file a settings file
     * @return its settings
     * @throws IOException when it cannot be read
     * @throws Invalid     when its syntax is wrong
     */
    static RunSettings read(Path file) throws IOException, Invalid {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid(List.of(file + ": not valid UTF-8; save the settings file as UTF-8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Entry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                errors.add(file + ":" + no + ": expected 'key = value', found '" + line + "'");
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.isEmpty()) {
                errors.add(file + ":" + no + ": no key before '='");
                continue;
            }
            if (key.startsWith("-")) {
                errors.add(file + ":" + no + ": write the key without dashes: '" + key.replaceFirst("^-+", "") + " = …'");
                continue;
            }
            if (value.isEmpty()) {
                errors.add(file + ":" + no + ": no value for '" + key + "' (remove the line to use the default)");
                continue;
            }
            Integer first = seen.putIfAbsent(key, no);
            if (first != null) {
                errors.add(file + ":" + no + ": '" + key + "' is set again (first on line " + first + ")");
                continue;
            }
            entries.add(new Entry(key, value, no));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new RunSettings(file, entries);
    }

    /**
     * @param value a path as written in the file
     * @return the path, resolved against the settings file's folder when relative, so that a
     *     scheduled run does not depend on the directory it is started from
     */
    Path resolve(String value) {
        Path p = Path.of(value);
        Path folder = file.getParent();
        return p.isAbsolute() || folder == null ? p : folder.resolve(p);
    }
}
