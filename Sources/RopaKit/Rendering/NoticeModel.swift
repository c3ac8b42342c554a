// View models of the documents made for the people whose data are processed: the information
// notice (GDPR Arts. 13–14) and the access-request extract (Art. 15). Like `DocumentModel`, every
// string is worded here; the templates only lay them out. Optional keys have names used nowhere else.

/// A heading and a text written by the organisation (`notice:` in `organisation.yaml`).
public struct NoticeSection: Sendable {
    public let heading: String
    public let sectionText: String
}

/// One right of the data subject, in words, with the organisation's own terms when it wrote some.
public struct NoticeRight: Sendable {
    /// What the right gives and when, with its article (`SubjectRight.text`).
    public let rightText: String
    /// Which treatments give it, when not all of them do; or that none does, when the
    /// organisation wrote terms for a right none of them gives.
    public let rightScopeText: String?
    /// The organisation's own words (`notice: *_terms`), printed as how to exercise the right.
    public let termsText: String?
}

/// One treatment in the notice's first layer: what for, on which basis, for how long, who receives.
public struct NoticeSummaryRow: Sendable {
    /// The treatment's name, which says what it is for; its purposes are in the details.
    public let summaryName: String
    public let summaryBases: String
    public let summaryDurations: String
    public let summaryRecipients: String
}

/// The first layer's table for one category of people: the treatments that concern them.
public struct NoticeSummaryTable: Sendable {
    public let audienceHeading: String
    public let summaryRows: [NoticeSummaryRow]
}

/// What the notice and the access-request extract say about one treatment.
public struct NoticeTreatment: Sendable {
    public let anchor: String
    public let id: String
    public let reference: String
    public let name: String
    public let summaryText: String?
    /// Each purpose with its legal basis; `purposeDetails` holds the legitimate interest pursued.
    public let purposes: [PurposeRow]
    /// Data categories with what they hold and their retention in words; sensitive data marked as such.
    public let dataRows: [DataRow]
    public let sources: [DetailRow]
    /// Recipients by category: one line per kind of recipient, naming each once.
    public let recipientLines: [String]
    public let transfers: [TransferRow]
    /// Profiling and automated decisions, when the treatment makes any.
    public let automatedLines: [String]
    /// Each joint controller and the essence of the arrangement, which Art. 26(2) requires to be
    /// made available to the persons ("not stated" when the register does not give it).
    public let jointLines: [String]
    /// How to exercise one's rights for this treatment, when it differs from the organisation's.
    public let rightsExerciseText: String?
    /// The rights this treatment gives, by name, as its legal bases and purposes open them (`SubjectRights`).
    public let rightsText: String
    /// When a purpose's legal basis is not known: that the rights depending on it are to be determined.
    public let rightsUndeterminedText: String?
    /// What the file says that could not be loaded (drafts only), and what empty parts print.
    public let invalid: InvalidParts
    public let absent: AbsenceTexts
}

/// The information notice: from the register to what people read.
public struct NoticeModel: Sendable {
    public let lang: String
    public let labels: Wording
    public let organisationName: String
    public let editionDate: String
    public let editionDateISO: String
    public let registerVersion: String
    /// "Version du 28 novembre 2026": the register as of its latest update.
    public let versionLine: String?
    public let isDraft: Bool
    /// A working version's banner: what is missing.
    public let draftReason: String?
    /// The working version's heading, on screen and in the running header, with what is missing.
    public let draftHeading: String
    public let headerCSS: String
    public let draftCSS: String
    /// "Prospects", when the notice is for one category of people.
    public let audienceLabel: String?
    public let controllerBlock: ContactBlock
    public let dataProtectionBlock: ContactBlock?
    public let scopeText: String?
    /// The first layer (Art. 12(1): concise, intelligible): a table per category of people, then
    /// the rights in a line, where to exercise them, the contact and the complaint.
    public let summaryTables: [NoticeSummaryTable]
    public let summaryRightsText: String
    public let summaryExerciseText: String?
    public let summaryContactText: String?
    public let summaryComplaintText: String
    public let treatments: [NoticeTreatment]
    /// True when every treatment states that it takes no automated decision: the notice says so.
    public let noAutomatedDecision: Bool
    /// Otherwise, when some treatment says nothing of it or failed to load: why the notice cannot say.
    public let automatedNote: String?
    public let rights: [NoticeRight]
    /// Where to write, identity check, response time.
    public let exercise: [NoticeSection]
    /// The CNIL's name, address, telephone and website, one per line.
    public let complaintLines: [String]
    public let mandatoryText: String?
    /// Cookies, processors, security, breaches, the referent's role, changes, more information.
    public let others: [NoticeSection]
    /// What `organisation.yaml` says that could not be loaded (drafts only).
    public let invalid: InvalidParts
}

/// The access-request extract for one category of person.
public struct SubjectModel: Sendable {
    public let lang: String
    public let labels: Wording
    public let organisationName: String
    public let editionDate: String
    public let registerVersion: String
    public let isDraft: Bool
    public let categoryLabel: String
    public let categoryCode: String
    public let subjectDetails: [String]
    public let treatments: [NoticeTreatment]
}

/// The retention schedule as Markdown sees it.
public struct ScheduleModel: Sendable {
    public let labels: Wording
    public let organisationName: String
    public let editionDate: String
    public let registerVersion: String
    public let isDraft: Bool
    public let retentionRows: [RetentionRow]
}

extension ModelBuilder {
    /// A treatment in a line: its name, the bases of its purposes, the distinct lengths of retention of its
    /// data, the kinds of recipients; what is not known says so.
    func summaryRow(_ treatment: Treatment) -> NoticeSummaryRow {
        let w = wording
        let bases = treatment.purposes.map { $0.legalBasis?.label[language] ?? w[.notStated] }
        let lengths = (treatment.data.map(\.retention) + treatment.sensitiveData.map(\.retention))
            .map { retention in
                // "jusqu'à la transaction" says more than "jusqu'à l'événement"; an archive or
                // another end after the period is part of how long (the whole phrase then).
                retention.map { retention in
                    if retention.then != .delete { return RetentionWords.summary(retention, in: language) }
                    if case .until = retention.period { return RetentionWords.event(retention, in: language) }
                    return RetentionWords.length(retention, in: language)
                } ?? w[.notStated]
            }
        let kinds = treatment.recipients.map { $0.kind.label[language] }
        let absent = absences(treatment)
        return NoticeSummaryRow(
            summaryName: name(treatment),
            summaryBases: failure(in: treatment, "purposes").map(undetermined) ?? bases.uniqued().joined(separator: " ; "),
            summaryDurations: failure(in: treatment, "data", "sensitive_data").map(undetermined)
                ?? (lengths.isEmpty ? w[.notStated] : lengths.uniqued().joined(separator: " ; ")),
            summaryRecipients: failure(in: treatment, "recipients").map(undetermined)
                ?? (kinds.isEmpty ? absent.texts["recipients"] ?? w[.notStated] : kinds.uniqued().joined(separator: " ; ")))
    }

    /// A treatment as the people concerned read it. The notice shows only indirect sources
    /// (Art. 14(2)(f)); the access-request extract shows them all (Art. 15(1)(g)).
    func noticeTreatment(_ treatment: Treatment, allSources: Bool) -> NoticeTreatment {
        let w = wording
        let purposes = purposeRows(treatment).enumerated().map { index, row in
            let purpose = treatment.purposes[index]
            return PurposeRow(rank: row.rank, purposeName: row.purposeName, legalBasis: row.legalBasis,
                              legalBasisArticle: row.legalBasisArticle,
                              purposeDetails: optionalRows([(w[.legitimateInterest], purpose.legitimateInterest)]))
        }
        let ordinary = treatment.data.map { data in
            DataRow(categoryLabel: data.category.label[language], dataDescription: orDash(data.details), sensitiveCondition: "",
                    retentionText: retentionText(data.retention), dataExtras: [])
        }
        let sensitive = treatment.sensitiveData.map { data in
            DataRow(categoryLabel: "\(data.category.label[language]) (\(w[.sensitiveMark]))", dataDescription: orDash(data.details),
                    sensitiveCondition: "", retentionText: retentionText(data.retention), dataExtras: [])
        }
        var recipientNames: [(kind: RecipientKind, names: [String])] = []
        for recipient in treatment.recipients {
            let name = switch recipient.kind {
            case .processor: recipient.name.flatMap { register.processor(id: $0)?.service } ?? register.displayName(of: recipient, in: language)
            default: register.displayName(of: recipient, in: language)
            }
            if let index = recipientNames.firstIndex(where: { $0.kind == recipient.kind }) {
                if !recipientNames[index].names.contains(name) { recipientNames[index].names.append(name) }
            } else {
                recipientNames.append((recipient.kind, [name]))
            }
        }
        var automated: [String] = []
        if let decisions = treatment.automatedDecisions, decisions.profiling || decisions.automatedDecision {
            automated = automatedRows(decisions).filter { $0.label != w[.legalEffect] || decisions.automatedDecision }
                .map { w.labeled($0.label, $0.value) }
        }
        let rights = SubjectRights(of: treatment, jurisdiction: register.jurisdiction)
        return NoticeTreatment(
            anchor: anchor(treatment), id: treatment.id, reference: reference(treatment), name: name(treatment),
            summaryText: treatment.description.flatMap { $0.isEmpty ? nil : $0 },
            purposes: purposes,
            dataRows: ordinary + sensitive,
            sources: treatment.sources.filter { allSources || $0.kind != .direct }
                .map { DetailRow(kindLabel: $0.kind.label[language], detailText: orDash($0.details)) },
            recipientLines: recipientNames.map { w.labeled($0.kind.label[language], $0.names.joined(separator: " ; ")) },
            transfers: transferRows(treatment),
            automatedLines: automated,
            jointLines: treatment.jointControllers.map { joint in
                w.labeled(joint.contact.name, w.labeled(w[.jointArrangementEssence], joint.arrangementEssence.flatMap { $0.isEmpty ? nil : $0 } ?? w[.notStated]))
            },
            rightsExerciseText: treatment.rightsExercise,
            rightsText: rights.rights.map { w[$0.name] }.joined(separator: ", "),
            rightsUndeterminedText: rights.dependOnUndeterminedBasis ? w[.rightsUndetermined] : nil,
            invalid: invalidParts(of: treatment), absent: absences(treatment))
    }
}

extension NoticeModel {
    init(register: Register, treatments: [Treatment], audience: DataSubjectCategory?, options: RenderOptions) {
        let language = options.language
        let builder = ModelBuilder(register: register, wording: Wording(language))
        let w = builder.wording
        let organisation = register.organisation
        let texts = organisation.notice
        lang = language.rawValue
        labels = w
        organisationName = builder.organisationName
        editionDate = DateWords.format(options.date, in: language)
        editionDateISO = options.date.description
        registerVersion = options.version
        versionLine = register.latestUpdate.map { w.format(.versionOf, ["date": DateWords.format($0, in: language)]) }
        isDraft = options.draft
        draftReason = options.draft ? options.unfinished.sentence(in: w) : nil
        draftHeading = options.unfinished.headerNotice(in: w)
        headerCSS = CSSText.string("\(w[.noticeTitle]) — \(builder.organisationName) — \(editionDate)")
        draftCSS = options.draft ? CSSText.string(draftHeading) : ""
        audienceLabel = audience?.label[language]
        controllerBlock = ContactBlock(
            heading: w[.actorController],
            rows: [LabeledValue(label: w[.organisationName], value: builder.organisationName)]
                + builder.contactRows(organisation.controller, includeName: false)
                + builder.optionalRows([(w[.website], organisation.website)]))
        dataProtectionBlock = organisation.dataProtectionContact.map { dpc in
            ContactBlock(heading: w[dpc.role == .referent ? .actorReferent : .actorDPO],
                         rows: builder.contactRows(dpc.contact, includeName: true, companyLabel: w[.dpoCompany]))
        }
        scopeText = texts[.scope]
        self.treatments = treatments.map { builder.noticeTreatment($0, allSources: false) }
        // "No automated decision" is a statement: only when every treatment makes it and loaded.
        let decides = treatments.contains { $0.automatedDecisions?.automatedDecision == true }
        let unknown = treatments.lazy.compactMap { treatment in
            builder.failure(in: treatment, "automated_decisions")
                .map(builder.undetermined) ?? (treatment.source.has("automated_decisions") ? nil : "\(builder.name(treatment))\(w[.colon]) \(w[.notStated])")
        }.first
        noAutomatedDecision = !decides && unknown == nil
        automatedNote = decides ? nil : unknown

        let rightsOfEach = treatments.map { SubjectRights(of: $0, jurisdiction: register.jurisdiction) }
        rights = Self.rights(of: Array(zip(treatments, rightsOfEach)), texts: texts, builder: builder)
        summaryTables = Self.summaryTables(of: treatments, audience: audience, builder: builder)
        let given = SubjectRight.allCases.filter { right in rightsOfEach.contains { $0.rights.contains(right) } }
        summaryRightsText = w.labeled(w[.noticeRightsTitle], given.map { w[$0.name] }.joined(separator: ", "))
            + (rightsOfEach.contains(where: \.dependOnUndeterminedBasis) ? ". " + w[.rightsUndetermined] : "")
        summaryExerciseText = texts[.rightsContact].map { w.labeled(w[.noticeExerciseTitle], $0) }
        let contact = organisation.dataProtectionContact?.contact.email ?? organisation.controller.email
        summaryContactText = contact.map { w.labeled(w[.summaryContact], $0) }
        summaryComplaintText = w.labeled(w[.noticeComplaintTitle], "\(SupervisoryAuthority.name[language]) — \(SupervisoryAuthority.website)")
        exercise = Self.sections([.rightsContact, .identityCheck, .responseTime], texts, language)
        complaintLines = [SupervisoryAuthority.name[language], SupervisoryAuthority.address,
                          w.labeled(w[.phone], SupervisoryAuthority.phone), SupervisoryAuthority.website]
        mandatoryText = texts[.mandatoryAnswers]
        invalid = InvalidParts(organisation.invalidEntries, builder: builder, part: Organisation.documentPart(ofKey:))
        others = Self.sections([.cookiePolicy, .processorsCommitment, .securityCommitment, .breachNotification,
                                .referentRole, .changes, .moreInformation], texts, language)
    }

    /// Every right that one of `treatments` gives, in the order of the articles, each with the
    /// treatments that give it when not all do; the organisation's terms of a right are how to
    /// exercise it. Terms written for a right that none gives are kept, and say so. When a
    /// treatment does not say what a right depends on (a basis not known), that right is "to be
    /// determined", never "none gives it".
    private static func rights(of given: [(Treatment, SubjectRights)], texts: NoticeTexts, builder: ModelBuilder) -> [NoticeRight] {
        let w = builder.wording
        let unknown = given.contains { $0.1.dependOnUndeterminedBasis }
        return SubjectRight.allCases.compactMap { right in
            let terms = Self.terms(of: right, texts: texts, given: given.map(\.1.rights))
            let givers = given.filter { $0.1.rights.contains(right) }.map { builder.name($0.0) }
            let undetermined = unknown && SubjectRights.dependent.contains(right)
            let scope: String?
            if givers.isEmpty {
                if undetermined {
                    scope = w[.rightUndetermined]
                } else {
                    guard terms != nil else { return nil }
                    scope = w[.rightNoTreatment]
                }
            } else if givers.count == given.count {
                scope = nil
            } else {
                scope = w.labeled(w[.rightConcerns], givers.joined(separator: " ; ")) + (undetermined ? ". " + w[.rightUndetermined] : "")
            }
            return NoticeRight(rightText: w[right.text], rightScopeText: scope, termsText: terms.map { w.labeled(w[.rightHowTo], $0) })
        }
    }

    /// The organisation's terms for `right`. Its objection terms go with the objection to
    /// prospection when a treatment gives it (what organisations mostly write about: the
    /// unsubscribe link, "STOP"), else with the objection of Art. 21(1).
    private static func terms(of right: SubjectRight, texts: NoticeTexts, given: [[SubjectRight]]) -> String? {
        switch right {
        case .access: texts[.accessTerms]
        case .rectification: texts[.rectificationTerms]
        case .erasure: texts[.erasureTerms]
        case .restriction: texts[.restrictionTerms]
        case .portability: texts[.portabilityTerms]
        case .objection: given.contains { $0.contains(.marketingObjection) } ? nil : texts[.objectionTerms]
        case .marketingObjection: given.contains { $0.contains(.marketingObjection) } ? texts[.objectionTerms] : nil
        case .postMortem: texts[.postMortemTerms]
        case .withdrawal, .automatedDecision: nil
        }
    }

    /// One table per category of people, in the vocabulary's order, with the treatments that
    /// concern them; a treatment that names no category (or whose list failed, even in part) is in a last
    /// table, "to be determined", rather than left out. A notice for one audience has its table only.
    private static func summaryTables(of treatments: [Treatment], audience: DataSubjectCategory?, builder: ModelBuilder) -> [NoticeSummaryTable] {
        let w = builder.wording
        let audiences = (audience.map { [$0] } ?? DataSubjectCategory.allCases).filter { category in
            treatments.contains { $0.dataSubjects.contains { $0.category == category } }
        }
        var tables = audiences.map { category in
            NoticeSummaryTable(audienceHeading: category.label[builder.language],
                               summaryRows: treatments.filter { $0.dataSubjects.contains { $0.category == category } }.map(builder.summaryRow))
        }
        let unplaced = treatments.filter { $0.dataSubjects.isEmpty || builder.failure(in: $0, "data_subjects") != nil }
        if !unplaced.isEmpty {
            tables.append(NoticeSummaryTable(audienceHeading: w[.summaryOtherPeople], summaryRows: unplaced.map(builder.summaryRow)))
        }
        return tables
    }

    private static func sections(_ topics: [NoticeTopic], _ texts: NoticeTexts, _ language: Language) -> [NoticeSection] {
        topics.compactMap { topic in texts[topic].map { NoticeSection(heading: topic.label[language], sectionText: $0) } }
    }
}
