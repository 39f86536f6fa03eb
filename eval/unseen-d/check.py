#!/usr/bin/env python3
"""Validate the unseen-d gold files and quotation lists against the article texts and print counts.

Usage: python3 check.py            (run from anywhere; paths are relative to this file)
Exit status 0 when every check passes, 1 otherwise.

Checks, per article STORY/OUTLET.txt and its gold file STORY/gold/OUTLET.csv:
  - the text is UTF-8 without BOM, uses LF line endings only, has only BMP characters
    (so Python string indices equal Java char offsets), and has 420-560 words;
  - the CSV header is exactly
      outlet,start,end,kind,speaker,speaker_type,attribution,stances,topics
  - every row: outlet equals the file name, 0 <= start < end <= len(text), the span has no
    leading/trailing whitespace, rows are in document order and do not overlap, and the
    text between rows (and before the first / after the last) is whitespace only, so the
    rows cover every non-whitespace character;
  - kind, speaker_type, attribution, stances and topics take allowed values; labels are not
    repeated; narrator <=> OUTLET <=> outlet; UNKNOWN <=> unknown;
  - boilerplate rows are OUTLET/outlet/narrator with no stances and no topics;
  - a `direct` row contains a quotation mark, or lies inside a quotation that runs over
    several sentences (an opening double mark earlier on its line is still open);
    straight single quotes count only as a pair ('...');
and, per story, STORY/quotes/quotes.csv (format of eval/QUOTES.md):
  - header quote,outlet,start,end,text; outlet is an article of the story;
  - text[start:end] == the text column; no surrounding whitespace, no trailing , or .;
  - the span is 3+ words and sits inside quotation marks (the character before the span is
    an opening mark, or the span starts a paragraph continuing a quotation);
  - rows are sorted by quote, outlet, start; group ids run 1..n without gaps.
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

errors = []


def has_quote(span):
    """A double or curly quotation mark, or a pair of straight single quotes."""
    if set('"\u201c\u201d\u2018') & set(span):
        return True
    return bool(re.search(r"(^|[\s(])'[^']+'($|[\s:,.;!?])", span))


def inside_quote(text, pos):
    """True if an opening double quotation mark before pos on its line is unclosed."""
    seg = text[text.rfind("\n", 0, pos) + 1:pos]
    if seg.count('"') % 2 == 1:
        return True
    curly = [c for c in seg if c in "\u201c\u201d"]
    return bool(curly) and curly[-1] == "\u201c"


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


QHEADER = ["quote", "outlet", "start", "end", "text"]
QPATTERNS = [r'"([^"\n]+)"?',                       # straight double (may run to paragraph end)
             r'\u201c([^\u201d\n]+)\u201d?',          # curly double
             r"\u2018([^\u2019\n]+(?:\u2019[a-z][^\u2019\n]*)*)\u2019",  # curly single
             r"(?:(?<=^)|(?<=[\s(]))'([^'\n]+)'(?=$|[\s:,.;!?])"]  # straight single pair


def quoted_spans(text):
    """Every quotation of 3+ words, trimmed of a trailing , or . (outermost spans only)."""
    spans = []
    for pat in QPATTERNS:
        for m in re.finditer(pat, text, re.M):
            s, e = m.start(1), m.end(1)
            while e > s and text[e - 1] in ",. ":
                e -= 1
            spans.append((s, e))
    outer = [(s, e) for s, e in spans
             if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)]
    return {(s, e) for s, e in outer if len(text[s:e].split()) >= 3}


def check_quotes(story, outlets):
    qpath = os.path.join(HERE, story, "quotes", "quotes.csv")
    where = f"{story}/quotes/quotes.csv"
    if not os.path.exists(qpath):
        err(where, "missing")
        return None
    texts = {o: open(os.path.join(HERE, story, o + ".txt"), encoding="utf-8").read()
             for o in outlets}
    with open(qpath, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != QHEADER:
        err(where, f"bad header {rows[0] if rows else None}")
        return None
    keys, groups, seen = [], Counter(), set()
    group_outlets = {}
    for n, r in enumerate(rows[1:], start=2):
        w = f"{where} line {n}"
        if len(r) != len(QHEADER):
            err(w, f"{len(r)} columns")
            continue
        q, o, s, e, qt = r
        if o not in texts:
            err(w, f"unknown outlet {o!r}")
            continue
        try:
            q, s, e = int(q), int(s), int(e)
        except ValueError:
            err(w, "non-integer quote/offsets")
            continue
        text = texts[o]
        if text[s:e] != qt:
            err(w, f"text[{s}:{e}] != {qt!r}")
        if qt != qt.strip() or qt.endswith((",", ".")):
            err(w, "span has surrounding whitespace or a trailing , or .")
        if len(qt.split()) < 3:
            err(w, "fewer than 3 words")
        before = text[s - 1] if s > 0 else ""
        if before not in "\"\u201c\u2018'":
            err(w, f"span not preceded by an opening quotation mark ({before!r})")
        keys.append((q, o, s))
        groups[q] += 1
        group_outlets.setdefault(q, set()).add(o)
        seen.add((o, s, e))
    if keys != sorted(keys):
        err(where, "rows not sorted by quote, outlet, start")
    if groups and sorted(groups) != list(range(1, max(groups) + 1)):
        err(where, f"group ids not 1..n: {sorted(groups)}")
    for o, text in texts.items():
        for s, e in sorted(quoted_spans(text)):
            if (o, s, e) not in seen:
                err(where, f"quotation of 3+ words missing: {o} {s}-{e} {text[s:e]!r}")
    return (len(rows) - 1, len(groups), sum(1 for v in group_outlets.values() if len(v) > 1))


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
    if not 420 <= words <= 560:
        err(where, f"{words} words, outside 420-560")
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
        if att == "direct" and not has_quote(span) and not inside_quote(text, s):
            err(w, "direct attribution but no quotation mark in the sentence")
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
        qs = check_quotes(story, outlets)
        if qs:
            qtable.append((story,) + qs)
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
    print(f"\n{'story':32}{'pieces':>8}{'groups':>8}{'2+ outlets':>12}")
    for story, pieces, groups, multi in qtable:
        print(f"{story:32}{pieces:>8}{groups:>8}{multi:>12}")
    print(f"{'TOTAL':32}{sum(x[1] for x in qtable):>8}{sum(x[2] for x in qtable):>8}"
          f"{sum(x[3] for x in qtable):>12}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(table)} articles in {len(stories)} stories, all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
