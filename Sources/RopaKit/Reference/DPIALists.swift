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

    /// The row of délibération n° 2018-327's list, 1 to 14.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// French: the list's wording, verbatim (fact sheet §4.1 [P]).
    public var label: LocalizedText {
        switch self {
        case .healthCareEstablishments:
            .init(fr: "Traitements de données de santé mis en œuvre par les établissements de santé ou les établissements médico-sociaux pour la prise en charge des personnes",
                  en: "Health data processed by health or medico-social establishments to care for people")
        case .geneticDataVulnerable:
            .init(fr: "Traitements portant sur des données génétiques de personnes dites « vulnérables » (patients, employés, enfants, etc.)",
                  en: "Genetic data of so-called vulnerable people (patients, employees, children, etc.)")
        case .humanResourcesProfiling:
            .init(fr: "Traitements établissant des profils de personnes physiques à des fins de gestion des ressources humaines",
                  en: "Profiling of natural persons for human-resources management")
        case .employeeMonitoring:
            .init(fr: "Traitements ayant pour finalité de surveiller de manière constante l'activité des employés concernés",
                  en: "Constant monitoring of employees' activity")
        case .socialHealthAlerts:
            .init(fr: "Traitements ayant pour finalité la gestion des alertes et des signalements en matière sociale et sanitaire",
                  en: "Handling of social and health alerts and reports")
        case .professionalAlerts:
            .init(fr: "Traitements ayant pour finalité la gestion des alertes et des signalements en matière professionnelle",
                  en: "Handling of professional alerts and reports (whistleblowing)")
        case .healthDataWarehouse:
            .init(fr: "Traitements des données de santé nécessaires à la constitution d'un entrepôt de données ou d'un registre",
                  en: "Health data for building a data warehouse or a registry")
        case .profilingContractExclusion:
            .init(fr: "Traitements impliquant le profilage des personnes pouvant aboutir à leur exclusion du bénéfice d'un contrat ou à la suspension voire à la rupture de celui-ci",
                  en: "Profiling that may lead to exclusion from, suspension or termination of a contract")
        case .sharedContractBreaches:
            .init(fr: "Traitements mutualisés de manquements contractuels constatés, susceptibles d'aboutir à une décision d'exclusion ou de suspension du bénéfice d'un contrat",
                  en: "Pooled records of contractual breaches that may lead to exclusion or suspension from a contract")
        case .profilingExternalData:
            .init(fr: "Traitements de profilage faisant appel à des données provenant de sources externes",
                  en: "Profiling using data from external sources")
        case .biometricVulnerable:
            .init(fr: "Traitements de données biométriques aux fins de reconnaissance des personnes parmi lesquelles figurent des personnes dites « vulnérables » (élèves, personnes âgées, patients, demandeurs d'asile, etc.)",
                  en: "Biometric recognition of people including vulnerable people (pupils, elderly people, patients, asylum seekers, etc.)")
        case .socialHousing:
            .init(fr: "Instruction des demandes et gestion des logements sociaux",
                  en: "Processing of applications for, and management of, social housing")
        case .socialSupport:
            .init(fr: "Traitements ayant pour finalité l'accompagnement social ou médico-social des personnes",
                  en: "Social or medico-social support of people")
        case .largeScaleLocation:
            .init(fr: "Traitements de données de localisation à large échelle",
                  en: "Large-scale processing of location data")
        }
    }

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
