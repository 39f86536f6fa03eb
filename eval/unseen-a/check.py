#!/usr/bin/env python3
"""Validate the unseen-a gold files against the article texts and print counts.

Usage: python3 check.py            (run from anywhere; paths are relative to this file)
Exit status 0 when every check passes, 1 otherwise.

Checks, per article STORY/OUTLET.txt and its gold file STORY/gold/OUTLET.csv:
  - the text is UTF-8 without BOM, uses LF line endings only, has only BMP characters
    (so Python string indices equal Java char offsets), and has 400-700 words;
  - the CSV header is exactly
      outlet,start,end,kind,speaker,speaker_type,attribution,stances,topics
  - every row: outlet equals the file name, 0 <= start < end <= len(text), the span has no
    leading/trailing whitespace, rows are in document order and do not overlap, and the
    text between rows (and before the first / after the last) is whitespace only, so the
    rows cover every non-whitespace character;
  - kind, speaker_type, attribution, stances and topics take allowed values; labels are not
    repeated; narrator <=> OUTLET <=> outlet; UNKNOWN <=> unknown;
  - boilerplate rows are OUTLET/outlet/narrator with no stances and no topics;
  - a `direct` row contains a quotation mark.
"""
import csv
import os
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
QUOTES = set('"\u201c\u201d\u2018\u2019')

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
    if not 400 <= words <= 700:
        err(where, f"{words} words, outside 400-700")
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
        if att == "direct" and not (QUOTES & set(span)):
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
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(table)} articles in {len(stories)} stories, all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
