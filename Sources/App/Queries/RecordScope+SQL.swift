import SQLKit
import SanfanCore

/// The access policy's `RecordScope` as `WHERE` clauses. Every query that reads people or
/// estate-owned records goes through these, so a page, the API and an export can never disagree.
extension SQLPredicateBuilder {
    /// People within `scope`: by estate, or by a current share with the partner's organisation.
    func whereParticipants(in scope: RecordScope, alias: String = "p") -> Self {
        switch scope {
        case .sharedWith(let organisation):
            // Shares are kept in step with consent: a withdrawn consent removes the row at once.
            // EXISTS lets the database walk the list in its sorted order and probe the share's
            // primary key per row, instead of gathering every shared person before sorting.
            return self.where(
                SQLQueryString(
                    "EXISTS (SELECT 1 FROM participant_shares s WHERE s.organisation_id = \(bind: organisation) AND s.participant_id = \(ident: alias).id)"
                )
            )
        case .everything, .estates, .nothing:
            return whereEstates(in: scope, column: SQLColumn("estate_id", table: alias))
        }
    }

    /// Records that belong to one estate (communities, courses): a partner's consent-based scope
    /// does not reach them.
    func whereEstates(in scope: RecordScope, column: SQLColumn) -> Self {
        switch scope {
        case .everything: self
        case .estates(let ids): self.where(column, .in, SQLBind.group(ids.sorted { $0.uuidString < $1.uuidString }))
        case .sharedWith, .nothing: self.where(SQLLiteral.boolean(false))
        }
    }
}

extension SQLPredicateBuilder {
    /// Courses within `scope`: by the estate they are held at, or by the provider giving them.
    func whereCourses(in scope: CourseScope, alias: String = "co") -> Self {
        switch scope {
        case .everything: self
        case .estates(let ids):
            self.where(
                SQLColumn("estate_id", table: alias),
                .in,
                SQLBind.group(ids.sorted { $0.uuidString < $1.uuidString })
            )
        case .provider(let organisation):
            self.where(SQLColumn("provider_id", table: alias), .equal, SQLBind(organisation))
        case .nothing: self.where(SQLLiteral.boolean(false))
        }
    }
}
