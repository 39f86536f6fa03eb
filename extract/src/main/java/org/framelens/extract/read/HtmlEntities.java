package org.framelens.extract.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references: numeric ({@code &#8220;}, {@code &#x201C;}) and named.
 *
 * <p>The named table holds every HTML 4 entity (Latin-1, symbols and Greek, special characters —
 * the ones news pages use) plus {@code &apos;} and a few HTML5 names for dashes and quotes; an
 * unknown name stays as written, as browsers leave it. Numeric references follow HTML5: 128–159
 * mean the Windows-1252 characters (so {@code &#150;} is an en dash), and zero, surrogates and
 * values beyond Unicode become U+FFFD. A semicolon is required except after {@code amp}, {@code lt},
 * {@code gt}, {@code quot}, {@code nbsp}, {@code copy} and {@code reg}, which old pages write bare.
 *
 * <p>Stateless and thread-safe (the table is built once and never changed).
 */
final class HtmlEntities {
    /** Latin-1 names, U+00A0 to U+00FF in order. */
    private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr"
            + " deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
            + " Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml"
            + " ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig"
            + " agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml"
            + " eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    /** Other names, as {@code name:code point}. */
    private static final String OTHERS = "quot:34 amp:38 apos:39 lt:60 gt:62 QUOT:34 AMP:38 LT:60 GT:62"
            + " Tab:9 NewLine:10 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 fnof:402 circ:710 tilde:732"
            + " ensp:8194 emsp:8195 thinsp:8201 hairsp:8202 zwnj:8204 zwj:8205 lrm:8206 rlm:8207 hyphen:8208 dash:8208"
            + " ndash:8211 mdash:8212 horbar:8213 lsquo:8216 rsquo:8217 rsquor:8217 sbquo:8218 lsquor:8218"
            + " ldquo:8220 rdquo:8221 rdquor:8221 bdquo:8222 ldquor:8222 dagger:8224 Dagger:8225 bull:8226"
            + " hellip:8230 permil:8240 prime:8242 Prime:8243 lsaquo:8249 rsaquo:8250 oline:8254 frasl:8260"
            + " euro:8364 image:8465 weierp:8472 real:8476 trade:8482 alefsym:8501 larr:8592 uarr:8593 rarr:8594"
            + " darr:8595 harr:8596 crarr:8629 lArr:8656 uArr:8657 rArr:8658 dArr:8659 hArr:8660 forall:8704"
            + " part:8706 exist:8707 empty:8709 nabla:8711 isin:8712 notin:8713 ni:8715 prod:8719 sum:8721"
            + " minus:8722 lowast:8727 radic:8730 prop:8733 infin:8734 ang:8736 and:8743 or:8744 cap:8745 cup:8746"
            + " int:8747 there4:8756 sim:8764 cong:8773 asymp:8776 ne:8800 equiv:8801 le:8804 ge:8805 sub:8834"
            + " sup:8835 nsub:8836 sube:8838 supe:8839 oplus:8853 otimes:8855 perp:8869 sdot:8901 lceil:8968"
            + " rceil:8969 lfloor:8970 rfloor:8971 lang:10216 rang:10217 loz:9674 spades:9824 clubs:9827"
            + " hearts:9829 diams:9830 thetasym:977 upsih:978 piv:982 sigmaf:962";
    /** Greek letters in code point order (U+0391…U+03A9, U+03B1…U+03C9, skipping the final sigma slots). */
    private static final String GREEK_UPPER = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi"
            + " Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega";
    private static final String GREEK_LOWER = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi"
            + " omicron pi rho - sigma tau upsilon phi chi psi omega";
    /** Names old pages write without a semicolon. */
    private static final java.util.Set<String> BARE = java.util.Set.of("amp", "lt", "gt", "quot", "nbsp", "copy", "reg");
    /** Windows-1252 characters for 0x80–0x9F, which HTML5 gives to those numeric references. */
    private static final String CP1252 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
    private static final Map<String, Integer> NAMES = table();
    private static final int LONGEST = NAMES.keySet().stream().mapToInt(String::length).max().orElse(0);

    private HtmlEntities() {
    }

    private static Map<String, Integer> table() {
        Map<String, Integer> m = new HashMap<>();
        String[] latin = LATIN1.split(" ");
        if (latin.length != 96) {
            throw new IllegalStateException("the Latin-1 entity table must have 96 names, has " + latin.length);
        }
        for (int i = 0; i < latin.length; i++) {
            m.put(latin[i], 0xA0 + i);
        }
        greek(m, GREEK_UPPER, 0x391);
        greek(m, GREEK_LOWER, 0x3B1);
        for (String pair : OTHERS.split(" ")) {
            int colon = pair.indexOf(':');
            m.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
        }
        return Map.copyOf(m);
    }

    private static void greek(Map<String, Integer> m, String names, int first) {
        String[] a = names.split(" ");
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals("-")) {
                m.put(a[i], first + i);
            }
        }
    }

    /**
     * @param s text or an attribute value as written in HTML
     * @return the text with every character reference decoded
     */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '&') {
                b.append(c);
                i++;
                continue;
            }
            int end = reference(s, i, b);
            if (end < 0) {
                b.append('&');
                i++;
            } else {
                i = end;
            }
        }
        return b.toString();
    }

    /** Decodes the reference at {@code at} into {@code b}; returns the index after it, -1 when there is none. */
    private static int reference(String s, int at, StringBuilder b) {
        int i = at + 1;
        if (i < s.length() && s.charAt(i) == '#') {
            return numeric(s, i + 1, b);
        }
        int j = i;
        while (j < s.length() && j - i <= LONGEST && Character.isLetterOrDigit(s.charAt(j)) && s.charAt(j) < 128) {
            j++;
        }
        String name = s.substring(i, j);
        boolean semicolon = j < s.length() && s.charAt(j) == ';';
        Integer cp = NAMES.get(name);
        if (cp == null) {
            return -1;
        }
        if (semicolon) {
            b.appendCodePoint(cp);
            return j + 1;
        }
        if (BARE.contains(name) && (j >= s.length() || s.charAt(j) != '=')) {
            b.appendCodePoint(cp);
            return j;
        }
        return -1;
    }

    private static int numeric(String s, int i, StringBuilder b) {
        boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
        int j = hex ? i + 1 : i;
        int start = j;
        long value = 0;
        while (j < s.length() && Character.digit(s.charAt(j), hex ? 16 : 10) >= 0 && s.charAt(j) < 128) {
            value = Math.min(value * (hex ? 16 : 10) + Character.digit(s.charAt(j), hex ? 16 : 10), 0x110000);
            j++;
        }
        if (j == start) {
            return -1;
        }
        if (j < s.length() && s.charAt(j) == ';') {
            j++;
        }
        int cp = (int) value;
        if (cp >= 0x80 && cp <= 0x9F) {
            b.append(CP1252.charAt(cp - 0x80));
        } else if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            b.append('\uFFFD');
        } else {
            b.appendCodePoint(cp);
        }
        return j;
    }
}
