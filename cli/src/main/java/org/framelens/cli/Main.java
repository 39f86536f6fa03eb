package org.framelens.cli;

/** Entry point of the executable jar: runs {@link FramelensCommand} and exits with its code. */
public final class Main {
    private Main() {
    }

    /** @param args the command line */
    public static void main(String[] args) {
        // a run's start-up work (POI, JFreeChart, Java2D) begins before Picocli parses the command
        // line, on the other core; whatever the run did not take is closed before exiting
        Background<org.framelens.report.ReportWorkbook> started = RunCommand.wantsStartUp(args) ? RunCommand.startUp() : null;
        int code = FramelensCommand.commandLine(started).execute(args);
        if (started != null) {
            try {
                started.close();
            } catch (java.io.IOException | RuntimeException e) {
                // only the workbook's temporary files were left to remove; the run's outcome stands
            }
        }
        System.exit(code);
    }
}
