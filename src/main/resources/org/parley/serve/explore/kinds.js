// Kinds of nodes (for colours and the legend), from their rdf:types, and readable names of properties.

import { PARLEY } from './queries.js';

/** The kinds, in legend order, with their names. */
export const KINDS = [
  ['person', 'Person'], ['state', 'State'], ['alliance', 'Alliance'], ['organization', 'Organisation'],
  ['place', 'Place'], ['delegation', 'Delegation'], ['post', 'Post'], ['event', 'Event'], ['other', 'Other'],
];

const DIRECT = {
  Person: 'person', State: 'state', Alliance: 'alliance', Organization: 'organization', Place: 'place',
  Delegation: 'delegation', Post: 'post', Event: 'event',
};

/** The event classes of the Parley ontology (subclasses of parley:Event), known without the ontology at hand. */
const EVENT_CLASSES = new Set(['Event', 'Negotiation', 'Meeting', 'Summit', 'PhoneCall', 'SpeechAct', 'Statement',
  'Demand', 'Proposal', 'Rejection', 'Threat', 'Agreement', 'PrisonerExchange', 'Release', 'Ceasefire', 'Attack',
  'Strike', 'Shelling', 'Sanction', 'Annexation', 'Withdrawal', 'TroopWithdrawal', 'Visit', 'Election',
  'Founding']);

/** The local name of an IRI (after the last '#' or '/'). */
export function localName(iri) {
  const m = /[^#/]*$/.exec(iri || '');
  return m ? m[0] : '';
}

/** The kind of a node with these types (IRIs). */
export function kindOf(types) {
  const parley = (types || []).filter((t) => t.startsWith(PARLEY)).map((t) => t.slice(PARLEY.length));
  for (const t of parley) if (DIRECT[t] && t !== 'Event') return DIRECT[t];
  if (parley.some((t) => EVENT_CLASSES.has(t))) return 'event';
  if ((types || []).some((t) => /(Event|Action)$/.test(localName(t)))) return 'event';
  return 'other';
}

/** The most specific type's local name, for display ("Negotiation", "Person"). */
export function typeName(types) {
  const parley = (types || []).filter((t) => t.startsWith(PARLEY)).map((t) => t.slice(PARLEY.length))
    .filter((t) => t !== 'Entity' && t !== 'Agent');
  const specific = parley.filter((t) => t !== 'Event');
  return (specific[0] || parley[0] || localName((types || [])[0]) || 'thing').replace(/([a-z])([A-Z])/g, '$1 $2');
}

const propertyLabels = new Map();

/** Remembers labels of properties (from an ontology in the store). */
export function setPropertyLabel(iri, label) {
  propertyLabels.set(iri, label);
}

/** A readable name of a property: its rdfs:label if known, else its local name in words. */
export function propertyName(iri) {
  if (propertyLabels.has(iri)) return propertyLabels.get(iri);
  return localName(iri).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

/** Whether a property is the generic participation link (shown only when no role is known). */
export function isGeneric(iri) {
  return iri === PARLEY + 'hasParticipant' || iri === PARLEY + 'participatedIn';
}
