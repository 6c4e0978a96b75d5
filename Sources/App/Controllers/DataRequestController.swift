import Fluent
import Foundation
import SanfanCore
import Vapor

/// The PDPA requests register (issue 16): the estate's work list, one person's requests with the
/// form to record a new one, a request with its deadline and its closing, and the document of
/// everything held about the person, printable and as JSON.
enum DataRequestController {
    static func list(req: Request) async throws -> Response {
        let scope = AccessPolicy.recordScope(for: try req.requirePrincipal())
        var model = DataRequestList.Model(title: req.localizer(.dataRequestsTitle))
        model.open = try await rows(DataRequestQueries.list(scope: scope, open: true, on: req.db), req)
        model.closed = try await rows(DataRequestQueries.list(scope: scope, open: false, limit: 50, on: req.db), req)
        return DataRequestList.view(model, req.pageContext()).response()
    }

    /// One person's requests, and the form to record a new one.
    static func person(req: Request) async throws -> Response {
        try await renderPerson(try await req.scoped.editableParticipant(), state: .init(), req)
    }

    static func create(req: Request) async throws -> Response {
        let participant = try await req.scoped.editableParticipant()
        let input = try req.input(DataRequests.Input.self)
        do {
            let request = try await DataRequests.record(
                input,
                about: participant,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            req.flash = req.localizer(.dataRequestSaved, req.localizer.day(request.dueOn))
            return req.redirect(to: SiteURL.dataRequest(try request.requireID()).path)
        } catch let errors as FieldErrors {
            return try await renderPerson(
                participant,
                state: .init(values: input.values, errors: errors.localized(req.localizer)),
                req,
                status: .unprocessableEntity
            )
        }
    }

    static func show(req: Request) async throws -> Response {
        try await renderRequest(try await req.scoped.dataRequest(), closing: .init(), req)
    }

    static func close(req: Request) async throws -> Response {
        let request = try await req.scoped.dataRequest()
        guard request.status == .open else {
            req.flash = req.localizer(.dataRequestClosedAlready)
            return req.redirect(to: SiteURL.dataRequest(try request.requireID()).path)
        }
        let input = try req.input(DataRequests.Closing.self)
        do {
            try await DataRequests.close(
                request,
                input,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await renderRequest(
                request,
                closing: .init(values: input.values, errors: errors.localized(req.localizer)),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.dataRequestClosedNow)
        return req.redirect(to: SiteURL.dataRequest(try request.requireID()).path)
    }

    /// Everything held about the person, as a page to print.
    static func document(req: Request) async throws -> Response {
        let (participant, document) = try await gather(req, format: "html")
        return SubjectDocument.view(document, person: participant.displayName, req.pageContext()).response()
    }

    /// The same, machine-readable (PDPA s.31).
    static func documentJSON(req: Request) async throws -> Response {
        let (_, document) = try await gather(req, format: "json")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.contentDisposition = .init(
            .attachment,
            filename: "sanfan-data-\(document.personID.uuidString.lowercased()).json"
        )
        headers.cacheControl = .init(noStore: true)
        return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(document.json)))
    }

    /// The person (through the scoped door), their data, and the audit entry saying who took it.
    private static func gather(_ req: Request, format: String) async throws -> (Participant, SubjectData.Document) {
        let participant = try await req.scoped.editableParticipant()
        let principal = try req.requirePrincipal()
        let now = req.sanfan.clock.now()
        let document = try await SubjectData.gather(
            participant,
            vault: req.sanfan.vault,
            by: principal,
            at: now,
            on: req.db
        )
        try await Audit.record(
            .export,
            entity: Participant.auditEntity,
            id: try participant.requireID().uuidString.lowercased(),
            before: nil,
            after: ["what": "subject_data", "format": format],
            by: .init(principal),
            at: now,
            on: req.db
        )
        return (participant, document)
    }

    private static func renderPerson(
        _ participant: Participant,
        state: Components.FormState,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let id = try participant.requireID()
        let scope = AccessPolicy.recordScope(for: try req.requirePrincipal())
        var model = DataRequestList.Model(title: req.localizer(.dataRequestNewFor, participant.displayName))
        var form = DataRequestList.Form(participantID: id, person: participant.displayName, state: state)
        if form.state.values["received_on"] == nil {
            form.state.values["received_on"] = DayText.typed(.containing(req.sanfan.clock.now()))
        }
        model.form = form
        model.open = try await rows(DataRequestQueries.list(scope: scope, open: true, participant: id, on: req.db), req)
        return DataRequestList.view(model, req.pageContext()).response(status: status)
    }

    private static func renderRequest(
        _ request: DataRequest,
        closing: Components.FormState,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let t = req.localizer
        let principal = try req.requirePrincipal()
        let scope = AccessPolicy.recordScope(for: principal)
        // The person through the same scope as the request: a person moved to another estate since
        // is not opened from here.
        guard let person = try await ParticipantQueries.find(request.$participant.id, scope: scope, on: req.db) else {
            throw Abort(.notFound)
        }
        let today = ThaiCalendar.Day.containing(req.sanfan.clock.now())
        let due = ThaiCalendar.Day(iso: request.dueOn) ?? today
        var facts: [(label: Phrase, value: String)] = [
            (.dataRequestPerson, person.displayName),
            (.dataRequestKind, t(RightsText.kind(request.kind))),
            (.dataRequestChannel, t(RightsText.channel(request.channel))),
            (.dataRequestReceivedOn, t.day(request.receivedOn)),
            (.dataRequestIdentity, request.identityCheck),
            (.dataRequestDetails, request.details ?? "—"),
            (.dataRequestRecordedBy, request.recordedByName),
            (.dataRequestStatus, t(RightsText.status(request.status))),
        ]
        if request.status == .open {
            facts.append(
                (
                    .dataRequestDue,
                    t.day(request.dueOn) + " · "
                        + RightsText.deadline(DataRequestRules.daysLeft(due: due, today: today), t)
                )
            )
        } else {
            facts.append((.dataRequestDue, t.day(request.dueOn)))
            facts.append(
                (.dataRequestOutcome, (request.closedOn.map { t.day($0) + " · " } ?? "") + (request.outcome ?? ""))
            )
        }
        let model = DataRequestDetail.Model(
            id: try request.requireID(),
            title: t(.dataRequestTitle, t(RightsText.kind(request.kind)), person.displayName),
            participantID: request.$participant.id,
            person: person.displayName,
            facts: facts,
            isOpen: request.status == .open,
            handsOverData: request.kind.handsOverData,
            closing: closing
        )
        return DataRequestDetail.view(model, req.pageContext()).response(status: status)
    }

    private static func rows(_ rows: [DataRequestQueries.Row], _ req: Request) -> [DataRequestList.Row] {
        let t = req.localizer
        let thai = req.language == .thai
        let today = ThaiCalendar.Day.containing(req.sanfan.clock.now())
        return rows.map { row in
            let left = ThaiCalendar.Day(iso: row.dueOn).map { DataRequestRules.daysLeft(due: $0, today: today) } ?? 0
            let open = row.status == .open
            return DataRequestList.Row(
                path: SiteURL.dataRequest(row.id).path,
                person: row.person,
                personPath: SiteURL.participant(row.participantID).path,
                kind: RightsText.kind(row.kind),
                estate: thai ? row.estateTh : row.estateEn,
                receivedOn: t.day(row.receivedOn),
                dueOn: t.day(row.dueOn),
                deadline: open
                    ? t.day(row.dueOn) + " · " + RightsText.deadline(left, t) : row.closedOn.map(t.day) ?? "—",
                overdue: open && left < 0,
                status: RightsText.status(row.status)
            )
        }
    }
}
