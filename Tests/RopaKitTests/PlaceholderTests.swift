// The one list of placeholder markers: what it recognises, what it must not, and what the loader
// does with a value that holds one.
import Testing
@testable import RopaKit

@Test("Values that are, or hold, a placeholder", arguments: [
    ("à compléter", "à compléter"), ("À COMPLÉTER", "à compléter"), ("Hébergeur (à désigner)", "à désigner"),
    ("Note à rédiger — à compléter.", "à compléter"), ("nature à préciser", "à préciser"), ("partenaires à nommer", "à nommer"),
    ("à vérifier sur le site", "à vérifier"), ("To be completed", "to be completed"),
    ("Sélectionnez un élément dans cette liste déroulante ►", "sélectionnez un élément dans cette liste déroulante"),
    ("TODO", "TODO"), ("Contrat TODO", "TODO"), ("Durée: TODO.", "TODO"), ("(TODO)", "TODO"), ("référence TBD", "TBD"),
    ("date tbd", "TBD"), ("Le contrat n° XXX", "XXX"), ("xxx", "XXX"), ("SIREN XXX-XXX", "XXX"), ("«XXX»", "XXX"),
])
func placeholdersAreRecognised(text: String, marker: String) {
    #expect(Placeholder.marker(in: text) == marker, "\(text)")
}

/// Whole words only, and `todo` is a word of other languages.
@Test("Values that only look like one", arguments: [
    "Todos los clientes", "todo el personal", "Méthode TODOLIST", "XXXL", "taille XXXLarge", "XXX2", "2XXX", "tbdx", "ATBD",
    "Louis_XXX", "complété", "à compter de la collecte", "désigné par le conseil", "précisé dans le contrat", "vérifié", "",
    "Formulaire de contact", "1 an à compter du dernier contact",
])
func lookAlikesAreNotPlaceholders(text: String) {
    #expect(Placeholder.marker(in: text) == nil, "\(text)")
}

@Test func theScaffoldMarkIsAWordAtTheStart() {
    #expect(Placeholder.startsWithScaffold("TODO"))
    #expect(Placeholder.startsWithScaffold("TODO  # employees"))
    #expect(Placeholder.startsWithScaffold("TODO: the contract"))
    #expect(!Placeholder.startsWithScaffold("TODOLIST"))
    #expect(!Placeholder.startsWithScaffold("Contrat TODO"))
}

/// A text keeps its value and gets a warning at its place; a date, an id, a country, a duration or
/// a vocabulary value that is a placeholder is not one: an error that says so.
@Test func theLoaderReportsPlaceholdersAtTheirPlace() throws {
    let (contract, diagnostics) = try readRecord("reference: Contrat XXX\nsigned: à compléter\nlink: TBD\n",
                                                 as: RegisterSchema.contract) { reader, record in
        (reader.text(record, "reference"), reader.date(record, "signed"), reader.text(record, "link"))
    }
    #expect(contract?.0 == "Contrat XXX" && contract?.1 == nil && contract?.2 == "TBD")
    #expect(diagnostics.map(\.summary) == ["1:12 incomplete-value", "2:9 placeholder", "3:7 incomplete-value"])
    #expect(diagnostics[1].message == "'signed' is a placeholder ('à compléter'), not a date")
    #expect(diagnostics[1].severity == .error)
    #expect(diagnostics[0].message == "'reference' says it is still to be completed ('XXX')")

    let (country, countryDiagnostics) = try readRecord("id: x\nname: X\nservice: S\ncountry: à préciser\n",
                                                       as: RegisterSchema.processor) { reader, record in reader.country(record, "country") }
    #expect(country == nil)
    #expect(countryDiagnostics.map(\.message) == ["'country' is a placeholder ('à préciser'), not a country code"])
}
