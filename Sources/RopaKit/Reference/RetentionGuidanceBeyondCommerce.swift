// Retention durations for the processing every organisation has — human resources, CCTV, access
// control, geolocation of vehicles, recording of calls, members of associations — and the minima
// that the law or the CNIL set ("au moins"), as reference data.
//
// Each entry gives the text that sets the duration, its date, where it was read and how far
// (`status`): [P] the official text itself, [S] third parties quoting or summarising it (two or
// more agreeing unless said), [U] a single weak source. Research done with the project's search
// tool (pages corpus) in 2026; the URLs are in each `source`. The CNIL's référentiels and former
// normes simplifiées are not binding (the normes simplifiées and dispenses lost their legal value
// on 25 May 2018 and live on as CNIL doctrine): an organisation may depart from them and justify
// it, in ropa with a waiver and its reason. Update `RetentionGuidance.asOf` when an entry changes.
//
// Looked up and NOT turned into a check:
// - Professional alerts (whistleblowing): the référentiel of délibération n° 2019-139 du 18 juillet
//   2019 kept an alert not followed by disciplinary or judicial proceedings at most two months
//   after the verification was closed [S: pierrefarge.com quoting AU-004; habitat-marseille-provence.fr;
//   legifrance CNILTEXT000039470506 (text opening only)]. It was replaced by délibération
//   n° 2023-064 du 6 juillet 2023 (JO 21 juillet 2023) [S: mgglegal.com, ravel-avocats.com,
//   blohorn-avocats.fr], whose durations were not read [U]; and the register cannot tell the
//   event "closing of the verification" from "end of the proceedings". Whistleblowing is checked
//   by the DPIA rules (type n° 6 of the CNIL list), not by its durations.
// - Recruitment: "3 mois à compter de la fin du processus de recrutement" to explain a refusal
//   [S: lexplicite.fr, ogletree.fr, lexing.be]: the register has no event for "the end of the
//   recruitment process"; the 2-year ceiling below covers the candidate pool.
// - Access control: the former norme simplifiée n° 42 (délibération n° 2002-001 du 8 janvier 2002,
//   JO 17 février 2002 [S: admi.net, header only]) also covered working hours; its durations for
//   them were not read [U].

/// The durations beyond commercial activities.
extension RetentionGuidance {
    /// Data about people in general: identity, personal and professional life.
    static let peopleData: Set<DataCategory> = [.identification, .personalLife, .professionalLife]

    public static let beyondCommerce: [RetentionGuideline] = [
        // MARK: Maxima
        RetentionGuideline(
            id: "candidates-not-hired",
            subject: "data of candidates not hired",
            limit: Duration(2, .years),
            wording: "2 ans au plus à compter du dernier contact avec le candidat non retenu, avec son accord",
            categories: peopleData, dataSubjects: [.candidates], starts: [.lastContact, .collection], phases: [.active],
            purposeKinds: [.recruitment],
            citation: "CNIL, guide « Le recrutement » (publié le 30 janvier 2023), conservation des données des candidats non retenus",
            source: "[S] lexplicite.fr 2023-05-03 (guide published on cnil.fr on 30 January 2023: \"ne devrait pas dépasser deux ans à compter du dernier contact\"); ogletree.fr; lexing.be; the same 2 years in the former délibération n° 02-017 du 21 mars 2002 [S: orsaylaw.com]. The guide itself was not read",
            status: .secondary, dated: isoDate("2023-01-30")),
        RetentionGuideline(
            id: "video",
            subject: "video recordings",
            limit: Duration(1, .months),
            wording: "un mois au plus (vidéoprotection : « ce délai ne peut excéder un mois » ; lieux de travail : recommandation de la CNIL, « quelques jours » suffisant le plus souvent)",
            categories: [.identification, .other], dataSubjects: [], starts: [.collection], phases: [.active],
            purposeKinds: [.videoSurveillance],
            citation: "Code de la sécurité intérieure, art. L252-5 ; CNIL, « La vidéosurveillance – vidéoprotection au travail » (23 juillet 2018)",
            source: "[S] CSI art. L252-5 as reproduced by lexbase.fr (\"les enregistrements sont détruits dans un délai maximum fixé par l'autorisation. Ce délai ne peut excéder un mois\", except a flagrante delicto or preliminary inquiry or judicial investigation); the CNIL page of 23 July 2018 was read in an excerpt that stops before its retention section; one month for workplaces per gerardin-avocat.com, vedis.fr, faceaurisque.com 2020-02-06",
            status: .secondary, dated: isoDate("2018-07-23")),
        RetentionGuideline(
            id: "access-logs",
            subject: "logs of access to the premises (badge readings)",
            limit: Duration(3, .months),
            wording: "3 mois pour les données de passage (dates, heures, portes)",
            categories: [.connection, .location, .other], dataSubjects: [], starts: [], phases: [.active],
            purposeKinds: [.accessControl],
            citation: "CNIL, norme simplifiée n° 42 (délibération n° 2002-001 du 8 janvier 2002) et modèle de mention d'information « contrôle d'accès aux locaux »",
            source: "[S] the CNIL's model information notice for a badge system (\"les données enregistrées dans ce dispositif d'accès aux locaux sont conservées pendant trois mois\") as quoted by advisory-rc-services.com 2023-11-08; three months also in State decrees on badge systems (legal.tricoteuses.fr JORFARTI000001615843); the text of NS-42 itself was not read",
            status: .secondary, dated: isoDate("2002-01-08")),
        RetentionGuideline(
            id: "vehicle-location",
            subject: "location data of employees' vehicles",
            limit: Duration(2, .months),
            wording: "deux mois (« une durée de deux mois est considérée comme adéquate »)",
            categories: [.location], dataSubjects: [], starts: [], phases: [.active],
            purposeKinds: [.vehicleGeolocation],
            citation: "CNIL, délibération n° 2015-165 du 4 juin 2015 (norme simplifiée n° 51, géolocalisation des véhicules des employés), art. 5",
            source: "[S] art. 5 of délibération n° 2015-165 as reproduced verbatim by legal.tricoteuses.fr (JORFARTI000030741782): two months; longer where a law provides, one year as proof of a service that cannot be proved otherwise; also lexing.law 2015-07-24, expertgps.fr (five years for a history of working time, a single source [U], not checked)",
            status: .secondary, dated: isoDate("2015-06-04")),
        RetentionGuideline(
            id: "vehicle-location-proof",
            subject: "location data archived as proof of a service",
            limit: Duration(1, .years),
            wording: "un an, pour la preuve de l'exécution d'une prestation lorsqu'elle ne peut être rapportée par un autre moyen",
            categories: [.location], dataSubjects: [], starts: [], phases: [.archive],
            purposeKinds: [.vehicleGeolocation],
            citation: "CNIL, délibération n° 2015-165 du 4 juin 2015 (norme simplifiée n° 51), art. 5",
            source: "[S] art. 5 of délibération n° 2015-165 as reproduced by legal.tricoteuses.fr (JORFARTI000030741782): \"la durée de conservation est fixée à un an, cette durée ne faisant pas obstacle à une conservation supérieure en cas de contestation des prestations effectuées\"",
            status: .secondary, dated: isoDate("2015-06-04")),
        RetentionGuideline(
            id: "call-recordings",
            subject: "recordings of telephone calls",
            limit: Duration(6, .months),
            wording: "6 mois à compter de leur collecte",
            categories: [.other, .personalLife], dataSubjects: [], starts: [.collection], phases: [.active],
            purposeKinds: [.callRecording],
            citation: "CNIL, délibération n° 2014-474 du 27 novembre 2014 (norme simplifiée n° 57, écoute et enregistrement des conversations téléphoniques sur le lieu de travail)",
            source: "[S] numerama.com (JO 6 January 2015), acturh.e-monsite.com, dbenabou-avocats.com, serveurvocal.blogspot.com: recordings not kept beyond six months from collection",
            status: .secondary, dated: isoDate("2014-11-27")),
        RetentionGuideline(
            id: "call-analyses",
            subject: "analyses of recorded calls (evaluation grids, reports)",
            limit: Duration(1, .years),
            wording: "un an pour les documents d'analyse établis lors des écoutes",
            categories: [.professionalLife], dataSubjects: [], starts: [], phases: [.active],
            purposeKinds: [.callRecording],
            citation: "CNIL, délibération n° 2014-474 du 27 novembre 2014 (norme simplifiée n° 57)",
            source: "[S] telnowedge.com (\"la durée de conservation des documents d'analyse établis lors des écoutes étant fixée à un an maximum\"); orsaylaw.com; a single detailed source for the analyses",
            status: .secondary, dated: isoDate("2014-11-27")),
        RetentionGuideline(
            id: "members",
            subject: "members' data",
            limit: Duration(0, .days),
            wording: "pas au-delà de la démission ou de la radiation du membre, sauf demande de sa part",
            categories: peopleData, dataSubjects: [], starts: [.endOfRelationship], phases: [.active],
            purposeKinds: [.membership],
            citation: "CNIL, dispense de déclaration n° 8 (fichiers des membres et donateurs des organismes à but non lucratif, JO du 7 juillet 2010)",
            source: "[S] asc-cnes.asso.fr (quoting the JO of 7 July 2010: \"pas au delà de la démission ou de la radiation du membre (sauf accord)\"), reseau-sara.org (\"ne peuvent être conservées au-delà de la démission ou de la radiation du membre (sauf s'il fait la demande contraire)\"); the délibération's number was not read [U]. Data needed afterwards (receipts, accounts) go to the intermediate archive, which this limit does not cover",
            status: .secondary, dated: isoDate("2010-07-07")),

        // MARK: Minima
        RetentionGuideline(
            id: "opposition-list",
            subject: "the opposition list (people who objected to prospection)",
            limit: Duration(3, .years),
            bound: .minimum,
            wording: "au minimum 3 ans à compter de l'exercice du droit d'opposition",
            categories: peopleData, dataSubjects: [], starts: [.objection], phases: [.active, .archive],
            citation: "CNIL, délibération n° 2021-131 du 23 septembre 2021 (référentiel « gestion des activités commerciales ») ; CNIL, « Comment utiliser une liste repoussoir »",
            source: "cnil-register-facts.md §3.5: [P] consultation draft of the référentiel (§7 and table); [S] final text and the CNIL page on opposition lists (\"au minimum 3 ans\")",
            status: .secondary, dated: isoDate("2021-09-23")),
        RetentionGuideline(
            id: "payslips",
            subject: "the doubles of pay slips",
            limit: Duration(5, .years),
            bound: .minimum,
            wording: "5 ans (double des bulletins de paie) ; la fiche d'exemple de la CNIL « Gestion de la paie » : « 5 ans à compter du versement de la paie »",
            categories: [.economicFinancial], dataSubjects: [], starts: [], phases: [.active, .archive],
            purposeKinds: [.payroll],
            citation: "Code du travail, art. L3243-4 ; CNIL, registre simplifié (juillet 2019), fiche d'exemple « Gestion de la paie »",
            source: "[S] art. L3243-4 (loi n° 2009-526 du 12 mai 2009) as quoted by virtua-legis.com, dune.fr and orsaylaw.com: the employer keeps a double of the pay slips for five years (virtua-legis.com notes that pay slips are also accounting documents kept 10 years, and that electronic pay slips follow other rules); [P] the CNIL's own example fiche gives 5 years from the payment (cnil-register-facts.md §1.1.6)",
            status: .secondary, dated: isoDate("2009-05-12")),
    ]
}
