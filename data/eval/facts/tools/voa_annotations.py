"""Hand annotations of Voice of America passages (GMB extract, data/training/ner_dataset.csv).

Written by hand by the Parley project following ../GOLD-FORMAT (docs/notes) and ../GUIDELINES-VOA.md.
Each P(...) is one passage of consecutive corpus sentences; build_voa.py adds the text from the corpus.
Shorthand: E("PER: a; b | STA: c") lists entities (PER, STA, ALL, ORG, PLA);
HP/HELD/MEM/AFF/LEADS/DMEM/LOC are relations; EV(...) is an event, parts "ROLE: entity; ROLE: entity",
q "KILLED=3 INJURED=5".
"""

PASSAGES = []
_T = {'PER': 'PERSON', 'STA': 'STATE', 'ALL': 'ALLIANCE', 'ORG': 'ORGANIZATION', 'PLA': 'PLACE'}


def E(spec):
    out = []
    for group in spec.split('|'):
        kind, names = group.split(':', 1)
        for name in names.split(';'):
            if name.strip():
                out.append({'text': name.strip(), 'type': _T[kind.strip()]})
    return out


def _rel(type_, subject, obj, post, evidence):
    return {'type': type_, 'subject': subject, 'object': obj, 'post': post, 'evidence': evidence}


def HP(s, o, post, ev):
    return _rel('HOLDS_POST', s, o, post, ev)


def HELD(s, o, post, ev):
    return _rel('HELD_POST', s, o, post, ev)


def MEM(s, o, ev):
    return _rel('MEMBER_OF', s, o, None, ev)


def AFF(s, o, ev):
    return _rel('AFFILIATED_WITH', s, o, None, ev)


def LEADS(s, o, ev):
    return _rel('LEADS_DELEGATION', s, o, None, ev)


def DMEM(s, o, ev):
    return _rel('DELEGATION_MEMBER', s, o, None, ev)


def LOC(s, o, ev):
    return _rel('LOCATED_IN', s, o, None, ev)


def EV(type_, status, trigger, evidence, parts='', place=None, time=None, q='', name=None):
    participants = []
    for p in parts.split(';'):
        if p.strip():
            role, entity = p.split(':', 1)
            participants.append({'role': role.strip(), 'entity': entity.strip()})
    quantities = []
    for item in q.split():
        role, value = item.split('=')
        quantities.append({'role': role, 'value': int(value)})
    return {'type': type_, 'status': status, 'trigger': trigger, 'name': name, 'participants': participants,
            'place': place, 'time': time, 'quantities': quantities, 'evidence': evidence}


def P(part, first, last, entities, relations=(), events=()):
    PASSAGES.append({'part': part, 'first': first, 'last': last, 'entities': E(entities),
                     'relations': list(relations), 'events': list(events)})


# ---------------------------------------------------------------- dev
P('dev', 281, 287,
  'PER: Hugo Chavez; Chavez; Alvaro Uribe; Uribe; Juan Manuel Santos | STA: Colombia; United States; Venezuela; Ecuador',
  [HP('Hugo Chavez', 'Venezuela', 'President', 'Venezuelan President Hugo Chavez'),
   HP('Alvaro Uribe', 'Colombia', 'President', 'Colombian President Alvaro Uribe'),
   HP('Juan Manuel Santos', 'Colombia', 'Defense Minister', 'Colombian Defense Minister Juan Manuel Santos')],
  [EV('MEETING', 'OCCURRED', 'met', 'The two presidents met Friday to try to mend ties between their countries',
      'PARTICIPANT: Chavez; PARTICIPANT: Alvaro Uribe'),
   EV('DEMAND', 'OCCURRED', 'called on', 'Mr. Chavez called on President Uribe to put his defense minister in his place',
      'SPEAKER: Chavez; ADDRESSEE: Uribe'),
   EV('ATTACK', 'OCCURRED', 'attacked', 'Colombia attacked a rebel camp in Ecuador', 'ATTACKER: Colombia',
      place='Ecuador')])

P('dev', 1719, 1723,
  'PER: Ariel Sharon; Mahmoud Abbas | ORG: Palestinian Authority; Islamic Jihad | STA: Israel | '
  'PLA: Sharm al-Sheikh; Gaza Strip; Jerusalem; East Jerusalem',
  [HP('Ariel Sharon', 'Israel', 'Prime Minister', 'Israeli Prime Minister Ariel Sharon'),
   HP('Mahmoud Abbas', 'Palestinian Authority', 'President', 'Palestinian Authority President Mahmoud Abbas'),
   LOC('Sharm al-Sheikh', 'Egyptian', 'the Egyptian resort town of Sharm al-Sheikh'),
   LOC('East Jerusalem', 'Jerusalem', 'East Jerusalem')],
  [EV('STATEMENT', 'OCCURRED', 'announced', 'Israeli Prime Minister Ariel Sharon has announced plans for a summit',
      'SPEAKER: Ariel Sharon'),
   EV('MEETING', 'SCHEDULED', 'summit',
      'a summit with Palestinian Authority President Mahmoud Abbas on June 21 in the Egyptian resort town of Sharm al-Sheikh',
      'PARTICIPANT: Ariel Sharon; PARTICIPANT: Mahmoud Abbas', place='Sharm al-Sheikh'),
   EV('NEGOTIATION', 'SCHEDULED', 'talks', 'officials from both sides will hold talks before the summit',
      'NEGOTIATING_PARTY: Israel; NEGOTIATING_PARTY: Palestinian Authority'),
   EV('CEASEFIRE', 'OCCURRED', 'truce', 'an ongoing truce'),
   EV('WITHDRAWAL', 'SCHEDULED', 'withdrawal', "Israel's planned withdrawal from the Gaza Strip in August",
      'PARTICIPANT: Israel', place='Gaza Strip')])

P('dev', 3552, 3558,
  'STA: United States; North Korea; Pyongyang; Washington; U.S. | PER: Sean McCormack; Scott McClellan | '
  'ORG: State Department; White House',
  [HP('Sean McCormack', 'State Department', 'spokesman', 'State Department spokesman Sean McCormack'),
   HP('Scott McClellan', 'White House', 'spokesman', 'White House spokesman Scott McClellan')],
  [EV('REJECTION', 'OCCURRED', 'rejected', 'The United States has rejected a North Korean demand to lift sanctions',
      'SPEAKER: United States; ADDRESSEE: North Korea'),
   EV('DEMAND', 'OCCURRED', 'demand', 'a North Korean demand to lift sanctions against Pyongyang',
      'SPEAKER: North Korea; ADDRESSEE: United States'),
   EV('SANCTION', 'OCCURRED', 'sanctions', 'the United States ends economic sanctions against Pyongyang',
      'PARTICIPANT: United States; TARGET: Pyongyang'),
   EV('SANCTION', 'OCCURRED', 'blacklisted', 'In October, Washington blacklisted eight North Korean companies',
      'PARTICIPANT: Washington')])

P('dev', 3955, 3960,
  'PER: Bush; Vlado Buckovski; Buckovski; Donald Rumsfeld | STA: Macedonia; Iraq; Afghanistan; U.S. | '
  'ALL: NATO | PLA: White House; Pentagon',
  [HP('Vlado Buckovski', 'Macedonian', 'Prime Minister', 'Macedonian Prime Minister Vlado Buckovski'),
   HP('Bush', None, 'President', 'President Bush'),
   HP('Donald Rumsfeld', 'U.S.', 'Defense Secretary', 'U.S. Defense Secretary Donald Rumsfeld')],
  [EV('MEETING', 'OCCURRED', 'met',
      'President Bush and Macedonian Prime Minister Vlado Buckovski have met at the White House',
      'PARTICIPANT: Bush; PARTICIPANT: Vlado Buckovski', place='White House'),
   EV('MEETING', 'OCCURRED', 'meeting',
      'Mr. Buckovski is also meeting at the Pentagon with U.S. Defense Secretary Donald Rumsfeld',
      'PARTICIPANT: Buckovski; PARTICIPANT: Donald Rumsfeld', place='Pentagon')])

P('dev', 4997, 5002,
  'PER: Iyad Allawi | PLA: Baghdad; Balad; Tikrit; Baiji; Mosul | STA: U.S.',
  [HP('Iyad Allawi', None, 'Prime Minister', 'Prime Minister Iyad Allawi')],
  [EV('ATTACK', 'OCCURRED', 'killed', 'At least 15 more Iraqi police and national guardsmen have been killed',
      q='KILLED=15'),
   EV('ATTACK', 'OCCURRED', 'explosion',
      'A suicide car-bomb explosion in Baghdad near the headquarters of Prime Minister Iyad Allawi\'s political party '
      'killed two police and a civilian and wounded more than 20 people', place='Baghdad', q='INJURED=20'),
   EV('ATTACK', 'OCCURRED', 'car bombing',
      'a car bombing near a U.S. military base in Balad killed four Iraqi guardsmen and wounded 14',
      place='Balad', q='KILLED=4 INJURED=14'),
   EV('ATTACK', 'OCCURRED', 'roadside bombs', 'In Tikrit, six guardsmen were reported killed by roadside bombs',
      place='Tikrit', q='KILLED=6'),
   EV('ATTACK', 'OCCURRED', 'killed',
      'two more Iraqi officers were killed at a checkpoint in the nearby town of Baiji', place='Baiji', q='KILLED=2'),
   EV('ATTACK', 'OCCURRED', 'killed',
      'a policeman was killed in Mosul when he tried to move a decapitated body that was rigged with explosives',
      place='Mosul')])

P('dev', 6055, 6058,
  'PER: Ariel Sharon; Mahmoud Abbas | STA: Israel | PLA: Gaza',
  [HP('Ariel Sharon', 'Israel', 'Prime Minister', 'Israeli Prime Minister Ariel Sharon')],
  [EV('PHONE_CALL', 'OCCURRED', 'spoke by telephone',
      'he and Palestinian leader Mahmoud Abbas spoke by telephone Sunday',
      'PARTICIPANT: Ariel Sharon; PARTICIPANT: Mahmoud Abbas'),
   EV('AGREEMENT', 'OCCURRED', 'agreed', 'agreed to meet in the near future',
      'PARTICIPANT: Ariel Sharon; PARTICIPANT: Mahmoud Abbas'),
   EV('MEETING', 'AGREED', 'meet', 'agreed to meet in the near future',
      'PARTICIPANT: Ariel Sharon; PARTICIPANT: Mahmoud Abbas'),
   EV('MEETING', 'CANCELLED', 'meeting', 'the meeting was canceled after a 10-day upsurge in violence'),
   EV('ATTACK', 'OCCURRED', 'offensive', 'Israel suspended its Gaza offensive', 'ATTACKER: Israel', place='Gaza')])

P('dev', 6778, 6783,
  'PLA: Najaf; Baghdad; Allawi; Iskan; Jihad; Harithiya',
  [LOC('Allawi', 'Baghdad', "central Baghdad's Allawi district"),
   LOC('Harithiya', 'Baghdad', "western Baghdad's Harithiya district")],
  [EV('ATTACK', 'OCCURRED', 'car bomb attack', 'at least three civilians were killed in a car bomb attack',
      place='Najaf', q='KILLED=3'),
   EV('ATTACK', 'OCCURRED', 'bombs', 'bombs in Baghdad have wounded 15 people', place='Baghdad', q='INJURED=15'),
   EV('ATTACK', 'OCCURRED', 'roadside bomb', "a roadside bomb in central Baghdad's Allawi district wounded six",
      place='Allawi', q='INJURED=6'),
   EV('ATTACK', 'OCCURRED', 'roadside bomb',
      "Another roadside bomb wounded four people in the Iraqi capital's western Iskan district",
      place='Iskan', q='INJURED=4'),
   EV('ATTACK', 'OCCURRED', 'bomb', 'a third bomb wounded three people in the southwestern Jihad district',
      place='Jihad', q='INJURED=3'),
   EV('ATTACK', 'OCCURRED', 'wounded', "a fourth in western Baghdad's Harithiya district wounded two",
      place='Harithiya', q='INJURED=2'),
   EV('ATTACK', 'OCCURRED', 'killed', 'masked gunmen killed 14 people during a brazen daytime robbery',
      q='KILLED=14')])
