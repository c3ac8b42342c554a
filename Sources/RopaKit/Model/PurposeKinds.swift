// Vocabularies for what ropa reads from a register's content beyond commerce (issue 16): the
// kind of processing a purpose is, which the CNIL's référentiels and DPIA list are about, and the
// age group of a category of persons, which Art. 8 and the Loi Informatique et Libertés are about.

/// The kind of processing a purpose is, when the CNIL has a référentiel, a recommendation or a
/// DPIA-list entry for it: it tells the rules which retention durations and which DPIA
/// requirements apply, instead of guessing from the purpose's words.
public enum PurposeKind: String, Vocabulary {
    case recruitment
    case personnelManagement = "personnel_management"
    case payroll
    case videoSurveillance = "video_surveillance"
    case accessControl = "access_control"
    case vehicleGeolocation = "vehicle_geolocation"
    case callRecording = "call_recording"
    case whistleblowing
    case employeeMonitoring = "employee_monitoring"
    case membership
    case socialSupport = "social_support"
    case socialHousing = "social_housing"

    public static let vocabularyName = "kind of purpose"
    public static let tableKey = "purpose_kind"

    /// Whether the purpose watches people as such (WP248's "systematic monitoring").
    public var isSystematicMonitoring: Bool {
        [.videoSurveillance, .vehicleGeolocation, .employeeMonitoring].contains(self)
    }
}

/// The age group of a category of persons. Children's consent to an online service depends on
/// their age (Art. 8: 16 unless a member state sets 13 to 15; France: 15), so the groups split at
/// 13 (the lowest age any member state may set) and at 15 (France).
public enum AgeGroup: String, Vocabulary {
    case under13 = "under_13"
    case from13To14 = "from_13_to_14"
    case from15To17 = "from_15_to_17"
    /// Minors whose age the register does not give: each rule assumes the youngest.
    case minors
    case adults

    public static let vocabularyName = "age group"
    public static let tableKey = "age_group"

    public var isMinor: Bool { self != .adults }

    /// Whether some persons of the group may be younger than `age`.
    public func mayBeYounger(than age: Int) -> Bool {
        switch self {
        case .under13, .minors: true
        case .from13To14: age > 13
        case .from15To17: age > 15
        case .adults: false
        }
    }
}
