// The words the generator draws from: realistic treatments of a French B2C company, its services
// and processors. Every closed vocabulary of the format is covered.

extension RegisterGenerator {
    struct Purpose: Sendable {
        var name: String
        var basis: String
    }

    struct Template: Sendable {
        var slug: String
        var name: String
        var description: String
        var purposes: [Purpose]
        var subjects: [String]
        var data: [String]
        var sensitive: String?
    }

    struct Service: Sendable {
        var id: String
        var name: String
        var description: String
    }

    struct ProcessorModel: Sendable {
        var slug: String
        var name: String
        var service: String
        var country: String
        var safeguard: String
        var subProcessors: [String]
    }

    struct SecurityMeasure: Sendable {
        var kind: String
        var details: String
    }

    struct TransferModel: Sendable {
        var recipient: String
        var country: String
        var safeguard: String
        var derogation: String?
    }

    static let templates: [Template] = [
        Template(slug: "clients", name: "Gestion de la clientèle",
                 description: "Suivi des commandes, de la facturation et de la relation avec les clients.",
                 purposes: [Purpose(name: "Exécution des commandes et livraison", basis: "contract"),
                            Purpose(name: "Tenue de la comptabilité", basis: "legal_obligation")],
                 subjects: ["clients"], data: ["identification", "economic_financial"]),
        Template(slug: "prospection", name: "Prospection commerciale",
                 description: "Envoi d'offres par courrier électronique, SMS et courrier postal.",
                 purposes: [Purpose(name: "Prospection par courrier électronique", basis: "consent"),
                            Purpose(name: "Prospection postale", basis: "legitimate_interests")],
                 subjects: ["prospects", "clients"], data: ["identification", "internet"]),
        Template(slug: "paie", name: "Gestion de la paie",
                 description: "Calcul et versement des salaires, déclarations sociales.",
                 purposes: [Purpose(name: "Paie et déclarations sociales", basis: "legal_obligation")],
                 subjects: ["employees"], data: ["identification", "nir", "economic_financial", "professional_life"]),
        Template(slug: "recrutement", name: "Recrutement",
                 description: "Réception et examen des candidatures, entretiens.",
                 purposes: [Purpose(name: "Sélection des candidats", basis: "contract")],
                 subjects: ["candidates"], data: ["identification", "professional_life"]),
        Template(slug: "videosurveillance", name: "Vidéoprotection des locaux",
                 description: "Caméras dans l'entrepôt et à l'accueil, sans enregistrement des postes de travail.",
                 purposes: [Purpose(name: "Sécurité des biens et des personnes", basis: "legitimate_interests")],
                 subjects: ["employees", "other"], data: ["identification", "location"]),
        Template(slug: "fournisseurs", name: "Gestion des fournisseurs",
                 description: "Commandes, contrats et paiements des fournisseurs.",
                 purposes: [Purpose(name: "Gestion des achats", basis: "contract")],
                 subjects: ["suppliers", "service_providers"], data: ["identification", "economic_financial"]),
        Template(slug: "cookies", name: "Cookies et mesure d'audience",
                 description: "Dépôt de traceurs sur le site web, mesure d'audience et publicité ciblée.",
                 purposes: [Purpose(name: "Mesure d'audience", basis: "consent"),
                            Purpose(name: "Publicité personnalisée", basis: "consent")],
                 subjects: ["users"], data: ["connection", "internet"]),
        Template(slug: "fidelite", name: "Programme de fidélité",
                 description: "Cumul de points et avantages réservés aux membres.",
                 purposes: [Purpose(name: "Gestion du programme de fidélité", basis: "contract")],
                 subjects: ["clients"], data: ["identification", "personal_life"]),
        Template(slug: "sav", name: "Service après-vente",
                 description: "Traitement des réclamations, retours et garanties.",
                 purposes: [Purpose(name: "Gestion des réclamations", basis: "contract")],
                 subjects: ["clients"], data: ["identification", "other"]),
        Template(slug: "contentieux", name: "Gestion des contentieux",
                 description: "Précontentieux et contentieux avec les clients et fournisseurs.",
                 purposes: [Purpose(name: "Défense des droits de l'entreprise", basis: "legitimate_interests")],
                 subjects: ["clients", "suppliers"], data: ["identification", "economic_financial"], sensitive: "criminal"),
        Template(slug: "medecine-travail", name: "Suivi de la santé au travail",
                 description: "Organisation des visites médicales et des aménagements de poste.",
                 purposes: [Purpose(name: "Suivi médical des salariés", basis: "legal_obligation")],
                 subjects: ["employees"], data: ["identification", "professional_life"], sensitive: "health"),
        Template(slug: "acces-biometrique", name: "Contrôle d'accès biométrique",
                 description: "Accès à la salle des serveurs par empreinte digitale, gabarit stocké sur badge.",
                 purposes: [Purpose(name: "Contrôle d'accès aux zones sensibles", basis: "legal_obligation")],
                 subjects: ["employees"], data: ["identification", "connection"], sensitive: "biometric"),
        Template(slug: "newsletter", name: "Lettre d'information",
                 description: "Envoi mensuel d'actualités aux abonnés.",
                 purposes: [Purpose(name: "Envoi de la lettre d'information", basis: "consent")],
                 subjects: ["users", "prospects"], data: ["identification"]),
        Template(slug: "impayes", name: "Gestion des impayés",
                 description: "Relances et recouvrement des factures impayées.",
                 purposes: [Purpose(name: "Recouvrement des créances", basis: "legitimate_interests")],
                 subjects: ["clients"], data: ["identification", "economic_financial"]),
        Template(slug: "formation", name: "Formation des salariés",
                 description: "Plan de formation, inscriptions et attestations.",
                 purposes: [Purpose(name: "Gestion de la formation professionnelle", basis: "legal_obligation")],
                 subjects: ["employees"], data: ["identification", "professional_life"]),
        Template(slug: "satisfaction", name: "Enquêtes de satisfaction",
                 description: "Questionnaires après achat, statistiques anonymisées.",
                 purposes: [Purpose(name: "Amélioration des produits", basis: "legitimate_interests")],
                 subjects: ["clients"], data: ["identification", "personal_life"]),
        Template(slug: "geolocalisation", name: "Géolocalisation des véhicules de livraison",
                 description: "Suivi des tournées pour l'optimisation des livraisons, hors temps de pause.",
                 purposes: [Purpose(name: "Optimisation des tournées", basis: "legitimate_interests")],
                 subjects: ["employees"], data: ["identification", "location"]),
        Template(slug: "droits", name: "Gestion des demandes d'exercice des droits",
                 description: "Réception et suivi des demandes d'accès, de rectification et d'effacement.",
                 purposes: [Purpose(name: "Réponse aux demandes des personnes", basis: "legal_obligation")],
                 subjects: ["clients", "prospects", "employees"], data: ["identification"]),
        Template(slug: "messagerie", name: "Messagerie professionnelle",
                 description: "Comptes de messagerie et agendas partagés des salariés.",
                 purposes: [Purpose(name: "Communication interne et externe", basis: "legitimate_interests")],
                 subjects: ["employees", "internal_services"], data: ["identification", "connection"]),
        Template(slug: "sante-mutuelle", name: "Prévoyance et mutuelle",
                 description: "Affiliation des salariés au contrat collectif de prévoyance.",
                 purposes: [Purpose(name: "Affiliation et gestion des garanties", basis: "legal_obligation"),
                            Purpose(name: "Mission confiée par la convention collective", basis: "public_task"),
                            Purpose(name: "Prise en charge en urgence", basis: "vital_interests")],
                 subjects: ["employees"], data: ["identification", "nir"], sensitive: "health"),
    ]

    static let services: [Service] = [
        Service(id: "direction", name: "Direction générale", description: "Le président et son assistante."),
        Service(id: "marketing", name: "Service marketing", description: "Campagnes, fidélité et site web."),
        Service(id: "commercial", name: "Service commercial", description: "Vendeurs et responsables de secteur."),
        Service(id: "comptabilite", name: "Comptabilité", description: "Facturation, recouvrement, paie."),
        Service(id: "rh", name: "Ressources humaines", description: "Recrutement, formation, dossiers du personnel."),
        Service(id: "informatique", name: "Service informatique", description: "Administrateurs des systèmes, habilités."),
        Service(id: "service-client", name: "Service client", description: "Conseillers du service après-vente."),
        Service(id: "logistique", name: "Logistique", description: "Entrepôt et livraisons."),
        Service(id: "juridique", name: "Service juridique", description: "Contrats et contentieux."),
        Service(id: "qualite", name: "Qualité", description: "Enquêtes et audits internes."),
    ]

    static let processorModels: [ProcessorModel] = [
        ProcessorModel(slug: "hebergeur", name: "Hébergement Nord SAS", service: "Hébergement des serveurs et sauvegardes",
                       country: "FR", safeguard: "adequacy", subProcessors: ["Datacentre Lille SAS"]),
        ProcessorModel(slug: "routeur", name: "Routeur Mail SA", service: "Envoi des courriels et SMS", country: "FR",
                       safeguard: "adequacy", subProcessors: []),
        ProcessorModel(slug: "cloudcorp", name: "CloudCorp Inc.", service: "Suite bureautique en ligne", country: "US",
                       safeguard: "data_privacy_framework", subProcessors: ["CloudCorp Ireland Ltd", "Support Follow-the-Sun"]),
        ProcessorModel(slug: "paiement", name: "Paiements Sécurisés SAS", service: "Encaissement par carte bancaire",
                       country: "FR", safeguard: "adequacy", subProcessors: []),
        ProcessorModel(slug: "audience", name: "Audience Analytics Ltd", service: "Mesure d'audience du site",
                       country: "GB", safeguard: "adequacy", subProcessors: []),
        ProcessorModel(slug: "support", name: "Support Desk Pvt Ltd", service: "Centre d'appels du service client",
                       country: "IN", safeguard: "standard_contractual_clauses", subProcessors: []),
        ProcessorModel(slug: "transport", name: "Logistique Express SARL", service: "Livraison des colis", country: "DE",
                       safeguard: "adequacy", subProcessors: []),
        ProcessorModel(slug: "signature", name: "Signature Électronique SAS", service: "Signature des contrats en ligne",
                       country: "FR", safeguard: "adequacy", subProcessors: []),
        ProcessorModel(slug: "paie-externe", name: "Paie Services SARL", service: "Établissement des bulletins de paie",
                       country: "FR", safeguard: "adequacy", subProcessors: []),
        ProcessorModel(slug: "archives", name: "Archives Alpines SA", service: "Archivage intermédiaire sécurisé",
                       country: "CH", safeguard: "adequacy", subProcessors: []),
        ProcessorModel(slug: "groupe", name: "Julien Group Holdings Inc.", service: "Reporting consolidé du groupe",
                       country: "CA", safeguard: "binding_corporate_rules", subProcessors: []),
    ]

    static let transferModels: [TransferModel] = [
        TransferModel(recipient: "Cabinet d'avocats de New York", country: "US", safeguard: "derogation", derogation: "legal_claims"),
        TransferModel(recipient: "Filiale de Tokyo", country: "JP", safeguard: "adequacy", derogation: nil),
        TransferModel(recipient: "Prestataire de traduction", country: "MA", safeguard: "standard_contractual_clauses", derogation: nil),
        TransferModel(recipient: "Organisme de certification", country: "SG", safeguard: "certification", derogation: nil),
        TransferModel(recipient: "Fédération professionnelle", country: "BR", safeguard: "code_of_conduct", derogation: nil),
        TransferModel(recipient: "Université partenaire", country: "AU", safeguard: "ad_hoc_clauses", derogation: nil),
        TransferModel(recipient: "Consulat", country: "TN", safeguard: "administrative_arrangement", derogation: nil),
        TransferModel(recipient: "Agence publique", country: "KR", safeguard: "public_authority_instrument", derogation: nil),
        TransferModel(recipient: "Hôtel du séminaire", country: "US", safeguard: "derogation", derogation: "contract_with_subject"),
    ]

    static let eea: Set<String> = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
                                   "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"]

    static let dataCategories = ["identification", "personal_life", "professional_life", "economic_financial", "connection",
                                 "location", "internet", "other"]

    static let dataDetails: [String: String] = [
        "identification": "nom, prénom, adresse postale, adresse électronique, téléphone",
        "personal_life": "habitudes de consommation, centres d'intérêt déclarés",
        "professional_life": "poste, ancienneté, diplômes, évaluations annuelles",
        "economic_financial": "RIB, historique des paiements, moyens de paiement (4 derniers chiffres)",
        "connection": "adresse IP, journaux de connexion, identifiants techniques",
        "location": "positions GPS horodatées pendant les tournées",
        "internet": "cookies, identifiants publicitaires, pages vues",
        "nir": "numéro d'inscription au répertoire (NIR)",
        "other": "pièces justificatives fournies par la personne",
    ]

    static let sensitiveCategories = ["racial_or_ethnic_origin", "political_opinions", "religious_or_philosophical_beliefs",
                                      "trade_union_membership", "genetic", "biometric", "health", "sex_life_or_orientation",
                                      "criminal"]

    static let article9Conditions = ["explicit_consent", "employment_social_security", "vital_interests", "non_profit_body",
                                     "made_public", "legal_claims", "substantial_public_interest", "health_or_social_care",
                                     "public_health", "archiving_research_statistics"]

    static let indirectSources = ["data_broker", "partner", "public_source", "third_party", "other"]

    static let securityMeasures: [SecurityMeasure] = [
        SecurityMeasure(kind: "access_control", details: "habilitations par profil, revue semestrielle des droits"),
        SecurityMeasure(kind: "traceability", details: "journalisation des accès conservée 6 mois"),
        SecurityMeasure(kind: "backup", details: "sauvegarde chiffrée quotidienne sur un second site"),
        SecurityMeasure(kind: "encryption", details: "TLS 1.3 en transit, AES-256 au repos"),
        SecurityMeasure(kind: "software_protection", details: "antivirus, mises à jour de sécurité sous 7 jours"),
        SecurityMeasure(kind: "processor_control", details: "audit annuel du sous-traitant, clauses art. 28"),
        SecurityMeasure(kind: "other", details: "sensibilisation annuelle des salariés au RGPD"),
    ]

    static let software = ["Sage 100", "Odoo 17", "Salesforce", "Suite bureautique en ligne", "Logiciel maison « Atlas »",
                           "HubSpot", "Silae", "Kizeo Forms"]

    static let sites = ["Manosque", "Marseille", "Lyon", "Grenoble", "Nice", "Toulon", "Avignon", "Gap"]

    static let departments = ["commercial", "rh", "finance", "logistique", "informatique", "juridique"]
}
