import Foundation
import RoutingKit

/// Every page's path, typed. `routes.swift` registers each route from the same pattern its links
/// are built from, so a link and its route cannot drift apart.
enum SiteURL {
    case home
    case signIn
    case signOut
    case language
    case estates
    case users
    case newUser
    case user(UUID)
    case userPassword(UUID)
    case userActive(UUID)
    case audit
    case participants
    case newParticipant
    case participant(UUID)
    case editParticipant(UUID)
    case revealParticipantID(UUID)
    case participantConsent(UUID)
    case participantConsentForm(UUID)
    case blankConsentForm
    case communities
    case newCommunity
    case community(UUID)
    case cycles
    case newCycle
    case cycle(UUID)
    case editCycle(UUID)
    case cycleTargets(UUID)
    case cycleTargetsCSV(UUID)
    case cycleTargetsImport(UUID)
    case courses
    case newCourse
    case course(UUID)
    case editCourse(UUID)
    case courseSessions(UUID)
    case courseEnrol(UUID)
    case enrolmentDrop(UUID)
    case enrolmentOverride(UUID)
    case attendance(UUID)
    case signInSheet(UUID)
    case catalogueEstates
    case newCatalogueEstate
    case catalogueEstate(UUID)
    case occupations
    case newOccupation
    case occupation(UUID)
    case organisations
    case newOrganisation
    case organisation(UUID)
    case referrals
    case participantReferrals(UUID)
    case participantLivelihood(UUID)
    case participantBaseline(UUID)
    case participantFollowUps(UUID)
    case participantEnterprises(UUID)
    case participantPlacements(UUID)
    case participantMentoring(UUID)
    case followUps
    case loans
    case loan(UUID)
    case loanMoves(UUID)
    case referralLoan(UUID)
    case enterprises
    case enterprise(UUID)
    case enterpriseRevenue(UUID)
    case placements
    case mentoring
    case assessments
    case newRound
    case round(UUID)
    case roundResults(UUID)
    case roundResultsTemplate(UUID)
    case roundResultsImport(UUID)
    case roundResultsSheet(UUID)
    case roundCandidates(UUID)
    case roundCertificates(UUID)
    case roundCertificatesPrint(UUID)
    case certificate(UUID)
    case certificatePrint(UUID)
    case certificateRevoke(UUID)
    case certificateReissue(UUID)
    case certificateCredential(UUID)
    case verifyForm
    case verify(String)
    case verifyCredential
    case verifyDownload(String)
    case jwks
    case health
    case openAPI
    case dashboard
    case dashboardXLSX
    case dashboardCSV
    case annualReport
    case registryExport
    case pipelineExport
    case imports
    case duplicates
    case dataRequests
    case accountSessions
    case accountTwoFactor
    case signInCode
    case userTwoFactorReset(UUID)
    case accountSessionsEnd
    case userSignOutEverywhere(UUID)
    case dataRequest(UUID)
    case dataRequestClose(UUID)
    case participantDataRequests(UUID)
    case participantData(UUID)
    case participantDataJSON(UUID)
    case duplicateScan
    case duplicatePair(UUID)
    case duplicateMerge(UUID)
    case duplicateDismiss(UUID)
    case mergeUndo(UUID)
    case sheetImport(UUID)
    case importMapping(UUID)
    case importCommit(UUID)
    case importErrors(UUID)

    /// The route's pattern (`/participants/:participantID`) and the record it names, if any.
    private var pattern: (String, UUID?) {
        switch self {
        case .home: ("/", nil)
        case .signIn: ("/login", nil)
        case .signOut: ("/logout", nil)
        case .language: ("/language", nil)
        case .estates: ("/estates", nil)
        case .users: ("/admin/users", nil)
        case .newUser: ("/admin/users/new", nil)
        case .user(let id): ("/admin/users/:userID", id)
        case .userPassword(let id): ("/admin/users/:userID/password", id)
        case .userActive(let id): ("/admin/users/:userID/active", id)
        case .audit: ("/admin/audit", nil)
        case .participants: ("/participants", nil)
        case .newParticipant: ("/participants/new", nil)
        case .participant(let id): ("/participants/:participantID", id)
        case .editParticipant(let id): ("/participants/:participantID/edit", id)
        case .revealParticipantID(let id): ("/participants/:participantID/reveal-id", id)
        case .participantConsent(let id): ("/participants/:participantID/consent", id)
        case .participantConsentForm(let id): ("/participants/:participantID/consent-form", id)
        case .blankConsentForm: ("/participants/consent-form", nil)
        case .communities: ("/communities", nil)
        case .newCommunity: ("/communities/new", nil)
        case .community(let id): ("/communities/:communityID", id)
        case .cycles: ("/cycles", nil)
        case .newCycle: ("/cycles/new", nil)
        case .cycle(let id): ("/cycles/:cycleID", id)
        case .editCycle(let id): ("/cycles/:cycleID/edit", id)
        case .cycleTargets(let id): ("/cycles/:cycleID/targets", id)
        case .cycleTargetsCSV(let id): ("/cycles/:cycleID/targets.csv", id)
        case .cycleTargetsImport(let id): ("/cycles/:cycleID/targets/import", id)
        case .imports: ("/imports", nil)
        case .duplicates: ("/duplicates", nil)
        case .dataRequests: ("/data-requests", nil)
        case .accountSessions: ("/account/sessions", nil)
        case .accountTwoFactor: ("/account/two-factor", nil)
        case .signInCode: ("/login/code", nil)
        case .userTwoFactorReset(let id): ("/admin/users/:userID/two-factor/reset", id)
        case .accountSessionsEnd: ("/account/sessions/end", nil)
        case .userSignOutEverywhere(let id): ("/admin/users/:userID/sign-out-everywhere", id)
        case .dataRequest(let id): ("/data-requests/:requestID", id)
        case .dataRequestClose(let id): ("/data-requests/:requestID/close", id)
        case .participantDataRequests(let id): ("/participants/:participantID/data-requests", id)
        case .participantData(let id): ("/participants/:participantID/data", id)
        case .participantDataJSON(let id): ("/participants/:participantID/data.json", id)
        case .duplicateScan: ("/duplicates/scan", nil)
        case .duplicatePair(let id): ("/duplicates/:pairID", id)
        case .duplicateMerge(let id): ("/duplicates/:pairID/merge", id)
        case .duplicateDismiss(let id): ("/duplicates/:pairID/dismiss", id)
        case .mergeUndo(let id): ("/merges/:mergeID/undo", id)
        case .sheetImport(let id): ("/imports/:importID", id)
        case .importMapping(let id): ("/imports/:importID/mapping", id)
        case .importCommit(let id): ("/imports/:importID/commit", id)
        case .importErrors(let id): ("/imports/:importID/errors.csv", id)
        case .courses: ("/courses", nil)
        case .newCourse: ("/courses/new", nil)
        case .course(let id): ("/courses/:courseID", id)
        case .editCourse(let id): ("/courses/:courseID/edit", id)
        case .courseSessions(let id): ("/courses/:courseID/sessions", id)
        case .courseEnrol(let id): ("/courses/:courseID/enrol", id)
        case .enrolmentDrop(let id): ("/enrolments/:enrolmentID/drop", id)
        case .enrolmentOverride(let id): ("/enrolments/:enrolmentID/completion", id)
        case .attendance(let id): ("/sessions/:sessionID/attendance", id)
        case .signInSheet(let id): ("/sessions/:sessionID/sign-in-sheet", id)
        case .health: ("/health", nil)
        case .dashboard: ("/dashboard", nil)
        case .dashboardXLSX: ("/dashboard.xlsx", nil)
        case .dashboardCSV: ("/dashboard.csv", nil)
        case .annualReport: ("/dashboard/report", nil)
        case .registryExport: ("/exports/registry", nil)
        case .pipelineExport: ("/exports/loans", nil)
        case .openAPI: ("/api/openapi.json", nil)
        case .referrals: ("/referrals", nil)
        case .participantReferrals(let id): ("/participants/:participantID/referrals", id)
        case .participantLivelihood(let id): ("/participants/:participantID/livelihood", id)
        case .participantBaseline(let id): ("/participants/:participantID/baseline", id)
        case .participantFollowUps(let id): ("/participants/:participantID/follow-ups", id)
        case .participantEnterprises(let id): ("/participants/:participantID/enterprises", id)
        case .participantPlacements(let id): ("/participants/:participantID/placements", id)
        case .participantMentoring(let id): ("/participants/:participantID/mentoring", id)
        case .followUps: ("/follow-ups", nil)
        case .loans: ("/loans", nil)
        case .loan(let id): ("/loans/:loanID", id)
        case .loanMoves(let id): ("/loans/:loanID/moves", id)
        case .referralLoan(let id): ("/referrals/:referralID/loan", id)
        case .enterprises: ("/enterprises", nil)
        case .enterprise(let id): ("/enterprises/:enterpriseID", id)
        case .enterpriseRevenue(let id): ("/enterprises/:enterpriseID/revenue", id)
        case .placements: ("/placements", nil)
        case .mentoring: ("/mentoring", nil)
        case .assessments: ("/assessments", nil)
        case .newRound: ("/assessments/new", nil)
        case .round(let id): ("/assessments/:roundID", id)
        case .roundResults(let id): ("/assessments/:roundID/results", id)
        case .roundResultsTemplate(let id): ("/assessments/:roundID/results.csv", id)
        case .roundResultsImport(let id): ("/assessments/:roundID/results/import", id)
        case .roundResultsSheet(let id): ("/assessments/:roundID/results-sheet", id)
        case .roundCandidates(let id): ("/assessments/:roundID/candidates", id)
        case .roundCertificates(let id): ("/assessments/:roundID/certificates", id)
        case .roundCertificatesPrint(let id): ("/assessments/:roundID/certificates/print", id)
        case .certificate(let id): ("/certificates/:certificateID", id)
        case .certificatePrint(let id): ("/certificates/:certificateID/print", id)
        case .certificateRevoke(let id): ("/certificates/:certificateID/revoke", id)
        case .certificateReissue(let id): ("/certificates/:certificateID/reissue", id)
        case .certificateCredential(let id): ("/certificates/:certificateID/credential.json", id)
        case .verifyForm: ("/verify", nil)
        case .verify: ("/verify/:code", nil)
        case .verifyCredential: ("/verify/credential", nil)
        case .jwks: ("/.well-known/jwks.json", nil)
        case .verifyDownload: ("/verify/:code/credential.json", nil)
        case .catalogueEstates: ("/admin/estates", nil)
        case .newCatalogueEstate: ("/admin/estates/new", nil)
        case .catalogueEstate(let id): ("/admin/estates/:id", id)
        case .occupations: ("/admin/occupations", nil)
        case .newOccupation: ("/admin/occupations/new", nil)
        case .occupation(let id): ("/admin/occupations/:id", id)
        case .organisations: ("/admin/organisations", nil)
        case .newOrganisation: ("/admin/organisations/new", nil)
        case .organisation(let id): ("/admin/organisations/:id", id)
        }
    }

    /// The path to link to: the pattern with the record's id in place of its parameter.
    var path: String {
        if case .verify(let code) = self { return "/verify/" + code }
        if case .verifyDownload(let code) = self { return "/verify/\(code)/credential.json" }
        let (pattern, id) = pattern
        guard let id else { return pattern }
        return pattern.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.hasPrefix(":") ? id.uuidString.lowercased() : String($0)
        }.joined(separator: "/")
    }

    /// The route's path components, parameters included, for `routes.swift`.
    var route: [PathComponent] {
        pattern.0.split(separator: "/").map { PathComponent(stringLiteral: String($0)) }
    }
}

extension UUID {
    /// Stands for the id in a route's pattern: `SiteURL.participant(.parameter).route`.
    static let parameter = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}
