import Foundation

/// Every fixed word a register document prints, in French and English. Templates reach them as
/// `{{labels.<case>}}`; Swift code as `wording[.case]`. A label that a template names but that is
/// not a case here would print as nothing, so a test checks every template against this list.
///
/// The CNIL model register's labels are kept verbatim (sheet 2 "Liste des traitements" and
/// sheet 3 "Modèle de fiche de registre" of the July 2019 workbook).
public enum Word: String, CaseIterable, Sendable {
    // Cover page and contact blocks (sheet 2 header).
    case documentTitle, legalReference, editionDate, version, versionNote, treatmentCount, draftNotice, draftExplanation
    case contents, contactsTitle, controllerHeading, controllerHeadingNote, representativeHeading, noRepresentative
    case dpoHeading, referentHeading, noDataProtectionContact
    case organisationName, head, name, company, dpoCompany, address, postalCode, city, country, phone, email
    case registration, website, role, generatedBy
    // List of processing activities (sheet 2).
    case listTitle, listIdentification, listName, listReference, listCreated, listUpdated, listPurpose
    case listSensitive, listSensitiveChoice, yes, no, noTreatment
    // One fiche (sheet 3), in the CNIL's order.
    case fichesTitle, fichesNote, ficheKicker
    case sectionDescription, descCreated, descUpdated, descRole, descSoftware, description, descDepartment, descCategory, descRights
    case sectionActors, actor, actorController, actorDPO, actorReferent, actorDPOCompany, actorRepresentative, actorJoint
    case jointArrangement
    case sectionPurposes, mainPurpose, subPurpose, purpose, legalBasis, details
    case legitimateInterest, balancingTest, consentCollection, consentWithdrawal, legalText
    case prospectionChannels, prospectionAudience, softOptIn, bloctel
    case sectionData, category, retention, nirNotCollected, nirAuthorisedBy
    case sectionSensitive, sensitiveCondition, legalAuthority, noSensitiveData
    case sectionSubjects, sectionRecipients, recipientType, recipient, noRecipient, recipientsAnnex
    case sectionSecurity, securityType, noSecurity
    case sectionTransfers, transferSafeguard, transferDocumentation, noTransfer
    // What the CNIL fiche lacks but Art. 30 or a careful auditor wants.
    case complementsTitle, complementsNote
    case sectionSources, source, sectionProcessors, processor, processorService, contract, noContract, signedOn, noProcessor
    case sectionDPIA, dpiaStatus, dpiaCriteria, dpiaCNILList, dpiaReference, dpiaDate, dpiaJustification, noCriterion, notStated
    case sectionAutomated, profiling, automatedDecision, legalEffect, safeguards
    case sectionWaivers, waiverRule, waiverReason, sectionNotes
    // Processor-side register (Art. 30(2)).
    case processorPartTitle, processorPartNote, processorListTitle, processorFicheKicker
    case actorProcessor, actorClient, sectionProcessingCategories, processingCategory, sectionSubProcessors, subProcessors
    case noClient, noSubProcessor
    // Annexes.
    case annexesTitle, annexRetention, annexRetentionNote, treatment, duration, event, endAction
    case annexProcessors, annexProcessorsNote, processorCountry, contractReference, contractDate, dpfCertified, usedBy
    case annexTransfers, annexTransfersNote, noTransferInRegister
    // Information notice (GDPR Arts. 13–14), public register, access-request extract.
    case noticeTitle, noticeLegalReference, noticeAudience, noticeWhoTitle, noticeTreatmentsTitle, noticeTreatmentsNote
    case noticePurposes, noticeData, noticeSources, noticeRecipients, noticeTransfers, noticeTransfersCopy
    case noticeAutomated, noticeNoAutomated, noticeRightsTitle, noticeRightsIntro, noticeExerciseTitle, noticeComplaintTitle
    case noticeComplaintText, noticeOtherTitle, noticeMandatoryTitle
    case rightAccess, rightRectification, rightErasure, rightRestriction, rightPortability, rightObjection
    case rightWithdrawal, rightPostMortem
    case publicVersion, publicExplanation, publicWithheld
    case subjectTitle, subjectIntro, scheduleTitle, scheduleNote, sensitiveMark
    // What could not be loaded (drafts only: a document with errors is refused unless --draft).
    case nothing, internalContact
    case invalidEntry, invalidEntries, invalidFile, invalidSourceLabel, undetermined, unnamedTreatment, otherInvalid
    case dash, page, colon

    public var text: LocalizedText {
        switch self {
        case .documentTitle: .init(fr: "Registre des activités de traitement", en: "Record of processing activities")
        case .legalReference: .init(fr: "Article 30 du règlement (UE) 2016/679 (RGPD)", en: "Article 30 of Regulation (EU) 2016/679 (GDPR)")
        case .editionDate: .init(fr: "Date d'édition", en: "Edition date")
        case .version: .init(fr: "Version", en: "Version")
        case .versionNote: .init(fr: "empreinte du contenu des fichiers du registre", en: "fingerprint of the register files' content")
        case .treatmentCount: .init(fr: "Traitements", en: "Processing activities")
        case .draftNotice: .init(fr: "Document incomplet — version de travail", en: "Draft — incomplete document")
        case .draftExplanation: .init(
            fr: "Ce document est une version de travail, produite à partir d'un registre qui peut ne pas avoir passé la validation : il peut être incomplet ou inexact et ne doit pas être remis en l'état.",
            en: "This document is a working draft, produced from a register that may not have passed validation: it may be incomplete or inaccurate and must not be handed over as it is.")
        case .contents: .init(fr: "Sommaire", en: "Contents")
        case .contactsTitle: .init(fr: "Coordonnées", en: "Contact details")
        case .controllerHeading: .init(fr: "Coordonnées du responsable de l'organisme", en: "Contact details of the controller")
        case .controllerHeadingNote: .init(
            fr: "(responsable de traitement ou son représentant si le responsable est situé en dehors de l'UE)",
            en: "(the controller, or its representative if the controller is established outside the EU)")
        case .representativeHeading: .init(fr: "Coordonnées du représentant", en: "Contact details of the representative")
        case .noRepresentative: .init(
            fr: "Aucun représentant n'est désigné : seul un responsable établi hors de l'Union européenne doit en désigner un (article 27 du RGPD).",
            en: "No representative is designated: only a controller established outside the European Union must designate one (GDPR Article 27).")
        case .dpoHeading: .init(fr: "Coordonnées du délégué à la protection des données (DPO)", en: "Contact details of the data protection officer (DPO)")
        case .referentHeading: .init(fr: "Coordonnées du référent à la protection des données", en: "Contact details of the data protection referent")
        case .noDataProtectionContact: .init(fr: "Aucun délégué à la protection des données ni référent n'est désigné.",
                                             en: "No data protection officer or referent is designated.")
        case .organisationName: .init(fr: "Organisme", en: "Organisation")
        case .head: .init(fr: "Responsable de l'organisme", en: "Head of the organisation")
        case .name: .init(fr: "Nom", en: "Name")
        case .company: .init(fr: "Société", en: "Company")
        case .dpoCompany: .init(fr: "Société (si DPO externe)", en: "Company (if the DPO is external)")
        case .address: .init(fr: "Adresse", en: "Address")
        case .postalCode: .init(fr: "Code postal", en: "Postal code")
        case .city: .init(fr: "Ville", en: "City")
        case .country: .init(fr: "Pays", en: "Country")
        case .phone: .init(fr: "Téléphone", en: "Phone")
        case .email: .init(fr: "Adresse mél", en: "E-mail")
        case .registration: .init(fr: "Immatriculation", en: "Registration number")
        case .website: .init(fr: "Site web", en: "Website")
        case .role: .init(fr: "Qualité", en: "Role")
        case .generatedBy: .init(fr: "Document produit par ropa à partir du registre tenu au format YAML.",
                                 en: "Document produced by ropa from the register kept as YAML.")

        case .listTitle: .init(fr: "Liste des traitements", en: "List of processing activities")
        case .listIdentification: .init(fr: "Identification du traitement", en: "Identification of the processing")
        case .listName: .init(fr: "Nom du traitement", en: "Name of the processing")
        case .listReference: .init(fr: "N° / RÉF", en: "No. / Ref.")
        case .listCreated: .init(fr: "Date de création de la fiche", en: "Record created on")
        case .listUpdated: .init(fr: "Dernière mise à jour de la fiche", en: "Record last updated on")
        case .listPurpose: .init(fr: "Finalité du traitement", en: "Purpose of the processing")
        case .listSensitive: .init(fr: "Données sensibles ?", en: "Sensitive data?")
        case .listSensitiveChoice: .init(fr: "Oui/non", en: "Yes/no")
        case .yes: .init(fr: "Oui", en: "Yes")
        case .no: .init(fr: "Non", en: "No")
        case .noTreatment: .init(fr: "Aucun traitement.", en: "No processing activity.")

        case .fichesTitle: .init(fr: "Fiches de registre", en: "Records of processing activities")
        case .fichesNote: .init(fr: "Traitements mis en œuvre en qualité de responsable du traitement ou de responsable conjoint (article 30.1 du RGPD).",
                                en: "Processing carried out as controller or joint controller (GDPR Article 30(1)).")
        case .ficheKicker: .init(fr: "Fiche de registre", en: "Record of processing activity")
        case .sectionDescription: .init(fr: "Description du traitement", en: "Description of the processing")
        case .descCreated: .init(fr: "Date de création du traitement", en: "Created on")
        case .descUpdated: .init(fr: "Mise à jour du traitement", en: "Last updated on")
        case .descRole: .init(fr: "Qualité de l'organisme", en: "Role of the organisation")
        case .descSoftware: .init(fr: "Logiciel ou application", en: "Software or application")
        case .description: .init(fr: "Description", en: "Description")
        case .sectionActors: .init(fr: "Acteurs", en: "Actors")
        case .actor: .init(fr: "Acteur", en: "Actor")
        case .actorController: .init(fr: "Responsable du traitement", en: "Controller")
        case .actorDPO: .init(fr: "Délégué à la protection des données", en: "Data protection officer")
        case .actorReferent: .init(fr: "Référent à la protection des données", en: "Data protection referent")
        case .actorDPOCompany: .init(fr: "Société du DPO (si celui-ci est externe)", en: "DPO's company (if external)")
        case .actorRepresentative: .init(fr: "Représentant", en: "Representative")
        case .actorJoint: .init(fr: "Responsable(s) conjoint(s)", en: "Joint controller(s)")
        case .jointArrangement: .init(fr: "Accord entre responsables conjoints (article 26)", en: "Arrangement between joint controllers (Article 26)")
        case .sectionPurposes: .init(fr: "Finalité(s) du traitement effectué", en: "Purpose(s) of the processing")
        case .mainPurpose: .init(fr: "Finalité principale", en: "Main purpose")
        case .subPurpose: .init(fr: "Sous-finalité", en: "Sub-purpose")
        case .purpose: .init(fr: "Finalité", en: "Purpose")
        case .legalBasis: .init(fr: "Base légale", en: "Legal basis")
        case .details: .init(fr: "Précisions", en: "Details")
        case .legitimateInterest: .init(fr: "Intérêt légitime poursuivi", en: "Legitimate interest pursued")
        case .balancingTest: .init(fr: "Mise en balance des intérêts", en: "Balancing test")
        case .consentCollection: .init(fr: "Recueil du consentement", en: "How consent is collected")
        case .consentWithdrawal: .init(fr: "Retrait du consentement", en: "How consent is withdrawn")
        case .legalText: .init(fr: "Texte applicable", en: "Legal text")
        case .prospectionChannels: .init(fr: "Canaux de prospection", en: "Prospection channels")
        case .prospectionAudience: .init(fr: "Personnes démarchées", en: "Audience")
        case .softOptIn: .init(fr: "Exception « soft opt-in » (CPCE art. L34-5)", en: "Soft opt-in (French CPCE Art. L34-5)")
        case .bloctel: .init(fr: "Vérification Bloctel", en: "Bloctel check")
        case .sectionData: .init(fr: "Catégories de données personnelles concernées", en: "Categories of personal data")
        case .category: .init(fr: "Catégorie", en: "Category")
        case .retention: .init(fr: "Durée de conservation", en: "Retention period")
        case .nirNotCollected: .init(fr: "Non collecté", en: "Not collected")
        case .nirAuthorisedBy: .init(fr: "Texte autorisant l'utilisation du NIR", en: "Text authorising the use of the NIR")
        case .sectionSensitive: .init(fr: "Données sensibles", en: "Sensitive data")
        case .sensitiveCondition: .init(fr: "Condition de licéité (article 9.2 ou 10)", en: "Lawful condition (Article 9(2) or 10)")
        case .legalAuthority: .init(fr: "Fondement", en: "Legal authority")
        case .noSensitiveData: .init(fr: "Aucune donnée sensible (articles 9 et 10 du RGPD) n'est traitée.",
                                     en: "No sensitive data (GDPR Articles 9 and 10) is processed.")
        case .sectionSubjects: .init(fr: "Catégories de personnes concernées", en: "Categories of data subjects")
        case .sectionRecipients: .init(fr: "Destinataires", en: "Recipients")
        case .recipientType: .init(fr: "Type de destinataire", en: "Type of recipient")
        case .recipient: .init(fr: "Destinataire", en: "Recipient")
        case .noRecipient: .init(fr: "Aucun destinataire.", en: "No recipient.")
        case .descDepartment: .init(fr: "Service en charge", en: "Department in charge")
        case .descCategory: .init(fr: "Catégorie thématique", en: "Thematic category")
        case .descRights: .init(fr: "Exercice des droits pour ce traitement", en: "Exercising one's rights for this processing")
        case .recipientsAnnex: .init(fr: "Liste nominative", en: "Listed by name in")
        case .sectionSecurity: .init(fr: "Mesures de sécurité", en: "Security measures")
        case .securityType: .init(fr: "Type de mesure de sécurité", en: "Type of security measure")
        case .noSecurity: .init(fr: "Aucune mesure de sécurité n'est décrite.", en: "No security measure is described.")
        case .sectionTransfers: .init(fr: "Transferts hors UE", en: "Transfers outside the EU")
        case .transferSafeguard: .init(fr: "Type de garanties", en: "Safeguards")
        case .transferDocumentation: .init(fr: "Liens vers la documentation", en: "Documentation")
        case .noTransfer: .init(fr: "Aucun transfert de données personnelles hors de l'Espace économique européen.",
                                en: "No transfer of personal data outside the European Economic Area.")

        case .complementsTitle: .init(fr: "Informations complémentaires", en: "Additional information")
        case .complementsNote: .init(
            fr: "Éléments que le modèle de fiche de la CNIL ne prévoit pas, mais que l'article 30 du RGPD ou les bonnes pratiques recommandées par la CNIL demandent.",
            en: "Items that the CNIL model record does not provide for, but that GDPR Article 30 or the CNIL's recommended good practice call for.")
        case .sectionSources: .init(fr: "Origine des données", en: "Source of the data")
        case .source: .init(fr: "Origine", en: "Source")
        case .sectionProcessors: .init(fr: "Sous-traitants (article 28)", en: "Processors (Article 28)")
        case .processor: .init(fr: "Sous-traitant", en: "Processor")
        case .processorService: .init(fr: "Prestation", en: "Service")
        case .contract: .init(fr: "Contrat (article 28)", en: "Contract (Article 28)")
        case .noContract: .init(fr: "Aucun contrat renseigné", en: "No contract recorded")
        case .signedOn: .init(fr: "signé le", en: "signed on")
        case .noProcessor: .init(fr: "Aucun sous-traitant.", en: "No processor.")
        case .sectionDPIA: .init(fr: "Analyse d'impact relative à la protection des données (AIPD)", en: "Data protection impact assessment (DPIA)")
        case .dpiaStatus: .init(fr: "Statut", en: "Status")
        case .dpiaCriteria: .init(fr: "Critères du CEPD rencontrés", en: "EDPB criteria met")
        case .dpiaCNILList: .init(fr: "Liste CNIL des traitements soumis à AIPD (délibération n° 2018-327)",
                                  en: "CNIL list of processing requiring a DPIA (deliberation no. 2018-327)")
        case .dpiaReference: .init(fr: "Référence", en: "Reference")
        case .dpiaDate: .init(fr: "Date", en: "Date")
        case .dpiaJustification: .init(fr: "Justification", en: "Justification")
        case .noCriterion: .init(fr: "Aucun", en: "None")
        case .notStated: .init(fr: "Non renseigné", en: "Not stated")
        case .sectionAutomated: .init(fr: "Décision individuelle automatisée et profilage", en: "Automated individual decisions and profiling")
        case .profiling: .init(fr: "Profilage", en: "Profiling")
        case .automatedDecision: .init(fr: "Décision fondée exclusivement sur un traitement automatisé", en: "Decision based solely on automated processing")
        case .legalEffect: .init(fr: "Effet juridique ou similaire (article 22)", en: "Legal or similarly significant effect (Article 22)")
        case .safeguards: .init(fr: "Garanties (article 22.3)", en: "Safeguards (Article 22(3))")
        case .sectionWaivers: .init(fr: "Dérogations aux règles de contrôle", en: "Waivers of compliance checks")
        case .waiverRule: .init(fr: "Règle", en: "Rule")
        case .waiverReason: .init(fr: "Justification", en: "Reason")
        case .sectionNotes: .init(fr: "Observations", en: "Notes")

        case .processorPartTitle: .init(fr: "Registre des activités de traitement effectuées en qualité de sous-traitant",
                                        en: "Record of processing activities carried out as processor")
        case .processorPartNote: .init(
            fr: "Catégories d'activités de traitement effectuées pour le compte de responsables du traitement (article 30.2 du RGPD). La CNIL recommande de tenir ce registre distinct de celui des traitements mis en œuvre en qualité de responsable.",
            en: "Categories of processing activities carried out on behalf of controllers (GDPR Article 30(2)). The CNIL recommends keeping this record apart from the record of processing carried out as controller.")
        case .processorListTitle: .init(fr: "Liste des activités de sous-traitance", en: "List of processing carried out as processor")
        case .processorFicheKicker: .init(fr: "Fiche de registre du sous-traitant", en: "Processor's record")
        case .actorProcessor: .init(fr: "Sous-traitant", en: "Processor")
        case .actorClient: .init(fr: "Responsable du traitement (client)", en: "Controller (client)")
        case .sectionProcessingCategories: .init(fr: "Catégories de traitements effectués pour le compte de chaque responsable du traitement",
                                                 en: "Categories of processing carried out on behalf of each controller")
        case .processingCategory: .init(fr: "Catégorie de traitement", en: "Category of processing")
        case .sectionSubProcessors: .init(fr: "Sous-traitants ultérieurs", en: "Sub-processors")
        case .subProcessors: .init(fr: "Sous-traitants ultérieurs", en: "Sub-processors")
        case .noClient: .init(fr: "Aucun responsable du traitement n'est indiqué.", en: "No controller is named.")
        case .noSubProcessor: .init(fr: "Aucun sous-traitant ultérieur.", en: "No sub-processor.")

        case .annexesTitle: .init(fr: "Annexes", en: "Annexes")
        case .annexRetention: .init(fr: "Annexe 1 — Calendrier de conservation", en: "Annex 1 — Retention schedule")
        case .annexRetentionNote: .init(fr: "Chaque catégorie de données de chaque traitement, avec sa durée de conservation (article 30.1.f du RGPD).",
                                        en: "Every category of data of every processing activity, with its retention period (GDPR Article 30(1)(f)).")
        case .treatment: .init(fr: "Traitement", en: "Processing activity")
        case .duration: .init(fr: "Durée", en: "Duration")
        case .event: .init(fr: "Événement de référence", en: "Reference event")
        case .endAction: .init(fr: "Au terme de la durée", en: "At the end of the period")
        case .annexProcessors: .init(fr: "Annexe 2 — Sous-traitants", en: "Annex 2 — Processors")
        case .annexProcessorsNote: .init(fr: "Les sous-traitants auxquels l'organisme fait appel et leur contrat (article 28 du RGPD).",
                                         en: "The processors the organisation uses and their contract (GDPR Article 28).")
        case .processorCountry: .init(fr: "Pays de traitement", en: "Country of processing")
        case .contractReference: .init(fr: "Référence du contrat", en: "Contract reference")
        case .contractDate: .init(fr: "Date de signature", en: "Signed on")
        case .dpfCertified: .init(fr: "Certifié Data Privacy Framework", en: "Data Privacy Framework certified")
        case .usedBy: .init(fr: "Traitements concernés", en: "Used by")
        case .annexTransfers: .init(fr: "Annexe 3 — Transferts hors de l'EEE", en: "Annex 3 — Transfers outside the EEA")
        case .annexTransfersNote: .init(fr: "Les transferts de données personnelles vers un pays tiers ou une organisation internationale (article 30.1.e du RGPD).",
                                        en: "Transfers of personal data to a third country or an international organisation (GDPR Article 30(1)(e)).")
        case .noTransferInRegister: .init(fr: "Aucun transfert hors de l'Espace économique européen n'est déclaré.",
                                          en: "No transfer outside the European Economic Area is declared.")
        case .noticeTitle: .init(fr: "Information sur le traitement de vos données personnelles", en: "How we process your personal data")
        case .noticeLegalReference: .init(fr: "Articles 13 et 14 du règlement (UE) 2016/679 (RGPD)", en: "Articles 13 and 14 of Regulation (EU) 2016/679 (GDPR)")
        case .noticeAudience: .init(fr: "Personnes concernées par cette notice", en: "People this notice is for")
        case .noticeWhoTitle: .init(fr: "Qui traite vos données", en: "Who processes your data")
        case .noticeTreatmentsTitle: .init(fr: "Pourquoi et comment vos données sont traitées", en: "Why and how your data are processed")
        case .noticeTreatmentsNote: .init(fr: "Pour chaque traitement : ses finalités et leur base légale, les données traitées, leur origine lorsqu'elles ne sont pas collectées auprès de vous, leurs destinataires, les transferts hors de l'Union européenne et la durée de conservation de chaque catégorie de données.",
                                          en: "For each processing: its purposes and their legal basis, the data processed, where they come from when not collected from you, who receives them, transfers outside the European Union and how long they are kept.")
        case .noticePurposes: .init(fr: "Finalités et bases légales", en: "Purposes and legal bases")
        case .noticeData: .init(fr: "Données traitées", en: "Data processed")
        case .noticeSources: .init(fr: "Origine des données non collectées auprès de vous", en: "Where data not collected from you come from")
        case .noticeRecipients: .init(fr: "Destinataires", en: "Recipients")
        case .noticeTransfers: .init(fr: "Transferts hors de l'Espace économique européen", en: "Transfers outside the European Economic Area")
        case .noticeTransfersCopy: .init(fr: "Vous pouvez obtenir une copie de ces garanties en écrivant à l'adresse indiquée ci-dessous pour l'exercice de vos droits.",
                                         en: "You can obtain a copy of these safeguards by writing to the address given below for exercising your rights.")
        case .noticeAutomated: .init(fr: "Décision automatisée et profilage", en: "Automated decisions and profiling")
        case .noticeNoAutomated: .init(fr: "Aucune décision fondée exclusivement sur un traitement automatisé n'est prise à votre égard (article 22 du RGPD).",
                                       en: "No decision based solely on automated processing is taken about you (GDPR Article 22).")
        case .noticeRightsTitle: .init(fr: "Vos droits", en: "Your rights")
        case .noticeRightsIntro: .init(fr: "Vous disposez des droits suivants sur vos données, dans les conditions prévues par le RGPD et la loi Informatique et Libertés.",
                                       en: "You have the following rights over your data, under the conditions set by the GDPR and the French Data Protection Act.")
        case .noticeExerciseTitle: .init(fr: "Comment exercer vos droits", en: "How to exercise your rights")
        case .noticeComplaintTitle: .init(fr: "Réclamation auprès de la CNIL", en: "Complaint to the CNIL")
        case .noticeComplaintText: .init(fr: "Si vous estimez que le traitement de vos données n'est pas conforme à la réglementation, vous avez le droit d'introduire une réclamation auprès de la CNIL (article 77 du RGPD) :",
                                         en: "If you consider that the processing of your data does not comply with the law, you have the right to lodge a complaint with the CNIL (GDPR Article 77):")
        case .noticeOtherTitle: .init(fr: "Autres informations", en: "Other information")
        case .noticeMandatoryTitle: .init(fr: "Caractère obligatoire ou facultatif des réponses", en: "Whether providing data is mandatory")
        case .rightAccess: .init(fr: "Droit d'accès (article 15) : obtenir la confirmation que des données vous concernant sont traitées et en obtenir une copie.",
                                 en: "Right of access (Article 15): to obtain confirmation that data about you are processed, and a copy of them.")
        case .rightRectification: .init(fr: "Droit de rectification (article 16) : faire corriger ou compléter des données inexactes ou incomplètes.",
                                        en: "Right to rectification (Article 16): to have inaccurate or incomplete data corrected or completed.")
        case .rightErasure: .init(fr: "Droit à l'effacement (article 17) : obtenir l'effacement de vos données dans les cas prévus par le RGPD.",
                                  en: "Right to erasure (Article 17): to have your data erased in the cases the GDPR provides for.")
        case .rightRestriction: .init(fr: "Droit à la limitation du traitement (article 18) : obtenir la limitation du traitement dans les cas prévus par le RGPD.",
                                      en: "Right to restriction of processing (Article 18): to have processing restricted in the cases the GDPR provides for.")
        case .rightPortability: .init(fr: "Droit à la portabilité (article 20) : recevoir les données que vous avez fournies, dans un format structuré, couramment utilisé et lisible par machine, lorsque le traitement repose sur votre consentement ou sur un contrat et est automatisé.",
                                      en: "Right to data portability (Article 20): to receive the data you provided in a structured, commonly used and machine-readable format, where processing is based on your consent or on a contract and is automated.")
        case .rightObjection: .init(fr: "Droit d'opposition (article 21) : vous opposer à tout moment, pour des raisons tenant à votre situation particulière, à un traitement fondé sur l'intérêt légitime, et sans avoir à vous justifier à la prospection, y compris au profilage qui y est lié.",
                                    en: "Right to object (Article 21): to object at any time, on grounds relating to your particular situation, to processing based on legitimate interests, and without giving reasons to direct marketing, including related profiling.")
        case .rightWithdrawal: .init(fr: "Droit de retirer votre consentement à tout moment (article 7.3), sans remettre en cause la licéité du traitement fondé sur le consentement effectué avant ce retrait.",
                                     en: "Right to withdraw your consent at any time (Article 7(3)), without affecting the lawfulness of processing based on consent before its withdrawal.")
        case .rightPostMortem: .init(fr: "Droit de définir des directives relatives à la conservation, à l'effacement et à la communication de vos données après votre décès (articles 84 et 85 de la loi Informatique et Libertés).",
                                     en: "Right to give directives on the storage, erasure and communication of your data after your death (Articles 84 and 85 of the French Data Protection Act).")
        case .publicVersion: .init(fr: "Version publique", en: "Public version")
        case .publicExplanation: .init(fr: "Version publique du registre : les mesures de sécurité, les références internes (contrats, analyses d'impact, notes de mise en balance, documentation des transferts), les coordonnées des sous-traitants, les dérogations aux règles de contrôle et les observations n'y figurent pas.",
                                       en: "Public version of the record: security measures, internal references (contracts, impact assessments, balancing tests, transfer documentation), processors' contact details, waivers of compliance checks and notes are left out.")
        case .publicWithheld: .init(fr: "Non publié dans la version publique du registre.", en: "Not published in the public version of the record.")
        case .subjectTitle: .init(fr: "Traitements concernant la catégorie de personnes", en: "Processing concerning the category of persons")
        case .subjectIntro: .init(fr: "Éléments de réponse à une demande d'accès (article 15 du RGPD) : pour chaque traitement concernant cette catégorie de personnes, ses finalités et bases légales, les catégories de données, leur origine, les destinataires, les transferts hors de l'EEE et les durées de conservation.",
                                  en: "Material for answering an access request (GDPR Article 15): for each processing concerning this category of persons, its purposes and legal bases, the categories of data, their source, the recipients, transfers outside the EEA and the retention periods.")
        case .scheduleTitle: .init(fr: "Calendrier de conservation", en: "Retention schedule")
        case .scheduleNote: .init(fr: "Chaque catégorie de données de chaque traitement, avec sa durée, l'événement qui la fait courir, l'action au terme et l'archivage éventuel : la référence des purges et des archivages.",
                                  en: "Every category of data of every processing activity, with its duration, the event it runs from, the action at its end and any archiving: the reference for deletion and archiving jobs.")
        case .sensitiveMark: .init(fr: "donnée sensible", en: "sensitive data")
        case .invalidEntry: .init(fr: "Entrée invalide, non chargée", en: "Invalid entry, not loaded")
        case .invalidEntries: .init(fr: "Entrées invalides", en: "Invalid entries")
        case .nothing: .init(fr: "Néant", en: "None")
        case .internalContact: .init(fr: "Sans objet (interne à l'organisme)", en: "Not applicable (within the organisation)")
        case .invalidFile: .init(fr: "Fichier illisible : aucune de ses informations n'a pu être chargée", en: "Unreadable file: none of its information could be loaded")
        case .invalidSourceLabel: .init(fr: "Texte du fichier", en: "Text of the file")
        case .undetermined: .init(fr: "Non déterminé — voir l'erreur", en: "Not determined — see the error")
        case .unnamedTreatment: .init(fr: "Traitement sans nom lisible", en: "Processing activity without a readable name")
        case .otherInvalid: .init(fr: "Autres entrées invalides", en: "Other invalid entries")
        case .dash: .init(fr: "—", en: "—")
        case .page: .init(fr: "Page", en: "Page")
        // French sets a (non-breaking) space before a colon, English does not.
        case .colon: .init(fr: "\u{A0}:", en: ":")
        }
    }
}

/// The labels of one language, as templates see them (`{{labels.listTitle}}`).
public struct Wording: Sendable, TemplateObject {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public subscript(word: Word) -> String { word.text[language] }

    public func templateValue(forKey key: String) -> TemplateValue? {
        Word(rawValue: key).map { .text(self[$0]) }
    }

    /// "Label : value" with the language's colon (a non-breaking space before it in French).
    public func labeled(_ label: String, _ value: String) -> String {
        label + self[.colon] + " " + value
    }

    /// Legal references are written in French in the vocabularies ("RGPD art. 6(1)(a)");
    /// English readers get "GDPR Art. 6(1)(a)".
    public func article(_ reference: String) -> String {
        guard language == .en else { return reference }
        return reference
            .replacingOccurrences(of: "RGPD art.", with: "GDPR Art.")
            .replacingOccurrences(of: " ; décision d'exécution (UE)", with: "; Implementing Decision (EU)")
            .replacingOccurrences(of: " ; décision 2010/87/UE (clauses antérieures à 2021)", with: "; Decision 2010/87/EU (clauses of before 2021)")
            .replacingOccurrences(of: " ; décisions 2001/497/CE, 2004/915/CE ou 2010/87/UE (clauses antérieures à 2021)",
                                  with: "; Decisions 2001/497/EC, 2004/915/EC or 2010/87/EU (clauses of before 2021)")
            .replacingOccurrences(of: " ; Privacy Shield UE–États-Unis, invalidé par la CJUE le 16 juillet 2020 (C-311/18)",
                                  with: "; EU–US Privacy Shield, invalidated by the CJEU on 16 July 2020 (C-311/18)")
            .replacingOccurrences(of: ", second alinéa", with: ", second subparagraph")
            .replacingOccurrences(of: " et ", with: " and ")
    }
}
