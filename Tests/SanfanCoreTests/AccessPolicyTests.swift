import Foundation
import Testing

@testable import SanfanCore

@Suite struct AccessPolicyTests {
    let bangpoo = UUID()
    let bangplee = UUID()
    let gsb = UUID()

    @Test func adminCanDoEverythingAndSeesEverything() {
        let admin = Principal(userID: UUID(), username: "a", role: .admin)
        #expect(Capability.allCases.allSatisfy { AccessPolicy.can(admin, $0) })
        #expect(AccessPolicy.recordScope(for: admin) == .everything)
    }

    @Test func officerSeesOnlyTheirEstates() {
        let officer = Principal(userID: UUID(), username: "o", role: .estateOfficer, estateIDs: [bangpoo])
        #expect(AccessPolicy.recordScope(for: officer) == .estates([bangpoo]))
        #expect(AccessPolicy.canReach(estate: bangpoo, officer))
        #expect(!AccessPolicy.canReach(estate: bangplee, officer))
        #expect(!AccessPolicy.can(officer, .manageUsers))
        #expect(!AccessPolicy.can(officer, .viewAuditLog))
        #expect(AccessPolicy.can(officer, .editRegistry))
    }

    @Test func officerWithoutEstatesSeesNothing() {
        let officer = Principal(userID: UUID(), username: "o", role: .estateOfficer)
        #expect(AccessPolicy.recordScope(for: officer) == .nothing)
        // Their dashboard figures cover no estate, never the whole programme.
        #expect(AccessPolicy.figureEstates(for: officer) == [])
        let withOne = Principal(userID: UUID(), username: "o", role: .estateOfficer, estateIDs: [bangpoo])
        #expect(AccessPolicy.figureEstates(for: withOne) == [bangpoo])
        #expect(AccessPolicy.figureEstates(for: Principal(userID: UUID(), username: "v", role: .viewer)) == nil)
    }

    @Test func partnerSeesWhatWasSharedWithTheirOrganisation() {
        let partner = Principal(userID: UUID(), username: "p", role: .partner, organisationID: gsb)
        #expect(AccessPolicy.recordScope(for: partner) == .sharedWith(organisation: gsb))
        #expect(!AccessPolicy.canReach(estate: bangpoo, partner))
        #expect(!AccessPolicy.can(partner, .editRegistry))
    }

    @Test func viewerSeesDashboardsAndNoPersonalData() {
        let viewer = Principal(userID: UUID(), username: "v", role: .viewer)
        #expect(AccessPolicy.can(viewer, .viewDashboard))
        #expect(!AccessPolicy.can(viewer, .viewPersonalData))
        #expect(AccessPolicy.recordScope(for: viewer) == .nothing)
    }

    @Test func accountRules() {
        #expect(AccountRules.checkUsername("demo-admin") == nil)
        #expect(AccountRules.checkUsername("Ab") == .usernameInvalid)
        #expect(AccountRules.checkUsername("สมชาย") == .usernameInvalid)
        #expect(AccountRules.checkPassword("123456789") == .passwordTooShort)
        #expect(AccountRules.checkPassword(String(repeating: "ก", count: 30)) == .passwordTooLong)  // 90 bytes
        #expect(
            AccountRules.checkAssignment(role: .estateOfficer, estateCount: 0, hasOrganisation: false)
                == .officerNeedsEstate
        )
        #expect(
            AccountRules.checkAssignment(role: .partner, estateCount: 0, hasOrganisation: false)
                == .partnerNeedsOrganisation
        )
        #expect(AccountRules.checkAssignment(role: .viewer, estateCount: 0, hasOrganisation: false) == nil)
    }
}
