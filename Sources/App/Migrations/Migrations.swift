import Fluent

/// The migrations in the order they run. Append only: a landed migration is never edited.
enum Migrations {
    static let all: [any Migration] = [
        CreateAdminDivisions(),
        CreateEstate(),
        CreateOrganisation(),
        CreateOccupation(),
        CreateUser(),
        CreateSession(),
        CreateSignInAttempt(),
        CreateApiToken(),
        CreateAuditEvent(),
        CreateCommunity(),
        CreateParticipant(),
        CreateConsent(),
        CreateProgramme(),
        ExtendCatalogues(),
        RenameCycleEnglishNames(),
    ]
}
