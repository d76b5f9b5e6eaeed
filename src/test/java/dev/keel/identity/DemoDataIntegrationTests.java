package dev.keel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.KeelIntegrationTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo organisation the README promises is there, with the documented shape. */
@KeelIntegrationTest
class DemoDataIntegrationTests {

    @Autowired
    UserDirectory directory;

    @Test
    void everyDocumentedAccountExistsWithItsRoles() {
        Map<String, Role> expected = Map.ofEntries(
                Map.entry("admin", Role.ADMIN),
                Map.entry("zhou.min", Role.TEAM_LEAD),
                Map.entry("li.na", Role.AGENT),
                Map.entry("wang.lei", Role.AGENT),
                Map.entry("chen.hao", Role.TEAM_LEAD),
                Map.entry("zhao.qiang", Role.TEAM_LEAD),
                Map.entry("liu.yang", Role.TEAM_LEAD),
                Map.entry("sun.jie", Role.TEAM_LEAD),
                Map.entry("huang.wei", Role.CHANGE_MANAGER),
                Map.entry("xu.ling", Role.SERVICE_OWNER),
                Map.entry("he.ping", Role.AUDITOR),
                Map.entry("zhang.san", Role.REQUESTER),
                Map.entry("li.si", Role.REQUESTER),
                Map.entry("alice.wu", Role.REQUESTER));
        expected.forEach((username, role) -> assertThat(directory.findUser(username))
                .as(username)
                .hasValueSatisfying(u -> assertThat(u.roles()).contains(role)));
    }

    @Test
    void everySupportGroupHasALeadWhoIsAMember() {
        var serviceDesk =
                directory.groupsOf(directory.findUser("zhou.min").orElseThrow().id());
        Map<String, GroupSummary> byCode = serviceDesk.stream().collect(Collectors.toMap(GroupSummary::code, g -> g));
        assertThat(byCode).containsKey("SD");
        GroupSummary sd = byCode.get("SD");
        assertThat(sd.tier()).isEqualTo(GroupTier.L1);
        assertThat(sd.memberIds()).contains(sd.leadId());

        var security =
                directory.groupsOf(directory.findUser("sun.jie").orElseThrow().id());
        assertThat(security).extracting(GroupSummary::code).contains("SEC");
    }

    @Test
    void requestersBelongToCustomerOrganisationsAndStaffToTheProvider() {
        var requester = directory.findUser("zhang.san").orElseThrow();
        var agent = directory.findUser("li.na").orElseThrow();

        assertThat(requester.organisationId()).isNotNull().isNotEqualTo(agent.organisationId());
    }
}
