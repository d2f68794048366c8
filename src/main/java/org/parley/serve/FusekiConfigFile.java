package org.parley.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.assembler.VocabTDB2;

/**
 * Reads a Fuseki configuration file, optionally pointing its TDB2 database somewhere else.
 */
final class FusekiConfigFile {

    private FusekiConfigFile() {
    }

    /**
     * Loads the configuration graph.
     *
     * @param configFile a Fuseki configuration file in an RDF syntax (Turtle for {@code .ttl})
     * @param dbLocationOverride if not null, every {@code tdb2:location} is replaced by this path (made absolute)
     * @throws IllegalArgumentException if the file cannot be read, or an override is given for a file without
     *         {@code tdb2:location}
     */
    static Model load(Path configFile, Path dbLocationOverride) {
        Objects.requireNonNull(configFile, "configFile");
        if (!Files.isReadable(configFile)) {
            throw new IllegalArgumentException("Cannot read the configuration file " + configFile);
        }
        Model model = RDFDataMgr.loadModel(configFile.toAbsolutePath().toUri().toString());
        if (dbLocationOverride != null) {
            List<Statement> locations = model.listStatements(null, VocabTDB2.pLocation, (RDFNode) null).toList();
            if (locations.isEmpty()) {
                throw new IllegalArgumentException("No tdb2:location in " + configFile);
            }
            String location = dbLocationOverride.toAbsolutePath().toString();
            for (Statement statement : locations) {
                model.remove(statement);
                model.add(statement.getSubject(), VocabTDB2.pLocation, location);
            }
            // the full-text index lives inside the database directory (org.parley.store.TextSearch)
            org.apache.jena.rdf.model.Property textDirectory = model.createProperty("http://jena.apache.org/text#directory");
            for (Statement statement : model.listStatements(null, textDirectory, (RDFNode) null).toList()) {
                model.remove(statement);
                model.add(statement.getSubject(), textDirectory,
                        dbLocationOverride.toAbsolutePath().resolve(org.parley.store.TextSearch.DIRECTORY).toString());
            }
        }
        return model;
    }
}
