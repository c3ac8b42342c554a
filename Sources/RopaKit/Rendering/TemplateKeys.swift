// The keys each view model shows templates: `{{key}}` is `templateValue(forKey: "key")`, a
// switch rather than reflection (see `TemplateValue`). Every stored property of a view model is a
// key of the same name; `TemplateTests.everyViewModelPropertyIsATemplateKey` fails when one is
// missing here.


extension LabeledValue: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "label": label.templateValue
        case "value": value.templateValue
        default: nil
        }
    }
}

extension ListRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "anchor": anchor.templateValue
        case "ficheHeading": ficheHeading.templateValue
        case "reference": reference.templateValue
        case "name": name.templateValue
        case "created": created.templateValue
        case "updated": updated.templateValue
        case "purposeNames": purposeNames.templateValue
        case "sensitive": sensitive.templateValue
        default: nil
        }
    }
}

extension ActorRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "actorRole": actorRole.templateValue
        case "actorName": actorName.templateValue
        case "street": street.templateValue
        case "postalCode": postalCode.templateValue
        case "city": city.templateValue
        case "country": country.templateValue
        case "phone": phone.templateValue
        case "email": email.templateValue
        default: nil
        }
    }
}

extension PurposeRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "rank": rank.templateValue
        case "purposeName": purposeName.templateValue
        case "legalBasis": legalBasis.templateValue
        case "legalBasisArticle": legalBasisArticle.templateValue
        case "purposeDetails": purposeDetails.templateValue
        default: nil
        }
    }
}

extension DataRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "categoryLabel": categoryLabel.templateValue
        case "dataDescription": dataDescription.templateValue
        case "sensitiveCondition": sensitiveCondition.templateValue
        case "retentionText": retentionText.templateValue
        case "dataExtras": dataExtras.templateValue
        default: nil
        }
    }
}

extension DetailRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "kindLabel": kindLabel.templateValue
        case "detailText": detailText.templateValue
        default: nil
        }
    }
}

extension RecipientRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "kindLabel": kindLabel.templateValue
        case "recipientName": recipientName.templateValue
        case "detailText": detailText.templateValue
        default: nil
        }
    }
}

extension TransferRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "anchor": anchor.templateValue
        case "ficheHeading": ficheHeading.templateValue
        case "treatmentLabel": treatmentLabel.templateValue
        case "transferRecipient": transferRecipient.templateValue
        case "countryName": countryName.templateValue
        case "safeguardText": safeguardText.templateValue
        case "documentationText": documentationText.templateValue
        default: nil
        }
    }
}

extension ServiceRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "serviceName": serviceName.templateValue
        case "serviceDescription": serviceDescription.templateValue
        case "usedByText": usedByText.templateValue
        default: nil
        }
    }
}

extension ProcessorRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "processorName": processorName.templateValue
        case "serviceText": serviceText.templateValue
        case "countryName": countryName.templateValue
        case "contractText": contractText.templateValue
        case "contractReference": contractReference.templateValue
        case "contractDate": contractDate.templateValue
        case "dpfText": dpfText.templateValue
        case "subProcessorsText": subProcessorsText.templateValue
        case "usedByText": usedByText.templateValue
        default: nil
        }
    }
}

extension RetentionRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "anchor": anchor.templateValue
        case "startsTreatment": startsTreatment.templateValue
        case "ficheHeading": ficheHeading.templateValue
        case "treatmentLabel": treatmentLabel.templateValue
        case "categoryLabel": categoryLabel.templateValue
        case "durationText": durationText.templateValue
        case "eventText": eventText.templateValue
        case "endText": endText.templateValue
        case "noteText": noteText.templateValue
        default: nil
        }
    }
}

extension Fiche: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "anchor": anchor.templateValue
        case "ficheHeading": ficheHeading.templateValue
        case "reference": reference.templateValue
        case "name": name.templateValue
        case "descriptionRows": descriptionRows.templateValue
        case "actors": actors.templateValue
        case "arrangements": arrangements.templateValue
        case "purposes": purposes.templateValue
        case "dataRows": dataRows.templateValue
        case "sensitiveRows": sensitiveRows.templateValue
        case "subjects": subjects.templateValue
        case "recipients": recipients.templateValue
        case "security": security.templateValue
        case "transfers": transfers.templateValue
        case "sources": sources.templateValue
        case "processors": processors.templateValue
        case "dpiaRows": dpiaRows.templateValue
        case "automatedRows": automatedRows.templateValue
        case "waivers": waivers.templateValue
        case "notesText": notesText.templateValue
        case "invalid": invalid.templateValue
        case "absent": absent.templateValue
        default: nil
        }
    }
}

extension ProcessorFiche: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "anchor": anchor.templateValue
        case "ficheHeading": ficheHeading.templateValue
        case "reference": reference.templateValue
        case "name": name.templateValue
        case "descriptionRows": descriptionRows.templateValue
        case "actors": actors.templateValue
        case "clients": clients.templateValue
        case "processingCategories": processingCategories.templateValue
        case "processors": processors.templateValue
        case "transfers": transfers.templateValue
        case "security": security.templateValue
        case "statedParts": statedParts.templateValue
        case "notesText": notesText.templateValue
        case "invalid": invalid.templateValue
        case "absent": absent.templateValue
        default: nil
        }
    }
}

extension StatedPart: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "heading": heading.templateValue
        case "columns": columns.templateValue
        case "rows": rows.templateValue
        case "pairs": pairs.templateValue
        case "statement": statement.templateValue
        case "invalid": invalid.templateValue
        default: nil
        }
    }
}

extension StatedRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        key == "cells" ? cells.templateValue : nil
    }
}

extension ContactBlock: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "heading": heading.templateValue
        case "rows": rows.templateValue
        default: nil
        }
    }
}

extension DocumentModel: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "lang": lang.templateValue
        case "labels": labels.templateValue
        case "organisationName": organisationName.templateValue
        case "editionDate": editionDate.templateValue
        case "editionDateISO": editionDateISO.templateValue
        case "registerVersion": registerVersion.templateValue
        case "isDraft": isDraft.templateValue
        case "draftReason": draftReason.templateValue
        case "draftHeading": draftHeading.templateValue
        case "versionLine": versionLine.templateValue
        case "isPublic": isPublic.templateValue
        case "extractNote": extractNote.templateValue
        case "treatmentTotal": treatmentTotal.templateValue
        case "headerCSS": headerCSS.templateValue
        case "draftCSS": draftCSS.templateValue
        case "controllerBlock": controllerBlock.templateValue
        case "representativeBlock": representativeBlock.templateValue
        case "dataProtectionBlock": dataProtectionBlock.templateValue
        case "listRows": listRows.templateValue
        case "fiches": fiches.templateValue
        case "processorRows": processorRows.templateValue
        case "processorFiches": processorFiches.templateValue
        case "retentionRows": retentionRows.templateValue
        case "processorAnnex": processorAnnex.templateValue
        case "transferAnnex": transferAnnex.templateValue
        case "serviceAnnex": serviceAnnex.templateValue
        case "invalid": invalid.templateValue
        case "absent": absent.templateValue
        default: nil
        }
    }
}

extension NoticeSummaryRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "summaryName": summaryName.templateValue
        case "summaryBases": summaryBases.templateValue
        case "summaryDurations": summaryDurations.templateValue
        case "summaryRecipients": summaryRecipients.templateValue
        default: nil
        }
    }
}

extension NoticeSummaryTable: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "audienceHeading": audienceHeading.templateValue
        case "summaryRows": summaryRows.templateValue
        default: nil
        }
    }
}

extension NoticeSection: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "heading": heading.templateValue
        case "sectionText": sectionText.templateValue
        default: nil
        }
    }
}

extension NoticeRight: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "rightText": rightText.templateValue
        case "rightScopeText": rightScopeText.templateValue
        case "termsText": termsText.templateValue
        default: nil
        }
    }
}

extension NoticeTreatment: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "anchor": anchor.templateValue
        case "id": id.templateValue
        case "reference": reference.templateValue
        case "name": name.templateValue
        case "summaryText": summaryText.templateValue
        case "purposes": purposes.templateValue
        case "dataRows": dataRows.templateValue
        case "sources": sources.templateValue
        case "recipientLines": recipientLines.templateValue
        case "transfers": transfers.templateValue
        case "automatedLines": automatedLines.templateValue
        case "jointLines": jointLines.templateValue
        case "invalid": invalid.templateValue
        case "absent": absent.templateValue
        case "rightsExerciseText": rightsExerciseText.templateValue
        case "rightsText": rightsText.templateValue
        case "rightsUndeterminedText": rightsUndeterminedText.templateValue
        default: nil
        }
    }
}

extension NoticeModel: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "lang": lang.templateValue
        case "labels": labels.templateValue
        case "organisationName": organisationName.templateValue
        case "editionDate": editionDate.templateValue
        case "editionDateISO": editionDateISO.templateValue
        case "registerVersion": registerVersion.templateValue
        case "isDraft": isDraft.templateValue
        case "draftReason": draftReason.templateValue
        case "draftHeading": draftHeading.templateValue
        case "versionLine": versionLine.templateValue
        case "headerCSS": headerCSS.templateValue
        case "draftCSS": draftCSS.templateValue
        case "audienceLabel": audienceLabel.templateValue
        case "controllerBlock": controllerBlock.templateValue
        case "dataProtectionBlock": dataProtectionBlock.templateValue
        case "scopeText": scopeText.templateValue
        case "summaryTables": summaryTables.templateValue
        case "summaryRightsText": summaryRightsText.templateValue
        case "summaryExerciseText": summaryExerciseText.templateValue
        case "summaryContactText": summaryContactText.templateValue
        case "summaryComplaintText": summaryComplaintText.templateValue
        case "treatments": treatments.templateValue
        case "noAutomatedDecision": noAutomatedDecision.templateValue
        case "automatedNote": automatedNote.templateValue
        case "rights": rights.templateValue
        case "exercise": exercise.templateValue
        case "complaintLines": complaintLines.templateValue
        case "mandatoryText": mandatoryText.templateValue
        case "others": others.templateValue
        case "invalid": invalid.templateValue
        default: nil
        }
    }
}

extension SubjectModel: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "lang": lang.templateValue
        case "labels": labels.templateValue
        case "organisationName": organisationName.templateValue
        case "editionDate": editionDate.templateValue
        case "registerVersion": registerVersion.templateValue
        case "isDraft": isDraft.templateValue
        case "categoryLabel": categoryLabel.templateValue
        case "categoryCode": categoryCode.templateValue
        case "subjectDetails": subjectDetails.templateValue
        case "treatments": treatments.templateValue
        default: nil
        }
    }
}

extension ScheduleModel: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "labels": labels.templateValue
        case "organisationName": organisationName.templateValue
        case "editionDate": editionDate.templateValue
        case "registerVersion": registerVersion.templateValue
        case "isDraft": isDraft.templateValue
        case "retentionRows": retentionRows.templateValue
        default: nil
        }
    }
}
