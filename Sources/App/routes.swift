import Vapor

/// Every route the app serves, grouped by who may reach it. Read this file to know the site.
func routes(_ app: Application) throws {
    app.get("health", use: HealthController.check)

    // Visitors: sign-in and the language switch.
    let visitorForms = app.grouped(CSRFProtection())
    visitorForms.get("login", use: SignInController.show)
    visitorForms.post("login", use: SignInController.submit)
    visitorForms.post("language", use: LanguageController.switchLanguage)

    // Signed-in pages. Sign-in is checked before the CSRF token, so an expired session on any form
    // leads back to sign-in rather than to a "form expired" page.
    let signedIn = app.grouped(RequireSignIn(), CSRFProtection())
    signedIn.get(use: HomeController.show)
    signedIn.post("logout", use: SignInController.signOut)
    signedIn.get("estates", use: EstateController.list)

    let registry = signedIn.grouped(RequireCapability(capability: .viewPersonalData))
    registry.get("participants", use: ParticipantController.list)
    registry.get("participants", ":participantID", use: ParticipantController.show)
    registry.get("participants", ":participantID", "consent-form", use: ParticipantController.consentForm)
    let registryEditors = signedIn.grouped(RequireCapability(capability: .editRegistry))
    registryEditors.get("participants", "new", use: ParticipantController.new)
    registryEditors.get("participants", "consent-form", use: ParticipantController.blankConsentForm)
    registryEditors.post("participants", use: ParticipantController.create)
    registryEditors.get("participants", ":participantID", "edit", use: ParticipantController.edit)
    registryEditors.post("participants", ":participantID", use: ParticipantController.update)
    registryEditors.post("participants", ":participantID", "reveal-id", use: ParticipantController.revealID)
    registryEditors.post("participants", ":participantID", "consent", use: ParticipantController.changeConsent)
    registryEditors.get("communities", use: CommunityController.list)
    registryEditors.get("communities", "new", use: CommunityController.new)
    registryEditors.post("communities", use: CommunityController.create)
    registryEditors.get("communities", ":communityID", use: CommunityController.edit)
    registryEditors.post("communities", ":communityID", use: CommunityController.update)

    let users = signedIn.grouped("admin", "users").grouped(RequireCapability(capability: .manageUsers))
    users.get(use: UserAdminController.list)
    users.post(use: UserAdminController.create)
    users.get("new", use: UserAdminController.new)
    users.get(":userID", use: UserAdminController.edit)
    users.post(":userID", use: UserAdminController.update)
    users.post(":userID", "password", use: UserAdminController.resetPassword)
    users.post(":userID", "active", use: UserAdminController.setActive)

    let audit = signedIn.grouped("admin", "audit").grouped(RequireCapability(capability: .viewAuditLog))
    audit.get(use: AuditController.list)

    // JSON API. Described in full by /api/openapi.json (a test keeps the two in step).
    let api = app.grouped("api")
    api.get("openapi.json", use: OpenAPIDocument.serve)
    let v1 = api.grouped("v1")
    v1.post("auth", "token", use: AuthAPIController.issue)
    let authenticated = v1.grouped(ApiAuthenticator())
    authenticated.delete("auth", "token", use: AuthAPIController.revoke)
    authenticated.get("me", use: ReferenceAPIController.me)
    authenticated.get("estates", use: ReferenceAPIController.estates)
    authenticated.get("occupations", use: ReferenceAPIController.occupations)
    authenticated.get("organisations", use: ReferenceAPIController.organisations)
    authenticated.get("participants", use: ParticipantsAPIController.list)
    authenticated.post("participants", use: ParticipantsAPIController.create)
    authenticated.get("participants", ":participantID", use: ParticipantsAPIController.get)
    authenticated.patch("participants", ":participantID", use: ParticipantsAPIController.update)
}
