/// What a PDF of a document carries beside the printed pages: its bookmarks, which are also the
/// contents entries whose page numbers ropa fills in, and its metadata.
extension DocumentRenderer {
    /// The register's bookmarks, as its contents lists them: the list of treatments, each
    /// fiche, each processor fiche, each annex. Empty for the other documents (the notice's
    /// bookmarks come from its headings). The treatments are those `render` printed: an unknown
    /// id has already been refused there.
    public func pdfOutline(of register: Register) -> [PDFOutlineEntry] {
        guard options.document == .register else { return [] }
        let shown = options.publicVersion ? register.publicVersion() : register
        let treatments = (try? selectTreatments(of: shown)) ?? shown.treatments
        let model = DocumentModel(register: shown, treatments: treatments, language: options.language,
                                  date: options.date, version: options.version, draft: options.draft, isPublic: options.publicVersion)
        let w = model.labels
        var outline = [PDFOutlineEntry(title: w[.listTitle], anchor: "liste-des-traitements")]
        if !model.fiches.isEmpty {
            outline.append(PDFOutlineEntry(title: w[.fichesTitle], anchor: "fiches",
                                           children: model.fiches.map { PDFOutlineEntry(title: "\($0.reference) \($0.name)", anchor: $0.anchor) }))
        }
        if !model.processorFiches.isEmpty {
            outline.append(PDFOutlineEntry(title: w[.processorPartTitle], anchor: "sous-traitance",
                                           children: model.processorFiches.map { PDFOutlineEntry(title: "\($0.reference) \($0.name)", anchor: $0.anchor) }))
        }
        outline.append(PDFOutlineEntry(title: w[.annexesTitle], anchor: "annexes", children: [
            PDFOutlineEntry(title: w[.annexRetention], anchor: "annexe-conservation"),
            PDFOutlineEntry(title: w[.annexProcessors], anchor: "annexe-sous-traitants"),
            PDFOutlineEntry(title: w[.annexTransfers], anchor: "annexe-transferts"),
        ]))
        return outline
    }

    /// Title, author (the organisation), subject, language and date of the document.
    public func pdfMetadata(of register: Register) -> PDFMetadata {
        let w = Wording(options.language)
        let notice = options.document == .notice
        let title = notice ? w[.noticeTitle] : w[.documentTitle]
        let organisation = ModelBuilder(register: register, wording: w).organisationName
        return PDFMetadata(title: "\(title) — \(organisation)", author: organisation, subject: notice ? w[.noticeLegalReference] : w[.legalReference],
                           language: options.language.rawValue, date: options.date)
    }
}
