/**
 * The {@code framelens} command line (Picocli): each command a {@code Callable<Integer>} that
 * prints only through its command's writers and returns an {@link org.framelens.cli.ExitCode}.
 *
 * <p>A run ({@code RunCommand}, {@code RunJob}) holds the output folder's lock ({@code OutputLock})
 * from before it reads anything to the end, writes every output — the run manifest
 * ({@code RunManifest}, {@code run.json}) and the {@code --incremental} story cache
 * ({@code StoryCache}) too — into a temporary folder that is moved into place at the end, and shows
 * its progress on stderr ({@code Progress}).
 */
package org.framelens.cli;
