import Fluent
import Foundation
import SanfanCore

/// The registration form and the API's participant body are one input: the same names, decoded
/// the same way (`TypedInput`), validated once by `Registry`.
extension Registry.Submission: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("prefix", \.input.prefix), ("first_name_th", \.input.firstNameTh), ("last_name_th", \.input.lastNameTh),
            ("first_name_en", \.input.firstNameEn), ("last_name_en", \.input.lastNameEn), ("gender", \.input.gender),
            ("birth_date", \.input.birthDate), ("national_id", \.input.nationalID),
            ("no_id_reason", \.input.noIDReason), ("phone", \.input.phone), ("house_no", \.input.houseNo),
            ("moo", \.input.moo), ("soi", \.input.soi), ("road", \.input.road),
            ("subdistrict_code", \.input.subdistrictCode), ("education_level", \.input.educationLevel),
            ("prior_occupation", \.input.priorOccupation), ("baseline_income", \.input.baselineIncome),
            ("disability", \.input.disability), ("notes", \.input.notes), ("estate_id", \.estateID),
            ("community_id", \.communityID), ("consent_channel", \.consentChannel),
            ("consent_date", \.consentDate), ("confirm_duplicate", \.confirmation),
        ]
    }

    static var listFields: [(name: String, path: WritableKeyPath<Self, [String]>)] {
        [("consents", \.consentList)]
    }

    /// The form's checkbox sends `1`; JSON sends `true`.
    var confirmation: String {
        get { confirmDuplicate ? "true" : "" }
        set { confirmDuplicate = ["1", "true", "on", "yes"].contains(newValue.lowercased()) }
    }

    var consentList: [String] {
        get { consents.sorted() }
        set { consents = Set(newValue) }
    }

    /// A person as stored, as an input: what a PATCH starts from. The national ID is opened
    /// here only to be sealed again if unchanged; it never leaves the server.
    init(stored p: Participant, vault: NationalIDVault) throws {
        self.init()
        input.prefix = p.prefix
        input.firstNameTh = p.firstNameTh
        input.lastNameTh = p.lastNameTh
        input.firstNameEn = p.firstNameEn ?? ""
        input.lastNameEn = p.lastNameEn ?? ""
        input.gender = p.gender
        input.birthDate = p.birthDate
        input.nationalID = try p.nationalIDSealed.map { try vault.open($0).digits } ?? ""
        input.noIDReason = p.noIDReason ?? ""
        input.phone = p.phone ?? ""
        input.houseNo = p.houseNo ?? ""
        input.moo = p.moo.map(String.init) ?? ""
        input.soi = p.soi ?? ""
        input.road = p.road ?? ""
        input.subdistrictCode = String(p.subdistrictCode)
        input.educationLevel = p.educationLevel
        input.priorOccupation = p.priorOccupation ?? ""
        input.baselineIncome = p.baselineIncomeSatang == 0 ? "" : Satang(p.baselineIncomeSatang).plainBaht
        input.disability = p.disability ?? ""
        input.notes = p.notes ?? ""
        estateID = p.$estate.id.uuidString
        communityID = p.$community.id?.uuidString ?? ""
    }

    /// The edit form never shows the whole ID, so it comes back empty: an empty ID with no reason
    /// for its absence keeps the number on file (page and API alike), and editing an address is
    /// never an unaudited reveal.
    mutating func keepingNationalID(of participant: Participant, vault: NationalIDVault) throws {
        guard input.nationalID.trimmingCharacters(in: .whitespaces).isEmpty,
            input.noIDReason.trimmingCharacters(in: .whitespaces).isEmpty,
            let sealed = participant.nationalIDSealed
        else { return }
        input.nationalID = try vault.open(sealed).digits
    }
}

extension Registry {
    /// One consent item given or withdrawn: the person's page's button and the API's body.
    struct ConsentChange: TypedInput {
        /// An item key such as `programme` or `finance:GSB`.
        var item = ""
        var granted = ""

        var grants: Bool { ["1", "true", "yes", "on"].contains(granted.lowercased()) }

        static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
            [("item", \.item), ("granted", \.granted)]
        }
    }

    /// Gives or withdraws one item, keeping every other decision as it stands; effective at once.
    static func changeConsent(
        _ change: ConsentChange,
        for participant: Participant,
        channel: Consent.Channel,
        by principal: Principal,
        deps: Dependencies,
        on database: any Database
    ) async throws {
        var granted = Set(
            try await ConsentCatalogue.current(for: try participant.requireID(), on: database).filter(\.value.granted)
                .keys
        )
        if change.grants { granted.insert(change.item) } else { granted.remove(change.item) }
        try await setConsents(granted, for: participant, channel: channel, by: principal, deps: deps, on: database)
    }
}
