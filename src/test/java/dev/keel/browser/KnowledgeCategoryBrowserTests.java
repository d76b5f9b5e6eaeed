package dev.keel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** A service desk lead manages the knowledge categories in Chinese: errors, create, retire, restore. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class KnowledgeCategoryBrowserTests {

    private static final String DEMO_PASSWORD = "Keel-Demo-2026";

    @LocalServerPort
    int port;

    @Test
    void leadCreatesRetiresAndRestoresACategory() {
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String zh = "会议室设备" + suffix;
        try (Browser browser = new Browser(port, "zh-CN")) {
            browser.signIn("zhou.min", DEMO_PASSWORD);
            browser.open("/workspace/kb");
            browser.click("categories-link");
            browser.waitForText("page-title", "知识分类");
            browser.screenshot("kb-categories-zh");

            browser.click("new-category");
            browser.waitFor("category-form");
            browser.click("save-category");
            browser.waitForText("category-form", "请填写该语言的名称。");
            browser.screenshot("kb-category-errors-zh");

            browser.type("nameZh", zh);
            browser.type("nameEn", "Meeting rooms " + suffix);
            browser.click("save-category");
            browser.waitForText("notice", "分类已保存。");
            assertThat(browser.text("categories-table")).contains(zh).contains("Meeting rooms " + suffix);

            String row = "//tr[.//a[text()='" + zh + "']]";
            browser.element(By.xpath(row + "//button[text()='停用']")).click();
            browser.waitForText("notice", "分类已停用。");
            assertThat(browser.element(By.xpath(row)).getText()).contains("已停用");
            browser.screenshot("kb-category-retired-zh");

            browser.element(By.xpath(row + "//button[text()='恢复']")).click();
            browser.waitForText("notice", "分类已恢复。");
            assertThat(browser.element(By.xpath(row)).getText()).contains("启用");
        }
    }
}
