package org.parley.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.model.RelationType.AFFILIATED_WITH;
import static org.parley.model.RelationType.DELEGATION_MEMBER;
import static org.parley.model.RelationType.HELD_POST;
import static org.parley.model.RelationType.HOLDS_POST;
import static org.parley.model.RelationType.LEADS_DELEGATION;
import static org.parley.model.RelationType.LOCATED_IN;
import static org.parley.model.RelationType.MEMBER_OF;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.extract.relation.RelationHarness.Result;

/**
 * The relation rules on real Voice of America sentences (data/training/ner_dataset.csv, GMB; tokens re-joined),
 * each run through the whole pipeline; the assertions are what each sentence says.
 */
class VoaRelationsIT {
    static RelationHarness h;

    @BeforeAll
    static void load() {
        h = RelationHarness.get();
    }

    // ---------------------------------------------------------------- posts

    @Test
    void demonymTitleName() {
        h.run("But Australian Foreign Minister Alexander Downer called the Iraqi official's timeframe \"optimistic.\"")
                .expect(HOLDS_POST, "Alexander Downer", "Australia", "Foreign Minister",
                        "Australian Foreign Minister Alexander Downer");
    }

    @Test
    void possessiveStateAndDepartmentWord() {
        h.run("China's Health Minister Gao Qiang said at a nationwide health meeting Saturday that most hospital "
                        + "staff members are doing a good job.")
                .expect(HOLDS_POST, "Gao Qiang", "China", "Health Minister", "China's Health Minister Gao Qiang");
        h.run("Meanwhile, a bodyguard of Iraq's Deputy Prime Minister Ahmad Chalabi was killed and three others "
                        + "wounded when gunmen ambushed their convoy south of Baghdad.")
                .expect(HOLDS_POST, "Ahmad Chalabi", "Iraq", "Deputy Prime Minister",
                        "Iraq's Deputy Prime Minister Ahmad Chalabi");
    }

    @Test
    void aMinistryPostOpeningASentenceBelongsToTheStateThePrecedingSentenceOpensWith() {
        h.run("Pakistan has denied allegations by Moscow that militants have been training on Pakistani territory to "
                        + "carry out terrorist attacks in Russia and the former Soviet central Asian nations. Foreign "
                        + "ministry spokesman Jalil Abbas Jilani in Islamabad Saturday said there are no militant "
                        + "training facilities in Pakistan.")
                .expect(HOLDS_POST, "Jalil Abbas Jilani", "Pakistan", "Foreign Ministry Spokesperson",
                        "Foreign ministry spokesman Jalil Abbas Jilani");
        // only a ministry's post opening its sentence: "President Mohammad Khatami" later on gets no state
        Result r = h.run("Iran continues to downplay the threat of U.S. military strikes, and says any U.S. attack on "
                + "the Islamic republic would be a strategic mistake. Foreign Ministry spokesman Hamid Reza Asefi told a "
                + "news conference Sunday the chance of a U.S. strike is very low, echoing recent comments from "
                + "President Mohammad Khatami.");
        r.expect(HOLDS_POST, "Mohammad Khatami", null, "President", "President Mohammad Khatami");
    }

    @Test
    void formerMakesAHeldPost() {
        Result r = h.run("Former Haitian President Jean-Bertrand Aristide says he hopes to return to Haiti as soon as "
                + "possible, after nearly two years in exile in South Africa.");
        r.expect(HELD_POST, "Jean-Bertrand Aristide", "Haiti", "President",
                "Former Haitian President Jean-Bertrand Aristide");
        assertTrue(r.of(HOLDS_POST).isEmpty(), r.describe());
        h.run("Meanwhile, lawyers for former Iraqi deputy prime minister Tareq Aziz say he is in poor health and may "
                        + "have just weeks to live.")
                .expect(HELD_POST, "Tareq Aziz", "Iraq", "Deputy Prime Minister",
                        "former Iraqi deputy prime minister Tareq Aziz");
    }

    @Test
    void titleBeforeTheNameInApposition() {
        h.run("Japan's Foreign Minister, Nobutaka Machimura, arrives Sunday in Beijing for talks with his Chinese "
                        + "counterpart, Li Zhaoxing, to discuss relations between the two countries.")
                .expect(HOLDS_POST, "Nobutaka Machimura", "Japan", "Foreign Minister",
                        "Japan's Foreign Minister, Nobutaka Machimura");
        h.run("Bahrain's foreign minister, Khalid bin Ahmed al-Khalifa, told the opening session that a new and "
                        + "effective mechanism from the United Nations Security Council is needed to re-launch the process.")
                .expect(HOLDS_POST, "Khalid bin Ahmed al-Khalifa", "Bahrain", "Foreign Minister",
                        "Bahrain's foreign minister, Khalid bin Ahmed al-Khalifa");
    }

    @Test
    void titleAfterTheNameWithItsBody() {
        h.run("The delegation was led by Illinois Republican Henry Hyde, chairman of the House International "
                        + "Relations Committee.")
                .expect(HOLDS_POST, "Henry Hyde", "House International Relations Committee", "Chairman",
                        "Henry Hyde, chairman of the House International Relations Committee");
    }

    @Test
    void rankWordsAndTitleCaseOfThePost() {
        h.run("In a statement issued Tuesday, Deputy Spokesman Adam Ereli called the economic pact \"Nicaragua's "
                        + "best opportunity\" to gain the benefits of trade and investment.")
                .expect(HOLDS_POST, "Adam Ereli", null, "Deputy Spokesperson", "Deputy Spokesman Adam Ereli");
        Result r = h.run("Russia's Foreign Minister Sergei Lavrov made the comment Saturday, after talks in Moscow "
                + "with U.S. Secretary of State Condoleezza Rice.");
        r.expect(HOLDS_POST, "Sergei Lavrov", "Russia", "Foreign Minister", "Russia's Foreign Minister Sergei Lavrov");
        r.expect(HOLDS_POST, "Condoleezza Rice", "United States", "Secretary of State",
                "U.S. Secretary of State Condoleezza Rice");
    }

    @Test
    void modifiersLikeNewAreNotPartOfThePost() {
        h.run("Cuban Foreign Minister Felipe Perez Roque announced the decision Thursday, shortly before a meeting in "
                        + "Havana with new Spanish Ambassador Carlos Zaldivar.")
                .expect(HOLDS_POST, "Carlos Zaldivar", "Spain", "Ambassador", "new Spanish Ambassador Carlos Zaldivar");
    }

    // ---------------------------------------------------------------- delegations

    @Test
    void delegationLedBy() {
        Result r = h.run("The North's state media reported Sunday that the Chinese delegation was led by Deputy Prime "
                + "Minister Wu Yi.");
        r.expect(LEADS_DELEGATION, "Wu Yi", "China", null,
                "Chinese delegation was led by Deputy Prime Minister Wu Yi");
        // the post is read in the delegation's state
        r.expect(HOLDS_POST, "Wu Yi", "China", "Deputy Prime Minister", "Deputy Prime Minister Wu Yi");
        h.run("The U.S. delegation was led by Labor Secretary Elaine Chao.")
                .expect(LEADS_DELEGATION, "Elaine Chao", "United States", null,
                        "U.S. delegation was led by Labor Secretary Elaine Chao");
        h.run("The IAEA delegation is led by senior inspector Olli Heinonen.")
                .expect(LEADS_DELEGATION, "Olli Heinonen", "International Atomic Energy Agency", null,
                        "IAEA delegation is led by senior inspector Olli Heinonen");
    }

    @Test
    void personLedADelegation() {
        h.run("Earlier this week, Iraqi Deputy Prime Minister Barham Saleh led a delegation of officials on a visit to "
                        + "Iran aimed at enhancing economic ties between the two nations.")
                .expect(LEADS_DELEGATION, "Barham Saleh", "Iraq", null, "Barham Saleh led a delegation");
    }

    @Test
    void delegationWithoutAStateGivesNoRelation() {
        Result r = h.run("A trade delegation led by Nebraska Governor Dave Heineman has signed agreements to sell "
                + "nearly $30 million worth of food to Cuba.");
        assertTrue(r.of(LEADS_DELEGATION).isEmpty(), r.describe());
    }

    // ---------------------------------------------------------------- memberships

    @Test
    void listAfterComprises() {
        Result r = h.run("Mercosur comprises Argentina, Brazil, Paraguay and Uruguay.");
        for (String s : new String[]{"Argentina", "Brazil", "Paraguay", "Uruguay"})
            r.expect(MEMBER_OF, s, "Mercosur", null, "Mercosur comprises Argentina, Brazil, Paraguay and Uruguay");
        assertEquals(4, r.of(MEMBER_OF).size(), r.describe());
    }

    @Test
    void joined() {
        h.run("Following the latter's defeat in 1949, Greece joined NATO in 1952.")
                .expect(MEMBER_OF, "Greece", "NATO", null, "Greece joined NATO");
        h.run("Sweden joined the EU in 1995, but the public rejected the introduction of the euro in a 2003 referendum.")
                .expect(MEMBER_OF, "Sweden", "European Union", null, "Sweden joined the EU");
    }

    @Test
    void membersBeforeTheirNames() {
        Result r = h.run("But NATO has not engaged in any combat in Iraq because of opposition from NATO members "
                + "France and Germany.");
        r.expect(MEMBER_OF, "France", "NATO", null, "NATO members France and Germany");
        r.expect(MEMBER_OF, "Germany", "NATO", null, "NATO members France and Germany");
        h.run("Croatia's accession talks were interrupted in late 2008 when EU member Slovenia blocked further "
                        + "negotiations until a decades-long maritime border deal was in place.")
                .expect(MEMBER_OF, "Slovenia", "European Union", null, "EU member Slovenia");
    }

    @Test
    void anUnnamedBlocGivesNoMembership() {
        Result r = h.run("Mr. Yushchenko's predecessor, Leonid Kuchma, agreed to Ukraine's joining the new bloc, which "
                + "includes Russia, Belarus and Kazakhstan, but Kiev's participation is now in doubt under its new "
                + "pro-Western president.");
        assertTrue(r.of(MEMBER_OF).isEmpty(), r.describe());
    }

    // ---------------------------------------------------------------- affiliations

    @Test
    void affiliations() {
        h.run("Sources in Lebanon say Hamadi, a member of the Hezbollah militant group, has returned to Beirut, the "
                        + "focal point of the 1985 hijacking.")
                .expect(AFFILIATED_WITH, "Hamadi", "Hezbollah", null, "Hamadi, a member of the Hezbollah");
        Result r = h.run("Among the cabinet members are former economist and finance minister Alejandro Foxley as "
                + "foreign minister and Harvard professor Andres Velasco as finance minister.");
        r.expect(AFFILIATED_WITH, "Andres Velasco", "Harvard", null, "Harvard professor Andres Velasco");
        assertTrue(r.of(HOLDS_POST).stream().noneMatch(x -> x.subject().label().equals("Andres Velasco")),
                "a professor is not a post: " + r.describe());
    }

    // ---------------------------------------------------------------- locations

    @Test
    void placeInProvince() {
        h.run("The blast took place late Friday in the town of Balad Ruz, in Diyala province.")
                .expect(LOCATED_IN, "Balad Ruz", "Diyala", null, "Balad Ruz, in Diyala province");
        h.run("The accident happened Thursday at a small mine in Panzhihua, in Sichuan province.")
                .expect(LOCATED_IN, "Panzhihua", "Sichuan", null, "Panzhihua, in Sichuan province");
        h.run("The explosion occurred in the town of Jalawla in Diyala province.")
                .expect(LOCATED_IN, "Jalawla", "Diyala", null, "Jalawla in Diyala province");
    }

    @Test
    void placeInPartOfAState() {
        h.run("Local officials say the boat capsized on the Surma river in northeastern Bangladesh late Saturday after "
                        + "colliding with a cargo ship.")
                .expect(LOCATED_IN, "Surma river", "Bangladesh", null, "Surma river in northeastern Bangladesh");
    }

    @Test
    void aPointOfReferenceIsNotInTheRegion() {
        Result r = h.run("The announcement Sunday says three new Topol-M truck-mounted missile units have been "
                + "positioned about 250 kilometers northeast of Moscow, in the Ivanovo region near Teikovo.");
        assertTrue(r.of(LOCATED_IN).isEmpty(), r.describe());
    }

    @Test
    void thenMakesAHeldPostAndABodyGivesItsPost() {
        h.run("Strikes in 1995 forced then-President Jacques Chirac to back down from reform plans.")
                .expect(HELD_POST, "Jacques Chirac", null, "President", "then-President Jacques Chirac");
        h.run("NATO Secretary-General Jaap de Hoop Scheffer said the alliance is not considering such a move.")
                .expect(HOLDS_POST, "Jaap de Hoop Scheffer", "NATO", "Secretary-General",
                        "NATO Secretary-General Jaap de Hoop Scheffer");
    }

    @Test
    void aLeaderOfNothingNamedIsNoPost() {
        Result r = h.run("EU officials had threatened the move ahead of the Asia-Europe summit in Hanoi last week, after "
                + "Burma ignored demands for the the release of democracy leader Aung San Suu Kyi and the lifting of "
                + "restrictions on her pro-democracy party.");
        assertTrue(r.of(HOLDS_POST).isEmpty(), r.describe());
    }

    @Test
    void newspaperReporter() {
        h.run("The widow of Wall Street Journal reporter Daniel Pearl has sued al-Qaida, other radical groups and one "
                        + "of Pakistan's largest banks, blaming them for the torture and murder of her husband.")
                .expect(AFFILIATED_WITH, "Daniel Pearl", "The Wall Street Journal", null,
                        "Wall Street Journal reporter Daniel Pearl");
    }

    @Test
    void regionOfAState() {
        h.run("Three contractors working for the U.N. World Food Program have been kidnapped in Sudan's Darfur region.")
                .expect(LOCATED_IN, "Darfur", "Sudan", null, "Sudan's Darfur");
        h.run("They also say the company failed to make promised changes and repairs at the refinery near Houston, Texas.")
                .expect(LOCATED_IN, "Houston", "Texas", null, "Houston, Texas");
    }
}
