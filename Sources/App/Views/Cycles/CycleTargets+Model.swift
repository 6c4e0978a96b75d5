import Foundation
import SanfanCore

/// The targets grid for one cycle, and the sheet import beside it.
extension CyclePages {
    struct TargetRow: Sendable {
        let key: String
        let estate: String
        let trained: String
        let certified: String
        let livelihoods: String
        let income: String
    }

    struct Targets: Sendable {
        let id: UUID
        let title: String
        var errors: [String: String]
        var sheetErrors: [String]
        var rows: [TargetRow] = []
    }
}
