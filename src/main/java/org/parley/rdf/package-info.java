/**
 * RDF for Parley: the ontology's vocabulary ({@link org.parley.rdf.PARLEY}), IRI minting and the mapping of
 * an extracted article to its named graph ({@link org.parley.rdf.GraphMapper}): names and mentions, and the
 * facts (posts, memberships, delegations, events) as direct triples with a claim each ({@code FactMapper},
 * {@code ClaimWriter}); reports of one real event in several articles share the IRI of its canonical event
 * ({@link org.parley.rdf.CanonicalEvents}).
 */
package org.parley.rdf;
