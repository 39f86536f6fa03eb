package org.framelens.extract.align;

import java.util.ArrayList;
import java.util.List;
import org.framelens.model.AnalyzedArticle;
import org.framelens.model.Kind;
import org.framelens.model.TaggedSentence;
import org.framelens.model.align.Place;

/**
 * One outlet's article as the aligner reads it: its counted sentences (boilerplate left out, as
 * the coding guide leaves it out of every count), and where each sits. Immutable.
 */
final class Doc {
    final int index;
    final String outlet;
    final String text;
    final List<TaggedSentence> sentences;
    /** for each sentence index: its rank among the counted sentences, or -1 for boilerplate */
    private final int[] rank;
    private final int counted;
    private final int leadParagraph;

    Doc(int index, AnalyzedArticle article) {
        this.index = index;
        this.outlet = article.article().outlet();
        this.text = article.article().text();
        this.sentences = article.sentences();
        this.rank = new int[sentences.size()];
        int n = 0;
        int lead = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Kind kind = sentences.get(i).sentence().kind();
            rank[i] = kind.counted() ? n++ : -1;
            if (lead < 0 && kind == Kind.BODY) {
                lead = sentences.get(i).sentence().paragraph();
            }
        }
        this.counted = n;
        this.leadParagraph = lead;
    }

    boolean counted(int sentence) {
        return rank[sentence] >= 0;
    }

    int countedSentences() {
        return counted;
    }

    /** @return the indices of the counted sentences */
    List<Integer> countedIndices() {
        List<Integer> out = new ArrayList<>(counted);
        for (int i = 0; i < rank.length; i++) {
            if (rank[i] >= 0) {
                out.add(i);
            }
        }
        return out;
    }

    Place place(int sentence) {
        TaggedSentence s = sentences.get(sentence);
        if (s.sentence().kind() == Kind.HEADLINE) {
            return Place.HEADLINE;
        }
        return s.sentence().paragraph() == leadParagraph ? Place.LEAD : Place.LATER;
    }

    /** @return 0 for the first counted sentence, 1 for the last */
    double depth(int sentence) {
        int r = Math.max(0, rank[sentence]);
        return counted <= 1 ? 0 : (double) r / (counted - 1);
    }

    /** @return the sentence whose span holds {@code offset}, or -1 */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            var sp = sentences.get(mid).sentence().span();
            if (offset < sp.start()) {
                hi = mid - 1;
            } else if (offset >= sp.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
