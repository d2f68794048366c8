package org.parley.extract.event;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.knowledge.Gazetteer;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.ExtractedArticle;
import org.parley.model.Participant;
import org.parley.pipeline.ArticlePipeline;
import org.parley.pipeline.PipelineResources;
import org.parley.pipeline.StageTimer;
import org.parley.rdf.ParleyNamespaces;

class DumpSeedsIT {
    @Test
    void dump() throws Exception {
        ArticlePipeline p = ArticlePipeline.create(PipelineResources.load(ParleyNamespaces.defaults()), new StageTimer());
        RuleEventExtractor x = new RuleEventExtractor(Gazetteer.loadDefault());
        StringBuilder sb = new StringBuilder();
        for (Article a : Seeds.read()) {
            ExtractedArticle ea = p.extract(a);
            List<Event> evs = x.extract(ea.annotated(), ea.mentions(), TextInputs.times(ea.annotated()), TextInputs.quantities(ea.annotated()));
            sb.append("##### ").append(a.sourceName()).append('\n');
            for (Event e : evs) sb.append(EventText.of(e, a.text())).append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/seed-events.txt"), sb.toString());
        StringBuilder vb = new StringBuilder();
        for (var en : VoaSentences.TEXT.entrySet()) {
            Article a = Article.of("voa-" + en.getKey(), "voa-" + en.getKey(), en.getValue());
            ExtractedArticle ea = p.extract(a);
            List<Event> evs = x.extract(ea.annotated(), ea.mentions(), TextInputs.times(ea.annotated()), TextInputs.quantities(ea.annotated()));
            vb.append("## ").append(en.getKey()).append(' ').append(en.getValue()).append('\n');
            vb.append("   mentions: ").append(ea.mentions().stream().map(m -> m.mention().text() + "=" + m.entity().type()).toList()).append('\n');
            for (Event e : evs) vb.append("   ").append(EventText.of(e, a.text())).append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/voa-events.txt"), vb.toString());
    }
}
