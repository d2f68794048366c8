"""Hand annotations of Voice of America passages (GMB extract, data/training/ner_dataset.csv).

Written by hand by the Parley project following the gold-set format of issue 4 (GOLD-FORMAT) and
../GUIDELINES-VOA.md.
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
   HP('Bush', 'U.S.', 'President', 'President Bush'),
   HP('Donald Rumsfeld', 'U.S.', 'Defense Secretary', 'U.S. Defense Secretary Donald Rumsfeld')],
  [EV('MEETING', 'OCCURRED', 'met',
      'President Bush and Macedonian Prime Minister Vlado Buckovski have met at the White House',
      'PARTICIPANT: Bush; PARTICIPANT: Vlado Buckovski', place='White House'),
   EV('MEETING', 'OCCURRED', 'meeting',
      'Mr. Buckovski is also meeting at the Pentagon with U.S. Defense Secretary Donald Rumsfeld',
      'PARTICIPANT: Buckovski; PARTICIPANT: Donald Rumsfeld', place='Pentagon')])

P('dev', 4997, 5002,
  'PER: Iyad Allawi | PLA: Baghdad; Balad; Tikrit; Baiji; Mosul | STA: U.S.',
  [HP('Iyad Allawi', 'Iraqi', 'Prime Minister', 'Prime Minister Iyad Allawi')],
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

P('dev', 9495, 9499,
  'PER: Vladimir Putin; Putin; Hugo Chavez; Chavez | STA: Russia; Venezuela; Caracas; Moscow | PLA: Moscow | '
  'ALL: World Trade Organization | ORG: Lukoil; PDVSA',
  [HP('Vladimir Putin', 'Russia', 'President', 'Russian President Vladimir Putin'),
   HP('Hugo Chavez', 'Venezuela', 'President', 'Venezuelan President Hugo Chavez')],
  [EV('MEETING', 'OCCURRED', 'meeting',
      'Russian President Vladimir Putin and Venezuelan President Hugo Chavez discussed trade and economic issues - '
      'as well as arms sales - during a meeting in Moscow Friday',
      'PARTICIPANT: Vladimir Putin; PARTICIPANT: Hugo Chavez', place='Moscow'),
   EV('AGREEMENT', 'OCCURRED', 'signed an agreement',
      "Mr. Putin and Mr. Chavez signed an agreement announcing Venezuela's support of Russia's bid to join the "
      'World Trade Organization', 'SIGNATORY: Putin; SIGNATORY: Chavez'),
   EV('AGREEMENT', 'OCCURRED', 'signed a memorandum of understanding',
      "Officials from Russian's Lukoil company and Venezuela's state-owned PDVSA oil company signed a memorandum of "
      'understanding', 'SIGNATORY: Lukoil; SIGNATORY: PDVSA')])

P('dev', 9809, 9814,
  'STA: Ukraine; Russia; Belarus; Kazakhstan; Kiev | PER: Sergei Lavrov; Viktor Yuschenko; Boris Tarsyuk; Yushchenko; '
  'Leonid Kuchma; Yuschenko | ALL: EU; NATO | PLA: Brussels',
  [HP('Sergei Lavrov', 'Russia', 'Foreign Minister', "Russia's visiting foreign minister, Sergei Lavrov"),
   HP('Viktor Yuschenko', 'Ukraine', 'President', "Ukraine's President Viktor Yuschenko"),
   HP('Boris Tarsyuk', 'Ukraine', 'Foreign Minister', "Ukraine's President Viktor Yuschenko and foreign minister, Boris Tarsyuk")],
  [EV('MEETING', 'OCCURRED', 'meetings',
      "After meetings Monday with Russia's visiting foreign minister, Sergei Lavrov, Ukraine's President Viktor "
      'Yuschenko and foreign minister, Boris Tarsyuk',
      'PARTICIPANT: Sergei Lavrov; PARTICIPANT: Viktor Yuschenko; PARTICIPANT: Boris Tarsyuk'),
   EV('AGREEMENT', 'OCCURRED', 'agreed', "Leonid Kuchma, agreed to Ukraine's joining the new bloc",
      'PARTICIPANT: Leonid Kuchma'),
   EV('MEETING', 'SCHEDULED', 'meet', 'Mr. Yuschenko is to meet EU leaders in Brussels this week',
      'PARTICIPANT: Yuschenko; PARTICIPANT: EU', place='Brussels'),
   EV('PROPOSAL', 'OCCURRED', 'proposed', 'have proposed a plan to strengthen ties', 'PROPOSER: EU; ADDRESSEE: Ukraine')])

P('dev', 19591, 19595,
  'STA: U.S. | PLA: Baghdad',
  [],
  [EV('ATTACK', 'OCCURRED', 'car bombings',
      'four car bombings in the Iraqi capital Wednesday, killed at least 26 people and wounded more than 20 others',
      q='KILLED=26 INJURED=20'),
   EV('STATEMENT', 'OCCURRED', 'statement', 'A statement said the bombings occurred within a span of 90 minutes',
      'SPEAKER: U.S.'),
   EV('ATTACK', 'OCCURRED', 'blast',
      'Two Iraqis were killed and two Australian solders wounded in the first blast near the Australian embassy',
      q='KILLED=2 INJURED=2'),
   EV('ATTACK', 'OCCURRED', 'car bomb', 'a car bomb exploded near a central Baghdad hospital, killing at least 18 people',
      place='Baghdad', q='KILLED=18'),
   EV('ATTACK', 'OCCURRED', 'car bombings', 'Two other car bombings killed Iraqi soldiers, security guards and civilians')])

P('dev', 19881, 19884,
  'PER: Sergei Lavrov; Leopoldo Bravo; Jorge Taiana | STA: Argentina; Russia | PLA: Moscow; Buenos Aires',
  [HP('Sergei Lavrov', 'Russia', 'Foreign Minister', 'Russian Foreign Minister Sergei Lavrov'),
   HP('Leopoldo Bravo', 'Argentina', 'ambassador', 'Argentine ambassador to Russia Leopoldo Bravo'),
   HP('Jorge Taiana', 'Argentina', 'Foreign Minister', 'Argentine Foreign Minister Jorge Taiana')],
  [EV('AGREEMENT', 'OCCURRED', 'signed an agreement',
      'Russian Foreign Minister Sergei Lavrov has signed an agreement allowing visa-free travel between Argentina and '
      'his country', 'SIGNATORY: Sergei Lavrov; PARTICIPANT: Leopoldo Bravo', place='Moscow'),
   EV('AGREEMENT', 'OCCURRED', 'signed', 'Argentine Foreign Minister Jorge Taiana signed the document last week in '
      'Buenos Aires', 'SIGNATORY: Jorge Taiana', place='Buenos Aires')])

P('dev', 20776, 20779,
  'STA: Syria; Damascus | PER: Bashar al-Assad; Assad; Hafez al-Assad | ORG: SANA',
  [HP('Bashar al-Assad', 'Syria', 'President', 'President Bashar al-Assad')],
  [EV('RELEASE', 'OCCURRED', 'released',
      'President Bashar al-Assad has pardoned and released 112 political prisoners',
      'RELEASING_PARTY: Bashar al-Assad', q='PERSONS=112'),
   EV('RELEASE', 'OCCURRED', 'freed', 'Last month, Damascus freed 20 political prisoners', 'RELEASING_PARTY: Damascus',
      q='PERSONS=20')])

P('dev', 21747, 21751,
  'STA: Iraq; Sudan; Khartoum | PLA: al-Khalis; Baghdad | ORG: Al-Qaida in Iraq',
  [],
  [EV('ATTACK', 'OCCURRED', 'bomb attacks',
      'At least seven people have been killed in separate insurgent bomb attacks across Iraq, Saturday',
      place='Iraq', q='KILLED=7'),
   EV('ATTACK', 'OCCURRED', 'roadside bomb',
      "five people were killed when a roadside bomb exploded near the headquarters of one of Iraq's main Sunni Arab "
      'political parties in al-Khalis', place='al-Khalis', q='KILLED=5'),
   EV('ATTACK', 'OCCURRED', 'bomb attack', 'At least two policemen were killed in a bomb attack in Baghdad',
      place='Baghdad', q='KILLED=2'),
   EV('STATEMENT', 'OCCURRED', 'announced', 'Sudan announced plans to close its Baghdad embassy', 'SPEAKER: Sudan'),
   EV('THREAT', 'OCCURRED', 'will be killed',
      'Al-Qaida in Iraq said the Sudanese, who were kidnapped in Baghdad last week, will be killed Saturday unless '
      'Khartoum closes the diplomatic mission', 'SPEAKER: Al-Qaida in Iraq; ADDRESSEE: Khartoum'),
   EV('DEMAND', 'OCCURRED', 'unless', 'will be killed Saturday unless Khartoum closes the diplomatic mission',
      'SPEAKER: Al-Qaida in Iraq; ADDRESSEE: Khartoum')])

P('dev', 22354, 22357,
  'STA: Japan; South Korea; China; Beijing; Seoul | PER: Shinzo Abe; Roh Moo-hyun; Junichiro Koizumi | PLA: Tokyo',
  [HP('Shinzo Abe', 'Japan', 'Prime Minister', "Japan's new prime minister, Shinzo Abe"),
   HP('Roh Moo-hyun', 'South Korea', 'President', 'South Korean President Roh Moo-hyun'),
   HELD('Junichiro Koizumi', 'Japan', 'Prime Minister', 'former Japanese Prime Minister Junichiro Koizumi')],
  [EV('AGREEMENT', 'OCCURRED', 'agreed', 'The leaders of Japan and South Korea have agreed to meet soon',
      'PARTICIPANT: Japan; PARTICIPANT: South Korea'),
   EV('MEETING', 'AGREED', 'meet', 'The leaders of Japan and South Korea have agreed to meet soon',
      'PARTICIPANT: Shinzo Abe; PARTICIPANT: Roh Moo-hyun'),
   EV('PHONE_CALL', 'OCCURRED', 'telephone conversation',
      "Japan's new prime minister, Shinzo Abe, and South Korean President Roh Moo-hyun agreed to the meeting during a "
      'telephone conversation Thursday', 'PARTICIPANT: Shinzo Abe; PARTICIPANT: Roh Moo-hyun')])

P('dev', 10291, 10297,
  'PLA: Baghdad | STA: Iraq',
  [],
  [EV('ATTACK', 'OCCURRED', 'bomb attacks', 'a string of bomb attacks in Baghdad killed at least 27 people',
      place='Baghdad', q='KILLED=27'),
   EV('ATTACK', 'OCCURRED', 'car bomb', 'a car bomb in eastern Baghdad killed at least five people',
      place='Baghdad', q='KILLED=5'),
   EV('ATTACK', 'OCCURRED', 'car bombing',
      "seven died in another car bombing in a largely Shi'ite neighborhood in northwestern Baghdad",
      place='Baghdad', q='KILLED=7'),
   EV('ATTACK', 'OCCURRED', 'bomb', 'One bomb killed 13 people at a crowded market', q='KILLED=13'),
   EV('ATTACK', 'OCCURRED', 'bomb', 'The other bomb killed two people near a police patrol', q='KILLED=2'),
   EV('ATTACK', 'OCCURRED', 'killed', 'On Wednesday, insurgents killed at least 10 people', q='KILLED=10')])

P('dev', 10925, 10930,
  'STA: Iraq | PER: Mohammed Ramadan; Ramadan | ORG: Patriotic Union of Kurdistan | PLA: Diyala; Baghdad; Shaab',
  [AFF('Mohammed Ramadan', 'Patriotic Union of Kurdistan',
       "Mohammed Ramadan, a senior member of Iraq's Patriotic Union of Kurdistan party")],
  [EV('ATTACK', 'OCCURRED', 'bombings', 'bombings in two parts of the country have killed at least 13 people',
      q='KILLED=13'),
   EV('ATTACK', 'OCCURRED', 'roadside bomb',
      'a roadside bomb in eastern Diyala province Sunday hit a convoy carrying Mohammed Ramadan',
      'TARGET: Mohammed Ramadan', place='Diyala', q='KILLED=7 INJURED=4'),
   EV('ATTACK', 'OCCURRED', 'car bomb attack',
      'a car bomb attack killed six people and wounded 14 others in northern Baghdad', place='Baghdad',
      q='KILLED=6 INJURED=14')])

P('dev', 22634, 22640,
  'PER: Hamid Karzai; Ahmad Wali Karzai; Barack Obama | STA: Afghanistan; U.S. | PLA: Kabul; Helmand; Zabul | '
  'ORG: Taliban; Defense Ministry',
  [HP('Hamid Karzai', 'Afghanistan', 'President', 'Afghan President Hamid Karzai'),
   HP('Barack Obama', 'U.S.', 'President', 'U.S. President Barack Obama')],
  [EV('ATTACK', 'OCCURRED', 'attack', 'he survived an attack Monday on his motorcade that killed one of his bodyguards',
      'TARGET: Ahmad Wali Karzai', q='KILLED=1'),
   EV('ATTACK', 'OCCURRED', 'attacked', 'militants attacked a police post and killed six officers Sunday in southern '
      'Helmand province', place='Helmand', q='KILLED=6'),
   EV('ATTACK', 'OCCURRED', 'roadside bomb',
      'a roadside bomb in neighboring Zabul province killed an Afghan army soldier and wounded three others Sunday',
      place='Zabul', q='INJURED=3')])

P('dev', 25339, 25344,
  'STA: Iraq; U.S. | PLA: Baghdad; Riyadh; Kirkuk | PER: William Caldwell',
  [HP('William Caldwell', 'U.S.', 'spokesman', 'U.S. military spokesman Major General William Caldwell')],
  [EV('ATTACK', 'OCCURRED', 'Bomb blasts', 'Bomb blasts killed at least 20 people in Iraq Wednesday', place='Iraq',
      q='KILLED=20'),
   EV('DEMAND', 'OCCURRED', 'urged',
      'the U.S. military urged Iraqi political leaders to increase efforts to stem the bloodshed', 'SPEAKER: U.S.'),
   EV('ATTACK', 'OCCURRED', 'car bomb blast',
      "a car bomb blast in a Shi'ite neighborhood in eastern Baghdad killed at least 10 people and wounded 25 others",
      place='Baghdad', q='KILLED=10 INJURED=25'),
   EV('ATTACK', 'OCCURRED', 'car bombs', 'two car bombs exploded in another eastern suburb, killing five day laborers '
      'and wounding 10 others', q='KILLED=5 INJURED=10'),
   EV('ATTACK', 'OCCURRED', 'attacked', 'suicide car bombers attacked an Iraqi army base and killed at least five '
      'soldiers and wounded 10 others', place='Riyadh', q='KILLED=5 INJURED=10'),
   EV('ATTACK', 'OCCURRED', 'killed', "gunmen stormed a house and killed nine members of a Shi'ite family",
      q='KILLED=9')])

P('dev', 27712, 27716,
  'STA: Romania; Iraq | PER: Calin Tariceanu; Traian Basescu | ORG: Supreme Defense Council',
  [HP('Calin Tariceanu', 'Romania', 'Prime Minister', 'Prime Minister Calin Tariceanu'),
   HP('Traian Basescu', 'Romania', 'President', 'President Traian Basescu'),
   HP('Traian Basescu', 'Supreme Defense Council', 'chairman', "the country's Supreme Defense Council, chaired by the president")],
  [EV('WITHDRAWAL', 'PROPOSED', 'withdraw', "a proposal to withdraw the country's 890 troops from Iraq",
      'PARTICIPANT: Romania', place='Iraq', q='PERSONS=890'),
   EV('PROPOSAL', 'OCCURRED', 'proposed', 'Prime Minister Calin Tariceanu proposed a withdrawal',
      'PROPOSER: Calin Tariceanu'),
   EV('REJECTION', 'OCCURRED', 'unacceptable', 'But President Traian Basescu called the idea "unacceptable."',
      'SPEAKER: Traian Basescu; ADDRESSEE: Calin Tariceanu')])

P('dev', 27717, 27721,
  'STA: Belarus; U.S.; United States | ORG: Foreign Ministry | PER: Alexander Lukashenko; Lukashenko; Andrei Popov; Bush | '
  'ALL: European Union | PLA: Europe',
  [HP('Alexander Lukashenko', 'Belarus', 'President', 'Belarusian President Alexander Lukashenko'),
   HP('Andrei Popov', 'Foreign Ministry', 'spokesman', 'A Foreign Ministry spokesman, Andrei Popov'),
   HP('Bush', 'United States', 'President', 'President Bush')],
  [EV('REJECTION', 'OCCURRED', 'dismissed', "Belarus's Foreign Ministry has dismissed the latest U.S.-imposed sanctions",
      'SPEAKER: Foreign Ministry; ADDRESSEE: U.S.'),
   EV('SANCTION', 'OCCURRED', 'sanctions', 'the latest U.S.-imposed sanctions aimed at freezing the U.S. assets of '
      'Belarusian President Alexander Lukashenko', 'PARTICIPANT: U.S.; TARGET: Alexander Lukashenko'),
   EV('SANCTION', 'OCCURRED', 'froze', "The European Union froze Mr. Lukashenko's assets in Europe last month",
      'PARTICIPANT: European Union; TARGET: Lukashenko'),
   EV('SANCTION', 'OCCURRED', 'travel ban', 'joined the United States in imposing a travel ban on Belarusian senior '
      'government officials', 'PARTICIPANT: European Union; PARTICIPANT: United States')])

P('dev', 24032, 24037,
  'STA: Turkey; Ankara; Luxembourg; Cyprus | PLA: Ankara | ALL: European Union; EU | PER: Abdullah Gul; Nicolas Schmit',
  [HP('Abdullah Gul', 'Turkey', 'Foreign Minister', 'Foreign Minister Abdullah Gul'),
   HP('Nicolas Schmit', 'Luxembourg', 'Deputy Foreign Minister', 'Luxembourg Deputy Foreign Minister Nicolas Schmit'),
   MEM('Cyprus', 'EU', 'the divided island, which joined the EU last May')],
  [EV('MEETING', 'OCCURRED', 'meetings', 'Following meetings Monday in Ankara with EU diplomats, Foreign Minister '
      'Abdullah Gul', 'PARTICIPANT: Abdullah Gul; PARTICIPANT: EU', place='Ankara'),
   EV('AGREEMENT', 'AGREED', 'customs pact', 'Turkey has yet to sign a customs pact that it agreed to in December',
      'PARTICIPANT: Turkey'),
   EV('NEGOTIATION', 'SCHEDULED', 'membership talks', 'when it begins EU membership talks in October',
      'NEGOTIATING_PARTY: Ankara; NEGOTIATING_PARTY: European Union')])

P('dev', 8002, 8005,
  'STA: Russia; Iran; Moscow; Tehran; U.S. | PLA: Bushehr',
  [LOC('Bushehr', 'Iran', "Iran's Bushehr nuclear power plant")],
  [EV('AGREEMENT', 'OCCURRED', 'signed a landmark agreement',
      'Russia and Iran have signed a landmark agreement for Moscow to supply Tehran with fuel for its first nuclear '
      'reactor', 'SIGNATORY: Russia; SIGNATORY: Iran', place='Bushehr'),
   EV('NEGOTIATION', 'OCCURRED', 'talks', 'had been delayed 24 hours as talks continued',
      'NEGOTIATING_PARTY: Russia; NEGOTIATING_PARTY: Iran')])

P('dev', 30831, 30836,
  'STA: Israel; Egypt | PER: Mahmoud Abbas; Abbas; Ariel Sharon | PLA: Cairo',
  [HP('Ariel Sharon', 'Israel', 'Prime Minister', 'Israeli Prime Minister Ariel Sharon'),
   LOC('Cairo', 'Egypt', 'Cairo, Egypt')],
  [EV('AGREEMENT', 'OCCURRED', 'agreed', 'Palestinian factions have agreed to extend an open-ended truce with Israel'),
   EV('CEASEFIRE', 'AGREED', 'truce', 'agreed to extend an open-ended truce with Israel', 'PARTICIPANT: Israel'),
   EV('RELEASE', 'DEMANDED', 'release', 'in exchange for a halt to Israeli attacks and the release of prisoners',
      'RELEASING_PARTY: Israel'),
   EV('STATEMENT', 'OCCURRED', 'statement', "In a statement, the groups said continuation of the cease-fire depends on "
      "Israel's commitment"),
   EV('CEASEFIRE', 'OCCURRED', 'declared a cease-fire', 'Mr. Abbas and Israeli Prime Minister Ariel Sharon declared a '
      'cease-fire at a February 8 summit meeting in Egypt', 'PARTICIPANT: Abbas; PARTICIPANT: Ariel Sharon',
      place='Egypt'),
   EV('MEETING', 'OCCURRED', 'summit meeting', 'a February 8 summit meeting in Egypt',
      'PARTICIPANT: Abbas; PARTICIPANT: Ariel Sharon', place='Egypt'),
   EV('MEETING', 'OCCURRED', 'met', 'Mr. Abbas met with Palestinian militants in Cairo', 'PARTICIPANT: Abbas',
      place='Cairo'),
   EV('DEMAND', 'OCCURRED', 'must', 'Ariel Sharon says Palestinians must disarm and dismantle the militant groups, in '
      'addition to agreeing to a cease-fire', 'SPEAKER: Ariel Sharon'),
   EV('CEASEFIRE', 'DEMANDED', 'cease-fire', 'in addition to agreeing to a cease-fire')])

P('dev', 32448, 32454,
  'ALL: Arab League | STA: Syria; Lebanon | PER: Amr Mussa; Mussa; Bashar al-Assad; Rafik Hariri | '
  'PLA: Damascus; Bekaa Valley; Beirut',
  [HP('Amr Mussa', 'Arab League', 'chief', 'Arab League chief Amr Mussa'),
   HP('Bashar al-Assad', 'Syria', 'President', 'Syrian President Bashar al-Assad'),
   HELD('Rafik Hariri', 'Lebanon', 'Prime Minister', 'former Lebanese Prime Minister Rafik Hariri'),
   LOC('Bekaa Valley', 'Lebanon', "Lebanon's Bekaa Valley")],
  [EV('MEETING', 'OCCURRED', 'meeting', 'Arab League chief Amr Mussa made his statement Monday after meeting with '
      'Syrian President Bashar al-Assad in Damascus', 'PARTICIPANT: Amr Mussa; PARTICIPANT: Bashar al-Assad',
      place='Damascus'),
   EV('WITHDRAWAL', 'SCHEDULED', 'withdraw', 'his intention to implement the 1989 Taif agreement and withdraw the '
      '14,000 troops', 'PARTICIPANT: Syria', place='Lebanon', q='PERSONS=14000'),
   EV('AGREEMENT', 'OCCURRED', 'agreement', 'the 1989 Taif agreement', name='Taif agreement', time='1989'),
   EV('DEMAND', 'OCCURRED', 'demand', "thousands of protesters rallied in Beirut to demand the troops' departure",
      place='Beirut'),
   EV('WITHDRAWAL', 'DEMANDED', 'departure', "to demand the troops' departure", 'PARTICIPANT: Syria', place='Lebanon'),
   EV('ATTACK', 'OCCURRED', 'car bomb attack', 'the car bomb attack that killed former Lebanese Prime Minister Rafik '
      'Hariri and at least 14 others', 'VICTIM: Rafik Hariri')])

P('dev', 33040, 33045,
  'STA: Israel | PLA: West Bank; Tulkarem; Tel Aviv | PER: Hajj Ismail Jabber',
  [HP('Hajj Ismail Jabber', None, 'commander', 'Palestinian West Bank commander Hajj Ismail Jabber')],
  [EV('WITHDRAWAL', 'SCHEDULED', 'hand over', 'Israel plans to hand over the first of five occupied West Bank cities '
      'this week', 'PARTICIPANT: Israel', place='West Bank'),
   EV('NEGOTIATION', 'OCCURRED', 'talks', 'Those talks resumed Sunday with generals from each side meeting',
      'NEGOTIATING_PARTY: Israel'),
   EV('AGREEMENT', 'OCCURRED', 'agreed', 'they agreed to hand over Tulkarem to Palestinian control this week'),
   EV('WITHDRAWAL', 'AGREED', 'hand over', 'they agreed to hand over Tulkarem to Palestinian control this week',
      'PARTICIPANT: Israel', place='Tulkarem'),
   EV('MEETING', 'OCCURRED', 'summit', 'pledges made by Israel during an Israeli-Palestinian summit early last month',
      'PARTICIPANT: Israel'),
   EV('ATTACK', 'OCCURRED', 'suicide bombing', 'a Palestinian suicide bombing that killed five Israelis in Tel Aviv',
      place='Tel Aviv', q='KILLED=5')])

P('dev', 35127, 35131,
  'STA: Pakistan | PER: Benazir Bhutto; Bhutto; Ghulam Muhammad Mohtarem; Manzur Mughal | PLA: Sindh; Karachi',
  [HELD('Benazir Bhutto', 'Pakistan', 'Prime Minister', 'former Pakistani Prime Minister Benazir Bhutto'),
   HP('Ghulam Muhammad Mohtarem', 'Sindh', 'home secretary',
      'The home secretary of Sindh province, Ghulam Muhammad Mohtarem'),
   LOC('Karachi', 'Sindh', 'Karachi, the capital of Sindh province')],
  [EV('ATTACK', 'OCCURRED', 'struck', 'suicide attackers struck near her convoy as it drove through the packed streets '
      'of Karachi', 'TARGET: Benazir Bhutto', place='Karachi', q='KILLED=139')])

P('dev', 37542, 37548,
  'PER: Mahmoud Ahmadinejad; Ahmadinejad; Nouri al-Maliki; Maliki; Manouchehr Mottaki | STA: Iran; Iraq; Tehran; U.S. | '
  'ORG: IRNA | ALL: U.N.',
  [HP('Mahmoud Ahmadinejad', 'Iran', 'President', 'Iranian President Mahmoud Ahmadinejad'),
   HP('Nouri al-Maliki', 'Iraq', 'Prime Minister', 'Iraqi Prime Minister Nouri al-Maliki'),
   HP('Manouchehr Mottaki', 'Iran', 'Foreign Minister', 'Iranian Foreign Minister Manouchehr Mottaki')],
  [EV('MEETING', 'OCCURRED', 'meeting', 'following a meeting with Iraqi Prime Minister Nouri al-Maliki',
      'PARTICIPANT: Mahmoud Ahmadinejad; PARTICIPANT: Nouri al-Maliki', place='Iran'),
   EV('MEETING', 'OCCURRED', 'met', 'the Iraqi prime minister met with Iranian Foreign Minister Manouchehr Mottaki',
      'PARTICIPANT: Nouri al-Maliki; PARTICIPANT: Manouchehr Mottaki'),
   EV('AGREEMENT', 'PROPOSED', 'security agreement', 'a proposed U.S.-Iraq security agreement',
      'PARTICIPANT: U.S.; PARTICIPANT: Iraq'),
   EV('NEGOTIATION', 'OCCURRED', 'discuss', 'U.S. and Iraqi officials discuss a security deal',
      'NEGOTIATING_PARTY: U.S.; NEGOTIATING_PARTY: Iraq'),
   EV('REJECTION', 'OCCURRED', 'opposes', 'Iran opposes such an agreement', 'SPEAKER: Iran')])

P('dev', 39081, 39087,
  'PLA: Baghdad | STA: Iraq; U.S. | PER: Nouri al-Maliki; Saddam Hussein; Gianni Magazzeni | ALL: U.N.',
  [HP('Nouri al-Maliki', 'Iraq', 'Prime Minister', 'Iraqi Prime Minister Nouri al-Maliki'),
   AFF('Gianni Magazzeni', 'U.N.', 'a top U.N. official in Baghdad, Gianni Magazzeni')],
  [EV('ATTACK', 'OCCURRED', 'killed', 'Some 100 people have been killed in and around Baghdad', place='Baghdad',
      q='KILLED=100'),
   EV('ATTACK', 'OCCURRED', 'double bombing', 'a double bombing near a university killed at least 65 people and '
      'wounded more than 100 others', q='KILLED=65 INJURED=100'),
   EV('ATTACK', 'OCCURRED', 'roadside bombing', 'a roadside bombing killed four American soldiers Monday in northern '
      'Iraq', place='Iraq', q='KILLED=4'),
   EV('STATEMENT', 'OCCURRED', 'announced', 'Gianni Magazzeni, announced that more than 34,000 Iraqi civilians were '
      'killed', 'SPEAKER: Gianni Magazzeni')])

# ---------------------------------------------------------------- test (held out: far from the dev passages)
P('test', 13075, 13079,
  'PLA: Baghdad; London | STA: Britain; Iraq; Iran | PER: Jalal Talabani; Tony Blair; Talabani; Blair | ORG: Hezbollah',
  [HP('Jalal Talabani', 'Iraq', 'President', 'President Jalal Talabani'),
   HP('Tony Blair', 'Britain', 'Prime Minister', 'Prime Minister Tony Blair')],
  [EV('ATTACK', 'OCCURRED', 'attacks', 'Suicide car bombers carried out two deadly attacks in Baghdad Thursday, killing '
      '11 people', place='Baghdad', q='KILLED=11'),
   EV('MEETING', 'OCCURRED', 'met', "the Iraqi president met with Britain's prime minister in London",
      'PARTICIPANT: Jalal Talabani; PARTICIPANT: Tony Blair', place='London')])

P('test', 13918, 13922,
  "STA: U.S.; North Korea; Pyongyang; Washington | PER: Tom Lantos; Lantos; Yang Hyong-sop; Paek Nam Sun; Bush | "
  "PLA: California; Beijing; Korean peninsula | ORG: Supreme People's Assembly",
  [HP('Tom Lantos', 'U.S.', 'Congressman', 'Congressman Tom Lantos'),
   HP('Yang Hyong-sop', "Supreme People's Assembly", 'vice president of the Presidium',
      "the vice president of the Presidium of the Supreme People's Assembly, Yang Hyong-sop"),
   HP('Paek Nam Sun', 'North Korea', 'Foreign Minister', 'Foreign Minister Paek Nam Sun'),
   HP('Bush', 'U.S.', 'President', 'President Bush'),
   LOC('California', 'U.S.', 'the western U.S. state of California')],
  [EV('DEMAND', 'OCCURRED', 'urged', 'he has urged North Korea to return to the six-party talks',
      'SPEAKER: Tom Lantos; ADDRESSEE: North Korea'),
   EV('NEGOTIATION', 'DEMANDED', 'six-party talks', 'urged North Korea to return to the six-party talks',
      'NEGOTIATING_PARTY: North Korea'),
   EV('NEGOTIATION', 'OCCURRED', 'talks', "three days of talks with high-ranking North Korean officials including the "
      "vice president of the Presidium of the Supreme People's Assembly, Yang Hyong-sop, and Foreign Minister Paek Nam Sun",
      'NEGOTIATING_PARTY: Tom Lantos; NEGOTIATING_PARTY: Yang Hyong-sop; NEGOTIATING_PARTY: Paek Nam Sun',
      q='DURATION_DAYS=3'),
   EV('NEGOTIATION', 'OCCURRED', 'multi-party talks', 'North Korea has participated in three rounds of multi-party '
      'talks', 'NEGOTIATING_PARTY: North Korea'),
   EV('REJECTION', 'OCCURRED', 'boycotted', 'boycotted a fourth round scheduled for September',
      'SPEAKER: North Korea'),
   EV('NEGOTIATION', 'REJECTED', 'fourth round', 'boycotted a fourth round scheduled for September',
      'NEGOTIATING_PARTY: North Korea')])

P('test', 13963, 13966,
  "STA: Sudan; Kenya | ORG: Sudan People's Liberation Movement | ALL: United Nations Security Council | "
  'PLA: Nairobi; Darfur',
  [LOC('Nairobi', 'Kenya', 'Nairobi, Kenya')],
  [EV('AGREEMENT', 'OCCURRED', 'signed an agreement', "Sudan's government and southern rebels have signed an agreement "
      "promising to end the nation's 21-year civil war",
      "SIGNATORY: Sudan; SIGNATORY: Sudan People's Liberation Movement", place='Nairobi'),
   EV('MEETING', 'OCCURRED', 'meeting', 'a rare meeting of the United Nations Security Council in Nairobi, Kenya',
      'PARTICIPANT: United Nations Security Council', place='Nairobi'),
   EV('DEMAND', 'OCCURRED', 'urging', "Council members passed a resolution Friday urging Sudan's government and "
      'southern rebels to make peace', 'SPEAKER: United Nations Security Council; ADDRESSEE: Sudan'),
   EV('DEMAND', 'OCCURRED', 'called for', 'The resolution also called for an end to the 21-month-old conflict',
      'SPEAKER: United Nations Security Council')])

P('test', 15080, 15084,
  'ORG: Hamas | STA: Israel; Egypt | PLA: Gaza City; Sharm el-Sheik | PER: Ahmed Yassin',
  [LOC('Sharm el-Sheik', 'Egypt', 'Sharm el-Sheik, Egypt')],
  [EV('ATTACK', 'OCCURRED', 'air strike', 'Sheikh Ahmed Yassin was killed in an Israeli air strike',
      'ATTACKER: Israel; VICTIM: Ahmed Yassin'),
   EV('THREAT', 'OCCURRED', 'vowed', 'Hamas leaders Friday vowed to resume attacks on Israel unless it accepts their '
      'demands', 'SPEAKER: Hamas; ADDRESSEE: Israel'),
   EV('DEMAND', 'OCCURRED', 'demands', 'unless it accepts their demands for prisoner releases and other concessions',
      'SPEAKER: Hamas; ADDRESSEE: Israel'),
   EV('RELEASE', 'DEMANDED', 'prisoner releases', 'their demands for prisoner releases', 'RELEASING_PARTY: Israel'),
   EV('NEGOTIATION', 'SCHEDULED', 'cease-fire talks', 'cease-fire talks scheduled next week in Egypt',
      'NEGOTIATING_PARTY: Hamas', place='Egypt'),
   EV('CEASEFIRE', 'OCCURRED', 'cooling off', 'Some palestinian militants have been observing a "cooling off" period '
      'with Israel', 'PARTICIPANT: Israel'),
   EV('MEETING', 'OCCURRED', 'summit', 'a recent summit in Sharm el-Sheik, Egypt', place='Sharm el-Sheik')])

P('test', 15085, 15088,
  'STA: India; Sri Lanka; Norway | PER: Mahinda Rajapakse; Manmohan Singh | ORG: Tigers; Tamil Tiger',
  [HP('Mahinda Rajapakse', 'Sri Lanka', 'President', 'Sri Lankan President Mahinda Rajapakse'),
   HP('Manmohan Singh', 'India', 'Prime Minister', 'Indian Prime Minister Manmohan Singh')],
  [EV('DEMAND', 'OCCURRED', 'should resume', 'India and Sri Lanka say peace talks with Tamil rebels should resume early',
      'SPEAKER: India; SPEAKER: Sri Lanka'),
   EV('NEGOTIATION', 'DEMANDED', 'peace talks', 'peace talks with Tamil rebels should resume early',
      'NEGOTIATING_PARTY: Sri Lanka'),
   EV('MEETING', 'OCCURRED', 'met', 'visiting Sri Lankan President Mahinda Rajapakse met with Indian Prime Minister '
      'Manmohan Singh', 'PARTICIPANT: Mahinda Rajapakse; PARTICIPANT: Manmohan Singh'),
   EV('AGREEMENT', 'OCCURRED', 'agreed', 'Both the Tigers and the Sri Lankan government have agreed to hold talks',
      'PARTICIPANT: Tigers; PARTICIPANT: Sri Lanka'),
   EV('NEGOTIATION', 'AGREED', 'talks', 'Both the Tigers and the Sri Lankan government have agreed to hold talks',
      'NEGOTIATING_PARTY: Tigers; NEGOTIATING_PARTY: Sri Lanka'),
   EV('CEASEFIRE', 'OCCURRED', 'truce', 'Norway, which brokered a 2002 truce', 'MEDIATOR: Norway; PARTICIPANT: Tigers',
      time='2002')])

P('test', 40929, 40931,
  'STA: India; Pakistan | PER: Kharrazi; Pervez Musharraf; Shaukat Aziz',
  [HP('Kharrazi', 'Iranian', 'Foreign Minister', 'The Iranian foreign minister met with Pakistani President'),
   HP('Pervez Musharraf', 'Pakistan', 'President', 'Pakistani President Pervez Musharraf'),
   HP('Shaukat Aziz', 'Pakistan', 'Prime Minister', 'Before leaving Pakistan, Mr. Kharrazi held talks with Prime '
      'Minister Shaukat Aziz')],
  [EV('NEGOTIATION', 'OCCURRED', 'peace talks', 'India and Pakistan concluded another round of slow-moving peace talks',
      'NEGOTIATING_PARTY: India; NEGOTIATING_PARTY: Pakistan'),
   EV('MEETING', 'OCCURRED', 'met', 'The Iranian foreign minister met with Pakistani President Pervez Musharraf late '
      'Monday', 'PARTICIPANT: Kharrazi; PARTICIPANT: Pervez Musharraf'),
   EV('NEGOTIATION', 'OCCURRED', 'held talks', 'Mr. Kharrazi held talks with Prime Minister Shaukat Aziz',
      'NEGOTIATING_PARTY: Kharrazi; NEGOTIATING_PARTY: Shaukat Aziz', place='Pakistan')])

P('test', 41228, 41232,
  'STA: Israel; Egypt | PLA: West Bank; Jericho; Tulkarem; Tel Aviv; Qalqilya; Bethlehem; Ramallah',
  [LOC('Jericho', 'West Bank', 'the West Bank town of Jericho'),
   LOC('Qalqilya', 'West Bank', 'five towns in the West Bank, including Qalqilya, Bethlehem and Ramallah'),
   LOC('Bethlehem', 'West Bank', 'five towns in the West Bank, including Qalqilya, Bethlehem and Ramallah'),
   LOC('Ramallah', 'West Bank', 'five towns in the West Bank, including Qalqilya, Bethlehem and Ramallah')],
  [EV('AGREEMENT', 'OCCURRED', 'agreed', 'Israeli and Palestinian officials have agreed to meet for a second time '
      'Wednesday', 'PARTICIPANT: Israel'),
   EV('MEETING', 'AGREED', 'meet', 'Israeli and Palestinian officials have agreed to meet for a second time Wednesday',
      'PARTICIPANT: Israel'),
   EV('NEGOTIATION', 'OCCURRED', 'Talks', 'Talks earlier Wednesday on transferring control of the towns of Jericho and '
      'Tulkarem broke down without an agreement'),
   EV('WITHDRAWAL', 'AGREED', 'pullback', 'The Israeli pullback was agreed to at a Palestinian-Israeli summit last '
      'month in Egypt', 'PARTICIPANT: Israel'),
   EV('MEETING', 'OCCURRED', 'summit', 'a Palestinian-Israeli summit last month in Egypt', place='Egypt'),
   EV('ATTACK', 'OCCURRED', 'suicide bombing', 'a Palestinian suicide bombing 12 days ago in Tel Aviv that killed four '
      'people', place='Tel Aviv', q='KILLED=4'),
   EV('WITHDRAWAL', 'SCHEDULED', 'pullouts', 'several planned Israeli pullouts from five towns in the West Bank',
      'PARTICIPANT: Israel', place='West Bank')])

P('test', 41402, 41407,
  'STA: Romania; Iraq | PLA: Baghdad | PER: Traian Basescu',
  [HP('Traian Basescu', 'Romania', 'President', 'Romanian President Traian Basescu')],
  [EV('RELEASE', 'OCCURRED', 'freed', 'three Romanian journalists and their Iraqi guide, kidnapped nearly two months '
      'in Baghdad, have been freed'),
   EV('STATEMENT', 'OCCURRED', 'statement', 'a statement Sunday from the Romanian presidency said the reporters are safe',
      'SPEAKER: Romania'),
   EV('THREAT', 'OCCURRED', 'threatened', 'The kidnappers threatened to kill them unless Romania withdrew its small '
      'military contingent from Iraq', 'ADDRESSEE: Romania'),
   EV('DEMAND', 'OCCURRED', 'unless', 'threatened to kill them unless Romania withdrew its small military contingent '
      'from Iraq', 'ADDRESSEE: Romania'),
   EV('WITHDRAWAL', 'DEMANDED', 'withdrew', 'unless Romania withdrew its small military contingent from Iraq',
      'PARTICIPANT: Romania', place='Iraq'),
   EV('REJECTION', 'OCCURRED', 'rejected', 'Romanian President Traian Basescu rejected the demand',
      'SPEAKER: Traian Basescu')])

P('test', 41596, 41601,
  'ORG: Taleban; Reuters | STA: Afghanistan; U.S. | PER: Homayun Hamidzada',
  [HP('Homayun Hamidzada', 'Afghanistan', 'presidential spokesman', 'Presidential spokesman Homayun Hamidzada')],
  [EV('REJECTION', 'OCCURRED', 'rejected', 'The Afghan government has rejected any conditions for peace talks with the '
      'Taleban', 'SPEAKER: Afghanistan; ADDRESSEE: Taleban'),
   EV('DEMAND', 'OCCURRED', 'demanded', 'the Islamist militants demanded the withdrawal of all foreign troops from the '
      'country', 'SPEAKER: Taleban'),
   EV('WITHDRAWAL', 'DEMANDED', 'withdrawal', 'demanded the withdrawal of all foreign troops from the country',
      place='Afghanistan', q='PERSONS=50000'),
   EV('NEGOTIATION', 'PROPOSED', 'negotiations', 'the Taleban expressed a willingness for negotiations only if all of '
      'the 50,000 foreign troops in Afghanistan leave the country', 'NEGOTIATING_PARTY: Taleban'),
   EV('ATTACK', 'OCCURRED', 'offensive', 'The Taleban was ousted from power in Afghanistan by a U.S.-led offensive in '
      'late 2001', 'ATTACKER: U.S.; TARGET: Taleban', place='Afghanistan', time='2001')])

P('test', 41712, 41716,
  'STA: U.S. | PLA: Mosul; Haditha | PER: David Rodriguez; Rodriguez | ORG: Ansar al-Sunna',
  [],
  [EV('ATTACK', 'OCCURRED', 'attack', 'a suicide bomber wearing an Iraqi uniform carried out the deadly attack in a '
      'dining tent at an American base in Mosul last December, killing 22 people', 'ATTACKER: Ansar al-Sunna',
      place='Mosul', q='KILLED=22'),
   EV('ATTACK', 'OCCURRED', 'invasion', 'the U.S.-led invasion in March, 2003', 'ATTACKER: U.S.', time='2003-03'),
   EV('ATTACK', 'OCCURRED', 'roadside bombing', "this month's roadside bombing south of Haditha that killed 14 U.S. "
      'Marines', 'ATTACKER: Ansar al-Sunna', q='KILLED=14')])

P('test', 42011, 42016,
  'STA: India; Pakistan | PLA: Wagah; New Delhi | PER: Pervez Musharraf',
  [HP('Pervez Musharraf', 'Pakistan', 'President', 'Pakistani President Pervez Musharraf')],
  [EV('RELEASE', 'OCCURRED', 'released', 'India has released 24 Pakistani prisoners detained for border violations',
      'RELEASING_PARTY: India; RECEIVING_PARTY: Pakistan', place='Wagah', q='PERSONS=24'),
   EV('NEGOTIATION', 'OCCURRED', 'peace talks', 'During peace talks, which started last year',
      'NEGOTIATING_PARTY: India; NEGOTIATING_PARTY: Pakistan'),
   EV('AGREEMENT', 'OCCURRED', 'agreed', 'the two countries agreed to expedite the release of such prisoners',
      'PARTICIPANT: India; PARTICIPANT: Pakistan'),
   EV('RELEASE', 'AGREED', 'release', 'agreed to expedite the release of such prisoners')])

P('test', 42655, 42659,
  'STA: Togo | PER: Faure Gnassingbe; Seyi Memene; Gnassingbe Eyadema | '
  'ALL: Economic Community of West African States; ECOWAS',
  [HP('Faure Gnassingbe', 'Togo', 'President', 'President Faure Gnassingbe'),
   HELD('Gnassingbe Eyadema', 'Togo', 'President', 'the death of longtime President Gnassingbe Eyadema')],
  [EV('AGREEMENT', 'OCCURRED', 'agreed', 'the military has agreed to return the country to "constitutional order"'),
   EV('NEGOTIATION', 'OCCURRED', 'talks', 'the military agreed to the move after talks Tuesday with West African '
      'diplomats'),
   EV('THREAT', 'OCCURRED', 'threatened', 'has threatened sanctions against the Togolese government if it does not hold '
      'fresh elections', 'SPEAKER: Economic Community of West African States; ADDRESSEE: Togo'),
   EV('DEMAND', 'OCCURRED', 'if it does not hold fresh elections', 'has threatened sanctions against the Togolese '
      'government if it does not hold fresh elections',
      'SPEAKER: Economic Community of West African States; ADDRESSEE: Togo')])

P('test', 44775, 44778,
  'STA: Iraq | PER: Fawzi al-Hariri | PLA: Baghdad; Camp Sara',
  [HP('Fawzi al-Hariri', 'Iraq', 'Industry Minister', "Iraq's industry minister")],
  [EV('ATTACK', 'OCCURRED', 'triple bomb attack', "a triple bomb attack targeting Iraq's industry minister has killed at "
      'least 14 people and wounded more than 70 in southern Baghdad', 'TARGET: Fawzi al-Hariri', place='Baghdad',
      q='KILLED=14 INJURED=70')])

P('test', 46332, 46337,
  'STA: Iran; Britain; France; Germany; Tehran; U.S. | ALL: International Atomic Energy Agency; IAEA; U.N. | '
  'PLA: Vienna',
  [],
  [EV('DEMAND', 'CANCELLED', 'demand', 'Iran has formally withdrawn its demand to exempt some equipment',
      'SPEAKER: Iran; ADDRESSEE: International Atomic Energy Agency'),
   EV('AGREEMENT', 'OCCURRED', 'deal', 'an international deal freezing its controversial uranium enrichment efforts',
      'SIGNATORY: Iran; MEDIATOR: Britain; MEDIATOR: France; MEDIATOR: Germany'),
   EV('THREAT', 'OCCURRED', 'threatened', 'Diplomats from Britain, France and Germany, who brokered the freeze, had '
      'threatened to drop opposition to possible U.N. sanctions if Iran reneged on the signed deal',
      'SPEAKER: Britain; SPEAKER: France; SPEAKER: Germany; ADDRESSEE: Iran')])

# ---------------------------------------------------------------- dev, second round
P('dev', 301, 306,
  "STA: Uganda; Sudan | ORG: Lord's Resistance Army; LRA; International Criminal Court | PER: Joseph Kony; Kony",
  [AFF('Kony', 'LRA', 'Kony is one of five LRA officials')],
  [EV('AGREEMENT', 'OCCURRED', 'signed', 'an accord signed Friday provides for the disarmament and demobilization of '
      'the LRA', "SIGNATORY: Uganda; SIGNATORY: Lord's Resistance Army"),
   EV('AGREEMENT', 'OCCURRED', 'signed', 'The two sides signed a permanent cease-fire agreement last Saturday during '
      'peace talks in Sudan', "SIGNATORY: Uganda; SIGNATORY: Lord's Resistance Army", place='Sudan'),
   EV('CEASEFIRE', 'AGREED', 'cease-fire', 'The two sides signed a permanent cease-fire agreement',
      "PARTICIPANT: Uganda; PARTICIPANT: Lord's Resistance Army"),
   EV('NEGOTIATION', 'OCCURRED', 'peace talks', 'during peace talks in Sudan',
      "NEGOTIATING_PARTY: Uganda; NEGOTIATING_PARTY: Lord's Resistance Army", place='Sudan')])

P('dev', 1297, 1301,
  "STA: Turkey; Ankara; Baghdad; Iraq | ORG: Kurdistan Workers' Party; PKK | PLA: Sirnak",
  [],
  [EV('STATEMENT', 'OCCURRED', 'statement', 'A Turkish army statement said an operation is under way'),
   EV('ATTACK', 'OCCURRED', 'shelled', 'Turkish troops shelled areas near the Iraqi border', 'ATTACKER: Turkey'),
   EV('ATTACK', 'OCCURRED', 'ambushed', "rebels from the Kurdistan Workers' Party, or PKK, ambushed a minibus in Sirnak "
      'and killed 12 passengers', "ATTACKER: Kurdistan Workers' Party", place='Sirnak', q='KILLED=12'),
   EV('AGREEMENT', 'OCCURRED', 'signed an agreement', 'Ankara signed an agreement with Baghdad last month',
      'SIGNATORY: Ankara; SIGNATORY: Baghdad')])

P('dev', 2828, 2832,
  'PER: Bill Gates; Gates; Phan Van Khai; Tran Duc Luong | STA: Vietnam | ORG: Microsoft; Hanoi University; Communist Party | '
  'PLA: Hanoi',
  [AFF('Bill Gates', 'Microsoft', 'The founder of Microsoft, Bill Gates'),
   HP('Phan Van Khai', 'Vietnam', 'Prime Minister', 'Prime Minister Phan Van Khai'),
   HP('Tran Duc Luong', 'Vietnam', 'President', 'President Tran Duc Luong')],
  [EV('MEETING', 'OCCURRED', 'met', 'Gates met Prime Minister Phan Van Khai and President Tran Duc Luong',
      'PARTICIPANT: Gates; PARTICIPANT: Phan Van Khai; PARTICIPANT: Tran Duc Luong'),
   EV('AGREEMENT', 'OCCURRED', 'signed an agreement', "the Vietnamese leaders and Gates signed an agreement to use "
      "Microsoft software in Vietnam's government systems",
      'SIGNATORY: Gates; SIGNATORY: Phan Van Khai; SIGNATORY: Tran Duc Luong')])

P('dev', 30837, 30842,
  'STA: Russia; U.S. | PER: Sergei Lavrov; Lavrov; Bush; Condoleezza Rice | PLA: Washington | '
  'ORG: Council on Foreign Relations | ALL: NATO; G-8',
  [HP('Sergei Lavrov', 'Russia', 'Foreign Minister', "Russia's Foreign Minister Sergei Lavrov"),
   HP('Bush', 'U.S.', 'President', 'President Bush'),
   HP('Condoleezza Rice', 'U.S.', 'Secretary of State', 'Secretary of State Condoleezza Rice'),
   MEM('Russia', 'G-8', 'Russia could be thrown out of the G-8')],
  [EV('MEETING', 'SCHEDULED', 'meet', "Russia's Foreign Minister Sergei Lavrov is scheduled to meet later Tuesday in "
      'Washington with President Bush and Secretary of State Condoleezza Rice',
      'PARTICIPANT: Sergei Lavrov; PARTICIPANT: Bush; PARTICIPANT: Condoleezza Rice', place='Washington')])

P('dev', 16225, 16230,
  'STA: Afghanistan; Kabul | ORG: Taleban',
  [],
  [EV('NEGOTIATION', 'OCCURRED', 'Negotiations', 'Negotiations to win the freedom of 19 South Korean hostages held in '
      'Afghanistan have stalled', 'NEGOTIATING_PARTY: Taleban'),
   EV('RELEASE', 'OCCURRED', 'released', 'the kidnappers released two female hostages', 'RELEASING_PARTY: Taleban',
      q='PERSONS=2'),
   EV('THREAT', 'OCCURRED', 'threatening', 'are threatening to kill the rest if the Afghan government does not release '
      'Taleban prisoners', 'SPEAKER: Taleban; ADDRESSEE: Afghanistan'),
   EV('DEMAND', 'OCCURRED', 'if', 'threatening to kill the rest if the Afghan government does not release Taleban '
      'prisoners', 'SPEAKER: Taleban; ADDRESSEE: Afghanistan'),
   EV('RELEASE', 'DEMANDED', 'release', 'if the Afghan government does not release Taleban prisoners',
      'RELEASING_PARTY: Afghanistan'),
   EV('REJECTION', 'OCCURRED', 'ruled out', 'Kabul has ruled out a prisoner swap', 'SPEAKER: Kabul; ADDRESSEE: Taleban'),
   EV('PRISONER_EXCHANGE', 'REJECTED', 'prisoner swap', 'Kabul has ruled out a prisoner swap',
      'PARTICIPANT: Kabul; PARTICIPANT: Taleban')])

P('dev', 19698, 19704,
  'STA: Egypt; Israel | PLA: Gaza Strip; Cairo; Gaza; West Bank | ORG: MENA; Hamas',
  [],
  [EV('AGREEMENT', 'OCCURRED', 'agreed', '12 small Palestinian factions have agreed to Egyptian proposals for a truce'),
   EV('PROPOSAL', 'OCCURRED', 'proposals', 'Egyptian proposals for a truce with Israel in the Gaza Strip',
      'PROPOSER: Egypt'),
   EV('CEASEFIRE', 'PROPOSED', 'truce', 'Egyptian proposals for a truce with Israel in the Gaza Strip',
      'PARTICIPANT: Israel; SUPPORTER: Hamas', place='Gaza Strip'),
   EV('MEETING', 'OCCURRED', 'meeting', 'the Palestinian groups approved the cease-fire offer at a meeting Wednesday in '
      'Cairo', place='Cairo'),
   EV('AGREEMENT', 'PROPOSED', 'deal', 'Egypt has been trying for months to mediate an Israeli-Palestinian deal',
      'MEDIATOR: Egypt'),
   EV('PRISONER_EXCHANGE', 'PROPOSED', 'exchange of prisoners', 'deal that would include a truce, an exchange of '
      'prisoners')])

P('dev', 28419, 28422,
  'ORG: Taleban; Pajhwok | STA: Afghanistan | PLA: Jaghato; Wardak | PER: Mohammed Nahim; Rudolf Blechschmidt',
  [HP('Mohammed Nahim', 'Jaghato', 'district chief', 'Jaghato district chief Mohammed Nahim')],
  [EV('RELEASE', 'OCCURRED', 'freed', 'Taleban militants have freed one German and four Afghans held hostage in '
      'Afghanistan', 'RELEASING_PARTY: Taleban'),
   EV('PRISONER_EXCHANGE', 'OCCURRED', 'hostage swap', 'the hostage swap took place earlier Wednesday',
      'PARTICIPANT: Taleban')])

P('dev', 28440, 28443,
  'PER: Viktor Yushchenko; Yushchenko; Bush; Yulija Tymoshenko | STA: Ukraine | ALL: NATO; European Union',
  [HP('Viktor Yushchenko', 'Ukraine', 'President', 'Ukrainian President Viktor Yushchenko'),
   HP('Bush', None, 'President', 'President Bush'),
   HELD('Yulija Tymoshenko', 'Ukraine', 'Prime Minister', 'Mr. Yushchenko dismissed Prime Minister Yulija Tymoshenko')],
  [EV('STATEMENT', 'OCCURRED', 'statement', 'In a statement, Saturday, the Ukrainian presidency said the two men had '
      'spoken by telephone', 'SPEAKER: Ukraine'),
   EV('PHONE_CALL', 'OCCURRED', 'spoken by telephone', 'the two men had spoken by telephone',
      'PARTICIPANT: Viktor Yushchenko; PARTICIPANT: Bush')])

P('test', 43225, 43229,
  'STA: Russia; Uzbekistan; Tashkent | PLA: Andijon; Central Asia | PER: Islam Karimov; Vladimir Putin | '
  'ALL: European Union',
  [HP('Islam Karimov', 'Uzbekistan', 'President', 'Uzbek President Islam Karimov'),
   HP('Vladimir Putin', 'Russia', 'President', 'Russian President Vladimir Putin')],
  [EV('ATTACK', 'OCCURRED', 'fired on', 'soldiers fired on protesters, killing dozens of people in the city of Andijon',
      place='Andijon'),
   EV('PHONE_CALL', 'OCCURRED', 'telephone conversation', 'In a telephone conversation Saturday, Uzbek President Islam '
      'Karimov briefed Russian President Vladimir Putin', 'PARTICIPANT: Islam Karimov; PARTICIPANT: Vladimir Putin'),
   EV('AGREEMENT', 'OCCURRED', 'agreed', 'the two leaders agreed to remain in close contact',
      'PARTICIPANT: Islam Karimov; PARTICIPANT: Vladimir Putin')])

P('test', 43534, 43538,
  'STA: Chad; Sudan | PER: Omar al-Bashir; Idriss Deby; Deby; Moammar Gadhafi | PLA: Tripoli; Darfur',
  [HP('Omar al-Bashir', 'Sudan', 'President', 'Presidents Omar al-Bashir of Sudan'),
   HP('Idriss Deby', 'Chad', 'President', 'Presidents Omar al-Bashir of Sudan and Idriss Deby of Chad')],
  [EV('AGREEMENT', 'OCCURRED', 'signed a peace accord', 'The leaders of Chad and Sudan have signed a peace accord',
      'SIGNATORY: Omar al-Bashir; SIGNATORY: Idriss Deby', place='Tripoli'),
   EV('MEETING', 'OCCURRED', 'summit', 'reached the agreement Wednesday at a summit hosted by Libyan leader Moammar '
      'Gadhafi in Tripoli', 'PARTICIPANT: Omar al-Bashir; PARTICIPANT: Idriss Deby; HOST: Moammar Gadhafi',
      place='Tripoli')])

P('test', 44166, 44169,
  'STA: United States; Iran; U.S. | ORG: Islamic Republic of Iran Shipping Lines; '
  'Ministry of Defense and Armed Forces Logistics',
  [],
  [EV('SANCTION', 'OCCURRED', 'imposed sanctions', "The United States has imposed sanctions on Iran's maritime carrier",
      'PARTICIPANT: United States; TARGET: Islamic Republic of Iran Shipping Lines'),
   EV('STATEMENT', 'OCCURRED', 'announced', 'The United States announced the designation Wednesday',
      'SPEAKER: United States')])

P('test', 45005, 45008,
  'STA: Sudan; Nigeria | PLA: Darfur; Abuja | PER: Mustafa Osman Ismail | ALL: African Union | '
  'ORG: Sudanese Liberation Army; Associated Press; Justice and Equality Movement; Reuters',
  [HP('Mustafa Osman Ismail', 'Sudan', 'Foreign Minister', "Sudan's foreign minister"),
   LOC('Abuja', 'Nigeria', 'Abuja, Nigeria')],
  [EV('NEGOTIATION', 'SCHEDULED', 'peace talks', 'a new round of peace talks between the government and rebels in the '
      'western Darfur region is set for February',
      'NEGOTIATING_PARTY: Sudan; NEGOTIATING_PARTY: Sudanese Liberation Army', place='Abuja'),
   EV('MEETING', 'OCCURRED', 'summit', 'the African Union summit in Abuja, Nigeria, Monday',
      'PARTICIPANT: African Union', place='Abuja')])
