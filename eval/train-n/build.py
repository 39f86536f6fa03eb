#!/usr/bin/env python3
"""Build articles, gold CSVs and quote lists for train-n from the hand-written
build_STORY.spec files (sentences hand-segmented and hand-coded, one per line).
Offsets are computed here by Python, never by hand."""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check
T = {"p": "person", "g": "group", "o": "organization", "u": "unknown"}
A = {"d": "direct", "r": "reported"}
ST = {"sk": "skepticism", "co": "condition", "cn": "concession"}
TP = {"he": "health", "ec": "economy", "tr": "trade", "ju": "justice", "le": "legitimacy",
      "la": "labour", "di": "diplomacy", "se": "security", "cf": "conflict", "te": "territory",
      "en": "energy", "im": "immigration"}
KIND = {"h": "headline", "s": "subhead", "b": "body", "x": "boilerplate"}

def parse(story):
    outlets = {}
    cur = None
    for line in open(os.path.join(HERE, f"build_{story}.spec"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            parts = line[4:].split()
            cur = {"sep": "\n" * int(parts[1]), "paras": [[]],
                   "q": [int(x) for x in parts[2][2:].split(",")] if len(parts) > 2 else []}
            outlets[parts[0]] = cur
            continue
        if cur is None:
            continue
        if not line.strip():
            if cur["paras"][-1]:
                cur["paras"].append([])
            continue
        codes, text = line.split(" :: ", 1)
        cur["paras"][-1].append((codes.strip(), text.strip()))
    return outlets

def code_row(codes):
    f = codes.split("|")
    kind = KIND[f[0]]
    if kind == "boilerplate":
        return [kind, "OUTLET", "outlet", "narrator", "", ""]
    spk = f[1]
    if spk == "O":
        name, typ, att = "OUTLET", "outlet", "narrator"
    else:
        name, t, a = spk.split("/")
        typ, att = T[t], A[a]
    st = [ST[x] for x in f[2].split(";") if x]
    st = [s for s in ["skepticism", "condition", "concession"] if s in st]
    tp = [TP[x] for x in f[3].split(";") if x] if len(f) > 3 else []
    return [kind, name, typ, att, ";".join(st), ";".join(tp)]

def build(story):
    sdir = os.path.join(HERE, story)
    os.makedirs(os.path.join(sdir, "gold"), exist_ok=True)
    os.makedirs(os.path.join(sdir, "quotes"), exist_ok=True)
    qrows = []
    for outlet, d in parse(story).items():
        paras = [p for p in d["paras"] if p]
        text = d["sep"].join(" ".join(t for _, t in p) for p in paras) + "\n"
        with open(os.path.join(sdir, outlet + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        disk = open(os.path.join(sdir, outlet + ".txt"), encoding="utf-8").read()
        rows, pos = [], 0
        for p in paras:
            for codes, t in p:
                s = disk.index(t, pos)
                e = s + len(t)
                pos = e
                rows.append([outlet, s, e] + code_row(codes))
        with open(os.path.join(sdir, "gold", outlet + ".csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(check.HEADER)
            w.writerows(rows)
        spans = sorted(check.quoted_spans(disk))
        if len(spans) != len(d["q"]):
            print(f"{story}/{outlet}: {len(spans)} spans vs {len(d['q'])} groups")
            for s, e in spans:
                print("   ", repr(disk[s:e]))
        for (s, e), g in zip(spans, d["q"]):
            qrows.append([g, outlet, s, e, disk[s:e]])
    qrows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(os.path.join(sdir, "quotes", "quotes.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(check.QHEADER)
        w.writerows(qrows)

if __name__ == "__main__":
    for story in sys.argv[1:]:
        build(story)
