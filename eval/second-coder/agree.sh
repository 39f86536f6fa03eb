#!/usr/bin/env bash
# Inter-coder agreement: scores the second coder's coding of a sealed corpus against its gold with
# `framelens eval`, exactly as the tool's output is scored (same matching, same figures).
#   eval/second-coder/agree.sh unseen-g      (or unseen-h, unseen-i, unseen-j, unseen-k)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
corpus="$1"
out="$(mktemp -d "${TMPDIR:-/tmp}/framelens-agree.XXXXXX")"
python3 - "$here/$corpus" "$out" <<'PY'
import csv, glob, os, sys
src, out = sys.argv[1], sys.argv[2]
cols = ('story,outlet,sentence,start,end,kind,text,speaker,speaker_type,attribution,cue,stances,topics,'
        'evidence,concession_direction,paragraph,words').split(',')
with open(os.path.join(out, 'sentences.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, cols)
    w.writeheader()
    for p in sorted(glob.glob(os.path.join(src, '*', '*.csv'))):
        story = os.path.basename(os.path.dirname(p))
        for i, r in enumerate(csv.DictReader(open(p, encoding='utf-8'))):
            row = {k: '' for k in cols}
            row.update({k: r[k] for k in ('outlet', 'start', 'end', 'kind', 'text', 'speaker', 'speaker_type',
                                          'attribution', 'stances', 'topics')})
            row.update(story=story, sentence=i, paragraph=0, words=len(r['text'].split()))
            w.writerow(row)
PY
"$root/framelens" eval "$root/eval/$corpus" "$out"
