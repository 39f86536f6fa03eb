package org.framelens.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Moves a finished run's outputs from its temporary folder into OUT as one step that a kill cannot
 * leave half done. The outputs are several files and folders, and no file system moves several at
 * once, so the temporary folder is first marked <em>complete</em> ({@value #COMPLETE}); then each
 * output is moved in, {@code run.json} last. Should the run be killed between two moves, OUT holds
 * some new and some old outputs for a moment, and the next run on OUT, under the lock, finds the
 * marked folder and finishes the moves ({@link #commit} again) before it reads anything: OUT then
 * holds the killed run's complete report, never a mix. A temporary folder without the marker is a
 * run killed before its outputs were complete, and is removed instead ({@link OutputLock#removeLeftovers}).
 *
 * <p>Stateless; to be used only under the output folder's {@link OutputLock}.
 */
final class OutputCommit {
    /** The marker of a temporary folder whose outputs are complete and may be moved in. */
    static final String COMPLETE = ".complete";

    /** The outputs, in the order they are moved in; {@code run.json} last, as it describes the others. */
    static final List<String> OUTPUTS = List.of(RunJob.SENTENCES_CSV, RunJob.WORKBOOK, RunJob.CSV, RunJob.CHARTS,
            StoryCache.DIR, RunManifest.FILE);

    private OutputCommit() {
    }

    /**
     * Marks a temporary folder complete: from now on its outputs replace OUT's, even if this run
     * is killed before it has moved them all.
     *
     * @param tmp the run's temporary folder, holding every output it will move in
     * @throws IOException when the marker cannot be written
     */
    static void markComplete(Path tmp) throws IOException {
        Files.write(tmp.resolve(COMPLETE), new byte[0]);
    }

    /**
     * @param tmp a temporary folder
     * @return whether its outputs are complete and were being moved in
     */
    static boolean isComplete(Path tmp) {
        return Files.isRegularFile(tmp.resolve(COMPLETE));
    }

    /**
     * Moves every output still in {@code tmp} into {@code output}, in {@link #OUTPUTS} order;
     * outputs the run did not write (the cache without {@code --incremental}) are left as they
     * are. A folder replaced is first set aside in {@code tmp}, deleted with it, so that no file of
     * an earlier run stays mixed in. Resumable: a second call after a kill moves what the first did
     * not.
     *
     * @param tmp    a temporary folder {@linkplain #markComplete marked complete}
     * @param output OUT
     * @return how many outputs were moved
     * @throws IOException when one cannot be moved
     */
    static int commit(Path tmp, Path output) throws IOException {
        return commit(tmp, output, Integer.MAX_VALUE);
    }

    /**
     * As {@link #commit(Path, Path)}, stopping after {@code limit} moves: the state a kill between
     * two moves leaves, for the fault-injection tests.
     */
    static int commit(Path tmp, Path output, int limit) throws IOException {
        int moved = 0;
        for (String name : OUTPUTS) {
            Path from = tmp.resolve(name);
            if (!Files.exists(from)) {
                continue;
            }
            if (moved == limit) {
                break;
            }
            Path to = output.resolve(name);
            if (Files.isDirectory(from)) {
                if (Files.exists(to)) {
                    Files.move(to, tmp.resolve(OutputLock.PREVIOUS_PREFIX + name));
                }
                Files.move(from, to);
            } else {
                try {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            moved++;
        }
        return moved;
    }
}
