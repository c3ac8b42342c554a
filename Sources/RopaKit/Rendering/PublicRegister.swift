extension Register {
    /// The register as an organisation may publish it (`ropa render --public`).
    ///
    /// Kept: everything Art. 30(1) lists except security, and the contact details of the controller,
    /// its representative and its DPO or referent, which Arts. 13(1)(a)–(b) and 37(7) make public anyway.
    /// Left out, because they serve the organisation's own control and could help an attacker or
    /// expose people: the security measures (Art. 30(1)(g)), contract references and links (the signing date stays),
    /// the processors' contact persons, the DPIA reference, justification and criteria, the Art. 89
    /// archiving safeguards (like the security measures, they describe access restrictions), the
    /// balancing-test references, the transfer documentation and impact assessments, the internal services' descriptions
    /// (who has access, inside), the joint-controller arrangements (not their essence, which Art. 26(2) makes
    /// available to the persons), the waivers of compliance checks
    /// and the free notes. docs/notice.md lists the same.
    public func publicVersion() -> Register {
        var copy = self
        copy.isPublicVersion = true
        copy.organisation.services = organisation.services.map { service in
            var service = service
            service.description = nil
            return service
        }
        copy.processors = processors.map { processor in
            var processor = processor
            processor.contact = nil
            processor.contract = processor.contract.map { Processor.Contract(signed: $0.signed, source: $0.source) }
            return processor
        }
        copy.treatments = treatments.map { treatment in
            var treatment = treatment
            treatment.security = []
            treatment.waivers = []
            treatment.notes = nil
            treatment.purposes = treatment.purposes.map { purpose in
                var purpose = purpose
                purpose.balancingTest = nil
                return purpose
            }
            treatment.transfers = treatment.transfers.map { transfer in
                var transfer = transfer
                transfer.documentation = nil
                transfer.impactAssessment = nil
                return transfer
            }
            // The arrangement's reference is internal; its essence is what Art. 26(2) makes public.
            treatment.jointControllers = treatment.jointControllers.map {
                JointController(contact: $0.contact, arrangementEssence: $0.arrangementEssence)
            }
            treatment.dpia = treatment.dpia.map { DPIA(status: $0.status, date: $0.date, source: $0.source) }
            treatment.data = treatment.data.map { data in
                var data = data
                data.retention?.archivingSafeguards = nil
                return data
            }
            treatment.sensitiveData = treatment.sensitiveData.map { data in
                var data = data
                data.retention?.archivingSafeguards = nil
                return data
            }
            treatment.invalidEntries = Self.publishable(treatment.invalidEntries, withheld: ["security", "waivers", "notes"])
            return treatment
        }
        copy.organisation.invalidEntries = Self.publishable(organisation.invalidEntries, withheld: [])
        copy.invalidEntries = Self.publishable(invalidEntries, withheld: [])
        return copy
    }

    /// A public draft still shows where and why an entry failed, but not the file's lines, which
    /// may hold what the public version leaves out (a contract reference, a security detail).
    private static func publishable(_ entries: [InvalidEntry], withheld: Set<String>) -> [InvalidEntry] {
        entries.filter { !withheld.contains($0.key) }.map { entry in
            var entry = entry
            entry.text = ""
            return entry
        }
    }
}

extension Register {
    /// Where the values that `publicVersion()` leaves out are written: a placeholder there keeps
    /// the register unfinished, but not its public version, which does not print it.
    public func publicWithheldLocations() -> Set<SourceLocation> {
        var found: Set<SourceLocation> = []
        func add(_ source: SourceMap, _ keys: [String]? = nil) {
            for (key, location) in source.values where keys?.contains(key) ?? true { found.insert(location) }
        }
        for service in organisation.services { add(service.source, ["description"]) }
        for processor in processors {
            // (A contact's address keeps no position per line: a placeholder there still counts.)
            if let contact = processor.contact { add(contact.source) }
            if let contract = processor.contract { add(contract.source, ["reference", "link"]) }
        }
        for treatment in treatments {
            add(treatment.source, ["notes"])
            for measure in treatment.security { add(measure.source) }
            for waiver in treatment.waivers { add(waiver.source) }
            for purpose in treatment.purposes { add(purpose.source, ["balancing_test"]) }
            for transfer in treatment.transfers { add(transfer.source, ["documentation", "impact_assessment"]) }
            for joint in treatment.jointControllers { add(joint.contact.source, ["arrangement"]) }
            if let dpia = treatment.dpia { add(dpia.source, ["reference", "justification", "criteria", "cnil_list"]) }
            for retention in treatment.data.compactMap(\.retention) + treatment.sensitiveData.compactMap(\.retention) {
                add(retention.source, ["archiving_safeguards"])
            }
        }
        return found
    }
}
