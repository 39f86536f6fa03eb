/**
 * The {@code framelens} command line (Picocli): each command a {@code Callable<Integer>} that
 * prints only through its command's writers and returns an {@link org.framelens.cli.ExitCode}.
 */
package org.framelens.cli;
