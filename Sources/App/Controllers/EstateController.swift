import SanfanCore
import Vapor

enum EstateController {
    static func list(req: Request) async throws -> Response {
        let thai = req.language == .thai
        let rows = try await EstateQueries.all(on: req.db).map {
            EstateList.Row(
                code: $0.code,
                name: thai ? $0.name_th : $0.name_en,
                province: thai ? $0.province_th : $0.province_en,
                operatorKind: $0.operator_kind,
                programmeYear: $0.programme_year
            )
        }
        return EstateList.view(rows, req.pageContext()).response()
    }
}
