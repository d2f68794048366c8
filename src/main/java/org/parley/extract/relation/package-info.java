/**
 * Relations between resolved entities read with general English-news rules: posts of office, affiliations,
 * delegations, memberships of alliances and the places places lie in. See
 * {@link org.parley.extract.relation.RuleRelationExtractor}.
 */
package org.parley.extract.relation;
