package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

import org.parley.model.RelationType;

/** The example queries of the README's "Facts and claims" section run and answer over mapped article graphs. */
class ReadmeFactQueriesTest {
    static {
        JenaSystem.init();
    }

    @Test
    void theFactQueriesOfTheReadmeAnswer() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("### Facts and claims"), readme.indexOf("## The ontology"));
        List<String> queries = new ArrayList<>();
        Matcher m = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (m.find()) queries.add(m.group(1));
        assertEquals(3, queries.size());

        Model union = ModelFactory.createDefaultModel();
        union.add(ModelFactory.createModelForGraph(FactMapperTest.MAPPER.map(FactMapperTest.talks("a1", LocalDate.of(2025, 5, 17), "on Saturday", "2025-05-17")
                .relation(RelationType.HOLDS_POST, FactsFixture.UMEROV, FactsFixture.UA, "Defence Minister", "Defence Minister Rustem Umerov")
                .build()).withKnowledge()));
        union.add(ModelFactory.createModelForGraph(FactMapperTest.MAPPER.map(FactMapperTest.talks("a2", LocalDate.of(2025, 5, 16), "on Friday", "2025-05-16")
                .build()).withKnowledge()));

        List<Map<String, String>> posts = FactMapperTest.select(union, queries.get(0));
        assertEquals(1, posts.size(), posts.toString());
        assertEquals("Defence Minister of Ukraine", posts.get(0).get("post"));
        assertEquals("Defence Minister Rustem Umerov", posts.get(0).get("evidence"));

        List<Map<String, String>> roles = FactMapperTest.select(union, queries.get(1));
        assertTrue(roles.stream().anyMatch(r -> r.get("role").equals("host") && r.get("participant").equals("Turkey")
                && r.get("reports").equals("2")), roles.toString());
        assertEquals(3, roles.size(), roles.toString());   // two negotiating parties and the host

        List<Map<String, String>> dates = FactMapperTest.select(union, queries.get(2));
        assertEquals(2, dates.size(), dates.toString());
    }
}
