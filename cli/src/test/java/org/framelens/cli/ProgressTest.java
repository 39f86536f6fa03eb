package org.framelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress on stderr: a bar for a terminal, plain lines for a log, nothing when quiet or short. */
class ProgressTest {
    private long nanos;
    private final StringWriter sink = new StringWriter();

    private Progress progress(Progress.Mode mode, long total) {
        Progress p = new Progress(new PrintWriter(sink, true), mode, 0, () -> nanos);
        p.total(total);
        return p;
    }

    private void at(long seconds, long millis) {
        nanos = (seconds * 1000 + millis) * 1_000_000;
    }

    @Test
    void modeFollowsQuietAndTheTerminal() {
        assertEquals(Progress.Mode.OFF, Progress.mode(true, true));
        assertEquals(Progress.Mode.BAR, Progress.mode(false, true));
        assertEquals(Progress.Mode.LINES, Progress.mode(false, false));
    }

    @Test
    void linesComeEveryTenthOrEveryTenSecondsAfterAQuietStart() {
        Progress p = progress(Progress.Mode.LINES, 10_000);
        at(1, 0);
        p.advance(500); // within the quiet start: nothing
        assertEquals("", sink.toString());
        at(Progress.QUIET_START_MS / 1000 + 1, 0);
        p.advance(500); // 1,000 = a tenth
        p.advance(100); // not a further tenth, too soon
        at(20, 0);
        p.advance(100); // 10 s since the last line
        at(21, 0);
        p.advance(2_800); // 4,000
        at(25, 0);
        p.advance(6_000);
        p.finish();
        assertEquals(List.of("framelens: 1,000/10,000 articles, " + (Progress.QUIET_START_MS / 1000 + 1) + " s",
                "framelens: 1,200/10,000 articles, 20 s",
                "framelens: 4,000/10,000 articles, 21 s",
                "framelens: 10,000/10,000 articles, 25 s"), sink.toString().lines().toList(),
                "no repeated last line at the end");
    }

    @Test
    void aShortRunShowsNothing() {
        for (Progress.Mode mode : Progress.Mode.values()) {
            Progress p = progress(mode, 10);
            at(0, 500);
            p.advance(10);
            p.finish();
        }
        assertEquals("", sink.toString());
    }

    @Test
    void quietShowsNothingEvenOnALongRun() {
        Progress p = progress(Progress.Mode.OFF, 10);
        at(100, 0);
        p.advance(5);
        p.clear();
        p.finish();
        assertEquals("", sink.toString());
    }

    @Test
    void theBarRedrawsInPlaceAndIsWipedAtTheEnd() {
        Progress p = progress(Progress.Mode.BAR, 200);
        at(10, 0);
        p.advance(50);
        at(10, 100);
        p.advance(1); // too soon to redraw
        at(10, 400);
        p.advance(49);
        String drawn = sink.toString();
        assertFalse(drawn.contains("\n"), "never a line end: the bar stays on its line");
        assertEquals(2, drawn.chars().filter(c -> c == '\r').count());
        assertTrue(drawn.contains("[######..................]  25% 50/200 articles, 10 s"), drawn);
        assertTrue(drawn.endsWith("[############............]  50% 100/200 articles, 10 s"), drawn);
        p.finish();
        String all = sink.toString();
        assertTrue(all.endsWith("\r"), "wiped: the summary line starts on a clean line");
        String last = all.substring(all.lastIndexOf('\r', all.length() - 2) + 1, all.length() - 1);
        assertTrue(last.isBlank(), "blanked out");
    }
    @Test
    void theLaterPhasesOfALongRunAreNamedSoALogNeverFallsSilent() {
        Progress p = progress(Progress.Mode.LINES, 100);
        at(6, 0);
        p.advance(30);
        at(7, 0);
        p.advance(70); // the last tenth: a line
        at(8, 0);
        p.phase("writing the summary sheets, charts and CSV tables");
        at(40, 0);
        p.phase("saving the workbook");
        p.finish();
        assertEquals(List.of("framelens: 30/100 articles, 6 s",
                "framelens: 100/100 articles, 7 s",
                "framelens: 100/100 articles, 8 s; writing the summary sheets, charts and CSV tables",
                "framelens: 100/100 articles, 40 s; saving the workbook"), sink.toString().lines().toList());
    }

    @Test
    void aPhaseOfAShortRunShowsNothingAndTheBarCarriesIt() {
        Progress quick = progress(Progress.Mode.LINES, 10);
        at(1, 0);
        quick.advance(10);
        quick.phase("saving the workbook");
        quick.finish();
        assertEquals("", sink.toString());

        at(0, 0);
        Progress bar = progress(Progress.Mode.BAR, 10);
        at(9, 0);
        bar.advance(10);
        bar.phase("saving the workbook");
        String drawn = sink.toString();
        assertFalse(drawn.contains("\n"), drawn);
        assertTrue(drawn.endsWith("\rframelens: [########################] 100% 10/10 articles, 9 s; saving the workbook"), drawn);
        bar.finish();
        assertTrue(sink.toString().endsWith("\r"), "wiped at the end");
    }

    @Test
    void theLauncherSaysWhetherStderrIsATerminal() {
        String before = System.getProperty(Progress.STDERR_TTY_PROPERTY);
        try {
            System.setProperty(Progress.STDERR_TTY_PROPERTY, "true");
            assertTrue(Progress.stderrIsTerminal());
            System.setProperty(Progress.STDERR_TTY_PROPERTY, "false");
            assertFalse(Progress.stderrIsTerminal());
        } finally {
            if (before == null) {
                System.clearProperty(Progress.STDERR_TTY_PROPERTY);
            } else {
                System.setProperty(Progress.STDERR_TTY_PROPERTY, before);
            }
        }
    }
}
