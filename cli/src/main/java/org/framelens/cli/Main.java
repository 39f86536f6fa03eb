package org.framelens.cli;

/** Entry point of the executable jar: runs {@link FramelensCommand} and exits with its code. */
public final class Main {
    private Main() {
    }

    /** @param args the command line */
    public static void main(String[] args) {
        System.exit(FramelensCommand.execute(args));
    }
}
