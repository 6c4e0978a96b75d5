import Fluent
import Foundation
import SanfanCore
import Vapor

/// Downloads: the dashboard's figures, the registry and a lender's pipeline, as CSV or .xlsx. Each
/// reads through the same scope as its page, and each is audited.
enum ExportController {
    static func format(_ req: Request, default fallback: Exports.Format = .csv) -> Exports.Format {
        req.query[String.self, at: "format"].flatMap(Exports.Format.init(rawValue:)) ?? fallback
    }

    static func auditor(
        _ req: Request,
        _ kind: String,
        _ format: Exports.Format,
        detail: String
    )
        throws -> @Sendable (Int, Bool) async -> Void
    {
        let actor = Audit.Actor(try req.requirePrincipal())
        let database = req.db
        let clock = req.sanfan.clock
        return { rows, complete in
            await Exports.record(
                kind,
                format: format,
                rows: rows,
                complete: complete,
                detail: detail,
                actor: actor,
                at: clock.now(),
                on: database
            )
        }
    }

    // MARK: - Dashboard

    static func dashboardCSV(req: Request) async throws -> Response {
        try await dashboard(req, .csv)
    }

    static func dashboardXLSX(req: Request) async throws -> Response {
        try await dashboard(req, .xlsx)
    }

    private static func dashboard(_ req: Request, _ format: Exports.Format) async throws -> Response {
        let choice = try await DashboardController.choice(req)
        let figures = try await DashboardController.figures(choice, req)
        let labels = try await DashboardLabels.load(req)
        let tables = DashboardSheets(figures: figures, labels: labels, t: req.localizer).tables()
        let audit = try auditor(req, "dashboard", format, detail: choice.query)
        let name = "sanfan-dashboard"
        switch format {
        case .csv: return Exports.csv(tables, filename: name, audit: audit)
        case .xlsx: return try await Exports.xlsx(tables, filename: name, req: req, audit: audit)
        }
    }

    // MARK: - Registry

    /// The whole registry within the reader's scope (all of it for HQ), a page of 5,000 at a time.
    /// National ID numbers are never exported.
    static func registry(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scope = AccessPolicy.recordScope(for: principal)
        let shown = Disclosure.fields(for: principal)
        let t = req.localizer
        let thai = req.language == .thai
        let database = req.db
        let format = format(req)
        var columns: [XLSXWriter.Column] = [
            .init("id", width: 38), .init(t(.fullName), width: 30), .init(t(.gender), width: 10),
        ]
        if shown.contains(.birthDate) { columns.append(.init(t(.birthDate), .date, width: 12)) }
        columns += [
            .init(t(.estate), width: 32), .init(t(.community), width: 24), .init(t(.subdistrict), width: 18),
            .init(t(.district), width: 18), .init(t(.province), width: 18),
        ]
        if shown.contains(.phone) { columns.append(.init(t(.phone), width: 14)) }
        if shown.contains(.education) { columns.append(.init(t(.educationLevel), width: 18)) }
        columns.append(.init(t(.registeredOn), .date, width: 12))
        let genders = Dictionary(
            uniqueKeysWithValues: Gender.allCases.map { ($0.rawValue, t(RegistryText.gender($0))) }
        )
        let levels = Dictionary(
            uniqueKeysWithValues: EducationLevel.allCases.map { ($0.rawValue, t(RegistryText.education($0))) }
        )
        let names = try await RegistryExportQueries.names(thai: thai, on: database)
        let table = Exports.Table(name: t(.navRegistry), columns: columns) { after in
            let rows = try await RegistryExportQueries.page(
                after: after.flatMap(UUID.init(uuidString:)),
                scope: scope,
                limit: 5_000,
                on: database
            )
            let values = rows.map { row -> [XLSXWriter.Value] in
                var line: [XLSXWriter.Value] = [
                    .text(row.id.uuidString.lowercased()),
                    .text("\(row.prefix)\(row.first_name_th) \(row.last_name_th)"),
                    .text(genders[row.gender] ?? row.gender),
                ]
                if shown.contains(.birthDate) {
                    line.append(ThaiCalendar.Day(iso: row.birth_date).map { .date($0) } ?? .text(row.birth_date))
                }
                let address = row.subdistrict_code.flatMap { names.addresses[$0] }
                line += [
                    .text(names.estates[row.estate_id] ?? ""),
                    .text(row.community_id.flatMap { names.communities[$0] } ?? ""),
                    .text(address?.subdistrict ?? ""), .text(address?.district ?? ""), .text(address?.province ?? ""),
                ]
                if shown.contains(.phone) { line.append(.text(row.phone ?? "")) }
                if shown.contains(.education) { line.append(.text(levels[row.education_level] ?? row.education_level)) }
                line.append(row.created_at.map { .date(ThaiCalendar.Day.containing($0)) } ?? .empty)
                return line
            }
            return (values, rows.count == 5_000 ? rows.last?.id.uuidString : nil)
        }
        let audit = try auditor(req, "registry", format, detail: "")
        switch format {
        case .csv: return Exports.csv([table], filename: "sanfan-registry", audit: audit)
        case .xlsx: return try await Exports.xlsx([table], filename: "sanfan-registry", req: req, audit: audit)
        }
    }

    // MARK: - A lender's pipeline

    /// Loans within the reader's scope (a bank: its own), with their status and amounts.
    static func pipeline(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scope = AccessPolicy.livelihoodScope(.loan, for: principal)
        let t = req.localizer
        let thai = req.language == .thai
        let database = req.db
        let format = format(req)
        let columns: [XLSXWriter.Column] = [
            .init(t(.fullName), width: 30), .init(t(.bank), width: 12), .init(t(.loanProduct), width: 16),
            .init(t(.loanStatus), width: 14), .init(t(.amountRequested), .money, width: 16),
            .init(t(.amountApproved), .money, width: 16), .init(t(.amountDisbursed), .money, width: 16),
            .init(t(.tcgGuarantee), width: 10), .init(t(.estate), width: 30), .init(t(.referredOn), .date, width: 12),
        ]
        let table = Exports.Table(name: t(.navLoans), columns: columns) { after in
            let offset = after.flatMap { Int($0) } ?? 0
            let rows = try await LoanQueries.list(.init(), scope: scope, limit: 1_000, offset: offset, on: database)
            let values = rows.map { row -> [XLSXWriter.Value] in
                [
                    .text(row.displayName), .text(row.bank_short_name), .text(row.product),
                    .text(LoanStatus(rawValue: row.status).map { t(LivelihoodText.status($0)) } ?? row.status),
                    .money(row.amount_requested_satang), row.amount_approved_satang.map { .money($0) } ?? .empty,
                    row.amount_disbursed_satang.map { .money($0) } ?? .empty, .text(row.guaranteed ? t(.yes) : ""),
                    .text(thai ? row.estate_name_th : row.estate_name_en),
                    ThaiCalendar.Day(iso: row.referred_on).map { .date($0) } ?? .text(row.referred_on),
                ]
            }
            return (values, rows.count == 1_000 ? String(offset + 1_000) : nil)
        }
        let audit = try auditor(req, "loans", format, detail: "")
        switch format {
        case .csv: return Exports.csv([table], filename: "sanfan-loans", audit: audit)
        case .xlsx: return try await Exports.xlsx([table], filename: "sanfan-loans", req: req, audit: audit)
        }
    }
}
