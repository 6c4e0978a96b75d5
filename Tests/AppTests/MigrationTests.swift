import Fluent
import Foundation
import SQLKit
import Testing

@testable import App

/// The migrations, applied in order to an empty database (SQLite, or PostgreSQL when
/// `SANFAN_TEST_DATABASE_URL` names one), give exactly the tables and columns the models read and
/// write: a model field without its column, or a column or table no migration should have left,
/// fails here rather than on a live estate's database.
extension AppTests {
    @Suite struct MigrationTests {
        static let models: [any Model.Type] = [
            ApiToken.self, AuditEvent.self, Community.self, Consent.self, Course.self, CourseSession.self,
            Enrolment.self, Cycle.self, CycleEstate.self, Estate.self, Occupation.self, OccupationUnit.self,
            Organisation.self, Participant.self, User.self, UserEstate.self, AssessmentRound.self,
            RoundCandidate.self, Certificate.self, Referral.self, Loan.self, MentoringSession.self,
            MentoringAttendee.self, Enterprise.self, EnterpriseMember.self, EnterpriseRevenue.self, Placement.self,
            IncomeBaseline.self, IncomeFollowUp.self, SheetImport.self, DataRequest.self,
        ]

        /// Tables written with SQLKit rather than through a model, with the columns their code uses.
        static let tablesWithoutModels: [String: Set<String>] = [
            "provinces": ["code", "name_th", "name_en"],
            "districts": ["code", "province_code", "name_th", "name_en"],
            "subdistricts": ["code", "district_code", "province_code", "name_th", "name_en", "postcode"],
            "sessions": [
                "key_digest", "data", "expires_at", "touched_at", "user_id", "created_at", "user_agent", "ip",
            ],
            "sign_in_attempts": ["at", "username", "ip", "outcome", "channel"],
            "attendance": ["session_id", "enrolment_id", "mark", "source", "recorded_by_name", "recorded_at"],
            "participant_shares": ["participant_id", "organisation_id"],
            "recovery_codes": ["id", "user_id", "code_digest", "used_at"],
            "unit_results": ["candidate_id", "unit_id", "outcome"],
            "figure_facts": [
                "cycle_id", "k", "rid", "pid", "eid", "oid", "mon", "amt", "bank", "gender", "age", "prov", "cid", "fl",
            ],
            "figure_cube": Set(
                ["cycle_id", "k", "eid", "oid", "mon", "gender", "age", "prov", "cid", "n"]
                    + (0..<8).flatMap { ["c\($0)", "a\($0)"] }
            ),
            "figure_dirty": ["kind", "ref"],
            "figure_state": ["key", "value"],
            "duplicate_pairs": ["id", "person_a", "person_b", "estate_a", "estate_b", "reason", "rule", "found_at"],
            "duplicate_dismissals": ["id", "person_a", "person_b", "dismissed_by", "dismissed_at"],
            "person_merges": [
                "id", "kept_id", "removed_id", "removed_estate_id", "removed_name", "snapshot", "merged_by",
                "merged_at",
                "undone_by", "undone_at",
            ],
        ]

        static func tables(_ sql: any SQLDatabase, sqlite: Bool) async throws -> Set<String> {
            let query =
                sqlite
                ? "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public'"
            return Set(
                try await sql.raw(SQLQueryString(query)).all().map { try $0.decode(column: "t", as: String.self) }
            )
        }

        static func columns(_ table: String, _ sql: any SQLDatabase, sqlite: Bool) async throws -> Set<String> {
            if sqlite {
                return Set(
                    try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table))").all()
                        .map { try $0.decode(column: "name", as: String.self) }
                )
            }
            return Set(
                try await sql.raw(
                    "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = \(bind: table)"
                ).all().map { try $0.decode(column: "name", as: String.self) }
            )
        }

        @Test func migrationsOnAnEmptyDatabaseGiveTheModelsTheirTablesAndColumns() async throws {
            try await withApp(demoAccounts: false) { app, _ in
                let sql = app.db.sql
                let sqlite = app.db.isSQLite
                let tables = try await Self.tables(sql, sqlite: sqlite)
                var problems: [String] = []
                var expectedTables: Set<String> = ["_fluent_migrations"]
                for model in Self.models {
                    expectedTables.insert(model.schema)
                    let expected = Set(model.keys.map(\.description))
                    let actual = try await Self.columns(model.schema, sql, sqlite: sqlite)
                    if actual.isEmpty {
                        problems.append("\(model.schema): no such table")
                        continue
                    }
                    for missing in expected.subtracting(actual).sorted() {
                        problems.append("\(model.schema).\(missing): the model has it, no migration creates it")
                    }
                    for extra in actual.subtracting(expected).sorted() {
                        problems.append("\(model.schema).\(extra): a column the model does not know")
                    }
                }
                for (table, used) in Self.tablesWithoutModels {
                    expectedTables.insert(table)
                    let actual = try await Self.columns(table, sql, sqlite: sqlite)
                    if actual.isEmpty { problems.append("\(table): no such table") }
                    for missing in used.subtracting(actual).sorted() {
                        problems.append("\(table).\(missing): used by the code, no migration creates it")
                    }
                }
                for stray in tables.subtracting(expectedTables).sorted() {
                    problems.append("\(stray): a table no model or query uses")
                }
                #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
                // Every migration ran, in the listed order, exactly once.
                let ran = try await sql.raw("SELECT name FROM _fluent_migrations ORDER BY batch, created_at").all()
                    .map { try $0.decode(column: "name", as: String.self) }
                #expect(ran.count == Migrations.all.count)
                #expect(Set(ran) == Set(Migrations.all.map(\.name)))
            }
        }
    }
}
