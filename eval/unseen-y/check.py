#!/usr/bin/env python3
"""Validate the unseen-y gold files and quotation lists against the article texts; print counts.

Adapted from eval/unseen-c/check.py (itself adapted from eval/unseen-a/check.py; a validator,
not framelens code): word limit raised to 650, and quotations that run over several
paragraphs (an opening mark repeated at the start of the next paragraph, no closing mark at
the end of the earlier one) are allowed.

Usage: python3 check.py            (run from anywhere; paths are relative to this file)
Exit status 0 when every check passes, 1 otherwise.

Checks, per article STORY/OUTLET.txt and its gold file STORY/gold/OUTLET.csv:
  - the text is UTF-8 without BOM, uses LF line endings only, has only BMP characters
    (so Python string indices equal Java char offsets), and has 420-650 words;
  - the CSV header is exactly
      outlet,start,end,kind,speaker,speaker_type,attribution,stances,topics
  - every row: outlet equals the file name, 0 <= start < end <= len(text), the span has no
    leading/trailing whitespace, rows are in document order and do not overlap, and the
    text between rows (and before the first / after the last) is whitespace only, so the
    rows cover every non-whitespace character;
  - kind, speaker_type, attribution, stances and topics take allowed values; labels are not
    repeated; narrator <=> OUTLET <=> outlet; UNKNOWN <=> unknown;
  - boilerplate rows are OUTLET/outlet/narrator with no stances and no topics;
  - a `direct` row contains a quotation mark, or lies inside a quotation that opens before it
    and closes after it in the same paragraph, or that runs on into the next paragraph
    (which opens with a quotation mark again).

Checks, per story, of STORY/quotes/quotes.csv (format of eval/QUOTES.md):
  - the header is exactly  quote,outlet,start,end,text
  - outlet names an article of the story; text[start:end] == the text column;
  - the piece sits directly inside quotation marks (a trailing , or . just inside the closing
    mark is left out), does not start or end with whitespace, a mark, "," or ".";
  - every piece has 3 or more words; group ids are 1..n without gaps;
  - rows are sorted by quote, then outlet, then start, and do not overlap;
  - completeness: every double-quoted span (straight or curly) and every single-quoted span
    opened by a curly or a space-preceded straight mark, of 3 or more words, is a row, and
    every row is such a span; a paragraph that opens a quotation and ends without closing it,
    followed by a paragraph that opens with a quotation mark, gives one piece running to the
    end of the paragraph.
"""
import csv
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["outlet", "start", "end", "kind", "speaker", "speaker_type", "attribution",
          "stances", "topics"]
KINDS = {"headline", "subhead", "body", "boilerplate"}
TYPES = {"person", "group", "organization", "outlet", "unknown"}
ATTRS = {"direct", "reported", "narrator"}
STANCES = ["skepticism", "condition", "concession"]
TOPICS = {"security", "conflict", "territory", "diplomacy", "legitimacy", "economy", "trade",
          "immigration", "justice", "energy", "health", "labour"}
QUOTES = set('"\u201c\u201d\u2018\u2019\'')


def inside_quotation(text, s, e):
    """True when text[s:e] lies inside a double quotation that opens earlier in the same
    paragraph and closes later in it (the middle sentence of a multi-sentence quote)."""
    ps = text.rfind("\n", 0, s) + 1
    pe = text.find("\n", e)
    pe = len(text) if pe < 0 else pe
    before, after = text[ps:s], text[e:pe]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    if before.rfind("\u201c") > before.rfind("\u201d") and "\u201d" in after:
        return True
    # a quotation running on into the next paragraph: open here, not closed in this
    # paragraph, and the next non-empty paragraph opens with a quotation mark
    open_here = (before.count('"') % 2 == 1 and '"' not in after) or (
        before.rfind("\u201c") > before.rfind("\u201d") and "\u201d" not in after)
    return open_here and runs_on(text, pe)


def runs_on(text, pe):
    """True when the next non-empty paragraph after position pe opens with a quotation mark."""
    rest = text[pe:].lstrip("\n")
    return rest[:1] in ('"', "\u201c")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def labels(where, value, allowed, what):
    if value == "":
        return []
    parts = value.split(";")
    for p in parts:
        if p not in allowed:
            err(where, f"bad {what} label {p!r}")
    if len(set(parts)) != len(parts):
        err(where, f"repeated {what} label in {value!r}")
    return parts


def check_article(story, outlet):
    tpath = os.path.join(HERE, story, outlet + ".txt")
    gpath = os.path.join(HERE, story, "gold", outlet + ".csv")
    where = f"{story}/{outlet}"
    raw = open(tpath, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(where, "BOM present")
    if b"\r" in raw:
        err(where, "CR in text")
    text = raw.decode("utf-8")
    if any(ord(c) > 0xFFFF for c in text):
        err(where, "non-BMP character")
    words = len(text.split())
    if not 420 <= words <= 650:
        err(where, f"{words} words, outside 420-650")
    if not os.path.exists(gpath):
        err(where, "gold file missing")
        return None
    with open(gpath, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != HEADER:
        err(where, f"bad header {rows[0] if rows else None}")
        return None
    stats = Counter(words=words)
    pos = 0
    for n, r in enumerate(rows[1:], start=2):
        w = f"{where} line {n}"
        if len(r) != len(HEADER):
            err(w, f"{len(r)} columns")
            continue
        d = dict(zip(HEADER, r))
        if d["outlet"] != outlet:
            err(w, f"outlet {d['outlet']!r} != {outlet!r}")
        try:
            s, e = int(d["start"]), int(d["end"])
        except ValueError:
            err(w, "non-integer offsets")
            continue
        if not (0 <= s < e <= len(text)):
            err(w, f"offsets {s}-{e} out of range")
            continue
        if s < pos:
            err(w, f"row starts at {s}, before the end of the previous row ({pos})")
        elif text[pos:s].strip():
            err(w, f"uncovered text before row: {text[pos:s]!r}")
        span = text[s:e]
        if span != span.strip():
            err(w, "span has surrounding whitespace")
        pos = max(pos, e)
        kind, spk, typ, att = d["kind"], d["speaker"], d["speaker_type"], d["attribution"]
        if kind not in KINDS:
            err(w, f"bad kind {kind!r}")
        if typ not in TYPES:
            err(w, f"bad speaker_type {typ!r}")
        if att not in ATTRS:
            err(w, f"bad attribution {att!r}")
        if not spk:
            err(w, "empty speaker")
        if (spk == "OUTLET") != (typ == "outlet") or (typ == "outlet") != (att == "narrator"):
            err(w, f"inconsistent narrator coding {spk}/{typ}/{att}")
        if (spk == "UNKNOWN") != (typ == "unknown"):
            err(w, f"inconsistent unknown coding {spk}/{typ}")
        st = labels(w, d["stances"], STANCES, "stance")
        tp = labels(w, d["topics"], TOPICS, "topic")
        if kind == "boilerplate":
            stats["boilerplate"] += 1
            if (spk, typ, att) != ("OUTLET", "outlet", "narrator") or st or tp:
                err(w, "boilerplate row must be OUTLET/outlet/narrator without labels")
            continue
        if att == "direct" and not (QUOTES & set(span)) and not inside_quotation(text, s, e):
            err(w, "direct attribution but no quotation mark in or around the sentence")
        stats["coded"] += 1
        stats[kind] += 1
        stats["att_" + att] += 1
        for x in st:
            stats[x] += 1
        if not st:
            stats["neutral"] += 1
        for x in tp:
            stats["topic_" + x] += 1
    if text[pos:].strip():
        err(where, f"uncovered text after last row: {text[pos:][:60]!r}")
    stats["rows"] = len(rows) - 1
    return stats


QHEADER = ["quote", "outlet", "start", "end", "text"]
QMARKS = set('"\u201c\u201d\u2018\u2019\'')
SPAN_RES = [re.compile(r'"([^"\n]+)"'),
            re.compile('\u201c([^\u201d\n]+)\u201d'),
            re.compile('\u2018(.+?)\u2019(?![A-Za-z])'),
            re.compile(r"(?:(?<=^)|(?<=[\s(]))'([^'\n]+?)'(?=[\s,.;:!?)]|$)", re.M)]


def quoted_spans(text):
    """(start, end) of each quotation of 3+ words, marks and a final , or . removed."""
    spans = set()
    for rx in SPAN_RES:
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            if text[e - 1] in ",.":
                e -= 1
            if len(text[s:e].split()) >= 3:
                spans.add((s, e))
    # pieces of a quotation that runs over several paragraphs: a paragraph-opening mark
    # (or a mark after text) with no closing mark before the end of the paragraph, when
    # the next paragraph opens with a quotation mark
    for m in re.finditer('(?:(?<=^)|(?<=\\s))(["\u201c])([^"\u201c\u201d\n]+)$', text, re.M):
        s, e = m.start(2), m.end(2)
        if not runs_on(text, e):
            continue
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        before = text[line_start:m.start(1)]
        if m.group(1) == '"' and before.count('"') % 2 == 1:
            continue
        if m.group(1) == "\u201c" and before.rfind("\u201c") > before.rfind("\u201d"):
            continue
        if text[e - 1] in ",.":
            e -= 1
        if len(text[s:e].split()) >= 3:
            spans.add((s, e))
    return spans


def check_quotes(story, outlets):
    where = f"{story}/quotes"
    qpath = os.path.join(HERE, story, "quotes", "quotes.csv")
    if not os.path.exists(qpath):
        err(where, "quotes.csv missing")
        return None
    with open(qpath, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != QHEADER:
        err(where, f"bad header {rows[0] if rows else None}")
        return None
    texts = {o: open(os.path.join(HERE, story, o + ".txt"), encoding="utf-8").read()
             for o in outlets}
    keys, seen, groups = [], {o: set() for o in outlets}, {}
    for n, r in enumerate(rows[1:], start=2):
        w = f"{where} line {n}"
        if len(r) != len(QHEADER):
            err(w, f"{len(r)} columns")
            continue
        q, o, s, e, t = r
        try:
            q, s, e = int(q), int(s), int(e)
        except ValueError:
            err(w, "non-integer quote/start/end")
            continue
        if o not in texts:
            err(w, f"unknown outlet {o!r}")
            continue
        text = texts[o]
        if not (0 < s < e < len(text)) or text[s:e] != t:
            err(w, f"text[{s}:{e}] does not match {t!r}")
            continue
        if t != t.strip() or t[0] in QMARKS or t[-1] in QMARKS or t[-1] in ",.":
            err(w, f"bad edges in {t!r}")
        after = text[e:e + 2]
        para_end = after[:1] == "\n" or (after[:1] in ",." and after[1:2] in ("\n", ""))
        if text[s - 1] not in QMARKS or not (after[:1] in QMARKS or
                                               (after[:1] in ",." and after[1:2] in QMARKS) or
                                               (para_end and runs_on(text, e + 1))):
            err(w, f"{t!r} is not directly inside quotation marks")
        if len(t.split()) < 3:
            err(w, f"fewer than 3 words: {t!r}")
        keys.append((q, o, s))
        for a, b in seen[o]:
            if s < b and a < e:
                err(w, "overlaps another piece")
        seen[o].add((s, e))
        groups.setdefault(q, set()).add(o)
    if keys != sorted(keys):
        err(where, "rows not sorted by quote, outlet, start")
    if sorted(groups) != list(range(1, len(groups) + 1)):
        err(where, f"group ids not 1..n: {sorted(groups)}")
    for o in outlets:
        found = quoted_spans(texts[o])
        for s, e in sorted(found - seen[o]):
            err(where, f"{o}: quotation {texts[o][s:e]!r} has no row")
        for s, e in sorted(seen[o] - found):
            err(where, f"{o}: row {texts[o][s:e]!r} is not a detected quotation span")
    return (len(rows) - 1, len(groups), sum(len(v) > 1 for v in groups.values()))


def main():
    stories = sorted(d for d in os.listdir(HERE)
                     if os.path.isdir(os.path.join(HERE, d, "gold")))
    table = []
    qtable = []
    total = Counter()
    for story in stories:
        sdir = os.path.join(HERE, story)
        outlets = sorted(f[:-4] for f in os.listdir(sdir) if f.endswith(".txt"))
        golds = sorted(f[:-4] for f in os.listdir(os.path.join(sdir, "gold")) if f.endswith(".csv"))
        if outlets != golds:
            err(story, f"articles {outlets} vs gold files {golds}")
        for outlet in outlets:
            st = check_article(story, outlet)
            if st:
                table.append((story, outlet, st))
                total.update(st)
        qc = check_quotes(story, outlets)
        if qc:
            qtable.append((story,) + qc)
    cols = ["words", "rows", "boilerplate", "coded", "headline", "subhead", "body",
            "att_direct", "att_reported", "att_narrator",
            "skepticism", "condition", "concession", "neutral"]
    short = ["words", "rows", "bp", "coded", "head", "sub", "body", "dir", "rep", "narr",
             "skep", "cond", "conc", "neut"]
    print(f"{'story/outlet':32}" + "".join(f"{c:>7}" for c in short))
    for story, outlet, st in table:
        print(f"{story + '/' + outlet:32}" + "".join(f"{st[c]:>7}" for c in cols))
    print(f"{'TOTAL':32}" + "".join(f"{total[c]:>7}" for c in cols))
    print("topics (non-boilerplate rows): " + ", ".join(
        f"{k[6:]} {v}" for k, v in sorted(total.items()) if k.startswith("topic_")))
    print(f"\n{'quotes':32}{'pieces':>8}{'groups':>8}{'2+ outl':>8}")
    for story, a, b, c in qtable:
        print(f"{story:32}{a:>8}{b:>8}{c:>8}")
    print(f"{'TOTAL':32}" + "".join(f"{sum(x[i] for x in qtable):>8}" for i in (1, 2, 3)))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(table)} articles in {len(stories)} stories, gold and quotes, all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
