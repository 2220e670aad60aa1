package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.assess.Assessment.MatchStatus;
import dev.craft.kb.ProductClass;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Annex III and Annex IV category (Art 7(1), Art 8(1), IR 2025/2392), and the core-functionality edges. */
class ClassificationTest {

    private static final ProductClass I = ProductClass.IMPORTANT_CLASS_I;
    private static final ProductClass II = ProductClass.IMPORTANT_CLASS_II;
    private static final ProductClass IV = ProductClass.CRITICAL;
    private static final String SECURITY_CHIP = "product.characteristics=[security_functions_for_other_products]";

    static Stream<Arguments> categories() {
        return Stream.of(
                row("III-I-1", I, "product.core_functions=[privileged_access_management]"),
                row("III-I-2", I, "product.core_functions=[browser]"),
                row("III-I-3", I, "product.core_functions=[password_manager]"),
                row("III-I-4", I, "product.core_functions=[anti_malware]"),
                row("III-I-5", I, "product.core_functions=[vpn]"),
                row("III-I-6", I, "product.core_functions=[network_management_system]"),
                row("III-I-7", I, "product.core_functions=[siem]"),
                row("III-I-8", I, "product.core_functions=[boot_manager]"),
                row("III-I-9", I, "product.core_functions=[pki]"),
                row("III-I-10", I, "product.core_functions=[network_interface]"),
                row("III-I-11", I, "product.core_functions=[operating_system]"),
                row("III-I-12", I, "product.core_functions=[router]"),
                row("III-I-13", I, "product.core_functions=[microprocessor]", SECURITY_CHIP),
                row("III-I-14", I, "product.core_functions=[microcontroller]", SECURITY_CHIP),
                row("III-I-15", I, "product.core_functions=[fpga]", SECURITY_CHIP),
                row("III-I-16", I, "product.core_functions=[smart_home_virtual_assistant]"),
                row("III-I-17", I, "product.core_functions=[smart_door_lock]"),
                row("III-I-18", I, "product.core_functions=[connected_toy]", "product.characteristics=[toy_2009_48, social_interactive_features]"),
                row("III-I-19", I, "product.core_functions=[wearable]", "product.characteristics=[worn_on_body, health_monitoring]"),
                row("III-II-1", II, "product.core_functions=[hypervisor]"),
                row("III-II-2", II, "product.core_functions=[firewall]"),
                row("III-II-3", II, "product.core_functions=[microprocessor]", "product.characteristics=[security_functions_for_other_products, tamper_resistant]", "product.ava_van_level=3"),
                row("III-II-4", II, "product.core_functions=[microcontroller]", "product.characteristics=[security_functions_for_other_products, tamper_resistant]", "product.ava_van_level=2"),
                row("IV-1", IV, "product.core_functions=[hardware_security_module]"),
                row("IV-2", IV, "product.core_functions=[smart_meter_gateway]"),
                row("IV-3", IV, "product.core_functions=[secure_element]"));
    }

    private static Arguments row(String category, ProductClass cls, String... patches) {
        return Arguments.of(category, cls, patches);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("categories")
    void shouldMatchEveryAnnexCategoryFromItsCoreFunction(String category, ProductClass expected, String[] patches) {
        Assessment a = TestProfiles.base().patch(patches).assess();
        assertThat(a.productClass().productClass()).as(a.productClass().summary()).isEqualTo(expected);
        assertThat(a.productClass().categories()).filteredOn(c -> c.status() == MatchStatus.MATCHED)
                .extracting(Assessment.CategoryMatch::category).contains(category);
        assertThat(a.productClass().categories()).filteredOn(c -> c.category().equals(category)).singleElement()
                .satisfies(c -> assertThat(c.description()).isNotBlank());
    }

    @Test
    void shouldCoverAllTwentySixCategories() {
        assertThat(categories().map(args -> args.get()[0]).distinct()).hasSize(26);
    }

    static Stream<Arguments> edges() {
        return Stream.of(
                Arguments.of("integrated VPN only: default (Art 7(1))", ProductClass.DEFAULT, new String[] {"product.other_functions=[vpn]"}),
                Arguments.of("microcontroller without outward security functions: default", ProductClass.DEFAULT,
                        new String[] {"product.core_functions=[microcontroller]", "product.characteristics=[]"}),
                Arguments.of("microcontroller, characteristics unknown: undecided", ProductClass.UNDECIDED,
                        new String[] {"product.core_functions=[microcontroller]", "product.characteristics=null"}),
                Arguments.of("tamper-resistant MCU designed for AVA_VAN.4: secure element, critical (Annex IV #3)", ProductClass.CRITICAL,
                        new String[] {"product.core_functions=[microcontroller]", "product.characteristics=[security_functions_for_other_products, tamper_resistant]", "product.ava_van_level=4"}),
                Arguments.of("tamper-resistant MCU, AVA_VAN level unknown: undecided", ProductClass.UNDECIDED,
                        new String[] {"product.core_functions=[microcontroller]", "product.characteristics=[security_functions_for_other_products, tamper_resistant]"}),
                Arguments.of("toy without social or location features: default", ProductClass.DEFAULT,
                        new String[] {"product.core_functions=[connected_toy]", "product.characteristics=[toy_2009_48]"}),
                Arguments.of("wearable for children: Class I #19", ProductClass.IMPORTANT_CLASS_I,
                        new String[] {"product.core_functions=[wearable]", "product.characteristics=[intended_for_children]"}),
                Arguments.of("router with firewall as core function: highest class wins (Class II)", ProductClass.IMPORTANT_CLASS_II,
                        new String[] {"product.core_functions=[router, firewall]"}),
                Arguments.of("core functions not given: undecided", ProductClass.UNDECIDED, new String[] {"product.core_functions=null"}),
                Arguments.of("text mentions a firewall the tags do not settle: undecided", ProductClass.UNDECIDED,
                        new String[] {"product.core_functions=[router]", "product.core_functionality=Home router with a built-in firewall"}),
                Arguments.of("mentioned category ruled out with a reason: decided", ProductClass.IMPORTANT_CLASS_I,
                        new String[] {"product.core_functions=[router]", "product.core_functionality=Home router with a built-in firewall"}),
                Arguments.of("firewall declared as additional function: decided (Class I)", ProductClass.IMPORTANT_CLASS_I,
                        new String[] {"product.core_functions=[router]", "product.other_functions=[firewall]", "product.core_functionality=Home router with a built-in firewall"}),
                Arguments.of("lower-class mention does not block: Class II stays", ProductClass.IMPORTANT_CLASS_II,
                        new String[] {"product.core_functions=[firewall]", "product.core_functionality=Firewall appliance with its own operating system"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edges")
    void shouldDecideTheClassOnlyFromCoreFunctionality(String name, ProductClass expected, String[] patches) {
        var p = TestProfiles.base().patch(patches);
        if (name.startsWith("mentioned category ruled out")) {
            p.set("product.categories_ruled_out", java.util.List.of(java.util.Map.of("category", "III-II-2", "reason", "packet filter for the home network only, not a firewall product")));
        }
        Assessment a = p.assess();
        assertThat(a.productClass().productClass()).as(a.productClass().summary()).isEqualTo(expected);
        if (expected == ProductClass.UNDECIDED) {
            assertThat(a.openQuestions()).anyMatch(q -> q.blocking() && q.path().startsWith("$.product."));
            assertThat(a.conformityRoutes()).as("no routes while the class is undecided").isEmpty();
        }
    }
}
