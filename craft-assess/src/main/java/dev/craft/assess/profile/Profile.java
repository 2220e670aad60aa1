package dev.craft.assess.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A product profile (docs/profile.md, docs/schemas/profile-v1.schema.json): the facts about one product
 * and the company that supplies it. Every field is optional except the names and the version; a
 * {@code null} field (or a null set) means "not known", which the assessment turns into an open question
 * when the answer would decide something. Enumerated values are the knowledge base's (facts.yaml), checked by
 * {@link ProfileReader}. Sections are never null: an absent section has all fields null.
 */
public record Profile(int version, Company company, Product product, Scope scope, Commercial commercial, OpenSource openSource,
        SupplyChain supplyChain, Market market, Support support, Conformity conformity) {

    public static final int CURRENT_VERSION = 1;

    /**
     * @param cybersecurityDecisionsIn Member State where decisions on the products' cybersecurity are predominantly
     *                                 taken (main establishment, Art 14(7)); null if unknown or outside the Union
     */
    public record Company(String name, String country, String size, String legalForm, Boolean publicAdministration,
            Boolean notForProfitReinvesting, String cybersecurityDecisionsIn, List<Establishment> establishments) {
        public Company {
            establishments = List.copyOf(establishments);
        }
    }

    public record Establishment(String country, Long employees) {}

    public record Product(String name, String version, String kind, Boolean dataConnection, String intendedPurpose,
            String coreFunctionality, Set<String> coreFunctions, Set<String> otherFunctions, List<RuledOut> categoriesRuledOut,
            Set<String> characteristics, Long avaVanLevel, ServesPde servesPde, List<RemoteProcessing> remoteProcessing) {
        public Product {
            categoriesRuledOut = List.copyOf(categoriesRuledOut);
            remoteProcessing = List.copyOf(remoteProcessing);
        }
    }

    /** A category the free-text description mentions that the company has considered and ruled out. */
    public record RuledOut(String category, String reason) {}

    /** For an online service: the product with digital elements it may serve as remote data processing. */
    public record ServesPde(String name, Boolean designedUnderManufacturerResponsibility, Boolean absencePreventsFunction) {}

    /** A back-end the product talks to (candidate remote data processing solution, Art 3(2)). */
    public record RemoteProcessing(String name, Boolean designedUnderManufacturerResponsibility, Boolean absencePreventsFunction,
            Boolean thirdPartyService, Boolean statisticsOnly) {}

    public record Scope(Set<String> sectorLegislation, Boolean exclusivelyForTypeApprovedVehicles, SparePart sparePart,
            String nationalSecurity) {}

    public record SparePart(Boolean isSparePart, Boolean replacesIdenticalComponent, Boolean sameSpecifications) {}

    public record Commercial(Boolean priceCharged, Boolean paidSupportBeyondCostRecovery, Boolean monetisationIntent,
            Boolean personalDataBeyondSecurity, Boolean donationsExceedCosts, Boolean suppliedInCourseOfBusiness, Boolean ownUseOnly) {}

    public record OpenSource(Boolean isFoss, String licence, Boolean monetisedByManufacturer, Boolean intendedForCommercialActivities,
            Boolean sustainedSupport, Boolean technicalDocumentationPublic) {}

    /**
     * @param brandOwner whose name or trademark the product bears when the company receives it
     * @param lastReceived the last date the product was supplied to the company (Art 23)
     * @param lastSupplied the last date the company supplied the product (Art 23)
     */
    public record SupplyChain(String activity, Boolean soldUnderOwnName, Boolean substantiallyModifies,
            Boolean modificationAffectsWholeProduct, Boolean mandateWritten, Party brandOwner, List<Operator> authorisedRepresentatives,
            List<Operator> importers, List<Operator> distributors, LocalDate lastReceived, LocalDate lastSupplied) {
        public SupplyChain {
            authorisedRepresentatives = List.copyOf(authorisedRepresentatives);
            importers = List.copyOf(importers);
            distributors = List.copyOf(distributors);
        }
    }

    public record Party(String name, String country) {}

    /** Another economic operator for the manufacturer's products, with how many products it handles (Art 14(7)). */
    public record Operator(String name, String country, Long products) {}

    /**
     * @param placedOnMarket first placing on the Union market (actual or planned)
     * @param lastUnitPlaced the last unit placed so far (hardware; retention counts from it), null if not given
     */
    public record Market(LocalDate placedOnMarket, LocalDate lastUnitPlaced, Boolean newUnitsFromGeneralApplication,
            List<String> memberStates, Map<String, Long> usersByMemberState, SubstantialModification substantialModification) {
        public Market {
            memberStates = List.copyOf(memberStates);
            usersByMemberState = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(usersByMemberState));
        }
    }

    public record SubstantialModification(Boolean made, LocalDate date, String description) {}

    /**
     * @param periodEnd declared end of the support period (month and year at least; a day is needed here)
     * @param periodMonths declared length of the support period from placing on the market
     * @param expectedUseYears expected time in use, in years (may be fractional)
     */
    public record Support(LocalDate periodEnd, Long periodMonths, Double expectedUseYears, String expectedUseJustification,
            List<SecurityUpdate> securityUpdates) {
        public Support {
            securityUpdates = List.copyOf(securityUpdates);
        }
    }

    public record SecurityUpdate(String id, LocalDate issued) {}

    public record Conformity(Boolean harmonisedStandardsAppliedInFull, Boolean commonSpecificationsAppliedInFull,
            String certificationLevel) {}
}
