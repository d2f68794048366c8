#!/usr/bin/env python3
"""Builds data/eval/facts/dev-voa.jsonl and test-voa.jsonl from the hand annotations in voa_annotations.py.

The passage text is rebuilt from data/training/ner_dataset.csv (sentence numbers in each annotation), so the
selection is reproducible. Then every document is validated against GOLD-FORMAT: enum names, surface strings
occurring in the text, sentence counts. Usage: build_voa.py [--check]  (--check: validate only, write nothing)
"""
import json
import os
import sys

from voa_corpus import read_sentences, passage_text
import voa_annotations as A

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..'))

ENTITY_TYPES = {'PERSON', 'STATE', 'ALLIANCE', 'ORGANIZATION', 'PLACE'}
RELATION_TYPES = {'HOLDS_POST', 'HELD_POST', 'MEMBER_OF', 'AFFILIATED_WITH', 'LEADS_DELEGATION',
                  'DELEGATION_MEMBER', 'LOCATED_IN'}
EVENT_TYPES = {'NEGOTIATION', 'MEETING', 'PHONE_CALL', 'STATEMENT', 'DEMAND', 'PROPOSAL', 'REJECTION', 'THREAT',
               'AGREEMENT', 'PRISONER_EXCHANGE', 'RELEASE', 'CEASEFIRE', 'ATTACK', 'SANCTION', 'ANNEXATION',
               'WITHDRAWAL'}
STATUSES = {'OCCURRED', 'SCHEDULED', 'PROPOSED', 'DEMANDED', 'AGREED', 'REJECTED', 'CANCELLED'}
ROLES = {'PARTICIPANT', 'NEGOTIATING_PARTY', 'HOST', 'MEDIATOR', 'SPEAKER', 'ADDRESSEE', 'PROPOSER', 'SIGNATORY',
         'SUPPORTER', 'ATTACKER', 'TARGET', 'VICTIM', 'RELEASING_PARTY', 'RECEIVING_PARTY', 'DELEGATION_HEAD'}
QUANTITY_ROLES = {'PERSONS', 'PERSONS_PER_SIDE', 'KILLED', 'INJURED', 'DURATION_DAYS', 'PERSONS_PER_WEEK'}


def build(passage, sentences):
    first, last = passage['first'], passage['last']
    doc = {'id': 'voa-%05d-%05d' % (first, last),
           'source': 'ner_dataset.csv sentences %d-%d' % (first, last),
           'published': None,
           'text': passage_text(sentences, first, last),
           'sentences': last - first + 1,
           'entities': passage['entities'],
           'relations': passage['relations'],
           'events': passage['events']}
    return doc


def validate(doc, errors):
    def err(msg):
        errors.append('%s: %s' % (doc['id'], msg))

    text = doc['text']
    names = set()
    for e in doc['entities']:
        if e['type'] not in ENTITY_TYPES:
            err('entity type ' + e['type'])
        if e['text'] not in text:
            err('entity not in text: ' + e['text'])
        if (e['text'], e['type']) in names:
            err('duplicate entity ' + e['text'])
        names.add((e['text'], e['type']))
    known = {n for n, _ in names}

    def surface(s, what, entity=True):
        if s is None:
            return
        if s not in text:
            err('%s not in text: %r' % (what, s))
        elif entity and s not in known:
            err('%s is not an annotated entity: %r' % (what, s))

    for r in doc['relations']:
        if r['type'] not in RELATION_TYPES:
            err('relation type ' + r['type'])
        surface(r['subject'], 'relation subject')
        surface(r['object'], 'relation object', entity=False)
        surface(r['evidence'], 'relation evidence', entity=False)
        if r['subject'] is None:
            err('relation without subject')
    for ev in doc['events']:
        if ev['type'] not in EVENT_TYPES:
            err('event type ' + ev['type'])
        if ev['status'] not in STATUSES:
            err('status ' + ev['status'])
        surface(ev['trigger'], 'trigger', entity=False)
        surface(ev['evidence'], 'event evidence', entity=False)
        if ev['trigger'] not in ev['evidence']:
            err('trigger %r not inside its evidence' % ev['trigger'])
        surface(ev['place'], 'place')
        for p in ev['participants']:
            if p['role'] not in ROLES:
                err('role ' + p['role'])
            surface(p['entity'], 'participant')
        for q in ev['quantities']:
            if q['role'] not in QUANTITY_ROLES:
                err('quantity role ' + q['role'])
            if not isinstance(q['value'], (int, float)):
                err('quantity value %r' % q['value'])
        t = ev['time']
        if t is not None and not (len(t) in (4, 7, 10) and t[:4].isdigit()):
            err('time ' + t)


def main(argv):
    sentences = read_sentences()
    errors = []
    for part in ('dev', 'test'):
        docs = [build(p, sentences) for p in sorted(A.PASSAGES, key=lambda p: p['first']) if p['part'] == part]
        for d in docs:
            validate(d, errors)
        ids = [d['id'] for d in docs]
        if len(ids) != len(set(ids)):
            errors.append('duplicate ids in ' + part)
        if '--check' not in argv:
            with open(os.path.join(OUT, part + '-voa.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
                for d in docs:
                    f.write(json.dumps(d, ensure_ascii=False) + '\n')
    # passages of the two parts must not overlap
    spans = [(p['first'], p['last'], p['part']) for p in A.PASSAGES]
    for i, (a1, b1, p1) in enumerate(spans):
        for a2, b2, p2 in spans[i + 1:]:
            if a1 <= b2 and a2 <= b1:
                errors.append('overlapping passages %d-%d and %d-%d' % (a1, b1, a2, b2))
    for e in errors:
        print('ERROR', e)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
