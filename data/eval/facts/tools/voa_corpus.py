#!/usr/bin/env python3
"""Rebuild readable sentences from data/training/ner_dataset.csv (GMB/VOA, one token per row).

Usage:
  voa_corpus.py show FIRST LAST        print sentences FIRST..LAST (numbers as in the corpus), one per line
  voa_corpus.py grep REGEX [FROM TO]   print numbered sentences matching REGEX (case-insensitive)
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'training', 'ner_dataset.csv'))

NO_SPACE_BEFORE = {',', '.', ';', ':', '?', '!', ')', '%', "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {'(', '$'}


def read_sentences(path=CORPUS):
    """Returns {number: [tokens]} for every sentence of the corpus."""
    sentences = {}
    current = None
    with open(path, encoding='utf-8', newline='') as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if row[0].startswith('Sentence:'):
                current = int(row[0].split(':')[1])
                sentences[current] = []
            sentences[current].append(row[1])
    return sentences


def detokenise(tokens):
    """Joins corpus tokens into readable text: no space before punctuation and clitics, paired quotes."""
    out = ''
    open_quote = False
    glue_next = True
    for tok in tokens:
        if tok == '"':
            if open_quote:
                out += '"'
                open_quote = False
                glue_next = False
            else:
                out += ('' if glue_next else ' ') + '"'
                open_quote = True
                glue_next = True
            continue
        if glue_next or tok in NO_SPACE_BEFORE:
            out += tok
        else:
            out += ' ' + tok
        glue_next = tok in NO_SPACE_AFTER
    return out


def passage_text(sentences, first, last):
    """The detokenised text of sentences first..last, joined by single spaces."""
    return ' '.join(detokenise(sentences[n]) for n in range(first, last + 1))


def main(argv):
    sentences = read_sentences()
    if argv[1] == 'show':
        for n in range(int(argv[2]), int(argv[3]) + 1):
            print(n, detokenise(sentences[n]))
    elif argv[1] == 'grep':
        lo, hi = (int(argv[3]), int(argv[4])) if len(argv) > 4 else (1, max(sentences))
        pattern = re.compile(argv[2], re.I)
        for n in range(lo, hi + 1):
            text = detokenise(sentences[n])
            if pattern.search(text):
                print(n, text)
    else:
        print(__doc__)


if __name__ == '__main__':
    main(sys.argv)
