#!/usr/bin/env python3
"""Builds location.txt (one location name per line, tokens separated by single spaces) for the name finder's
dictionary features from Natural Earth v5 (public domain), read from ../shared/data/gazetteer.

Usage: python3 make_location_list.py GAZETTEER_DIR CORPUS_CSV > location.txt

Selection: country names (NAME, NAME_LONG, ADMIN, SOVEREIGNT, GEOUNIT, SUBUNIT, NAME_EN, FORMAL_EN, NAME_ALT),
first-level region names (name, name_en, name_alt split at '|'), populated places (name, nameascii, name_en),
plus a short hand list of continents, seas and regions. Names are dropped when they do not start with an
upper-case letter, are longer than 5 tokens, or (single tokens only) occur in lower case in the training corpus
at least 3 times (ordinary words such as "nice", "split", "reading").
"""
import csv, re, sys, collections

gaz, corpus = sys.argv[1], sys.argv[2]
lower = collections.Counter()
with open(corpus, encoding='utf-8') as f:
    for row in csv.reader(f):
        if len(row) == 4 and row[1].islower():
            lower[row[1]] += 1

names = set()
def add(n):
    n = (n or '').strip()
    if not n or n == '-99':
        return
    toks = re.sub(r'([,()])', r' \1 ', n).split()
    if not toks or not toks[0][0].isupper() or len(toks) > 5:
        return
    if len(toks) == 1 and lower[toks[0].lower()] >= 3:
        return
    names.add(' '.join(toks))

with open(gaz + '/natural-earth-v5/ne_10m_admin_0_countries.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        for k in ('NAME', 'NAME_LONG', 'ADMIN', 'SOVEREIGNT', 'GEOUNIT', 'SUBUNIT', 'NAME_EN', 'FORMAL_EN', 'NAME_ALT'):
            add(r.get(k))
with open(gaz + '/natural-earth-v5/ne_10m_admin_1_states_provinces.no_type_en.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        add(r.get('name')); add(r.get('name_en'))
        for a in (r.get('name_alt') or '').split('|'):
            add(a)
with open(gaz + '/derived/ne_10m_populated_places_v5_wikidata.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        add(r.get('name')); add(r.get('nameascii')); add(r.get('name_en'))
for n in ('Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
          'Middle East', 'Caribbean', 'Antarctica', 'Oceania', 'Balkans', 'Caucasus', 'Scandinavia',
          'Persian Gulf', 'Mediterranean', 'Atlantic', 'Pacific', 'Indian Ocean', 'Arctic', 'Sahara',
          'Gaza Strip', 'West Bank', 'Horn of Africa', 'Southeast Asia', 'Central Asia', 'East Asia',
          'South Asia', 'Eastern Europe', 'Western Europe', 'Siberia', 'Himalayas', 'Alps', 'Andes',
          'U.S.', 'U.K.', 'Britain', 'Great Britain', 'America', 'Holland'):
    names.add(n)
for n in sorted(names):
    print(n)
