/// Every rule, in one place, in the order of the documentation.
public enum RuleCatalogue {
    public static let all: [any Rule] = [
        // Lawful basis (Art. 6, 9, 10; LIL art. 30)
        ConsentDocumentedRule(),
        LegitimateInterestStatedRule(),
        PublicBodyLegitimateInterestsRule(),
        LegalTextStatedRule(),
        Article9ConditionRule(),
        CriminalDataAuthorityRule(),
        NIRAuthorisedRule(),
        NationalIDAuthorisedRule(),
        // Joint controllers and children (Art. 8, 26; LIL art. 45)
        JointArrangementRule(),
        ParentalConsentRule(),
        ParentalConsentUnder15Rule(),
        // Transfers (Art. 30(1)(e), 45, 46, 49; EDPB Recommendations 01/2020)
        TransferGroundRule(),
        AdequacyScopeRule(),
        AdequacyOutOfScopeRule(),
        DerogationDocumentedRule(),
        TransferImpactAssessmentRule(),
        TransferInsideEEARule(),
        ProcessorTransferDeclaredRule(),
        // Processors (Art. 28, 30(2))
        ProcessorContractRule(),
        ProcessorUnusedRule(),
        ProcessorControllersContactRule(),
        // Retention (Art. 30(1)(f), CNIL référentiels and recommendations)
        RetentionIndefiniteRule(),
        RetentionCNILGuidanceRule(),
        RetentionCNILMinimumRule(),
        PermanentArchivingRule(),
        // DPIA (Art. 35, WP248, CNIL délibérations 2018-326, 2018-327 and 2019-001)
        DPIARequiredRule(),
        DPIACNILListRule(),
        DPIAAssessedRule(),
        DPIAPendingRule(),
        ProfilingDPIARule(),
        DPIAReviewRule(),
        AutomatedDecisionSafeguardsRule(),
        // Prospection (CPCE L34-5, Code de la consommation L223-1, loi 2025-594)
        ElectronicProspectionConsentRule(),
        SoftOptInClientsOnlyRule(),
        PhoneProspectionConsentRule(),
        PhoneProspectionBloctelRule(),
        // Keeping the register
        ReviewOverdueRule(),
        FutureDateRule(),
        WaiverJustifiedRule(),
        WaiverUnknownRuleRule(),
    ]

    public static var descriptions: [RuleDescription] { all.map { type(of: $0).description } }

    public static var ids: [String] { descriptions.map(\.id) }

    public static func description(id: String) -> RuleDescription? { descriptions.first { $0.id == id } }

    /// The rules, as reporters list their checks (SARIF's rule catalogue).
    public static var checks: [CheckInfo] { descriptions.map(\.checkInfo) }

    /// Rules about waivers themselves: a waiver cannot set them aside.
    static let unwaivable: Set<String> = [WaiverJustifiedRule.description.id, WaiverUnknownRuleRule.description.id]
}
