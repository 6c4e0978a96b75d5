import Foundation
import SanfanCore
import Vapor

/// An assessor's results as a sheet (issue 15's partner sheet): download the round's sheet with
/// each person's candidate code and current results, fill it in Excel, upload it. The upload is
/// read by `ResultsSheet` and saved by `Assessments.recordResults`, the results form's own service,
/// all or nothing.
extension AssessmentController {
    static func resultsTemplate(req: Request) async throws -> Response {
        let round = try await req.scoped.recordableRound()
        let t = req.localizer
        let candidates = try await AssessmentQueries.candidates(of: round, on: req.db)
        let outcomes = try await AssessmentQueries.unitResults(of: round, on: req.db)
        let units = try await CatalogueQueries.units(of: round.$occupation.id, on: req.db)
        var rows = [[ResultsSheet.candidateHeader, t(.fullName)] + units.map { $0.code + " " + $0.nameTh }]
        for candidate in t.sortedByName(candidates, { $0.participant.firstNameTh }) {
            rows.append(
                [candidate.id!.uuidString.lowercased(), candidate.participant.displayName]
                    + units.map { unit in outcomes[candidate.id!]?[unit.id!].map { t(AssessmentText.unit($0)) } ?? "" }
            )
        }
        let response = Response(status: .ok, body: .init(string: CSV.byteOrderMark + CSV.write(rows)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(
            .attachment,
            filename: "results-\(round.id!.uuidString.lowercased()).csv"
        )
        return response
    }

    static func importResults(req: Request) async throws -> Response {
        let round = try await req.scoped.recordableRound()
        let t = req.localizer
        let upload = try? req.content.decode(ImportController.Upload.self)
        let bytes = upload?.sheet.map { Array($0.data.readableBytesView) } ?? []
        var messages: [String] = []
        do {
            guard !bytes.isEmpty else { throw PeopleImport.Refusal.empty }
            let cells = try PeopleImport.cells(bytes).rows
            let candidates = try await AssessmentQueries.candidates(of: round, on: req.db)
            let units = try await CatalogueQueries.units(of: round.$occupation.id, on: req.db)
            let read = ResultsSheet.read(
                cells,
                codes: units.map(\.code),
                known: Set(candidates.map { $0.id!.uuidString.lowercased() })
            )
            messages = read.problems.map { problemText($0, t) }
            if messages.isEmpty {
                let unitIDs = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0.id!) })
                var results: [UUID: [UUID: UnitOutcome]] = [:]
                for (candidate, outcomes) in read.results {
                    guard let id = UUID(uuidString: candidate) else { continue }
                    for (code, outcome) in outcomes { results[id, default: [:]][unitIDs[code]!] = outcome }
                }
                try await Assessments.recordResults(
                    results,
                    in: round,
                    by: req.requirePrincipal(),
                    at: req.sanfan.clock.now(),
                    on: req.db
                )
                req.flash = t(.resultsSheetSaved, String(results.count))
                return req.redirect(to: SiteURL.round(try round.requireID()).path + "#people")
            }
        } catch let refusal as PeopleImport.Refusal {
            messages = [
                t(ImportController.message(refusal).phrase, arguments: ImportController.message(refusal).arguments)
            ]
        } catch let errors as FieldErrors {
            messages = errors.localized(t).values.sorted()
        }
        var model = try await resultsModel(round, req)
        model.error = t(.resultsSheetRefused) + " " + messages.joined(separator: " · ")
        return RoundResults.view(model, req.pageContext()).response(status: .unprocessableEntity)
    }

    static func problemText(_ problem: ResultsSheet.Problem, _ t: Localizer) -> String {
        switch problem {
        case .noCandidateColumn: t(.resultsSheetNoCandidateColumn, ResultsSheet.candidateHeader)
        case .noUnitColumns: t(.resultsSheetNoUnits)
        case .unknownCandidate(let row): t(.importRow) + " \(row): " + t(.resultsSheetUnknownCandidate)
        case .sameCandidateTwice(let row, let first): t(.importRow) + " \(row): " + t(.importSameAsRow, String(first))
        case .unreadableResult(let row, let column, let value):
            t(.importRow) + " \(row), \(column): " + t(.resultsSheetUnreadable, value)
        }
    }
}
