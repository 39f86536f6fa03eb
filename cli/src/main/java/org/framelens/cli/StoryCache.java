package org.framelens.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Article;
import org.framelens.model.Attribution;
import org.framelens.model.Kind;
import org.framelens.model.Problem;
import org.framelens.model.Sentence;
import org.framelens.model.Span;
import org.framelens.model.SpeakerType;
import org.framelens.model.Tag;
import org.framelens.model.TaggedSentence;
import org.framelens.model.Voice;

/**
 * The {@code --incremental} cache: each story's extracted, harmonized articles, kept under
 * {@code OUT/.framelens-cache/} so a later run can reuse a story whose inputs did not change
 * instead of extracting it again.
 *
 * <p><b>Key.</b> An entry is named by the SHA-256 of: the cache format, the tool version, the
 * codebook's SHA-256, the story id and, in order, each readable article's outlet id and SHA-256.
 * A change to any of them — an edited, added or removed article, another codebook, another
 * framelens version — gives another key, so a stale entry is never found, only left unused.
 * Failed inputs are not part of the key: they do not change what the others extract to.
 *
 * <p><b>Entry.</b> A small binary file: a magic number and format version, the key, each article's
 * outlet, SHA-256 and tagged sentences (offsets, kind, voice, tags; not the text, which is taken
 * from the article as read now and checked against the offsets), and a SHA-256 of all of it. An
 * entry that is truncated, altered or does not fit the article is a warning naming it, and the
 * story is extracted again.
 *
 * <p><b>Replacement.</b> The cache of a run is written whole into the run's temporary folder —
 * entries reused and entries made — and moved into place with the other outputs, so it only
 * ever holds the stories of the last finished run, and a killed run leaves the previous one.
 *
 * <p>Thread-safe: stories are looked up and stored from several threads; each entry is its own
 * file.
 */
final class StoryCache {
    /** The cache folder's name in OUT. */
    static final String DIR = ".framelens-cache";
    /** The layout of an entry; part of the key, so a new layout never reads an old file. */
    static final int FORMAT = 1;
    private static final int MAGIC = 0x464c5343; // "FLSC"
    private static final int DIGEST = 32;

    private final Path previous;
    private final Path next;
    private final String version;
    private final String codebookSha256;
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();

    /**
     * @param previous       the cache of the last run ({@code OUT/.framelens-cache}); need not exist
     * @param next           the cache this run builds (in its temporary folder); created here
     * @param version        the tool's version
     * @param codebookSha256 the codebook's SHA-256
     * @throws IOException when {@code next} cannot be created
     */
    StoryCache(Path previous, Path next, String version, String codebookSha256) throws IOException {
        this.previous = previous;
        this.next = Files.createDirectories(next);
        this.version = version;
        this.codebookSha256 = codebookSha256;
    }

    /** @return stories reused so far */
    int reused() {
        return reused.get();
    }

    /** @return stories stored after extraction so far */
    int stored() {
        return stored.get();
    }

    /**
     * @param story    the story id
     * @param articles the story's readable articles as just read, in input order
     * @return the entry's file name
     */
    String key(String story, List<Article> articles) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(FORMAT);
            string(out, version);
            string(out, codebookSha256);
            string(out, story);
            out.writeInt(articles.size());
            for (Article a : articles) {
                string(out, a.outlet());
                string(out, a.sha256());
            }
            out.flush();
            return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray())) + ".bin";
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen in memory", e);
        }
    }

    /**
     * Looks a story up in the last run's cache. An entry found is also kept for the next run.
     *
     * @param story    the story id
     * @param articles the story's readable articles as just read, in input order (not empty)
     * @param problems receives a warning when an entry exists but cannot be used
     * @return the story's harmonized articles as the last run extracted them, or empty
     */
    Optional<List<AnalyzedArticle>> reuse(String story, List<Article> articles, List<Problem> problems) {
        String key = key(story, articles);
        Path file = previous.resolve(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            problems.add(unusable(file, story, "cannot be read: " + e));
            return Optional.empty();
        }
        List<AnalyzedArticle> found;
        try {
            found = decode(bytes, key, articles);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof EOFException ? "it is cut short" : e.getMessage() == null ? e.toString() : e.getMessage();
            problems.add(unusable(file, story, why));
            return Optional.empty();
        }
        try {
            Files.write(next.resolve(key), bytes);
        } catch (IOException e) {
            problems.add(new Problem(Problem.Severity.WARNING, next.resolve(key).toString(),
                    "cannot keep the cache entry of story '" + story + "' for the next run: " + e));
        }
        reused.incrementAndGet();
        return Optional.of(found);
    }

    /**
     * Stores a story just extracted, for the next run.
     *
     * @param story      the story id
     * @param articles   its readable articles as read, in input order (the key)
     * @param harmonized what they extracted to, names harmonized
     * @param problems   receives a warning when the entry cannot be written (the run goes on)
     */
    void store(String story, List<Article> articles, List<AnalyzedArticle> harmonized, List<Problem> problems) {
        String key = key(story, articles);
        try {
            Files.write(next.resolve(key), encode(key, harmonized));
            stored.incrementAndGet();
        } catch (IOException e) {
            problems.add(new Problem(Problem.Severity.WARNING, next.resolve(key).toString(),
                    "cannot write the cache entry of story '" + story + "' (the next run extracts it again): " + e));
        }
    }

    private static Problem unusable(Path file, String story, String why) {
        return new Problem(Problem.Severity.WARNING, file.toString(),
                "unusable cache entry for story '" + story + "' (" + why + "); the story is extracted again");
    }

    /**
     * @param key        the entry's key, written into it
     * @param harmonized the story's articles
     * @return the entry's bytes
     */
    static byte[] encode(String key, List<AnalyzedArticle> harmonized) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            string(out, key);
            out.writeInt(harmonized.size());
            for (AnalyzedArticle a : harmonized) {
                string(out, a.article().outlet());
                string(out, a.article().sha256());
                out.writeInt(a.sentences().size());
                for (TaggedSentence s : a.sentences()) {
                    string(out, s.story());
                    string(out, s.outlet());
                    Sentence sentence = s.sentence();
                    out.writeInt(sentence.index());
                    out.writeInt(sentence.start());
                    out.writeInt(sentence.end());
                    string(out, sentence.kind().name());
                    out.writeInt(sentence.paragraph());
                    Voice v = s.voice();
                    string(out, v.speaker());
                    string(out, v.type().name());
                    string(out, v.attribution().name());
                    string(out, v.cue());
                    string(out, v.evidence());
                    tags(out, s.stances());
                    tags(out, s.topics());
                }
            }
            out.flush();
            byte[] body = bytes.toByteArray();
            byte[] entry = Arrays.copyOf(body, body.length + DIGEST);
            System.arraycopy(sha256().digest(body), 0, entry, body.length, DIGEST);
            return entry;
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen in memory", e);
        }
    }

    /**
     * @param entry    an entry's bytes
     * @param key      the key it must hold
     * @param articles the articles as read now, whose texts the sentences index
     * @return the story's articles
     * @throws IOException when the entry is cut short or altered
     */
    static List<AnalyzedArticle> decode(byte[] entry, String key, List<Article> articles) throws IOException {
        if (entry.length < DIGEST + 8) {
            throw new EOFException();
        }
        byte[] body = Arrays.copyOf(entry, entry.length - DIGEST);
        byte[] digest = Arrays.copyOfRange(entry, entry.length - DIGEST, entry.length);
        if (!MessageDigest.isEqual(digest, sha256().digest(body))) {
            throw new IOException("its checksum does not match: it was altered or cut short");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a framelens cache entry of format " + FORMAT);
        }
        if (!string(in).equals(key)) {
            throw new IOException("it holds another story's key");
        }
        Map<String, Article> byOutlet = new HashMap<>();
        articles.forEach(a -> byOutlet.put(a.outlet(), a));
        int count = in.readInt();
        if (count != articles.size()) {
            throw new IOException("it holds " + count + " articles, not " + articles.size());
        }
        List<AnalyzedArticle> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String outlet = string(in);
            Article article = byOutlet.get(outlet);
            if (article == null || !article.sha256().equals(string(in))) {
                throw new IOException("it does not hold the article of outlet '" + outlet + "' as read now");
            }
            int sentences = in.readInt();
            List<TaggedSentence> rows = new ArrayList<>();
            for (int n = 0; n < sentences; n++) {
                String story = string(in);
                String sentenceOutlet = string(in);
                int index = in.readInt();
                Span span = new Span(in.readInt(), in.readInt());
                Kind kind = Kind.valueOf(string(in));
                int paragraph = in.readInt();
                // the text comes from the article as read now: offsets out of range fail here
                Sentence sentence = new Sentence(index, span, kind, paragraph, span.of(article.text()));
                Voice voice = new Voice(string(in), SpeakerType.valueOf(string(in)), Attribution.valueOf(string(in)),
                        string(in), string(in));
                rows.add(new TaggedSentence(story, sentenceOutlet, sentence, voice, tags(in), tags(in)));
            }
            out.add(new AnalyzedArticle(article, rows));
        }
        if (in.available() > 0) {
            throw new IOException("it has bytes after its last article");
        }
        return out;
    }

    private static void tags(DataOutputStream out, List<Tag> tags) throws IOException {
        out.writeInt(tags.size());
        for (Tag t : tags) {
            string(out, t.label());
            string(out, t.evidence());
            string(out, t.direction());
        }
    }

    private static List<Tag> tags(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tags.add(new Tag(string(in), string(in), string(in)));
        }
        return tags;
    }

    /**
     * A string as its length and UTF-16 units: exact for any Java string, unpaired surrogates
     * included (UTF-8 would replace those, and the reused story would differ from an extracted one).
     */
    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available() / 2) {
            throw new EOFException();
        }
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
