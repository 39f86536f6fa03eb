package org.framelens.extract.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts the main text of a news page from its HTML: the headline and the paragraphs, without
 * scripts, styles, navigation, page header and footer, sidebars and forms.
 *
 * <p>How, in order:
 * <ol>
 *   <li><b>Parse</b> into a tree, forgiving as browsers are: tag and attribute names in any case,
 *       unquoted attributes, void elements ({@code <br>}, {@code <img>}), self-closing tags,
 *       unclosed {@code <p>} / {@code <li>} / {@code <td>} closed by what follows, stray end tags
 *       ignored, comments and doctypes skipped, the content of {@code <script>} and
 *       {@code <style>} never read as markup. Character references are decoded
 *       ({@link HtmlEntities}).</li>
 *   <li><b>Drop</b> what is not the article: {@code script style noscript template svg math
 *       iframe object embed canvas form button select textarea nav header footer aside head},
 *       elements marked {@code hidden}, {@code aria-hidden="true"} or {@code display:none}, and
 *       those whose {@code role} is navigation, banner, contentinfo, complementary, search or
 *       menu.</li>
 *   <li><b>Choose the container</b>: the {@code <article>} holding the most text (a page may list
 *       teasers as articles), else {@code <main>} (or {@code role="main"}), else the body.</li>
 *   <li><b>Headline</b>: the first {@code <h1>} in the container (its own {@code <header>}
 *       included), else the first {@code <h1>} of the page outside the dropped parts (a site
 *       header's logo {@code <h1>} is not taken), else the {@code <title>} as written.</li>
 *   <li><b>Paragraphs</b>: block elements ({@code p div li blockquote h2}…, table rows) end a
 *       paragraph; {@code <br>} is a line break inside one; white space runs become one space
 *       (no-break spaces included; soft hyphens are removed) except inside {@code <pre>}.</li>
 * </ol>
 *
 * <p>Written here rather than taken from an HTML library: news pages need only this much of
 * HTML's parsing rules to get the text and its paragraphs right, and the tests pin each rule.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlText {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr");
    /** Elements whose content is text, not markup; title and textarea decode references. */
    private static final Set<String> RAW = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes", "noscript");
    private static final Set<String> RCDATA = Set.of("title", "textarea");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe",
            "object", "embed", "canvas", "form", "button", "select", "textarea", "nav", "header", "footer", "aside",
            "head", "dialog", "noembed", "noframes", "xmp");
    private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar");
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    /** Start tags that close an open {@code <p>}. */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "ul", "dd", "dt");
    /** Elements an implied end does not reach past. */
    private static final Set<String> SCOPE = Set.of("html", "body", "table", "td", "th", "caption", "button",
            "object", "template", "marquee", "applet");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements nested deeper than this are not opened; see {@link #startTag}. */
    static final int MAX_DEPTH = 256;
    private static final java.util.regex.Pattern SOURCE_BREAKS = java.util.regex.Pattern.compile("[\r\n\t\f]");

    /**
     * What was extracted. Immutable and thread-safe.
     *
     * @param headline   the headline, one line; empty when the page has none
     * @param paragraphs the paragraphs in page order, each trimmed, lines within one separated by {@code \n}
     */
    public record Extracted(String headline, List<String> paragraphs) {
        /** Validates and copies. */
        public Extracted {
            Objects.requireNonNull(headline, "headline");
            paragraphs = List.copyOf(paragraphs);
        }

        /**
         * @return the article text framelens analyses: the headline, a blank line, then the
         *     paragraphs separated by blank lines, ending with a line break; empty when nothing was found
         */
        public String text() {
            List<String> parts = new ArrayList<>();
            if (!headline.isEmpty()) {
                parts.add(headline);
            }
            parts.addAll(paragraphs);
            return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
        }
    }

    private HtmlText() {
    }

    /**
     * @param html a page's HTML, decoded
     * @return its headline and paragraphs
     */
    public static Extracted extract(String html) {
        Node root = parse(html);
        Node container = container(root);
        // a header inside the article holds its headline; the page's own header holds the site's name
        Node h1 = firstH1(container, container.is("article") || container.is("main") || container.attrs.containsKey("role"));
        if (h1 == null) {
            h1 = firstH1(root, false);
        }
        String headline;
        if (h1 != null) {
            headline = Metadata.oneLine(clean(visibleText(h1)));
        } else {
            Node title = first(root, "title");
            headline = title == null ? "" : Metadata.oneLine(clean(visibleText(title)));
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(container, h1, current, paragraphs, false);
        flush(current, paragraphs, false);
        return new Extracted(headline, paragraphs);
    }

    // ---------------------------------------------------------------- tree

    /** An element (tag set) or a text node (text set). */
    static final class Node {
        final String tag;
        final Map<String, String> attrs;
        final String text;
        final List<Node> children = new ArrayList<>();
        final Node parent;

        Node(String tag, Map<String, String> attrs, String text, Node parent) {
            this.tag = tag;
            this.attrs = attrs;
            this.text = text;
            this.parent = parent;
        }

        boolean is(String name) {
            return name.equals(tag);
        }
    }

    /** Parses HTML into a tree under a synthetic root. */
    static Node parse(String s) {
        Node root = new Node("#root", Map.of(), null, null);
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        int n = s.length();
        int textStart = 0;
        int i = 0;
        while (i < n) {
            if (s.charAt(i) != '<' || i + 1 >= n) {
                i++;
                continue;
            }
            char d = s.charAt(i + 1);
            int next;
            if (s.startsWith("<!--", i)) {
                text(s, textStart, i, open);
                int end = s.indexOf("-->", i + 4);
                next = end < 0 ? n : end + 3;
            } else if (d == '!' || d == '?' || (d == '/' && (i + 2 >= n || !asciiLetter(s.charAt(i + 2))))) {
                text(s, textStart, i, open);
                int end = s.indexOf('>', i + 2);
                next = end < 0 ? n : end + 1;
            } else if (d == '/') {
                text(s, textStart, i, open);
                int j = i + 2;
                while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>' && s.charAt(j) != '/') {
                    j++;
                }
                String name = s.substring(i + 2, j).toLowerCase(Locale.ROOT);
                int end = s.indexOf('>', j);
                next = end < 0 ? n : end + 1;
                endTag(name, open);
            } else if (asciiLetter(d)) {
                text(s, textStart, i, open);
                next = startTag(s, i, open);
            } else {
                i++;
                continue;
            }
            i = next;
            textStart = next;
        }
        text(s, textStart, n, open);
        return root;
    }

    private static void text(String s, int from, int to, Deque<Node> open) {
        if (to > from) {
            Node parent = open.peek();
            parent.children.add(new Node(null, Map.of(), HtmlEntities.decode(s.substring(from, to)), parent));
        }
    }

    /** Parses the start tag at {@code i} (and a raw-text element's content); returns the index after it. */
    private static int startTag(String s, int i, Deque<Node> open) {
        int n = s.length();
        int j = i + 1;
        while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>' && s.charAt(j) != '/') {
            j++;
        }
        String name = s.substring(i + 1, j).toLowerCase(Locale.ROOT);
        Map<String, String> attrs = new HashMap<>();
        boolean selfClosing = false;
        while (j < n) {
            char c = s.charAt(j);
            if (c == '>') {
                j++;
                break;
            }
            if (c == '/') {
                selfClosing = j + 1 < n && s.charAt(j + 1) == '>';
                j++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                j++;
                continue;
            }
            int a = j;
            while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '=' && s.charAt(j) != '>'
                    && s.charAt(j) != '/') {
                j++;
            }
            String attr = s.substring(a, j).toLowerCase(Locale.ROOT);
            while (j < n && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            String value = "";
            if (j < n && s.charAt(j) == '=') {
                j++;
                while (j < n && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j < n && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
                    char q = s.charAt(j);
                    int end = s.indexOf(q, j + 1);
                    end = end < 0 ? n : end;
                    value = s.substring(j + 1, end);
                    j = Math.min(n, end + 1);
                } else {
                    int v = j;
                    while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '>') {
                        j++;
                    }
                    value = s.substring(v, j);
                }
            }
            if (!attr.isEmpty()) {
                attrs.putIfAbsent(attr, HtmlEntities.decode(value));
            }
        }
        impliedEnds(name, open);
        Node parent = open.peek();
        Node element = new Node(name, Map.copyOf(attrs), null, parent);
        parent.children.add(element);
        if (VOID.contains(name) || selfClosing) {
            return j;
        }
        if (RAW.contains(name) || RCDATA.contains(name)) {
            int end = closing(s, j, name);
            String content = s.substring(j, end);
            element.children.add(new Node(null, Map.of(), RCDATA.contains(name) ? HtmlEntities.decode(content) : content, element));
            int gt = s.indexOf('>', end);
            return end >= n ? n : (gt < 0 ? n : gt + 1);
        }
        if (open.size() < MAX_DEPTH) {
            open.push(element);
        }
        // deeper than that (thousands of unclosed tags), content goes to the deepest element kept:
        // the text and its order survive, and the tree walks cannot overflow the stack
        return j;
    }

    /** @return the index of {@code </name} closing a raw-text element, or the end of the input */
    private static int closing(String s, int from, String name) {
        String lower = "</" + name;
        int i = from;
        while (true) {
            int lt = s.indexOf("</", i);
            if (lt < 0) {
                return s.length();
            }
            if (s.regionMatches(true, lt, lower, 0, lower.length())) {
                int after = lt + lower.length();
                if (after >= s.length() || Character.isWhitespace(s.charAt(after)) || s.charAt(after) == '>'
                        || s.charAt(after) == '/') {
                    return lt;
                }
            }
            i = lt + 2;
        }
    }

    /** Closes what a new element implicitly ends, as HTML does for paragraphs, list items and cells. */
    private static void impliedEnds(String name, Deque<Node> open) {
        if (CLOSES_P.contains(name)) {
            closeIfOpen(open, "p", SCOPE);
        }
        if (name.equals("li")) {
            closeIfOpen(open, "li", Set.of("ul", "ol", "menu", "table", "body", "html"));
        } else if (name.equals("dt") || name.equals("dd")) {
            closeIfOpen(open, "dt", Set.of("dl", "table", "body", "html"));
            closeIfOpen(open, "dd", Set.of("dl", "table", "body", "html"));
        } else if (name.equals("tr")) {
            closeIfOpen(open, "tr", Set.of("table", "body", "html"));
        } else if (name.equals("td") || name.equals("th")) {
            closeIfOpen(open, "td", Set.of("tr", "table", "body", "html"));
            closeIfOpen(open, "th", Set.of("tr", "table", "body", "html"));
        } else if (name.equals("option")) {
            closeIfOpen(open, "option", Set.of("select", "body", "html"));
        }
        if (HEADINGS.contains(name) && open.peek() != null && HEADINGS.contains(open.peek().tag)) {
            open.pop();
        }
    }

    private static void closeIfOpen(Deque<Node> open, String tag, Set<String> boundary) {
        for (Node n : open) {
            if (n.is(tag)) {
                while (open.pop() != n) {
                    // pop up to and including n
                }
                return;
            }
            if (boundary.contains(n.tag) || n.is("#root")) {
                return;
            }
        }
    }

    private static void endTag(String name, Deque<Node> open) {
        if (name.equals("br")) {
            Node parent = open.peek();
            parent.children.add(new Node("br", Map.of(), null, parent));
            return;
        }
        if (name.equals("body") || name.equals("html")) {
            return; // text after </body> is still shown by browsers; keep it in the body
        }
        for (Node n : open) {
            if (n.is(name)) {
                while (open.pop() != n) {
                    // pop up to and including n
                }
                return;
            }
        }
        if (name.equals("p")) {
            // a stray </p> is an empty paragraph in HTML: it still ends the text before it
            Node parent = open.peek();
            parent.children.add(new Node("p", Map.of(), null, parent));
        }
    }

    // ---------------------------------------------------------------- selection

    private static boolean dropped(Node n, boolean keepHeader) {
        if (n.tag == null) {
            return false;
        }
        if (DROP.contains(n.tag) && !(keepHeader && n.is("header"))) {
            return true;
        }
        if (n.attrs.containsKey("hidden") || "true".equalsIgnoreCase(n.attrs.get("aria-hidden"))) {
            return true;
        }
        String role = n.attrs.get("role");
        if (role != null && DROP_ROLES.contains(role.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = n.attrs.get("style");
        return style != null && style.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").contains("display:none");
    }

    private static Node container(Node root) {
        List<Node> articles = new ArrayList<>();
        collect(root, "article", articles);
        Node best = null;
        int most = -1;
        for (Node a : articles) {
            int length = textLength(a);
            if (length > most) {
                best = a;
                most = length;
            }
        }
        if (best != null && most > 0) {
            return best;
        }
        Node main = firstWhere(root, n -> n.is("main") || "main".equalsIgnoreCase(n.attrs.get("role")));
        if (main != null) {
            return main;
        }
        Node body = first(root, "body");
        return body == null ? root : body;
    }

    /** Elements named {@code tag} outside dropped parts, outermost only. */
    private static void collect(Node n, String tag, List<Node> out) {
        for (Node c : n.children) {
            if (c.tag == null || dropped(c, false)) {
                continue;
            }
            if (c.is(tag)) {
                out.add(c);
            } else {
                collect(c, tag, out);
            }
        }
    }

    private static Node firstH1(Node scope, boolean keepHeader) {
        return firstWhere(scope, keepHeader, n -> n.is("h1") && !clean(visibleText(n)).isBlank());
    }

    private static Node first(Node scope, String tag) {
        // the <title> lives in <head>, which is dropped for text; look for it everywhere
        if (scope.is(tag)) {
            return scope;
        }
        for (Node c : scope.children) {
            if (c.tag != null) {
                Node f = first(c, tag);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Node firstWhere(Node scope, java.util.function.Predicate<Node> p) {
        return firstWhere(scope, false, p);
    }

    private static Node firstWhere(Node scope, boolean keepHeader, java.util.function.Predicate<Node> p) {
        for (Node c : scope.children) {
            if (c.tag == null || dropped(c, keepHeader)) {
                continue;
            }
            if (p.test(c)) {
                return c;
            }
            Node f = firstWhere(c, keepHeader, p);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static int textLength(Node n) {
        if (n.tag == null) {
            int k = 0;
            for (int i = 0; i < n.text.length(); i++) {
                if (!Character.isWhitespace(n.text.charAt(i))) {
                    k++;
                }
            }
            return k;
        }
        if (dropped(n, false)) {
            return 0;
        }
        int sum = 0;
        for (Node c : n.children) {
            sum += textLength(c);
        }
        return sum;
    }

    /** All text under an element, ignoring dropped parts (a headline keeps its visible words only). */
    private static String visibleText(Node n) {
        StringBuilder b = new StringBuilder();
        appendText(n, b);
        return b.toString();
    }

    private static void appendText(Node n, StringBuilder b) {
        for (Node c : n.children) {
            if (c.tag == null) {
                b.append(c.text);
            } else if (c.is("br")) {
                b.append(' ');
            } else if (!dropped(c, false) || c.is("title")) {
                appendText(c, b);
            }
        }
    }

    // ---------------------------------------------------------------- paragraphs

    private static void walk(Node n, Node skip, StringBuilder current, List<String> out, boolean pre) {
        for (Node c : n.children) {
            if (c.tag == null) {
                // outside <pre> a line break in the source is just white space; only <br> breaks a line
                current.append(pre ? c.text.replace("\r\n", "\n").replace('\r', '\n') : SOURCE_BREAKS.matcher(c.text).replaceAll(" "));
                continue;
            }
            if (c == skip || dropped(c, false)) {
                continue;
            }
            if (c.is("br")) {
                current.append('\n');
            } else if (c.is("td") || c.is("th")) {
                current.append(' ');
                walk(c, skip, current, out, pre);
                current.append(' ');
            } else if (BLOCK.contains(c.tag)) {
                flush(current, out, pre);
                boolean inPre = pre || c.is("pre");
                walk(c, skip, current, out, inPre);
                flush(current, out, inPre);
            } else {
                walk(c, skip, current, out, pre);
            }
        }
    }

    /** Ends the current paragraph: each line's white space collapsed (outside pre) and trimmed, blank lines dropped. */
    private static void flush(StringBuilder current, List<String> out, boolean pre) {
        if (current.length() == 0) {
            return;
        }
        String raw = clean(current.toString());
        current.setLength(0);
        List<String> lines = new ArrayList<>();
        for (String line : raw.split("\n", -1)) {
            String l = pre ? line.replace('\u00A0', ' ').strip() : Metadata.oneLine(line);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        if (!lines.isEmpty()) {
            out.add(String.join("\n", lines));
        }
    }

    /** Removes soft hyphens, which would split words for matching, and makes stray CRs line breaks. */
    private static String clean(String s) {
        return s.replace("\u00AD", "").replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
