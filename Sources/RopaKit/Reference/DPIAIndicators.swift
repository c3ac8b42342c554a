// What a register's content says about the need for a DPIA, as reference data: which EDPB
// criteria (WP248 rev.01, taken up by the CNIL in délibération n° 2018-326) a treatment meets, and
// which types of the CNIL's list (délibération n° 2018-327) and of the CNIL's règlement type on
// biometrics at work (délibération n° 2019-001) it belongs to — read from its data categories,
// persons, purposes' kinds, sources and flags, not only from what the referent declares.
//
// Sources: cnil-register-facts.md §4.1 [P: SRC-AIPD-LIST] (the 14 types and their criteria), §4.3
// [P: SRC-2018-326] (the nine criteria, with the CNIL's examples of highly personal data: "données
// relatives à des communications électroniques, données de localisation, données financières"),
// §4.4 [S] (WP248's English labels; its examples of vulnerable persons, "employees" among them, and
// of systematic monitoring); §4.2 [S] (délibération n° 2019-118: no DPIA for HR processing in
// organisations under 250 people, except profiling). The règlement type: [S] expert-comptable-social.fr
// ("une analyse d'impact préalable est impérative"), faceaurisque.com (its last section is
// "l'analyse d'impact relative à la protection des données"), village-justice.com 2019-04-05
// (binding; JO 28 March 2019); its text was not read.
//
// What is NOT inferred, and why:
// - financial data as "highly personal": the CNIL lists them, but WP248's example is data whose
//   breach enables payment fraud, and payroll — financial data of employees — would then always
//   meet two criteria, while délibération n° 2019-118 exempts HR processing of organisations under
//   250 people: declare the criterion in `dpia.criteria` when it applies;
// - large scale: only when the referent states it (`dpia.criteria: [large_scale]`);
// - innovative use and exclusion from a right: nothing in the register says them.

/// One EDPB criterion a treatment meets, read from its content, and why, for the message.
public struct InferredCriterion: Sendable, Hashable {
    public var criterion: DPIACriterion
    /// Why, in words a referent can check and dispute ("its persons include employees, …").
    public var reason: String
    /// Where the register says it.
    public var location: SourceLocation
}

/// A CNIL text under which the treatment needs a DPIA whatever its criteria.
public struct CNILDPIARequirement: Sendable, Hashable {
    /// The type of the CNIL list (délibération n° 2018-327); nil for the règlement type.
    public var type: CNILDPIAType?
    /// Which text and entry, in words ("type n° 6 of the CNIL list").
    public var entry: String
    public var reason: String
    public var location: SourceLocation
    public var citation: String
}

/// What in a treatment's content suggests the EDPB's DPIA criteria or the CNIL's list, each with
/// the reason and where it was read: the DPIA rules compare it with what the fiche declares.
public enum DPIAIndicators {
    public static let regulationBiometrics = "CNIL, délibération n° 2019-001 du 10 janvier 2019 (règlement type « biométrie sur les lieux de travail »)"

    /// The EDPB criteria the treatment's content meets, one reason each (the first found).
    public static func criteria(of treatment: Treatment) -> [InferredCriterion] {
        var found: [InferredCriterion] = []
        func add(_ criterion: DPIACriterion, _ reason: String, _ location: SourceLocation) {
            guard !found.contains(where: { $0.criterion == criterion }) else { return }
            found.append(InferredCriterion(criterion: criterion, reason: reason, location: location))
        }
        if let sensitive = treatment.sensitiveData.first {
            let labels = Set(treatment.sensitiveData.map { $0.category.label.en.lowercased() }).sorted().joined(separator: ", ")
            add(.sensitiveOrHighlyPersonalData, "it processes special-category or criminal data (\(labels))", sensitive.source["category"])
        }
        if let location = treatment.data.first(where: { $0.category == .location }) {
            add(.sensitiveOrHighlyPersonalData, "it processes location data, which the CNIL counts as highly personal", location.source["category"])
        }
        for purpose in treatment.purposes {
            guard let kind = purpose.kind else { continue }
            if kind == .callRecording {
                add(.sensitiveOrHighlyPersonalData, "it records telephone conversations (electronic communications, highly personal)", purpose.source["kind"])
            }
            if kind.isSystematicMonitoring {
                add(.systematicMonitoring, "its purpose '\(purpose.name)' is \(kind.label.en.lowercased()), a systematic monitoring of people", purpose.source["kind"])
            }
        }
        if let employees = treatment.dataSubjects.first(where: { $0.category == .employees }) {
            add(.vulnerableDataSubjects, "its persons include employees, whom the EDPB counts as vulnerable (the imbalance of power with the employer)",
                employees.source["category"])
        }
        if let child = treatment.dataSubjects.first(where: { $0.age?.isMinor == true }) {
            add(.vulnerableDataSubjects, "its persons include children (\(child.age?.label.en.lowercased() ?? "minors"))", child.source["age"])
        }
        if let decisions = treatment.automatedDecisions {
            if decisions.profiling {
                add(.evaluationOrScoring, "it profiles people ('profiling: true')", decisions.source["profiling"])
            }
            if decisions.automatedDecision, decisions.legalEffect {
                add(.automatedDecisionWithLegalEffect, "it takes automated decisions with legal or similar effects", decisions.source["automated_decision"])
            }
        }
        let external = treatment.sources.filter { [.dataBroker, .partner, .thirdParty].contains($0.kind) }
        if treatment.sources.contains(where: \.kind.isDirect), let first = external.first {
            let kinds = Set(external.map { $0.kind.label.en.lowercased() }).sorted().joined(separator: ", ")
            add(.matchingOrCombiningDatasets, "it combines data collected from the persons with data from elsewhere (\(kinds))", first.source["kind"])
        }
        return found
    }

    /// Whether the referent states large-scale processing (the register has no other way to say it).
    static func statesLargeScale(_ treatment: Treatment) -> Bool { treatment.dpia?.criteria.contains(.largeScale) == true }

    /// The CNIL texts under which the treatment needs a DPIA: the types of the list it declares
    /// (`dpia.cnil_list`) or that its content shows, and the règlement type on biometrics at work.
    public static func cnilRequirements(of treatment: Treatment) -> [CNILDPIARequirement] {
        var found: [CNILDPIARequirement] = []
        func add(_ type: CNILDPIAType, _ reason: String, _ location: SourceLocation) {
            guard !found.contains(where: { $0.type == type }) else { return }
            found.append(CNILDPIARequirement(type: type, entry: "type n° \(type.number) of the CNIL list (« \(type.label.fr) »)",
                                             reason: reason, location: location, citation: DPIALists.requiredList))
        }
        if let dpia = treatment.dpia {
            for type in dpia.cnilList { add(type, "declared in 'dpia.cnil_list'", dpia.source["cnil_list"]) }
        }
        let profiling = treatment.automatedDecisions?.profiling == true
        for purpose in treatment.purposes {
            guard let kind = purpose.kind else { continue }
            let at = purpose.source["kind"]
            switch kind {
            case .whistleblowing: add(.professionalAlerts, "its purpose '\(purpose.name)' is a professional alert scheme", at)
            case .employeeMonitoring: add(.employeeMonitoring, "its purpose '\(purpose.name)' monitors employees' activity constantly", at)
            case .socialSupport: add(.socialSupport, "its purpose '\(purpose.name)' is social or medico-social support", at)
            case .socialHousing: add(.socialHousing, "its purpose '\(purpose.name)' handles social housing applications", at)
            case .recruitment where profiling, .personnelManagement where profiling:
                add(.humanResourcesProfiling, "its purpose '\(purpose.name)' is human-resources management and it profiles people", at)
            default: break
            }
        }
        if profiling, let external = treatment.sources.first(where: { !$0.kind.isDirect }) {
            add(.profilingExternalData, "it profiles people with data from an external source (\(external.kind.label.en.lowercased()))", external.source["kind"])
        }
        let employees = treatment.dataSubjects.contains { $0.category == .employees }
        let child = treatment.dataSubjects.first { $0.age?.isMinor == true }
        for data in treatment.sensitiveData {
            if data.category == .genetic, employees || child != nil {
                add(.geneticDataVulnerable, "it processes genetic data of \(employees ? "employees" : "children")", data.source["category"])
            }
            if data.category == .biometric, let child {
                add(.biometricVulnerable, "it recognises people by biometrics, children among them", child.source["age"])
            }
        }
        if statesLargeScale(treatment), let location = treatment.data.first(where: { $0.category == .location }) {
            add(.largeScaleLocation, "it processes location data on a large scale (stated in 'dpia.criteria')", location.source["category"])
        }
        if employees, let biometric = treatment.sensitiveData.first(where: { $0.category == .biometric }) {
            found.append(CNILDPIARequirement(
                type: nil, entry: "the CNIL's règlement type on biometrics at work",
                reason: "it processes employees' biometric data, which the règlement type allows only with a prior DPIA",
                location: biometric.source["category"], citation: regulationBiometrics))
        }
        return found
    }

    /// The criteria the treatment meets — declared in `dpia.criteria` or read from its content —
    /// each with why, for a message a referent can dispute.
    public static func criteriaMet(by treatment: Treatment) -> [(criterion: DPIACriterion, reason: String)] {
        var met: [(criterion: DPIACriterion, reason: String)] = criteria(of: treatment).map { ($0.criterion, $0.reason) }
        for declared in treatment.dpia?.criteria ?? [] where !met.contains(where: { $0.criterion == declared }) {
            met.append((declared, "declared in 'dpia.criteria'"))
        }
        return met
    }

    /// "sensitive or highly personal data (it processes location data…); …", for messages.
    public static func describe(_ met: [(criterion: DPIACriterion, reason: String)]) -> String {
        met.map { "\($0.criterion.label.en.lowercased()) — \($0.reason)" }.joined(separator: "; ")
    }
}
