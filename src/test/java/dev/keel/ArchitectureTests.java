package dev.keel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.keel.shared.AuditableEvent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "dev.keel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .notBePublic();

    @ArchTest
    static final ArchRule repositoriesAreNotPublic =
            classes().that().areAssignableTo(Repository.class).should().notBePublic();

    @ArchTest
    static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule domainDoesNotKnowTheWeb = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "dev.keel.web..");

    @ArchTest
    static final ArchRule restControllersLiveInApiPackages =
            classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..api..");

    @ArchTest
    static final ArchRule domainDoesNotCallNow =
            noClasses().that().resideInAPackage("..domain..").should().callMethod(java.time.Instant.class, "now");

    /**
     * The public types in a module's root package are its API (Spring Modulith lets other modules use
     * them and nothing else). A type belongs there only when another module's main code uses it, or when
     * it is an {@link AuditableEvent} (the audit module takes every one through that interface).
     * Everything else lives in a sub-package of its module.
     *
     * <p>The check is automatic; {@link #API_BY_DECISION} lists the few root types it cannot see a use of,
     * each with its reason, so that a new root type is either used by another module or a deliberate,
     * reviewed entry here. An entry that names no root type, or a type that is now used, fails too, so
     * the list stays short and true. (A list of every API type per module was the alternative; it would
     * have had to be kept in step by hand with every new use, and would not notice a type whose last
     * outside user went away.)
     */
    @ArchTest
    static final ArchRule moduleRootTypesAreUsedByOtherModules = classes()
            .that()
            .resideInAPackage("dev.keel.*")
            .should(new UsedByAnotherModule())
            .allowEmptyShould(false);

    /** Root types that stay API although no other module's main code uses them, each for a reason. */
    static final Map<String, String> API_BY_DECISION = apiByDecision();

    private static Map<String, String> apiByDecision() {
        Map<String, String> api = new TreeMap<>();
        String testsRead = "other modules' tests read it to check what their module did";
        String published = "an event the module publishes for others to react to (none does yet)";
        String demoData = "still named by the demo data, which is being changed elsewhere; move it after that";
        api.put("dev.keel.audit.AuditEntry", testsRead);
        api.put("dev.keel.audit.AuditLog", testsRead);
        api.put("dev.keel.channel.SaveMailbox", demoData);
        api.put("dev.keel.channel.UnknownSenders", demoData);
        api.put("dev.keel.cmdb.CiChanged", published);
        api.put("dev.keel.cmdb.CiCreated", published);
        api.put("dev.keel.cmdb.CiRetired", published);
        api.put("dev.keel.cmdb.CiStatusChanged", published);
        api.put("dev.keel.cmdb.CiStatus", "part of the published CiStatusChanged");
        api.put("dev.keel.cmdb.RelationAdded", published);
        api.put("dev.keel.cmdb.RelationRemoved", published);
        api.put("dev.keel.identity.ApiScope", testsRead + "; " + demoData);
        api.put("dev.keel.identity.OrganisationKind", testsRead + "; " + demoData);
        api.put("dev.keel.identity.RegisterUser", demoData);
        api.put("dev.keel.knowledge.ArticleChanged", published + "; the module reindexes from it");
        api.put("dev.keel.knowledge.ArticleDeflected", published);
        api.put("dev.keel.knowledge.ArticlePublished", published);
        api.put("dev.keel.routing.AssignmentStrategy", demoData);
        api.put("dev.keel.routing.SaveRoutingRule", demoData);
        api.put("dev.keel.shared.WarmUps", "new and being changed elsewhere; only a test outside the modules uses it");
        api.put("dev.keel.search.SearchAnalyzers", "knowledge and cmdb name its constants, which the compiler inlines");
        String clocks = "still named by sla.domain.Clocks, which is being changed elsewhere; move it after that";
        api.put("dev.keel.sla.ClockState", clocks);
        api.put("dev.keel.sla.ClockView", clocks);
        api.put("dev.keel.sla.ContractView", clocks);
        api.put("dev.keel.sla.PolicyTarget", clocks);
        api.put("dev.keel.sla.PolicyView", clocks);
        api.put("dev.keel.sla.Threshold", clocks);
        api.put("dev.keel.sla.TicketSla", clocks);
        api.put("dev.keel.ticket.Impact", "part of OpenTicket, which channel builds");
        api.put("dev.keel.ticket.Urgency", "part of OpenTicket, which channel builds");
        api.put("dev.keel.ticket.ResolutionCode", "part of TicketView, which other modules read");
        api.put("dev.keel.ticket.TicketFilter", demoData);
        return Map.copyOf(api);
    }

    /** Collects who uses each root type (nested types count for their top-level type), then judges. */
    private static final class UsedByAnotherModule extends ArchCondition<JavaClass> {

        private final Set<String> rootTypes = new HashSet<>();
        private final Set<String> used = new HashSet<>();

        UsedByAnotherModule() {
            super("be used by another module, be an auditable event or be API by a listed decision");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            String topLevel = type.getName().replaceFirst("\\$.*", "");
            if (type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)) {
                rootTypes.add(topLevel);
            }
            if (type.isAssignableTo(AuditableEvent.class)) {
                used.add(topLevel);
            }
            String module = module(type.getPackageName());
            boolean usedOutside = type.getDirectDependenciesToSelf().stream()
                    .map(d -> module(d.getOriginClass().getPackageName()))
                    .anyMatch(other -> !other.isEmpty() && !other.equals(module));
            if (usedOutside) {
                used.add(topLevel);
            }
        }

        @Override
        public void finish(ConditionEvents events) {
            for (String type : rootTypes) {
                if (!used.contains(type) && !API_BY_DECISION.containsKey(type)) {
                    events.add(SimpleConditionEvent.violated(
                            type,
                            type + " is in its module's API but no other module uses it: move it into a"
                                    + " sub-package of its module, or list it in API_BY_DECISION with the reason"));
                }
            }
            for (String listed : API_BY_DECISION.keySet()) {
                if (!rootTypes.contains(listed)) {
                    events.add(SimpleConditionEvent.violated(
                            listed, listed + " is listed in API_BY_DECISION but is no public root type"));
                } else if (used.contains(listed)) {
                    events.add(SimpleConditionEvent.violated(
                            listed, listed + " is used by another module now: take it off API_BY_DECISION"));
                }
            }
        }

        /** The module a package belongs to ({@code dev.keel.sla.domain} → {@code sla}), or "" outside. */
        private static String module(String packageName) {
            String[] parts = packageName.split("\\.");
            return parts.length > 2 && parts[0].equals("dev") && parts[1].equals("keel") ? parts[2] : "";
        }
    }
}
