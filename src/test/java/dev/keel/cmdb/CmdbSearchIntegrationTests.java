package dev.keel.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import dev.keel.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CIs in the unified search: by name, class name (both languages) and attribute values; agents only. */
@KeelIntegrationTest
class CmdbSearchIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    CmdbApiSupport api;

    @BeforeEach
    void setUp() {
        api = new CmdbApiSupport(mvc, json);
    }

    JsonNode search(String bearer, String q) {
        return api.ok(
                mvc.get()
                        .uri("/api/v1/search")
                        .param("kind", "ci")
                        .param("q", q)
                        .header(org.springframework.http.HttpHeaders.AUTHORIZATION, bearer)
                        .exchange(),
                200);
    }

    @Test
    void findsCisByNameClassAndAttributeValueInChineseAndEnglish() {
        String marker = TestAccounts.uniqueName("仓储").replace(".", "");
        long id = api.ci("application", marker + "系统", "\"attributes\":{\"vendor\":\"Kingdee-" + marker + "\"}");
        JsonNode byName = search(CmdbApiSupport.AGENT, marker + "系统");
        assertThat(byName.toString()).contains("/workspace/cmdb/cis/" + id);
        JsonNode byClassAndAttribute = search(CmdbApiSupport.AGENT, "application kingdee-" + marker);
        assertThat(byClassAndAttribute.get("hits").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(byClassAndAttribute.toString()).contains("<mark>Kingdee-" + marker + "</mark>");
        JsonNode byChineseClass = search(CmdbApiSupport.AGENT, "应用 " + marker);
        assertThat(byChineseClass.get("hits").get(0).get("id").asLong()).isEqualTo(id);
        JsonNode percent = search(CmdbApiSupport.AGENT, "100%_" + marker);
        assertThat(percent.get("hits")).isEmpty();
    }

    @Test
    void requestersDoNotFindCis() {
        JsonNode result = api.ok(api.send("GET", CmdbApiSupport.REQUESTER, "/api/v1/search?q=SH-DB01", ""), 200);
        assertThat(result.toString()).doesNotContain("/workspace/cmdb/cis/");
    }
}
