package dev.keel.search.domain;

import dev.keel.search.SearchAnalyzers;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The same {@link SearchAnalyzers} for an Elasticsearch / OpenSearch cluster (used when
 * {@code keel.search.backend=elasticsearch}). The Chinese analyzer needs the cluster's
 * {@code analysis-smartcn} plugin, which provides the {@code smartcn_tokenizer}.
 */
@Component("elasticsearchSearchAnalysis")
class ElasticsearchSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("keel_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("keel_english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("keel_smartcn_stop").type("smartcn_stop");
        context.analyzer(SearchAnalyzers.CHINESE)
                .custom()
                .tokenizer("smartcn_tokenizer")
                .tokenFilters("lowercase", "porter_stem", "keel_smartcn_stop");
        context.analyzer(SearchAnalyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("keel_possessive", "lowercase", "keel_english_stop", "porter_stem");
        context.normalizer(SearchAnalyzers.KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
    }
}
