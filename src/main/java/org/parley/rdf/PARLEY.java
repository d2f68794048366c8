package org.parley.rdf;

import java.util.Objects;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Parley ontology's terms ({@code ontology/parley.ttl}), written by hand and checked against the ontology
 * in both directions by {@code VocabularyTest}: every constant is declared in the ontology, and every class,
 * property, concept scheme and event status the ontology declares has a constant here.
 */
public final class PARLEY {
    /** The ontology's namespace (a hash namespace: term IRIs resolve to the ontology document). */
    public static final String NS = "https://w3id.org/parley/ontology#";
    /** The ontology's IRI (without the hash). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/parley/ontology";
    /** The IRI of Parley's SHACL shapes graph. */
    public static final String SHAPES_IRI = "https://w3id.org/parley/shapes";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The concept of a CAMEO code, e.g. {@code cameo("046")} (engage in negotiation). */
    public static Resource cameo(String code) {
        Objects.requireNonNull(code, "code");
        return resource("cameo-" + code);
    }

    /** The concept of a PLOVER category, e.g. {@code plover("CONSULT")}. */
    public static Resource plover(String category) {
        Objects.requireNonNull(category, "category");
        return resource("plover-" + category);
    }

    // ---------------------------------------------------------------- annotation properties
    public static final Property typicalCode = property("typicalCode");

    // ---------------------------------------------------------------- articles and text
    public static final Resource Article = resource("Article");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Mention = resource("Mention");
    public static final Property sourceName = property("sourceName");
    public static final Property publisherName = property("publisherName");
    public static final Property contentDigest = property("contentDigest");
    public static final Property bodyHash = property("bodyHash");
    public static final Property pipelineVersion = property("pipelineVersion");
    public static final Property sentenceCount = property("sentenceCount");
    public static final Property tokenCount = property("tokenCount");
    public static final Property inArticle = property("inArticle");
    public static final Property inSentence = property("inSentence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property refersTo = property("refersTo");
    public static final Property extractor = property("extractor");
    public static final Property confidence = property("confidence");
    public static final Property evidence = property("evidence");

    // ---------------------------------------------------------------- entities and agents
    public static final Resource Entity = resource("Entity");
    public static final Resource Agent = resource("Agent");
    public static final Resource Person = resource("Person");
    public static final Resource State = resource("State");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource Organization = resource("Organization");
    public static final Resource Delegation = resource("Delegation");
    public static final Resource Post = resource("Post");
    public static final Resource Place = resource("Place");
    public static final Property gazetteerId = property("gazetteerId");

    // ---------------------------------------------------------------- posts, memberships, delegations
    public static final Resource Membership = resource("Membership");
    public static final Property memberOf = property("memberOf");
    public static final Property holdsPost = property("holdsPost");
    public static final Property heldPost = property("heldPost");
    public static final Property affiliatedWith = property("affiliatedWith");
    public static final Property locatedIn = property("locatedIn");
    public static final Property postIn = property("postIn");
    public static final Property leads = property("leads");
    public static final Property represents = property("represents");
    public static final Property delegationTo = property("delegationTo");

    // ---------------------------------------------------------------- events
    public static final Resource Event = resource("Event");
    public static final Resource Negotiation = resource("Negotiation");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource PhoneCall = resource("PhoneCall");
    public static final Resource SpeechAct = resource("SpeechAct");
    public static final Resource Statement = resource("Statement");
    public static final Resource Demand = resource("Demand");
    public static final Resource Proposal = resource("Proposal");
    public static final Resource Rejection = resource("Rejection");
    public static final Resource Threat = resource("Threat");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource PrisonerExchange = resource("PrisonerExchange");
    public static final Resource Release = resource("Release");
    public static final Resource Ceasefire = resource("Ceasefire");
    public static final Resource Attack = resource("Attack");
    public static final Resource Sanction = resource("Sanction");
    public static final Resource Annexation = resource("Annexation");
    public static final Resource Withdrawal = resource("Withdrawal");
    public static final Resource Founding = resource("Founding");
    public static final Property hasParticipant = property("hasParticipant");
    public static final Property participatedIn = property("participatedIn");
    public static final Property negotiatingParty = property("negotiatingParty");
    public static final Property host = property("host");
    public static final Property mediator = property("mediator");
    public static final Property speaker = property("speaker");
    public static final Property addressee = property("addressee");
    public static final Property signatory = property("signatory");
    public static final Property attacker = property("attacker");
    public static final Property target = property("target");
    public static final Property releasingParty = property("releasingParty");
    public static final Property receivingParty = property("receivingParty");
    public static final Property proposer = property("proposer");
    public static final Property supporter = property("supporter");
    public static final Property victim = property("victim");
    public static final Property delegationHead = property("delegationHead");
    public static final Property place = property("place");
    public static final Property date = property("date");
    public static final Property yearMonth = property("yearMonth");
    public static final Property year = property("year");
    public static final Property timeExpression = property("timeExpression");
    public static final Property time = property("time");
    public static final Property subEventOf = property("subEventOf");
    public static final Property content = property("content");
    public static final Property eventStatus = property("eventStatus");
    public static final Property eventCode = property("eventCode");
    public static final Property numberOfDeaths = property("numberOfDeaths");
    public static final Property personCount = property("personCount");
    public static final Property personsPerSide = property("personsPerSide");
    public static final Property numberInjured = property("numberInjured");
    public static final Property durationDays = property("durationDays");
    public static final Property personsPerWeek = property("personsPerWeek");

    // ---------------------------------------------------------------- reports and claims
    public static final Resource EventReport = resource("EventReport");
    public static final Property reportOf = property("reportOf");
    public static final Resource Claim = resource("Claim");

    // ---------------------------------------------------------------- quarantine
    public static final Resource QuarantineRecord = resource("QuarantineRecord");
    public static final Property quarantinedGraph = property("quarantinedGraph");
    public static final Property rejectedTriples = property("rejectedTriples");
    public static final Property validationReport = property("validationReport");

    // ---------------------------------------------------------------- code lists
    public static final Resource EventStatusScheme = resource("EventStatusScheme");
    public static final Resource CAMEO = resource("CAMEO");
    public static final Resource PLOVER = resource("PLOVER");
    public static final Resource status_occurred = resource("status-occurred");
    public static final Resource status_scheduled = resource("status-scheduled");
    public static final Resource status_proposed = resource("status-proposed");
    public static final Resource status_demanded = resource("status-demanded");
    public static final Resource status_agreed = resource("status-agreed");
    public static final Resource status_rejected = resource("status-rejected");
    public static final Resource status_cancelled = resource("status-cancelled");

    private PARLEY() {}
}
