package dev.keel.search.domain;

import dev.keel.search.SearchAnalyzers;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@link SearchAnalyzers} for the embedded Lucene backend; referenced from
 * {@code hibernate.search.backend.analysis.configurer} as {@code bean:luceneSearchAnalysis}.
 */
@Component("luceneSearchAnalysis")
class LuceneSearchAnalysis implements LuceneAnalysisConfigurer {

    /** smartcn's own list: punctuation (full- and half-width), which the tokenizer emits as words. */
    static final String SMARTCN_STOPWORDS = "org/apache/lucene/analysis/cn/smart/stopwords.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.CHINESE)
                .custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("words", SMARTCN_STOPWORDS)
                .param("ignoreCase", "true");
        context.analyzer(SearchAnalyzers.ENGLISH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .param("ignoreCase", "true")
                .tokenFilter(PorterStemFilterFactory.class);
        context.normalizer(SearchAnalyzers.KEYWORD)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
