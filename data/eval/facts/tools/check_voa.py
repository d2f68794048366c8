#!/usr/bin/env python3
"""Checks data/eval/facts/dev-voa.jsonl and test-voa.jsonl as written (only the enum lists come from
build_voa.py; nothing is rebuilt) and prints counts.

Checks: every line is a JSON object with the GOLD-FORMAT fields; only the enum names of org.parley.model; every
surface string of entities, relations and events occurs in "text"; "sentences" equals the sentence range in "id"
and "source"; no passage of test is within 1,000 corpus sentences of a dev passage. Exit status 1 on any error.
"""
import collections
import json
import os
import re
import sys

from build_voa import ENTITY_TYPES, RELATION_TYPES, EVENT_TYPES, STATUSES, ROLES, QUANTITY_ROLES

HERE = os.path.dirname(os.path.abspath(__file__))
FACTS = os.path.normpath(os.path.join(HERE, '..'))
FIELDS = ['id', 'source', 'published', 'text', 'sentences', 'entities', 'relations', 'events']


def check(path, errors):
    docs = []
    with open(path, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            where = '%s:%d' % (os.path.basename(path), no)
            try:
                d = json.loads(line)
            except ValueError as e:
                errors.append('%s: not JSON (%s)' % (where, e))
                continue
            if list(d) != FIELDS:
                errors.append('%s: fields %s' % (where, list(d)))
                continue
            m = re.fullmatch(r'voa-(\d{5})-(\d{5})', d['id'])
            first, last = int(m.group(1)), int(m.group(2))
            if d['source'] != 'ner_dataset.csv sentences %d-%d' % (first, last) or d['sentences'] != last - first + 1:
                errors.append('%s: id/source/sentences disagree' % where)
            if d['published'] is not None:
                errors.append('%s: published must be null' % where)
            text = d['text']

            def need(s, what):
                if s is not None and s not in text:
                    errors.append('%s: %s %r not in text' % (where, what, s))
            for e in d['entities']:
                if e['type'] not in ENTITY_TYPES:
                    errors.append('%s: entity type %s' % (where, e['type']))
                need(e['text'], 'entity')
            for r in d['relations']:
                if r['type'] not in RELATION_TYPES:
                    errors.append('%s: relation type %s' % (where, r['type']))
                for k in ('subject', 'object', 'evidence'):
                    need(r[k], 'relation ' + k)
            for ev in d['events']:
                if ev['type'] not in EVENT_TYPES or ev['status'] not in STATUSES:
                    errors.append('%s: event %s/%s' % (where, ev['type'], ev['status']))
                for k in ('trigger', 'evidence', 'place', 'name'):
                    need(ev[k], 'event ' + k)
                for p in ev['participants']:
                    if p['role'] not in ROLES:
                        errors.append('%s: role %s' % (where, p['role']))
                    need(p['entity'], 'participant')
                for q in ev['quantities']:
                    if q['role'] not in QUANTITY_ROLES:
                        errors.append('%s: quantity role %s' % (where, q['role']))
            docs.append((first, last, d))
    return docs


def main():
    errors = []
    parts = {p: check(os.path.join(FACTS, p + '-voa.jsonl'), errors) for p in ('dev', 'test')}
    for a1, b1, _ in parts['test']:
        for a2, b2, _ in parts['dev']:
            if a1 - 1000 <= b2 and a2 <= b1 + 1000:
                errors.append('test %d-%d is within 1,000 sentences of dev %d-%d' % (a1, b1, a2, b2))
    for part, docs in parts.items():
        ents = collections.Counter(e['type'] for _, _, d in docs for e in d['entities'])
        rels = collections.Counter(r['type'] for _, _, d in docs for r in d['relations'])
        evs = collections.Counter(e['type'] for _, _, d in docs for e in d['events'])
        sts = collections.Counter(e['status'] for _, _, d in docs for e in d['events'])
        print('%s: %d passages, %d sentences, %d entities, %d relations, %d events' % (
            part, len(docs), sum(d['sentences'] for _, _, d in docs), sum(ents.values()), sum(rels.values()),
            sum(evs.values())))
        print('  entities  ', dict(sorted(ents.items())))
        print('  relations ', dict(sorted(rels.items())))
        print('  events    ', dict(sorted(evs.items())))
        print('  statuses  ', dict(sorted(sts.items())))
    for e in errors:
        print('ERROR', e)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
