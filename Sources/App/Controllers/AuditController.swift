import Fluent
import SanfanCore
import Vapor

/// The admin audit log: filter by user, record and date; newest first; keyset pages.
enum AuditController {
    static let pageSize = 50

    static func list(req: Request) async throws -> Response {
        var model = AuditLogPage.Model()
        let t = req.localizer
        let q = { (name: String) in (req.query[String.self, at: name] ?? "").trimmingCharacters(in: .whitespaces) }
        model.filters = .init(
            user: q("user"),
            entity: q("entity"),
            entityID: q("entity_id"),
            from: q("from"),
            to: q("to")
        )

        var filter = AuditQueries.Filter()
        filter.actorID = UUID(uuidString: model.filters.user)
        filter.entity = model.filters.entity.isEmpty ? nil : model.filters.entity
        filter.entityID = model.filters.entityID.isEmpty ? nil : model.filters.entityID.lowercased()
        if !model.filters.from.isEmpty {
            if let day = ThaiCalendar.parseDay(model.filters.from) {
                filter.from = day.startInBangkok
            } else {
                model.errors["from"] = t(.invalidDate)
            }
        }
        if !model.filters.to.isEmpty {
            if let day = ThaiCalendar.parseDay(model.filters.to) {
                filter.until = ThaiCalendar.dayAfter(day)
            } else {
                model.errors["to"] = t(.invalidDate)
            }
        }
        if let at = q("before_at").isEmpty ? nil : Double(q("before_at")), let id = UUID(uuidString: q("before_id")) {
            filter.after = (Date(timeIntervalSince1970: at), id)
        }

        if model.errors.isEmpty {
            let rows = try await AuditQueries.page(filter, limit: pageSize + 1, on: req.db)
            model.rows = rows.prefix(pageSize).map { row in
                AuditLogPage.Row(
                    at: row.at,
                    actor: row.actor_username,
                    action: AuditEvent.Action(rawValue: row.action) ?? .update,
                    entity: row.entity,
                    entityID: row.entity_id,
                    changes: AuditLogPage.changes(before: Audit.decode(row.before), after: Audit.decode(row.after))
                )
            }
            if rows.count > pageSize, let last = rows.prefix(pageSize).last {
                var items = [
                    URLQueryItem(name: "before_at", value: last.at.timeIntervalSince1970.description),
                    URLQueryItem(name: "before_id", value: last.id.uuidString),
                ]
                for (name, value) in [
                    ("user", model.filters.user), ("entity", model.filters.entity),
                    ("entity_id", model.filters.entityID), ("from", model.filters.from), ("to", model.filters.to),
                ] where !value.isEmpty {
                    items.append(URLQueryItem(name: name, value: value))
                }
                var components = URLComponents()
                components.queryItems = items
                model.nextPageQuery = components.percentEncodedQuery
            }
        }
        model.userChoices = try await UserQueries.all(on: req.db).map {
            .init(value: $0.id!.uuidString, label: $0.username)
        }
        model.entityChoices = try await AuditQueries.entities(on: req.db)
        return AuditLogPage.view(model, req.pageContext()).response(
            status: model.errors.isEmpty ? .ok : .unprocessableEntity
        )
    }
}
