package dev.keel.cmdb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributeValuesTests {

    @Test
    void normalisesNumbersAndRefusesWords() {
        assertThat(AttributeValues.number("16.0")).contains("16");
        assertThat(AttributeValues.number("-2.50")).contains("-2.5");
        assertThat(AttributeValues.number("1e400")).isEmpty();
        assertThat(AttributeValues.number("ten")).isEmpty();
    }

    @Test
    void acceptsIsoDatesOnly() {
        assertThat(AttributeValues.date("2026-12-31")).contains("2026-12-31");
        assertThat(AttributeValues.date("2026-02-30")).isEmpty();
        assertThat(AttributeValues.date("31/12/2026")).isEmpty();
    }

    @Test
    void checksIpAddressesAndUrls() {
        assertThat(AttributeValues.ip("192.168.1.254")).contains("192.168.1.254");
        assertThat(AttributeValues.ip("256.1.1.1")).isEmpty();
        assertThat(AttributeValues.ip("fe80::1")).isPresent();
        assertThat(AttributeValues.ip("server01")).isEmpty();
        assertThat(AttributeValues.url("https://erp.example.cn/login")).isPresent();
        assertThat(AttributeValues.url("javascript:alert(1)")).isEmpty();
        assertThat(AttributeValues.url("not a url")).isEmpty();
    }
}
