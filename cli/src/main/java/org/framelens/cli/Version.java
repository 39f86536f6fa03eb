package org.framelens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, from the build (for {@code --version} and the Run sheet). Thread-safe. */
public final class Version implements CommandLine.IVersionProvider {
    /** The tool's name. */
    public static final String TOOL = "framelens";

    /** @return the version the jar was built as, or {@code unknown} */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {TOOL + " " + get(), "Java " + System.getProperty("java.version")};
    }
}
