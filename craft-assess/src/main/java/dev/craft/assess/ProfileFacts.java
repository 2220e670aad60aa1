package dev.craft.assess;

import dev.craft.assess.profile.Profile;
import dev.craft.kb.KnowledgeBase;
import dev.craft.kb.rules.FactValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a profile into the fact values the knowledge-base rules test (facts.yaml). Every fact declared there
 * (except the per-element RDPS facts and the stage conclusions) must be produced here; a test checks it.
 */
final class ProfileFacts {

    private ProfileFacts() {}

    static Map<String, FactValue> of(Profile p, KnowledgeBase kb) {
        var f = new LinkedHashMap<String, FactValue>();
        var company = p.company();
        f.put("company.country", FactValue.ofText(company.country()));
        f.put("derived.company_in_eu", company.country() == null ? FactValue.UNKNOWN : new FactValue.Bool(kb.isMemberState(company.country())));
        f.put("company.size", FactValue.ofText(company.size()));
        f.put("company.legal_form", FactValue.ofText(company.legalForm()));
        f.put("company.public_administration", FactValue.ofNullable(company.publicAdministration()));
        f.put("company.not_for_profit_reinvesting", FactValue.ofNullable(company.notForProfitReinvesting()));

        var product = p.product();
        f.put("product.kind", FactValue.ofText(product.kind()));
        f.put("product.data_connection", FactValue.ofNullable(product.dataConnection()));
        f.put("product.core_functions", FactValue.ofSet(product.coreFunctions()));
        f.put("product.other_functions", FactValue.ofSet(product.otherFunctions()));
        f.put("product.characteristics", FactValue.ofSet(product.characteristics()));
        f.put("product.ava_van_level", FactValue.ofInteger(product.avaVanLevel()));
        f.put("product.serves_pde.designed_under_manufacturer_responsibility",
                FactValue.ofNullable(product.servesPde().designedUnderManufacturerResponsibility()));
        f.put("product.serves_pde.absence_prevents_function", FactValue.ofNullable(product.servesPde().absencePreventsFunction()));

        var scope = p.scope();
        f.put("scope.sector_legislation", FactValue.ofSet(scope.sectorLegislation()));
        f.put("scope.exclusively_for_type_approved_vehicles", FactValue.ofNullable(scope.exclusivelyForTypeApprovedVehicles()));
        f.put("scope.spare_part.is_spare_part", FactValue.ofNullable(scope.sparePart().isSparePart()));
        f.put("scope.spare_part.replaces_identical_component", FactValue.ofNullable(scope.sparePart().replacesIdenticalComponent()));
        f.put("scope.spare_part.same_specifications", FactValue.ofNullable(scope.sparePart().sameSpecifications()));
        f.put("scope.national_security", FactValue.ofText(scope.nationalSecurity()));

        var c = p.commercial();
        f.put("commercial.price_charged", FactValue.ofNullable(c.priceCharged()));
        f.put("commercial.paid_support_beyond_cost_recovery", FactValue.ofNullable(c.paidSupportBeyondCostRecovery()));
        f.put("commercial.monetisation_intent", FactValue.ofNullable(c.monetisationIntent()));
        f.put("commercial.personal_data_beyond_security", FactValue.ofNullable(c.personalDataBeyondSecurity()));
        f.put("commercial.donations_exceed_costs", FactValue.ofNullable(c.donationsExceedCosts()));
        f.put("commercial.supplied_in_course_of_business", FactValue.ofNullable(c.suppliedInCourseOfBusiness()));
        f.put("commercial.own_use_only", FactValue.ofNullable(c.ownUseOnly()));

        var o = p.openSource();
        f.put("open_source.is_foss", FactValue.ofNullable(o.isFoss()));
        f.put("open_source.monetised_by_manufacturer", FactValue.ofNullable(o.monetisedByManufacturer()));
        f.put("open_source.intended_for_commercial_activities", FactValue.ofNullable(o.intendedForCommercialActivities()));
        f.put("open_source.sustained_support", FactValue.ofNullable(o.sustainedSupport()));
        f.put("open_source.technical_documentation_public", FactValue.ofNullable(o.technicalDocumentationPublic()));

        var s = p.supplyChain();
        f.put("supply_chain.activity", FactValue.ofText(s.activity()));
        f.put("supply_chain.sold_under_own_name", FactValue.ofNullable(s.soldUnderOwnName()));
        f.put("supply_chain.substantially_modifies", FactValue.ofNullable(s.substantiallyModifies()));
        f.put("supply_chain.modification_affects_whole_product", FactValue.ofNullable(s.modificationAffectsWholeProduct()));
        f.put("supply_chain.mandate_written", FactValue.ofNullable(s.mandateWritten()));
        String owner = s.brandOwner().country();
        f.put("derived.brand_owner_in_eu", owner == null ? FactValue.UNKNOWN : new FactValue.Bool(kb.isMemberState(owner)));

        var m = p.market();
        f.put("market.placed_on_market", FactValue.ofDate(m.placedOnMarket()));
        f.put("market.new_units_from_general_application", FactValue.ofNullable(m.newUnitsFromGeneralApplication()));
        f.put("market.substantially_modified", FactValue.ofNullable(m.substantialModification().made()));
        f.put("market.substantially_modified_on", FactValue.ofDate(m.substantialModification().date()));

        var k = p.conformity();
        f.put("conformity.harmonised_standards_applied_in_full", FactValue.ofNullable(k.harmonisedStandardsAppliedInFull()));
        f.put("conformity.common_specifications_applied_in_full", FactValue.ofNullable(k.commonSpecificationsAppliedInFull()));
        f.put("conformity.certification_level", FactValue.ofText(k.certificationLevel()));

        // Conclusions of the stages, filled in as the assessment proceeds.
        f.put("derived.product_class", FactValue.UNKNOWN);
        f.put("derived.categories", FactValue.UNKNOWN);
        f.put("derived.roles", FactValue.UNKNOWN);
        return f;
    }

    /** The facts of one remote-processing back-end (the rdps.* facts). */
    static Map<String, FactValue> of(Profile.RemoteProcessing r) {
        var f = new LinkedHashMap<String, FactValue>();
        f.put("rdps.designed_under_manufacturer_responsibility", FactValue.ofNullable(r.designedUnderManufacturerResponsibility()));
        f.put("rdps.absence_prevents_function", FactValue.ofNullable(r.absencePreventsFunction()));
        f.put("rdps.third_party_service", FactValue.ofNullable(r.thirdPartyService()));
        f.put("rdps.statistics_only", FactValue.ofNullable(r.statisticsOnly()));
        return f;
    }
}
