#!/usr/bin/env bash
# Writes the fuzz harness's seed inputs into DIR (made anew): the seed documents whole and in chunks of
# about 4 KB (libFuzzer mutates small inputs many times faster), the fixture documents (Fuzz/seeds), and
# inputs for the other modes of FuzzInput: parts of actors.toml or the catalogue with a document chunk,
# and pairs of whole documents (links and citations between them).
# Usage: Fuzz/seed-corpus.sh DIR   (from the package root)
set -euo pipefail
out=${1:?usage: $0 DIR}
rm -rf "$out"
mkdir -p "$out"

cp seeds/*.txt Fuzz/seeds/*.txt "$out"/

# Paragraphs (blank-line separated) gathered until a chunk holds 4,000 bytes.
for f in seeds/*.txt; do
  base=$(basename "$f" .txt)
  awk -v RS= -v ORS='\n\n' -v out="$out/chunk-$base" '
    { text = text $0 ORS; if (length(text) >= 4000) { n++; printf "%s", text > (out "-" n ".txt"); close(out "-" n ".txt"); text = "" } }
    END { if (text != "") { n++; printf "%s", text > (out "-" n ".txt") } }' "$f"
done
chunks=("$out"/chunk-*.txt)

# actors.toml: its lists of titles and non-names with every sixth group of actors, each with a chunk.
header=$(awk '/^\[\[actor\]\]/ { exit } !/^#/ { print }' seeds/actors.toml)
awk -v out="$out/actors-part" '
  /^\[\[actor\]\]/ { k++; if (k % 6 == 1) { n++ } }
  k > 0 { print > (out "-" n) }' seeds/actors.toml
k=0
for part in "$out"/actors-part-*; do
  { printf '\001'; printf '%s\n' "$header"; cat "$part"; printf '\000'; cat "${chunks[$((k % ${#chunks[@]}))]}"; } > "$out/actors-$k.in"
  rm "$part"
  k=$((k + 1))
done

# The catalogue with a few chunks and with a whole short document.
k=0
for c in "${chunks[@]}"; do
  [ $((k % 8)) = 0 ] && { printf '\002'; cat seeds/catalogue.tsv; printf '\000'; cat "$c"; } > "$out/catalogue-$k.in"
  k=$((k + 1))
done
docs=(seeds/*.txt)
{ printf '\002'; cat seeds/catalogue.tsv; printf '\000'; cat "${docs[3]}"; } > "$out/catalogue-doc.in"

# Pairs of whole documents: the short ones with each other and with a longer one.
{ printf '\003'; cat "${docs[3]}"; printf '\000'; cat "${docs[0]}"; } > "$out/pair-0.in"
{ printf '\003'; cat "${docs[0]}"; printf '\000'; cat "${docs[1]}"; } > "$out/pair-1.in"
