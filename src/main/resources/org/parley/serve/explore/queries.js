// The SPARQL queries of the explorer, over Parley's vocabulary. Every query has a LIMIT and reads optional
// parts with OPTIONAL, so that it also works on graphs that lack some kinds of facts.

export const PARLEY = 'https://w3id.org/parley/ontology#';
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const OWL = 'http://www.w3.org/2002/07/owl#';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';

export const PREFIXES = `PREFIX parley: <${PARLEY}>
PREFIX rdf: <${RDF}>
PREFIX rdfs: <${RDFS}>
PREFIX owl: <${OWL}>
PREFIX skos: <${SKOS}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX text: <http://jena.apache.org/text#>
`;

/** Limits of the queries. */
export const LIMITS = { search: 20, neighbours: 150, comentions: 12, mentions: 40, claims: 60, facts: 80, events: 300, eventParts: 2000 };

/** Roles that point from an event to a participant (all sub-properties of parley:hasParticipant). */
const ROLE_NAMES = ['hasParticipant', 'negotiatingParty', 'host', 'mediator', 'speaker', 'addressee', 'signatory',
  'attacker', 'target', 'victim', 'proposer', 'demander', 'releasingParty', 'receivingParty', 'delegation', 'delegationHead'];

/** Links that are provenance or bookkeeping, not relations between things. */
const NOT_RELATIONS = ['rdf:type', 'owl:sameAs', 'parley:evidence', 'parley:refersTo', 'rdf:subject', 'rdf:object',
  'rdf:predicate', 'parley:reportOf', 'parley:eventCode', 'parley:eventStatus', 'parley:inArticle',
  'parley:inSentence', 'nif:referenceContext', 'parley:quarantinedGraph'];

/** Things that are not drawn as nodes. */
const NOT_NODES = 'parley:Claim parley:Mention parley:Sentence parley:Article parley:EventReport parley:QuarantineRecord';

/** The title of article ?a as ?title: its dcterms:title, else the name of its source file. */
const TITLE = 'OPTIONAL { ?a dcterms:title ?title0 } OPTIONAL { ?a parley:sourceName ?source0 } BIND(COALESCE(?title0, ?source0) AS ?title)';

/** An IRI as a SPARQL term; refuses anything that is not a plain absolute IRI. */
export function iri(x) {
  if (typeof x !== 'string' || !/^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|\\^`]*$/.test(x)) {
    throw new Error(`Not an IRI: ${x}`);
  }
  return `<${x}>`;
}

/** A string as a SPARQL literal. */
export function literal(s) {
  return '"' + String(s).replace(/[\\"]/g, (c) => '\\' + c).replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') + '"';
}

/** A Lucene query for what the user typed: every word must occur, the last one as a prefix. */
export function luceneQuery(input) {
  const words = String(input).split(/\s+/).map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '')).filter((w) => w.length > 0);
  if (words.length === 0) return '';
  return words.map((w, i) => (i === words.length - 1 ? w + '*' : w)).join(' AND ');
}

/**
 * Labels and aliases through the full-text index (jena-text), best first. (Without an index, jena-text leaves ?e
 * unbound rather than failing: the filter makes that an empty answer, and the caller falls back.)
 */
export function searchText(input) {
  return `${PREFIXES}
SELECT ?e (SAMPLE(?l) AS ?label) (MAX(?sc) AS ?score) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) {
  { SELECT ?e ?sc { (?e ?sc) text:query (rdfs:label ${literal(luceneQuery(input))} ${LIMITS.search * 3}) FILTER(isIRI(?e)) } }
  ?e rdfs:label ?l .
  OPTIONAL { ?e a ?t }
} GROUP BY ?e ORDER BY DESC(?score) LIMIT ${LIMITS.search}`;
}

/** Labels and aliases containing the text (no index needed), shortest label first. */
export function searchContains(input) {
  const q = String(input).trim().toLowerCase();
  return `${PREFIXES}
SELECT ?e (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) {
  { SELECT DISTINCT ?e { ?e rdfs:label|skos:altLabel ?name . FILTER(isIRI(?e) && CONTAINS(LCASE(STR(?name)), ${literal(q)})) } LIMIT ${LIMITS.search * 3} }
  ?e rdfs:label ?l .
  FILTER NOT EXISTS { ?e a ?bad . VALUES ?bad { ${NOT_NODES} } }
  OPTIONAL { ?e a ?t }
} GROUP BY ?e ORDER BY STRLEN(?label) ?label LIMIT ${LIMITS.search}`;
}

/** Label and types of some things. */
export function describeNodes(iris) {
  return `${PREFIXES}
SELECT ?n (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) {
  VALUES ?n { ${iris.map(iri).join(' ')} }
  OPTIONAL { ?n rdfs:label ?l }
  OPTIONAL { ?n a ?t }
} GROUP BY ?n LIMIT ${iris.length + 1}`;
}

/** The things linked to a node, in either direction, with the linking properties. */
export function neighbours(node) {
  const x = iri(node);
  return `${PREFIXES}
SELECT ?dir ?p ?n (SAMPLE(?nl) AS ?label) (GROUP_CONCAT(DISTINCT STR(?nt); separator=" ") AS ?types) {
  { SELECT DISTINCT ?dir ?p ?n {
      { ${x} ?p ?n . BIND("out" AS ?dir) } UNION { ?n ?p ${x} . BIND("in" AS ?dir) }
      FILTER(isIRI(?n) && ?n != ${x} && ?p NOT IN (${NOT_RELATIONS.join(', ')}))
      FILTER NOT EXISTS { ?n a ?bad . VALUES ?bad { ${NOT_NODES} } }
    } LIMIT ${LIMITS.neighbours} }
  ?n rdfs:label ?nl .
  OPTIONAL { ?n a ?nt }
} GROUP BY ?dir ?p ?n LIMIT ${LIMITS.neighbours}`;
}

/** The things named in the same sentences as a node, most sentences first. */
export function comentions(node) {
  const x = iri(node);
  return `${PREFIXES}
SELECT ?n (SAMPLE(?nl) AS ?label) (GROUP_CONCAT(DISTINCT STR(?nt); separator=" ") AS ?types) (COUNT(DISTINCT ?s) AS ?count) {
  ?m parley:refersTo ${x} ; parley:inSentence ?s .
  ?m2 parley:inSentence ?s ; parley:refersTo ?n .
  FILTER(?n != ${x})
  ?n rdfs:label ?nl .
  OPTIONAL { ?n a ?nt }
} GROUP BY ?n ORDER BY DESC(?count) LIMIT ${LIMITS.comentions}`;
}

/** Labels (from an ontology loaded in the store, if any) of properties. */
export function propertyLabels(props) {
  return `${PREFIXES}
SELECT ?p (SAMPLE(?l) AS ?label) {
  VALUES ?p { ${props.map(iri).join(' ')} }
  ?p rdfs:label ?l . FILTER(LANG(?l) = "" || LANGMATCHES(LANG(?l), "en"))
} GROUP BY ?p LIMIT ${props.length + 1}`;
}

/** The direct statements about a node: literals and linked things, with their labels. */
export function facts(node) {
  const x = iri(node);
  return `${PREFIXES}
SELECT ?p ?o (SAMPLE(?ol) AS ?label) {
  { SELECT DISTINCT ?p ?o { ${x} ?p ?o . FILTER(?p NOT IN (nif:isString, parley:evidence)) } LIMIT ${LIMITS.facts} }
  OPTIONAL { ?o rdfs:label ?ol }
} GROUP BY ?p ?o LIMIT ${LIMITS.facts}`;
}

/**
 * The sentences that name some things, with the spans of the names, the article and its title. With two
 * things, only the sentences that name both.
 */
export function mentions(nodes) {
  const [a, b] = nodes.map(iri);
  const both = b ? `?m2 parley:inSentence ?s ; parley:refersTo ${b} ; nif:beginIndex ?mb2 ; nif:endIndex ?me2 .` : '';
  const spans2 = b ? `(GROUP_CONCAT(DISTINCT CONCAT(STR(?mb2), "-", STR(?me2)); separator=" ") AS ?spans2)` : '';
  return `${PREFIXES}
SELECT ?s ?text ?sb ?a ?title ?date ?si (GROUP_CONCAT(DISTINCT CONCAT(STR(?mb), "-", STR(?me)); separator=" ") AS ?spans) ${spans2} {
  ?m parley:refersTo ${a} ; parley:inSentence ?s ; nif:beginIndex ?mb ; nif:endIndex ?me .
  ${both}
  ?s nif:anchorOf ?text ; nif:beginIndex ?sb .
  OPTIONAL { ?s parley:sentenceIndex ?si }
  OPTIONAL { ?s parley:inArticle ?a . ${TITLE} OPTIONAL { ?a dcterms:date ?date } }
} GROUP BY ?s ?text ?sb ?a ?title ?date ?si ORDER BY DESC(?date) ?a ?si LIMIT ${LIMITS.mentions}`;
}

/**
 * The claims (reified facts with their evidence) about a node, or about a link (subject, predicate, object) when
 * the predicate and object are given.
 */
export function claims(subject, predicate, object) {
  const s = iri(subject);
  const match = predicate
    ? `?c rdf:subject ${s} ; rdf:predicate ${iri(predicate)} ; rdf:object ${iri(object)} .`
    : `{ ?c rdf:subject ${s} } UNION { ?c rdf:object ${s} }`;
  return `${PREFIXES}
SELECT ?c ?cs ?cp ?co ?csl ?col ?a ?title ?s ?text ?sb ?eb ?ee ?anchor ?conf ?extractor {
  { SELECT DISTINCT ?c { ${match} ?c a parley:Claim } LIMIT ${LIMITS.claims} }
  ?c rdf:subject ?cs ; rdf:predicate ?cp ; rdf:object ?co .
  OPTIONAL { ?cs rdfs:label ?csl }
  OPTIONAL { ?co rdfs:label ?col }
  OPTIONAL { ?c parley:inArticle ?a . ${TITLE} }
  OPTIONAL { ?c parley:inSentence ?s . ?s nif:anchorOf ?text ; nif:beginIndex ?sb }
  OPTIONAL { ?c nif:beginIndex ?eb ; nif:endIndex ?ee }
  OPTIONAL { ?c nif:anchorOf ?anchor }
  OPTIONAL { ?c parley:confidence ?conf }
  OPTIONAL { ?c parley:extractor ?extractor }
} LIMIT ${LIMITS.claims * 2}`;
}

/** Sentences given as evidence of a node (parley:evidence), with their articles. */
export function evidenceSentences(node) {
  const x = iri(node);
  return `${PREFIXES}
SELECT ?s ?text ?sb ?a ?title {
  ${x} parley:evidence ?s .
  ?s nif:anchorOf ?text ; nif:beginIndex ?sb .
  OPTIONAL { ?s parley:inArticle ?a . ${TITLE} }
} LIMIT ${LIMITS.mentions}`;
}

/** Events with a normalised date, year-month or year. */
export function timelineEvents() {
  return `${PREFIXES}
SELECT ?ev (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?date) (SAMPLE(?ym) AS ?yearMonth) (SAMPLE(?y) AS ?year)
       (SAMPLE(?st) AS ?status) (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?types) {
  { SELECT DISTINCT ?ev { { ?ev parley:date ?x } UNION { ?ev parley:yearMonth ?x } UNION { ?ev parley:year ?x } } LIMIT ${LIMITS.events} }
  OPTIONAL { ?ev rdfs:label ?l }
  OPTIONAL { ?ev parley:date ?d }
  OPTIONAL { ?ev parley:yearMonth ?ym }
  OPTIONAL { ?ev parley:year ?y }
  OPTIONAL { ?ev parley:eventStatus ?st }
  OPTIONAL { ?ev a ?t }
} GROUP BY ?ev LIMIT ${LIMITS.events}`;
}

function values(events) {
  return `VALUES ?ev { ${events.map(iri).join(' ')} }`;
}

/** Participants of events with their roles (the sub-properties of parley:hasParticipant they are linked by). */
export function eventParticipants(events) {
  const roles = ROLE_NAMES.map((r) => `parley:${r}`).join(' ');
  return `${PREFIXES}
SELECT ?ev ?role ?x (SAMPLE(?xl) AS ?label) (GROUP_CONCAT(DISTINCT STR(?xt); separator=" ") AS ?types) {
  ${values(events)}
  { VALUES ?role { ${roles} } ?ev ?role ?x . }
  UNION
  { ?ev parley:hasParticipant ?x . ?ev ?role ?x . }
  FILTER(isIRI(?x))
  OPTIONAL { ?x rdfs:label ?xl }
  OPTIONAL { ?x a ?xt }
} GROUP BY ?ev ?role ?x LIMIT ${LIMITS.eventParts}`;
}

/** Places, delegations (with the state they represent and their head) and sources (articles) of events. */
export function eventContext(events) {
  return `${PREFIXES}
SELECT ?ev ?kind ?x ?label ?extra ?extraLabel {
  ${values(events)}
  {
    ?ev parley:place ?x . OPTIONAL { ?x rdfs:label ?label } BIND("place" AS ?kind)
  } UNION {
    ?x parley:delegationTo ?ev . OPTIONAL { ?x rdfs:label ?label }
    OPTIONAL { ?x parley:represents ?extra . OPTIONAL { ?extra rdfs:label ?extraLabel } }
    BIND("delegation" AS ?kind)
  } UNION {
    ?d parley:delegationTo ?ev . ?x parley:leads ?d . OPTIONAL { ?x rdfs:label ?label }
    BIND(?d AS ?extra) BIND("head" AS ?kind)
  } UNION {
    ?r parley:reportOf ?ev ; parley:inArticle ?x . ${TITLE.replace(/\?a\b/g, '?x').replace(/\?title\b/g, '?label')} BIND("source" AS ?kind)
  } UNION {
    ?ev parley:evidence ?s . ?s parley:inArticle ?x . ${TITLE.replace(/\?a\b/g, '?x').replace(/\?title\b/g, '?label')} BIND("source" AS ?kind)
  } UNION {
    ?ev parley:subEventOf ?x . OPTIONAL { ?x rdfs:label ?label } BIND("partOf" AS ?kind)
  }
} LIMIT ${LIMITS.eventParts}`;
}
