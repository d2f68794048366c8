package org.parley.testutil;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A small SPARQL-over-HTTP client for tests: POSTs a query, parses the standard JSON results. */
public final class Sparql {
    public static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <http://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Sparql() {}

    /** Runs a SELECT query; each row maps variable names to the lexical form / IRI of the bound value. */
    public static List<Map<String, String>> select(String endpoint, String query) {
        return selectRaw(endpoint, PREFIXES + query);
    }

    /** Runs a SELECT query as it is, without the predeclared prefixes (a query file with its own). */
    public static List<Map<String, String>> selectRaw(String endpoint, String query) {
        HttpResponse<String> r = post(endpoint, query);
        if (r.statusCode() != 200) throw new AssertionError("HTTP " + r.statusCode() + " for query:\n" + query + "\n" + r.body());
        JsonObject json = JSON.parse(r.body());
        List<Map<String, String>> rows = new ArrayList<>();
        JsonArray bindings = json.get("results").getAsObject().get("bindings").getAsArray();
        for (JsonValue b : bindings) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String var : b.getAsObject().keys())
                row.put(var, b.getAsObject().get(var).getAsObject().get("value").getAsString().value());
            rows.add(row);
        }
        return rows;
    }

    public static long count(String endpoint, String query) {
        return Long.parseLong(select(endpoint, query).get(0).get("n"));
    }

    public static HttpResponse<String> post(String endpoint, String query) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build();
            return CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("cannot reach " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
