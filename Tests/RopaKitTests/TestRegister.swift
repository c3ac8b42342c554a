import Foundation
@testable import RopaKit

/// A small register written to a temporary directory, for tests that need files on disk.
struct TestRegister {
    let directory: String

    static let organisation = """
    organisation:
      name: Exemple SAS
      email: dpo@example.fr
      address: { street: 1 rue de la Paix, postal_code: "75002", city: Paris, country: FR }
    data_protection_contact:
      role: referent
      name: Camille Martin
      email: dpo@example.fr
    services:
      - id: marketing
        name: Service marketing
    """

    static let processors = """
    processors:
      - id: emailing
        name: Routeur SA
        service: Envoi des courriels
        country: FR
        contract: { reference: DPA-2024-01, signed: 2024-01-10 }
    """

    static func treatment(id: String = "prospection", reference: String = "T-01", retention: String = "3 years",
                          updated: String = "2026-01-10", extraRecipient: String = "") -> String {
        """
        id: \(id)
        name: Prospection commerciale
        reference: \(reference)
        created: 2018-05-25
        updated: \(updated)
        purposes:
          - name: Envoi de courriels de prospection
            legal_basis: consent
            consent: { collection: case à cocher, withdrawal: lien de désinscription }
        data_subjects:
          - category: prospects
        data:
          - category: identification
            details: nom, prénom, adresse électronique
            retention: { duration: \(retention), from: last_contact }
        sources:
          - kind: direct
        recipients:
          - service: marketing
          - processor: emailing\(extraRecipient)
        transfers: none
        security:
          - measure: access_control
            details: habilitations par profil
        """
    }

    /// Writes the organisation, processors and the given treatments (id → YAML).
    init(treatments: [String: String] = ["prospection": TestRegister.treatment()],
         organisation: String = TestRegister.organisation, processors: String? = TestRegister.processors) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-test-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory + "/treatments", withIntermediateDirectories: true)
        try organisation.write(toFile: directory + "/organisation.yaml", atomically: true, encoding: .utf8)
        if let processors {
            try processors.write(toFile: directory + "/processors.yaml", atomically: true, encoding: .utf8)
        }
        for (id, yaml) in treatments {
            try yaml.write(toFile: directory + "/treatments/\(id).yaml", atomically: true, encoding: .utf8)
        }
    }

    func load() -> LoadedRegister { RegisterLoader().load(directory: directory) }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}
