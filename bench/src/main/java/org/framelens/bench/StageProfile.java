package org.framelens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of a whole run ({@code framelens run} with
 * {@code -XX:StartFlightRecording=filename=run.jfr,settings=profile}) and prints the share of the
 * samples spent in each stage: reading, extract, alignment, aggregation, {@code sentences.csv}, the
 * CSV exports, each kind of workbook sheet (its cells and XML apart from its deflate), the charts
 * and saving the workbook. A sample's stage is the innermost of the run's stage methods on its
 * stack; deflate and inflate below it are told apart.
 *
 * <p>Both Java samples ({@code jdk.ExecutionSample}, every 10 ms per running thread with the
 * {@code profile} settings) and native ones ({@code jdk.NativeMethodSample}, every 20 ms, so
 * counted twice; deflate runs in native code) are counted. A native sample is taken whether the
 * thread runs or waits in native code (for the disk, for the CPU on a busy machine): read native
 * shares as an upper bound. JIT compilation and GC run on threads JFR does not sample: take them
 * from the threads' CPU time ({@code bench/profile-run.sh} prints it).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.framelens.bench.StageProfile run.jfr [--threads]</pre>
 */
public final class StageProfile {
    /** Method (simple class name and method prefix) → stage; the innermost on the stack wins. */
    private static final List<String[]> STAGES = List.of(
            new String[] {"CorpusScanner.scan", "scan"},
            new String[] {"RunJob.analyze", "story: other"},
            new String[] {"ArticleLoader.load", "reading"},
            new String[] {"Extractor.extract", "extract"},
            new String[] {"StoryNames.harmonize", "alignment (harmonize names, align, rows)"},
            new String[] {"ShingleAligner.align", "alignment (harmonize names, align, rows)"},
            new String[] {"AlignmentTables.rows", "alignment (harmonize names, align, rows)"},
            new String[] {"SentencesCsvWriter.write", "sentences.csv"},
            new String[] {"ReportWorkbook.add", "sheet Sentences"},
            new String[] {"CorpusProfile$Builder.add", "aggregation (profiles, set aside)"},
            new String[] {"Summary.addStory", "aggregation (profiles, set aside)"},
            new String[] {"ReportWorkbook.addAlignment", "alignment sheets"},
            new String[] {"AlignmentCsv.write", "CSV: alignment, quotes, unique, wording, shared"},
            new String[] {"Summary.finish", "summary sheets"},
            new String[] {"SummarySheets.", "summary sheets"},
            new String[] {"Charts.", "charts (draw, PNG)"},
            new String[] {"ChartWriter.", "charts (draw, PNG)"},
            new String[] {"Png.", "charts (draw, PNG)"},
            new String[] {"MeasuresCsvWriter.", "CSV: measures"},
            new String[] {"ReportWorkbook.finish", "sheet Run"},
            new String[] {"ReportWorkbook.save", "save workbook"},
            new String[] {"RunManifest.write", "run.json"});

    private StageProfile() {
    }

    /**
     * @param args the recording, and {@code --threads} to split the shares by thread too
     * @throws IOException when the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: StageProfile RUN.jfr [--threads]");
            System.exit(2);
        }
        boolean byThread = args.length > 1 && args[1].equals("--threads");
        Map<String, Long> shares = new TreeMap<>();
        long total = 0;
        try (RecordingFile rf = new RecordingFile(Path.of(args[0]))) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                String type = e.getEventType().getName();
                boolean nativeSample = type.equals("jdk.NativeMethodSample");
                if (!nativeSample && !type.equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                int weight = nativeSample ? 2 : 1;
                String key = stage(e.getStackTrace().getFrames());
                if (byThread) {
                    String thread = e.getThread("sampledThread").getJavaName();
                    key = (thread == null ? "?" : thread.replaceAll("[0-9]+", "N")) + " | " + key;
                }
                shares.merge(key, (long) weight, Long::sum);
                total += weight;
            }
        }
        final long all = Math.max(1, total);
        System.out.printf("%d samples (native ones counted twice)%n", total);
        shares.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(s -> System.out.printf("%5.1f %%  %s%n", 100.0 * s.getValue() / all, s.getKey()));
    }

    private static String stage(List<RecordedFrame> frames) {
        String stage = "other (JVM, start-up, commit)";
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedMethod m = frames.get(i).getMethod();
            String type = m.getType().getName();
            String name = type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
            for (String[] s : STAGES) {
                if (name.startsWith(s[0])) {
                    stage = s[1];
                }
            }
        }
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (type.startsWith("java.util.zip.Deflater")) {
                return stage + ": deflate";
            }
            if (type.startsWith("java.util.zip.Inflater")) {
                return stage + ": inflate";
            }
        }
        return stage;
    }
}
