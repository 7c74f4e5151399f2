#!/usr/bin/env python3
"""Print the 160 BBC articles of the fresh answer key, chosen by a fixed hash rule.

usage: python3 select.py [CORPUS_DIR]   (default: ../shared/corpus/bbc next to the checkout)

Rule: for each category, order its files by the sha256 hex digest of the string
"factsheet-fresh-key/<category>/<file name>" and take the first 32, skipping a file
whose bytes are identical to another file of the corpus, and the three files
business/002.txt, business/004.txt and sport/005.txt. The first 4 of each category were
annotated first (batch 1), the 5th and 6th later (batch 2), the 7th and 8th after them
(batch 3), the 9th and 10th after them (batch 4), the 11th and 12th after them (batch 5), the
13th and 14th after them (batch 6), the 15th to the 18th (batch 7), the 19th and 20th
(batch 8), the 21st and 22nd (batch 9), the 23rd and 24th (batch 10), the 25th and 26th
(batch 11), the 27th and 28th (batch 12), the 29th and 30th (batch 13), the 31st and 32nd
last (batch 14), each batch before the extractor was run on it."""
import hashlib, os, sys
from collections import Counter

CATEGORIES = ['business', 'entertainment', 'politics', 'sport', 'tech']
EXCLUDED = {'business/002.txt', 'business/004.txt', 'sport/005.txt'}
PER_CATEGORY = 32

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, '..', '..', '..', '..', 'shared', 'corpus', 'bbc')
    root = sys.argv[1] if len(sys.argv) > 1 else default
    files = {c: sorted(f for f in os.listdir(os.path.join(root, c)) if f.endswith('.txt'))
             for c in CATEGORIES}
    content = {}
    for c in CATEGORIES:
        for f in files[c]:
            with open(os.path.join(root, c, f), 'rb') as fh:
                content[f'{c}/{f}'] = hashlib.sha256(fh.read()).hexdigest()
    copies = Counter(content.values())
    for c in CATEGORIES:
        key = lambda f: hashlib.sha256(f'factsheet-fresh-key/{c}/{f}'.encode()).hexdigest()
        chosen = []
        for f in sorted(files[c], key=key):
            name = f'{c}/{f}'
            if name in EXCLUDED or copies[content[name]] > 1:
                continue
            chosen.append(name)
            if len(chosen) == PER_CATEGORY:
                break
        for name in chosen:
            print(name)

if __name__ == '__main__':
    main()
