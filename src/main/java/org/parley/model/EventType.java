package org.parley.model;

/** The kinds of event Parley extracts; each is an OWL class of the Parley ontology with CAMEO/PLOVER codes. */
public enum EventType {
    NEGOTIATION, MEETING, PHONE_CALL, STATEMENT, DEMAND, PROPOSAL, REJECTION, THREAT, AGREEMENT,
    PRISONER_EXCHANGE, RELEASE, CEASEFIRE, ATTACK, SANCTION, ANNEXATION, WITHDRAWAL,
    /** An organisation or alliance is founded, established or formed: its founding date is the event's time. */
    FOUNDING
}
