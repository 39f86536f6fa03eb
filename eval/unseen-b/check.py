#!/usr/bin/env python3
"""Validate the unseen-b gold files against the article texts and print label counts.

Usage:  python3 eval/unseen-b/check.py [CORPUS_DIR]

Checks, for every STORY/OUTLET.txt and STORY/gold/OUTLET.csv:
  * the article is UTF-8 without BOM, LF line endings only, BMP characters only,
    400-800 words;
  * every article has exactly one gold file and vice versa;
  * the CSV header is exactly the one in shared/ANNOTATION.md;
  * `outlet` equals the file name, offsets are integers, rows are in document order,
    do not overlap, carry no surrounding whitespace, do not cross a line break, and
    together cover every non-whitespace character of the article;
  * kind / speaker_type / attribution / stances / topics take allowed values;
  * OUTLET <=> outlet <=> narrator; UNKNOWN <=> unknown;
  * boilerplate rows are OUTLET/outlet/narrator with no stances and no topics;
  * `direct` rows contain a quotation mark; the first row is a headline.
Exit status 0 when everything passes, 1 otherwise.
"""
import csv
import os
import sys
from collections import Counter, OrderedDict

HEADER = ["outlet", "start", "end", "kind", "speaker", "speaker_type",
          "attribution", "stances", "topics"]
KINDS = {"headline", "subhead", "body", "boilerplate"}
TYPES = {"person", "group", "organization", "outlet", "unknown"}
ATTRS = {"direct", "reported", "narrator"}
STANCES = ["skepticism", "condition", "concession"]
TOPICS = {"security", "conflict", "territory", "diplomacy", "legitimacy", "economy",
          "trade", "immigration", "justice", "energy", "health", "labour"}
QUOTE_CHARS = set('"\u201c\u201d\u2018\u2019\'')
MIN_WORDS, MAX_WORDS = 400, 800


def split_labels(value):
    return [v for v in value.split(";")] if value else []


def check_article(story_dir, outlet, errors):
    tag = f"{os.path.basename(story_dir)}/{outlet}"
    txt_path = os.path.join(story_dir, outlet + ".txt")
    csv_path = os.path.join(story_dir, "gold", outlet + ".csv")

    def err(msg):
        errors.append(f"{tag}: {msg}")

    raw = open(txt_path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("file starts with a BOM")
    if b"\r" in raw:
        err("file contains CR characters (must be LF only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"not valid UTF-8: {e}")
        return None
    if any(ord(c) > 0xFFFF for c in text):
        err("file contains non-BMP characters")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(f"{words} words, outside {MIN_WORDS}-{MAX_WORDS}")

    with open(csv_path, encoding="utf-8", newline="") as fh:
        content = fh.read()
    if "\r" in content:
        err("gold CSV contains CR characters")
    rows = list(csv.reader(content.splitlines()))
    if not rows or rows[0] != HEADER:
        err(f"bad header: {rows[0] if rows else None}")
        return None
    rows = rows[1:]
    if not rows:
        err("no rows")
        return None

    covered = [False] * len(text)
    prev_end = 0
    stats = Counter()
    for n, row in enumerate(rows, start=2):
        where = f"line {n}"
        if len(row) != len(HEADER):
            err(f"{where}: {len(row)} columns")
            continue
        rec = dict(zip(HEADER, row))
        if rec["outlet"] != outlet:
            err(f"{where}: outlet {rec['outlet']!r} != {outlet!r}")
        try:
            start, end = int(rec["start"]), int(rec["end"])
        except ValueError:
            err(f"{where}: non-integer offsets")
            continue
        if not (0 <= start < end <= len(text)):
            err(f"{where}: offsets {start}-{end} out of range")
            continue
        if start < prev_end:
            err(f"{where}: row starts at {start}, before previous end {prev_end}")
        prev_end = end
        span = text[start:end]
        if span != span.strip():
            err(f"{where}: span has surrounding whitespace: {span!r}")
        if "\n" in span:
            err(f"{where}: span crosses a line break: {span!r}")
        for i in range(start, end):
            covered[i] = True

        kind, spk, stype, attr = rec["kind"], rec["speaker"], rec["speaker_type"], rec["attribution"]
        if kind not in KINDS:
            err(f"{where}: kind {kind!r}")
        if stype not in TYPES:
            err(f"{where}: speaker_type {stype!r}")
        if attr not in ATTRS:
            err(f"{where}: attribution {attr!r}")
        if not spk:
            err(f"{where}: empty speaker")
        is_outlet = (spk == "OUTLET", stype == "outlet", attr == "narrator")
        if len(set(is_outlet)) != 1:
            err(f"{where}: OUTLET/outlet/narrator must go together: {spk}, {stype}, {attr}")
        if (spk == "UNKNOWN") != (stype == "unknown"):
            err(f"{where}: UNKNOWN/unknown must go together")
        stances = split_labels(rec["stances"])
        topics = split_labels(rec["topics"])
        for s in stances:
            if s not in STANCES:
                err(f"{where}: stance {s!r}")
        for t in topics:
            if t not in TOPICS:
                err(f"{where}: topic {t!r}")
        if len(set(stances)) != len(stances) or len(set(topics)) != len(topics):
            err(f"{where}: duplicate labels")
        if kind == "boilerplate" and (spk != "OUTLET" or stances or topics):
            err(f"{where}: boilerplate must be OUTLET with no labels")
        if attr == "direct" and not (set(span) & QUOTE_CHARS):
            err(f"{where}: direct attribution but no quotation mark in {span!r}")
        if n == 2 and kind != "headline":
            err(f"{where}: first row is not a headline")

        stats["rows"] += 1
        if kind == "boilerplate":
            stats["boilerplate"] += 1
            continue
        stats["coded"] += 1
        stats["kind:" + kind] += 1
        stats["attr:" + attr] += 1
        for s in stances:
            stats[s] += 1
        if not stances:
            stats["neutral"] += 1

    for i, c in enumerate(text):
        if not c.isspace() and not covered[i]:
            err(f"character {i} ({c!r}) not covered by any row")
            break
    stats["words"] = words
    return stats


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    results = OrderedDict()
    stories = sorted(d for d in os.listdir(root)
                     if os.path.isdir(os.path.join(root, d)) and not d.startswith((".", "_")))
    for story in stories:
        sdir = os.path.join(root, story)
        txts = sorted(f[:-4] for f in os.listdir(sdir) if f.endswith(".txt"))
        golds = sorted(f[:-4] for f in os.listdir(os.path.join(sdir, "gold")) if f.endswith(".csv")) \
            if os.path.isdir(os.path.join(sdir, "gold")) else []
        if txts != golds:
            errors.append(f"{story}: articles {txts} do not match gold files {golds}")
        for outlet in txts:
            if outlet in golds:
                st = check_article(sdir, outlet, errors)
                if st is not None:
                    results[(story, outlet)] = st

    cols = ["words", "rows", "boilerplate", "coded", "kind:headline", "kind:subhead", "kind:body",
            "attr:direct", "attr:reported", "attr:narrator",
            "skepticism", "condition", "concession", "neutral"]
    short = ["words", "rows", "boil", "coded", "head", "sub", "body",
             "dir", "rep", "narr", "skep", "cond", "conc", "neut"]
    print(f"{'story/outlet':32s}" + "".join(f"{c:>7s}" for c in short))
    total = Counter()
    by_outlet = OrderedDict()
    for (story, outlet), st in results.items():
        print(f"{story + '/' + outlet:32s}" + "".join(f"{st[c]:7d}" for c in cols))
        total.update(st)
        by_outlet.setdefault(outlet, Counter()).update(st)
    print("-" * (32 + 7 * len(cols)))
    for outlet, st in by_outlet.items():
        print(f"{'(all) ' + outlet:32s}" + "".join(f"{st[c]:7d}" for c in cols))
    print(f"{'TOTAL':32s}" + "".join(f"{total[c]:7d}" for c in cols))

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(results)} articles in {len(stories)} stories, all gold files valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
