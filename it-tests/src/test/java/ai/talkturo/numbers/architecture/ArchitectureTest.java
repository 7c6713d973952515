package ai.talkturo.numbers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import ai.talkturo.numbers.web.security.OperatorOnly;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The module boundaries of ARCHITECTURE.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "ai.talkturo.numbers", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "ai.talkturo.numbers.domain..";
    private static final String PROVISIONING = "ai.talkturo.numbers.provisioning..";
    private static final String ROUTING = "ai.talkturo.numbers.routing..";
    private static final String WEB = "ai.talkturo.numbers.web..";

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk_and_libphonenumber = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "com.google.i18n.phonenumbers..")
            .because("the domain is the product's language in plain Java: no framework, no persistence, no JSON");

    @ArchTest
    static final ArchRule domain_knows_no_other_module = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(PROVISIONING, ROUTING, WEB)
            .because("every module depends on the domain, never the other way round");

    @ArchTest
    static final ArchRule provisioning_never_depends_on_routing_or_web = noClasses()
            .that().resideInAPackage(PROVISIONING)
            .should().dependOnClassesThat().resideInAnyPackage(ROUTING, WEB)
            .because("routing learns of number changes through domain events, and the web tier sits on top");

    @ArchTest
    static final ArchRule routing_never_depends_on_provisioning_or_web = noClasses()
            .that().resideInAPackage(ROUTING)
            .should().dependOnClassesThat().resideInAnyPackage(PROVISIONING, WEB)
            .because("the inbound path must not reach into buying numbers, only into its own routing table");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("ai.talkturo.numbers.(**)")
            .should().beFreeOfCycles()
            .because("a cycle makes two packages one, whatever their names say");

    @ArchTest
    static final ArchRule use_cases_do_not_reach_into_adapters = noClasses()
            .that().resideInAPackage("ai.talkturo.numbers.provisioning")
            .should().dependOnClassesThat().resideInAPackage("ai.talkturo.numbers.provisioning.adapter..")
            .because("use cases talk to ports; adapters are chosen by CDI");

    @ArchTest
    static final ArchRule partner_webhooks_use_cases_do_not_reach_into_their_adapters = noClasses()
            .that().resideInAPackage("ai.talkturo.numbers.web.partners")
            .should().dependOnClassesThat().resideInAPackage("ai.talkturo.numbers.web.partners.adapter..")
            .because("partner webhooks are a feature of their own: use cases at the root, their ports in port/, "
                    + "their tables in adapter/persistence and their HTTP client in adapter/http, chosen by CDI");

    @ArchTest
    static final ArchRule the_web_tiers_rules_do_not_reach_into_its_tables = noClasses()
            .that().resideInAnyPackage("ai.talkturo.numbers.web.api", "ai.talkturo.numbers.web.security",
                    "ai.talkturo.numbers.web.cluster")
            .should().dependOnClassesThat().resideInAnyPackage("ai.talkturo.numbers.web.api.adapter..",
                    "ai.talkturo.numbers.web.security.adapter..", "ai.talkturo.numbers.web.cluster.adapter..")
            .because("who may call, idempotent answers and the cluster's leases are rules; their rows are kept behind "
                    + "interfaces of the same package (StoredKeys, StoredUsers, StoredAnswers, JobLeases) by "
                    + "adapter/persistence, chosen by CDI");

    @ArchTest
    static final ArchRule no_module_reaches_into_another_modules_adapters = noClasses()
            .that().resideInAPackage(WEB).and().resideOutsideOfPackage("ai.talkturo.numbers.web.webhooks..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.talkturo.numbers.provisioning.adapter..",
                    "ai.talkturo.numbers.routing.adapter..")
            .because("a module is used through its use cases and ports; its adapters, tables and rows are its own");

    @ArchTest
    static final ArchRule the_carrier_webhooks_read_only_the_carriers_wire_formats = noClasses()
            .that().resideInAPackage("ai.talkturo.numbers.web.webhooks..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.talkturo.numbers.provisioning.adapter.persistence..",
                    "ai.talkturo.numbers.provisioning.adapter.carrier.sandbox..", "ai.talkturo.numbers.routing.adapter..")
            .because("a carrier's webhook is the way in of its adapter: it may read that carrier's words (its call "
                    + "statuses, its events), never another module's tables or the sandbox");

    @ArchTest
    static final ArchRule the_entity_manager_is_used_only_in_persistence_adapters = noClasses()
            .that().resideInAnyPackage(PROVISIONING, ROUTING, WEB)
            .and().resideOutsideOfPackage("..persistence..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("storage is an adapter's business: a use case states the rule, a persistence adapter keeps the "
                    + "rows (adapter/persistence, and the sandbox carrier's own sandbox/persistence)");

    @ArchTest
    static final ArchRule rest_resources_end_in_resource = classes()
            .that().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should().haveSimpleNameEndingWith("Resource")
            .because("names say what a class is");

    private static final DescribedPredicate<JavaClass> SERVED_UNDER_ADMIN = DescribedPredicate.describe(
            "are served under /api/admin",
            type -> type.tryGetAnnotationOfType(jakarta.ws.rs.Path.class)
                    .map(path -> path.value().replaceFirst("^/", "").matches("admin(/.*)?"))
                    .orElse(false));

    @ArchTest
    static final ArchRule operator_resources_take_only_the_operator_key = classes()
            .that(SERVED_UNDER_ADMIN)
            .should().beAnnotatedWith(OperatorOnly.class)
            .because("the key filter asks the matched resource whether it is the operator's, never the path as written");

    @ArchTest
    static final ArchRule only_operator_resources_are_operator_only = classes()
            .that().areAnnotatedWith(OperatorOnly.class)
            .should(haveAPathUnderAdmin())
            .because("API.md puts the operator API, and only it, under /api/admin");

    private static ArchCondition<JavaClass> haveAPathUnderAdmin() {
        return new ArchCondition<>("have a @Path under admin/") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!SERVED_UNDER_ADMIN.test(type)) {
                    events.add(SimpleConditionEvent.violated(type,
                            type.getName() + " is operator-only but not served under /api/admin"));
                }
            }
        };
    }

    @ArchTest
    static final ArchRule no_class_is_named_impl_manager_or_util = noClasses()
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Entity")
            .because("classes are named in the product's words");

    @ArchTest
    static final ArchRule only_the_credential_seal_encrypts = noClasses()
            .that().doNotHaveFullyQualifiedName("ai.talkturo.numbers.provisioning.CredentialSeal")
            .should().dependOnClassesThat().haveFullyQualifiedName("javax.crypto.Cipher")
            .because("customers' carrier credentials are sealed in one place, with AES-256-GCM under numbers.secrets.key");

    @ArchTest
    static final ArchRule customers_carrier_accounts_are_reached_only_through_the_port = noClasses()
            .that().resideOutsideOfPackage("ai.talkturo.numbers.provisioning.adapter.carrier..")
            .should().dependOnClassesThat(DescribedPredicate.describe("a carrier's customer accounts",
                    (JavaClass type) -> type.getPackageName().startsWith("ai.talkturo.numbers.provisioning.adapter.carrier")
                            && type.getSimpleName().endsWith("CustomerAccounts")))
            .because("an imported number's carrier is chosen by name through Carriers, never wired in directly");

    @ArchTest
    static final ArchRule a_patterned_request_field_names_its_schema = fields()
            .that().areAnnotatedWith("jakarta.validation.constraints.Pattern")
            .should().beAnnotatedWith("org.eclipse.microprofile.openapi.annotations.media.Schema")
            .because("Payara's OpenAPI scanner leaves a field with a @Pattern constraint out of the document unless "
                    + "it names its schema, and a client generated from the document would lack it");

    @ArchTest
    static final ArchRule a_request_field_that_must_be_given_is_required_in_the_document = fields()
            .that().areAnnotatedWith("jakarta.validation.constraints.NotNull")
            .or().areAnnotatedWith("jakarta.validation.constraints.NotBlank")
            .should().beAnnotatedWith(DescribedPredicate.describe("@Schema(required = true)",
                    annotation -> annotation.getRawType().getName()
                            .equals("org.eclipse.microprofile.openapi.annotations.media.Schema")
                            && Boolean.TRUE.equals(annotation.get("required").orElse(false))))
            .because("the OpenAPI document says which fields a request must have, so that a generated client does");
}
