// When a DPIA (analyse d'impact, GDPR Art. 35) is required, as reference data.
//
// Every fact below comes from `/work/shared/reference/cnil-register-facts.md` §4:
// - §4.1 [P: SRC-AIPD-LIST] the CNIL list of processing types that require a DPIA, délibération
//   n° 2018-327 du 11 octobre 2018 (JORF 6 Nov 2018, NOR CNIL1829647X [S]): the 14 types,
//   verbatim, with the EDPB criteria each one meets;
// - §4.3 [P: SRC-2018-326] délibération n° 2018-326 du 11 octobre 2018 (lignes directrices AIPD):
//   the nine criteria, "au moins deux" of them require a DPIA, a DPIA is reviewed "tous les trois ans".
// The English labels of the 14 types are ropa's translation. No later revision of the 2018-327
// list was found (§4.1 [U]). Update `DPIALists.asOf` whenever an entry changes.

/// The types of processing that the CNIL listed as requiring a DPIA (délibération n° 2018-327),
/// in the list's order; the number is the row of the list.
public enum CNILDPIAType: String, Vocabulary {
    case healthCareEstablishments = "health_care_establishments"
    case geneticDataVulnerable = "genetic_data_vulnerable"
    case humanResourcesProfiling = "human_resources_profiling"
    case employeeMonitoring = "employee_monitoring"
    case socialHealthAlerts = "social_health_alerts"
    case professionalAlerts = "professional_alerts"
    case healthDataWarehouse = "health_data_warehouse"
    case profilingContractExclusion = "profiling_contract_exclusion"
    case sharedContractBreaches = "shared_contract_breaches"
    case profilingExternalData = "profiling_external_data"
    case biometricVulnerable = "biometric_vulnerable"
    case socialHousing = "social_housing"
    case socialSupport = "social_support"
    case largeScaleLocation = "large_scale_location"

    public static let vocabularyName = "type of the CNIL DPIA list"
    /// The French table gives the list's wording verbatim (fact sheet §4.1 [P]).
    public static let tableKey = "cnil_dpia_type"

    /// The row of délibération n° 2018-327's list, 1 to 14.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }


    /// The EDPB criteria the CNIL says this type meets (fact sheet §4.1 [P], column "Critères").
    public var criteria: [DPIACriterion] {
        switch self {
        case .healthCareEstablishments, .geneticDataVulnerable, .healthDataWarehouse, .biometricVulnerable:
            [.sensitiveOrHighlyPersonalData, .vulnerableDataSubjects]
        case .humanResourcesProfiling: [.evaluationOrScoring, .vulnerableDataSubjects]
        case .employeeMonitoring: [.vulnerableDataSubjects, .systematicMonitoring]
        case .socialHealthAlerts, .professionalAlerts:
            [.vulnerableDataSubjects, .evaluationOrScoring, .sensitiveOrHighlyPersonalData]
        case .profilingContractExclusion: [.evaluationOrScoring, .matchingOrCombiningDatasets]
        case .sharedContractBreaches:
            [.matchingOrCombiningDatasets, .automatedDecisionWithLegalEffect, .evaluationOrScoring]
        case .profilingExternalData: [.evaluationOrScoring, .matchingOrCombiningDatasets, .innovativeUse]
        case .socialHousing: [.sensitiveOrHighlyPersonalData, .evaluationOrScoring]
        case .socialSupport: [.sensitiveOrHighlyPersonalData, .evaluationOrScoring, .vulnerableDataSubjects]
        case .largeScaleLocation:
            [.sensitiveOrHighlyPersonalData, .largeScale, .systematicMonitoring, .vulnerableDataSubjects, .innovativeUse]
        }
    }
}

/// The thresholds and texts behind the DPIA rules.
public enum DPIALists {
    /// The date of the data: both délibérations are of 11 October 2018, published 6 November 2018.
    public static let asOf: ISODate = isoDate("2018-11-06")

    /// The CNIL list of processing types that require a DPIA.
    public static let requiredList = "CNIL, délibération n° 2018-327 du 11 octobre 2018 (liste des types d'opérations de traitement pour lesquelles une AIPD est requise)"

    /// The CNIL guidelines that set the criteria, the threshold and the review period.
    public static let guidelines = "CNIL, délibération n° 2018-326 du 11 octobre 2018 (lignes directrices AIPD), reprenant les critères du CEPD (WP248 rev.01)"

    public static let source = "cnil-register-facts.md §4.1 [P: SRC-AIPD-LIST], §4.3 [P: SRC-2018-326], §4.4 [S]"

    /// "un traitement qui rencontre au moins deux des critères … doit faire l'objet d'une AIPD" (§4.3 [P]).
    public static let criteriaThreshold = 2

    /// "en tout état de cause tous les trois ans" (§4.3 [P]).
    public static let reviewPeriodYears = 3
}
