package org.framelens.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Provenance of a run, for the workbook's Run sheet: the tool, when, on which inputs (with their
 * hashes), with which options, and what went wrong. Immutable and thread-safe when its inputs are
 * a list (copied); otherwise as thread-safe as the iterable given.
 *
 * @param tool     the tool's name
 * @param version  the tool's version
 * @param started  when the run started (UTC instant)
 * @param inputs   every input file considered, in processing order; a list is copied, any other
 *                 iterable (a run's inputs set aside on disk, which may be read more than once) is
 *                 kept as it is, so the inputs of a large run need not be held in memory
 * @param settings option name and value pairs, in the order to show them
 * @param problems warnings and errors, in the order they occurred
 */
public record RunInfo(String tool, String version, Instant started, Iterable<Input> inputs,
                      List<Setting> settings, List<Problem> problems) {

    /**
     * One input file.
     *
     * @param story  story id
     * @param outlet outlet id
     * @param path   the path as shown to the user
     * @param sha256 hex SHA-256 of its bytes, empty when it could not be read
     * @param status {@code ok}, {@code warning} or {@code failed}
     */
    public record Input(String story, String outlet, String path, String sha256, String status) {
        /** Validates that no component is null. */
        public Input {
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * One option of the run.
     *
     * @param name  the option as typed, e.g. {@code --output}
     * @param value its value
     */
    public record Setting(String name, String value) {
        /** Validates that no component is null. */
        public Setting {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Validates and copies the lists (see {@code inputs}). */
    public RunInfo {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(inputs, "inputs");
        inputs = inputs instanceof List<Input> list ? List.copyOf(list) : inputs;
        settings = List.copyOf(settings);
        problems = List.copyOf(problems);
    }
}
