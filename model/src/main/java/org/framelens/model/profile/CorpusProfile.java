package org.framelens.model.profile;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Mergeable;
import org.framelens.model.OutletKey;

/**
 * {@link OutletProfile}s per story and outlet, in {@link OutletKey} order: everything the
 * summary sheets, charts and CSV exports are computed from. Immutable and thread-safe;
 * {@link #merge} is associative with {@link #EMPTY} as identity. Build it incrementally with a
 * {@link Builder} (one article at a time, no copying) and combine partial results with
 * {@link #merge}.
 */
public final class CorpusProfile implements Mergeable<CorpusProfile> {
    /** No article: the identity of {@link #merge}. */
    public static final CorpusProfile EMPTY = new CorpusProfile(new TreeMap<>());

    private final SortedMap<OutletKey, OutletProfile> byKey;

    private CorpusProfile(TreeMap<OutletKey, OutletProfile> byKey) {
        this.byKey = Collections.unmodifiableSortedMap(byKey);
    }

    /**
     * @param article an analyzed article
     * @return the profile of that one article under its story and outlet
     */
    public static CorpusProfile of(AnalyzedArticle article) {
        return new Builder().add(article).build();
    }

    @Override
    public CorpusProfile merge(CorpusProfile other) {
        TreeMap<OutletKey, OutletProfile> map = new TreeMap<>(byKey);
        other.byKey.forEach((k, v) -> map.merge(k, v, OutletProfile::merge));
        return new CorpusProfile(map);
    }

    /** @return profiles per story and outlet, read-only, in key order */
    public SortedMap<OutletKey, OutletProfile> byKey() {
        return byKey;
    }

    /** @return the story ids, in order */
    public SortedSet<String> stories() {
        TreeSet<String> out = new TreeSet<>();
        byKey.keySet().forEach(k -> out.add(k.story()));
        return out;
    }

    /** @return the outlet ids of every story, in order */
    public SortedSet<String> outlets() {
        TreeSet<String> out = new TreeSet<>();
        byKey.keySet().forEach(k -> out.add(k.outlet()));
        return out;
    }

    /**
     * @param story a story id
     * @return the profile of each of its outlets, in outlet order
     */
    public SortedMap<String, OutletProfile> story(String story) {
        TreeMap<String, OutletProfile> out = new TreeMap<>();
        byKey.subMap(new OutletKey(story, ""), new OutletKey(story + "\0", ""))
                .forEach((k, v) -> out.put(k.outlet(), v));
        return out;
    }

    /** @return each outlet's profiles merged across stories, in outlet order */
    public SortedMap<String, OutletProfile> acrossStories() {
        TreeMap<String, OutletProfile> out = new TreeMap<>();
        byKey.forEach((k, v) -> out.merge(k.outlet(), v, OutletProfile::merge));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorpusProfile c && byKey.equals(c.byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    @Override
    public String toString() {
        return "CorpusProfile" + byKey.keySet();
    }

    /**
     * Adds articles one at a time into one map, merging profiles that share a story and outlet.
     * Not thread-safe: one builder per thread, then {@link CorpusProfile#merge} the results.
     */
    public static final class Builder {
        private final TreeMap<OutletKey, OutletProfile> map = new TreeMap<>();

        /**
         * @param article an analyzed article
         * @return this builder
         */
        public Builder add(AnalyzedArticle article) {
            map.merge(new OutletKey(article.article().story(), article.article().outlet()),
                    OutletProfile.of(article), OutletProfile::merge);
            return this;
        }

        /**
         * @param key     a story and outlet
         * @param profile a profile to merge under it
         * @return this builder
         */
        public Builder add(OutletKey key, OutletProfile profile) {
            map.merge(key, profile, OutletProfile::merge);
            return this;
        }

        /** @return the profiles added so far (the builder may go on) */
        public CorpusProfile build() {
            return new CorpusProfile(new TreeMap<>(map));
        }
    }

    /**
     * @param profiles profiles by outlet
     * @return all of them merged
     */
    public static OutletProfile total(Map<String, OutletProfile> profiles) {
        return profiles.values().stream().reduce(OutletProfile.EMPTY, OutletProfile::merge);
    }
}
