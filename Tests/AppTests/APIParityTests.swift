import Foundation
import Testing
import Vapor

@testable import App

/// Every operation a page offers, the API offers too, behind the same gate: this walks the pages'
/// routes and fails on one that has neither an API twin nor a stated reason to have none, so the
/// pages and the API cannot drift apart again.
extension AppTests {
    @Suite struct APIParityTests {
        /// Page route → its API twin.
        static let twins: [String: String] = [
            "POST /login": "POST /api/v1/auth/token",
            "POST /logout": "DELETE /api/v1/auth/token",
            "GET /estates": "GET /api/v1/estates",
            "GET /participants": "GET /api/v1/participants",
            "GET /participants/:participantID": "GET /api/v1/participants/:participantID",
            "POST /participants": "POST /api/v1/participants",
            "POST /participants/:participantID": "PATCH /api/v1/participants/:participantID",
            "POST /participants/:participantID/consent": "POST /api/v1/participants/:participantID/consents",
            "GET /communities": "GET /api/v1/communities",
            "POST /communities": "POST /api/v1/communities",
            "POST /communities/:communityID": "PATCH /api/v1/communities/:communityID",
            "GET /cycles": "GET /api/v1/cycles",
            "GET /dashboard": "GET /api/v1/indicators",
            // The dashboard's downloads are its figures again, as files.
            "GET /dashboard.csv": "GET /api/v1/indicators",
            "GET /dashboard.xlsx": "GET /api/v1/indicators",
            "GET /cycles/:cycleID": "GET /api/v1/cycles/:cycleID",
            "POST /cycles": "POST /api/v1/cycles",
            "POST /cycles/:cycleID": "PATCH /api/v1/cycles/:cycleID",
            "POST /cycles/:cycleID/targets": "PUT /api/v1/cycles/:cycleID/targets",
            // The sheet is the page's way of sending the same rows.
            "POST /cycles/:cycleID/targets/import": "PUT /api/v1/cycles/:cycleID/targets",
            "GET /courses": "GET /api/v1/courses",
            "GET /courses/:courseID": "GET /api/v1/courses/:courseID",
            "POST /courses": "POST /api/v1/courses",
            "POST /courses/:courseID": "PATCH /api/v1/courses/:courseID",
            "POST /courses/:courseID/sessions": "POST /api/v1/courses/:courseID/sessions",
            "POST /courses/:courseID/enrol": "POST /api/v1/courses/:courseID/enrolments",
            "POST /enrolments/:enrolmentID/drop": "POST /api/v1/enrolments/:enrolmentID/drop",
            "POST /enrolments/:enrolmentID/completion": "PUT /api/v1/enrolments/:enrolmentID/completion",
            "GET /sessions/:sessionID/attendance": "GET /api/v1/sessions/:sessionID/attendance",
            "POST /sessions/:sessionID/attendance": "PUT /api/v1/sessions/:sessionID/attendance",
            "GET /assessments": "GET /api/v1/assessments",
            "POST /assessments": "POST /api/v1/assessments",
            "GET /assessments/:roundID": "GET /api/v1/assessments/:roundID",
            "POST /assessments/:roundID/candidates": "POST /api/v1/assessments/:roundID/candidates",
            "POST /assessments/:roundID/results": "PUT /api/v1/assessments/:roundID/results",
            "POST /assessments/:roundID/certificates": "POST /api/v1/assessments/:roundID/certificates",
            "GET /certificates/:certificateID": "GET /api/v1/certificates/:certificateID",
            "POST /certificates/:certificateID/revoke": "POST /api/v1/certificates/:certificateID/revoke",
            "POST /certificates/:certificateID/reissue": "POST /api/v1/certificates/:certificateID/reissue",
            "GET /certificates/:certificateID/credential.json": "GET /api/v1/certificates/:certificateID/credential",
            "GET /referrals": "GET /api/v1/referrals",
            "POST /participants/:participantID/referrals": "POST /api/v1/referrals",
            "GET /participants/:participantID/livelihood": "GET /api/v1/participants/:participantID/livelihood",
            "POST /participants/:participantID/baseline": "PUT /api/v1/participants/:participantID/baseline",
            "POST /participants/:participantID/follow-ups": "POST /api/v1/participants/:participantID/follow-ups",
            // The page adds this person to an enterprise; the API adds any person to this enterprise.
            "POST /participants/:participantID/enterprises": "POST /api/v1/enterprises/:enterpriseID/members",
            "POST /participants/:participantID/placements": "POST /api/v1/placements",
            "POST /participants/:participantID/mentoring": "POST /api/v1/mentoring",
            "GET /follow-ups": "GET /api/v1/follow-ups",
            "GET /loans": "GET /api/v1/loans",
            "GET /loans/:loanID": "GET /api/v1/loans/:loanID",
            "POST /loans/:loanID/moves": "POST /api/v1/loans/:loanID/moves",
            "POST /referrals/:referralID/loan": "POST /api/v1/referrals/:referralID/loan",
            "GET /enterprises": "GET /api/v1/enterprises",
            "POST /enterprises": "POST /api/v1/enterprises",
            "GET /enterprises/:enterpriseID": "GET /api/v1/enterprises/:enterpriseID",
            "POST /enterprises/:enterpriseID/revenue": "PUT /api/v1/enterprises/:enterpriseID/revenue",
            "GET /placements": "GET /api/v1/placements",
            "GET /mentoring": "GET /api/v1/mentoring",
            "GET /imports": "GET /api/v1/imports",
            "POST /imports": "POST /api/v1/imports",
            "GET /imports/:importID": "GET /api/v1/imports/:importID",
            "POST /imports/:importID/mapping": "PUT /api/v1/imports/:importID/mapping",
            "POST /imports/:importID/commit": "POST /api/v1/imports/:importID/commit",
            // The sheet back with its problems: the same check as the API's.
            "GET /imports/:importID/errors.csv": "GET /api/v1/imports/:importID",
        ]

        /// Page routes with no API twin, and why.
        static let pageOnly: [String: String] = [
            "GET /dashboard/report": "a printable page of the dashboard's figures (GET /api/v1/indicators)",
            "GET /exports/registry": "a file download of GET /api/v1/participants, page after page",
            "GET /exports/loans": "a file download of GET /api/v1/loans, page after page",
            "GET /": "the home page summarises what GET /api/v1/cycles gives",
            "GET /health": "not a page",
            "GET /login": "a form",
            "POST /language": "the API answers in both languages",
            "GET /participants/new": "a form",
            "GET /participants/:participantID/edit": "a form",
            "GET /participants/consent-form": "a printout",
            "GET /participants/:participantID/consent-form": "a printout",
            "POST /participants/:participantID/reveal-id": "the API never returns a whole national ID",
            "GET /communities/new": "a form",
            "GET /communities/:communityID": "the edit form; GET /api/v1/communities lists the same",
            "GET /cycles/new": "a form",
            "GET /cycles/:cycleID/edit": "a form",
            "GET /cycles/:cycleID/targets": "the targets form; GET /api/v1/cycles/:cycleID has the targets",
            "GET /cycles/:cycleID/targets.csv": "a file for Excel; GET /api/v1/cycles/:cycleID has the rows",
            "GET /courses/new": "a form",
            "GET /courses/:courseID/edit": "a form",
            "GET /courses/:courseID/enrol": "the picker; GET /api/v1/participants finds the people",
            "GET /sessions/:sessionID/sign-in-sheet": "a printout",
            "GET /admin/audit": "HQ's review of the audit log stays on its page",
            // PDPA requests are taken by a person who checks the requester's identity: worked from
            // the estate's pages, with no partner system filing them. The data itself is JSON.
            "GET /login/code": "a form; the API takes the code in POST /api/v1/auth/token",
            "POST /login/code": "the API takes the code in POST /api/v1/auth/token",
            "GET /account/two-factor": "turned on by scanning a QR code in a browser",
            "POST /account/two-factor": "turned on by scanning a QR code in a browser",
            "POST /admin/users/:userID/two-factor/reset":
                "an admin's action on the account's page, as the others there",
            "GET /account/sessions":
                "a browser's sessions; an API client ends its token with DELETE /api/v1/auth/token",
            "POST /account/sessions/end":
                "a browser's sessions; an API client ends its token with DELETE /api/v1/auth/token",
            "POST /admin/users/:userID/sign-out-everywhere":
                "an admin's action on the account's page, as the others there",
            "GET /data-requests": "the register's work list, a page for the officer",
            "GET /data-requests/:requestID": "the register, a page for the officer",
            "POST /data-requests/:requestID/close": "the register, a page for the officer",
            "GET /participants/:participantID/data-requests": "the register's form, a page for the officer",
            "POST /participants/:participantID/data-requests": "the register's form, a page for the officer",
            "GET /participants/:participantID/data": "a printout of the JSON file beside it",
            "GET /participants/:participantID/data.json": "a file handed to the person, not an API resource",
            "GET /assessments/new": "a form",
            "GET /assessments/:roundID/results": "the results form; GET /api/v1/assessments/:roundID has the results",
            "GET /assessments/:roundID/results-sheet": "a printout",
            "GET /assessments/:roundID/results.csv":
                "the assessor's sheet for Excel; GET /api/v1/assessments/:roundID has the results",
            "POST /assessments/:roundID/results/import":
                "the sheet uploaded back; PUT /api/v1/assessments/:roundID/results saves the same results",
            "GET /assessments/:roundID/certificates/print": "a printout",
            "GET /certificates/:certificateID/print": "a printout",
            "GET /verify": "the public form",
            "GET /verify/:code": "the public page; software verifies the signed credential instead",
            "POST /verify/credential": "the public page's check of a pasted credential",
            "GET /.well-known/jwks.json": "the published keys, for everyone",
            "GET /verify/:code/credential.json": "the holder's copy of the credential, from the verify page",
            "GET /participants/:participantID/referrals":
                "the form and one person's list; GET /api/v1/referrals lists them",
            // The duplicate review is a person's judgement with two records side by side, like HQ's
            // audit review: it stays on its pages.
            "GET /duplicates": "the duplicate review stays on its pages",
            "POST /duplicates/scan": "the duplicate review stays on its pages",
            "GET /duplicates/:pairID": "the duplicate review stays on its pages",
            "POST /duplicates/:pairID/merge": "the duplicate review stays on its pages",
            "POST /duplicates/:pairID/dismiss": "the duplicate review stays on its pages",
            "POST /merges/:mergeID/undo": "the duplicate review stays on its pages",
        ]

        /// HQ's administration of accounts and catalogues stays on its pages, so no token can
        /// create an account or change a catalogue.
        static func isAdministration(_ route: String) -> Bool {
            route.contains(" /admin/users") || route.contains(" /admin/estates")
                || route.contains(" /admin/occupations") || route.contains(" /admin/organisations")
        }

        static func describe(_ route: Route) -> String {
            "\(route.method.rawValue) /" + route.path.map { "\($0)" }.joined(separator: "/")
        }

        @Test func everyPageOperationHasAnAPITwinBehindTheSameGate() async throws {
            try await withApp { app, _ in
                let routes = Dictionary(
                    app.routes.all.map { (Self.describe($0), $0) },
                    uniquingKeysWith: { first, _ in first }
                )
                var problems: [String] = []
                for (name, route) in routes where !name.contains(" /api/") {
                    if Self.pageOnly[name] != nil || Self.isAdministration(name) { continue }
                    guard let twinName = Self.twins[name] else {
                        problems.append("\(name) has no API twin and no reason to have none")
                        continue
                    }
                    guard let twin = routes[twinName] else {
                        problems.append("\(name): its twin \(twinName) is not a route")
                        continue
                    }
                    if twin.gate != route.gate {
                        problems.append(
                            "\(name) is gated \(String(describing: route.gate)), \(twinName) \(String(describing: twin.gate))"
                        )
                    }
                }
                // A stale entry would hide a route that was renamed.
                for name in Array(Self.twins.keys) + Array(Self.pageOnly.keys) where routes[name] == nil {
                    problems.append("\(name) is listed but is not a route")
                }
                #expect(problems.isEmpty, "\(problems.sorted().joined(separator: "\n"))")
            }
        }
    }
}
