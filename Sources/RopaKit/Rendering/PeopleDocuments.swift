/// The documents made from the register for the people concerned and for those who delete data:
/// the information notice, the access-request extract and the retention schedule.
extension DocumentRenderer {
    /// The template each of these documents starts from.
    static let noticeRoots: [OutputFormat: String] = [.html: "notice-html", .markdown: "notice-markdown", .pdf: "notice-html"]
    static let subjectRoot = "subject-markdown"
    static let scheduleRoot = "retention-markdown"

    /// The treatments the notice is about: those done as controller, for one audience if asked.
    func renderNotice(_ register: Register) throws(RenderError) -> String {
        let treatments = try documentTreatments(of: register)
        let audience = try options.audience.map { name throws(RenderError) in try Self.category(named: name) }
        let model = NoticeModel(register: register, treatments: treatments, audience: audience, options: options)
        return try renderTemplate(model, root: Self.noticeRoots[options.format] ?? "notice-html")
    }

    /// What an answer to an access request (Art. 15) must give, for one category of person.
    func renderSubject(_ register: Register, category name: String) throws(RenderError) -> String {
        let category = try Self.category(named: name)
        let treatments = try documentTreatments(of: register)
        let language = options.language
        let builder = ModelBuilder(register: register, wording: Wording(language))
        let worded = treatments.map { builder.noticeTreatment($0, allSources: true) }
        let details = treatments.flatMap { $0.dataSubjects.filter { $0.category == category }.compactMap(\.details) }
        switch options.format {
        case .json:
            let export = JSONExport(register: register, treatments: treatments, options: options)
            // Only what Art. 15(1) asks for: no security, DPIA, waivers or internal references.
            let kept: Set = ["id", "name", "reference", "description", "purposes", "data_subjects", "data", "sensitive_data",
                             "sources", "recipients", "transfers", "automated_decisions", "invalid_entries", "undetermined"]
            return JSONExport.encode(.object([
                "format_version": .number(JSONExport.formatVersion),
                "document": .object([
                    "title": .string(builder.wording[.subjectTitle]), "language": .string(language.rawValue),
                    "edition_date": .string(options.date.description), "register_version": .string(options.version),
                    "draft": .bool(options.draft), "category": .string(category.rawValue),
                    "category_label": .string(category.label[language]),
                ]),
                "controller": .string(builder.organisationName),
                "treatments": .array(zip(treatments, worded).map { treatment, words in
                    guard case .object(var fields) = export.treatment(treatment) else { return .null }
                    fields = fields.filter { kept.contains($0.key) }
                    fields["purposes"] = Self.dropping(["balancing_test"], from: fields["purposes"])
                    fields["transfers"] = Self.dropping(["documentation"], from: fields["transfers"])
                    fields["recipient_categories"] = .array(words.recipientLines.map(JSONValue.string))
                    return .object(fields)
                }),
            ]))
        default:
            let model = SubjectModel(
                lang: language.rawValue, labels: builder.wording, organisationName: builder.organisationName,
                editionDate: DateWords.format(options.date, in: language), registerVersion: options.version,
                isDraft: options.draft, categoryLabel: category.label[language], categoryCode: category.rawValue,
                subjectDetails: details, treatments: worded)
            return try renderTemplate(model, root: Self.subjectRoot)
        }
    }

    /// Every category of data of every treatment with its retention, for deletion jobs.
    func renderRetentionSchedule(_ register: Register) throws(RenderError) -> String {
        let language = options.language
        let wording = Wording(language)
        let builder = ModelBuilder(register: register, wording: wording)
        let entries = register.treatments.flatMap { treatment in
            treatment.data.map { (treatment, $0.category.rawValue, $0.category.label[language], $0.details, $0.retention, false) }
                + treatment.sensitiveData.map { (treatment, $0.category.rawValue, $0.category.label[language], $0.details, $0.retention, true) }
        }
        // Categories that failed to load: the schedule must not look complete without them.
        let failed = register.treatments.flatMap { treatment in
            treatment.invalidEntries.filter { ["data", "sensitive_data", InvalidEntry.wholeFile].contains($0.key) }.map { (treatment, $0) }
        }
        switch options.format {
        case .csv:
            let header = [wording[.listReference], wording[.treatment], wording[.csvID], wording[.category],
                          wording[.csvCategoryCode], wording[.sectionSensitive], wording[.description],
                          wording[.duration], wording[.event], wording[.endAction], wording[.retention], wording[.details]]
            let delimiter = options.csvDelimiter
            var output = "\u{FEFF}" + CSVExport.record(header, delimiter: delimiter)
            for (treatment, code, label, details, retention, sensitive) in entries {
                let row = [builder.reference(treatment), builder.name(treatment), treatment.id, label, code, wording[sensitive ? .yes : .no], details ?? "",
                           retention.map { RetentionWords.length($0, in: language) } ?? wording[.notStated],
                           retention.map { RetentionWords.event($0, in: language) } ?? "",
                           retention.map { RetentionWords.end($0, in: language) } ?? "",
                           retention.map { RetentionWords.summary($0, in: language) } ?? wording[.notStated],
                           retention?.note ?? ""]
                output += CSVExport.record(row, delimiter: delimiter)
            }
            for (treatment, entry) in failed {
                let undetermined = builder.undetermined(entry)
                let row = [builder.reference(treatment), builder.name(treatment), treatment.id, undetermined, "", "",
                           TextHygiene.visible(entry.text), undetermined, "", "", undetermined, entry.problems.map(\.message).joined(separator: " ; ")]
                output += CSVExport.record(row, delimiter: delimiter)
            }
            return output
        case .json:
            let export = JSONExport(register: register, treatments: register.treatments, options: options)
            return JSONExport.encode(.object([
                "format_version": .number(JSONExport.formatVersion),
                "document": .object([
                    "title": .string(wording[.scheduleTitle]), "language": .string(language.rawValue),
                    "edition_date": .string(options.date.description), "register_version": .string(options.version),
                    "draft": .bool(options.draft),
                ]),
                "entries": .array(entries.map { treatment, code, label, details, retention, sensitive in
                    .object(["treatment_id": .string(treatment.id), "treatment_reference": .string(treatment.reference),
                             "treatment_name": .string(treatment.name), "category": .string(code), "category_label": .string(label),
                             "sensitive": .bool(sensitive), "details": details.map(JSONValue.string) ?? .null,
                             "retention": export.retention(retention)])
                }),
                "invalid_entries": .array(failed.map { treatment, entry in
                    .object(["treatment_id": .string(treatment.id), "entry": export.invalidEntries([entry])])
                }),
            ]))
        default:
            let model = ScheduleModel(labels: wording, organisationName: builder.organisationName,
                                      editionDate: DateWords.format(options.date, in: language), registerVersion: options.version,
                                      isDraft: options.draft, retentionRows: register.treatments.flatMap(builder.retentionRows))
            return try renderTemplate(model, root: Self.scheduleRoot)
        }
    }

    /// A category of data subjects by its code; a near miss gets a did-you-mean.
    static func category(named name: String) throws(RenderError) -> DataSubjectCategory {
        if let category = DataSubjectCategory(rawValue: name) { return category }
        let known = DataSubjectCategory.allCases.map(\.rawValue)
        throw .unknownCategory(name: name, suggestion: Suggestion.closest(to: name, in: known), known: known)
    }

    /// The treatments that concern `category`, and those whose categories of persons did not all
    /// load (they may concern it: a draft shows them with their errors rather than leave them out).
    static func treatments(of treatments: [Treatment], concerning category: DataSubjectCategory) throws(RenderError) -> [Treatment] {
        let concerned = treatments.filter {
            $0.dataSubjects.contains { $0.category == category } || $0.invalidEntries.affect("data_subjects")
        }
        guard !concerned.isEmpty else { throw .categoryInNoTreatment(category: category.rawValue) }
        return concerned
    }

    private static func dropping(_ keys: Set<String>, from value: JSONValue?) -> JSONValue {
        guard case .array(let items)? = value else { return value ?? .null }
        return .array(items.map { item in
            guard case .object(let fields) = item else { return item }
            return .object(fields.filter { !keys.contains($0.key) })
        })
    }
}
