/// What a PDF of a document carries beside the printed pages: its bookmarks, which are also the
/// contents entries whose page numbers ropa fills in, and its metadata.
extension DocumentRenderer {
    /// The register's bookmarks, as its contents lists them: the list of treatments, each
    /// fiche, each processor fiche, each annex. Empty for the other documents (the notice's
    /// bookmarks come from its headings). The treatments are those `render` printed, chosen the
    /// same way (an unknown id is refused, never replaced by every treatment).
    public func pdfOutline(of register: Register) throws(RenderError) -> [PDFOutlineEntry] {
        guard options.document == .register else { return [] }
        let shown = options.publicVersion ? register.publicVersion() : register
        let treatments = try selectTreatments(of: shown)
        let builder = ModelBuilder(register: shown, wording: Wording(options.language))
        let w = builder.wording
        func bookmarks(_ treatments: [Treatment]) -> [PDFOutlineEntry] {
            treatments.map { PDFOutlineEntry(title: "\(builder.reference($0)) \(builder.name($0))", anchor: builder.anchor($0)) }
        }
        let controllerSide = treatments.filter { $0.role != .processor }, processorSide = treatments.filter { $0.role == .processor }
        var outline = [PDFOutlineEntry(title: w[.listTitle], anchor: "liste-des-traitements")]
        if !controllerSide.isEmpty {
            outline.append(PDFOutlineEntry(title: w[.fichesTitle], anchor: "fiches", children: bookmarks(controllerSide)))
        }
        if !processorSide.isEmpty {
            outline.append(PDFOutlineEntry(title: w[.processorPartTitle], anchor: "sous-traitance", children: bookmarks(processorSide)))
        }
        outline.append(PDFOutlineEntry(title: w[.annexesTitle], anchor: "annexes", children: [
            PDFOutlineEntry(title: w[.annexRetention], anchor: "annexe-conservation"),
            PDFOutlineEntry(title: w[.annexProcessors], anchor: "annexe-sous-traitants"),
            PDFOutlineEntry(title: w[.annexTransfers], anchor: "annexe-transferts"),
            PDFOutlineEntry(title: w[.annexServices], anchor: "annexe-services"),
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
