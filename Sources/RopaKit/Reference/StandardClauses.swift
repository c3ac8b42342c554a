// The Commission's standard contractual clauses and the transition of 2021, as dated facts.
//
// Source: cnil-register-facts.md §2.8 — Implementing Decision (EU) 2021/914, Art. 4, as quoted [S]:
// "From 27 September 2021, Commission Decisions 2001/497/EC and 2010/87/EU are repealed";
// "contracts concluded before 27 September 2021 on the basis of Commission Decisions 2001/497/EC
// or 2010/87/EU shall be deemed to provide the appropriate safeguards … until 27 December 2022".
// Decision 2004/915/EC (amending 2001/497) is not named in that text; it is treated like 2001/497
// [U]. Which old set a contract used (2010/87 for a processor, 2001/497 or 2004/915 between
// controllers) follows from the recipient when the register says it is a processor.

/// Which standard contractual clauses a contract can carry, by the day it was signed.
public enum StandardClauses {
    /// From this day only the 2021/914 clauses can be concluded.
    public static let newClausesFrom = ISODate(year: 2021, month: 9, day: 27) ?? ISODate(daysSinceEpoch: 18897)
    /// Contracts on the old clauses concluded before `newClausesFrom` were a safeguard until this
    /// day, inclusive.
    public static let oldClausesValidUntil = ISODate(year: 2022, month: 12, day: 27) ?? ISODate(daysSinceEpoch: 19353)

    /// Whether a contract signed on `signed` is on the clauses of before 2021.
    public static func isOld(signed: ISODate) -> Bool { signed < newClausesFrom }

    /// The Commission decision(s) behind clauses signed on `signed`, for the document:
    /// "décision d'exécution (UE) 2021/914", or the old decisions.
    public static func decision(signed: ISODate, toProcessor: Bool) -> Phrase {
        guard isOld(signed: signed) else { return Phrase(.standardClauses2021) }
        return Phrase(toProcessor ? .standardClausesOldProcessor : .standardClausesOldController)
    }
}

extension Transfer {
    /// The article (and, for standard clauses whose date the transfer gives, the Commission
    /// decision) that the transfer's safeguard rests on, as documents print it. Without `signed:`
    /// the clauses' version is not stated: it cannot be known (the Art. 28 contract's date is not
    /// the clauses' — new clauses are often signed without a new contract).
    public func safeguardReference(in register: Register, language: Language) -> String {
        guard safeguard == .standardContractualClauses, let signed else { return safeguard.article[language] }
        let decision = StandardClauses.decision(signed: signed, toProcessor: processor != nil)
        return Wording(language).format(.articleWithDecision, ["article": safeguard.article[language], "decision": decision[language]])
    }
}
