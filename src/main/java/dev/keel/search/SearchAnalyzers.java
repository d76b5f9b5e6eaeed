package dev.keel.search;

/**
 * Names of the analyzers and normalizers every search mapping uses, registered for the Lucene backend
 * (and the Elasticsearch / OpenSearch backend) by the search module. Index free text twice, into a field
 * analysed with {@link #CHINESE} and one analysed with {@link #ENGLISH}, and query both.
 */
public final class SearchAnalyzers {

    /**
     * Chinese text: smartcn's HMM word segmentation (服务器无法连接数据库 → 服务器 / 无法 / 连接 / 数据库),
     * lower-cased and Porter-stemmed for the Latin words inside Chinese text, punctuation dropped.
     */
    public static final String CHINESE = "keel_chinese";

    /** English text: standard tokenizer, possessives removed, lower-cased, stop words, Porter stemmer. */
    public static final String ENGLISH = "keel_english";

    /** Normalizer for keyword fields that are sorted, filtered or faceted: lower-cased, accents folded. */
    public static final String KEYWORD = "keel_keyword";

    private SearchAnalyzers() {}
}
