import Fluent

/// The migrations in the order they run.
///
/// The first group is baseline 1 (docs/decisions.md, issue 10): the schema as it stood before any
/// estate ran Sanfan, with the migrations that had been edited folded in once. From here on they
/// are append-only: a landed migration is never edited, a change is a new migration at the end.
/// `MigrationTests` applies them to an empty database of each kind and compares the result with
/// the models.
enum Migrations {
    static let all: [any Migration] =
        baseline1 + [
            RenameCycleEnglishNames(),
            CreateAssessments(),
            CreateReferrals(),
            CreateLivelihoods(),
            CreateDashboardIndexes(),
            CreateFigureStore(),
            WatchMentoringForFigures(),
            AddSessionUser(),
            CreateCyclePageIndex(),
            CreateImports(),
            CreateDuplicateReview(),
            AddImportJobs(),
            MarkInsertsPerStatement(),
            CreateDataRequests(),
            AddSessionDetails(),
            AddTwoFactor(),
        ]

    static let baseline1: [any Migration] = [
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
    ]
}
