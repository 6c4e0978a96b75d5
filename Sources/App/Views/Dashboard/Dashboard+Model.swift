import Foundation
import SanfanCore

/// The programme dashboard: filters, the indicators against target, charts drawn as SVG on the
/// server (each with a summary and its data table), and the map. Everything here is already
/// counted, protected and labelled: the view only lays it out.
enum Dashboard {
    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// A figure as shown: its text ("1,223", "<5", "—"), the number a bar is drawn to (nil when
    /// withheld), and the link to the records behind it.
    struct Value: Sendable {
        let text: String
        let number: Double?
        var link: String?
    }

    struct IndicatorLine: Sendable {
        let label: String
        let target: String?
        let actual: Value
        let amount: String?
        let percent: String?
        let detail: String?
    }

    struct ChartRow: Sendable {
        let label: String
        let values: [Value]
        /// A target to mark on the row's bar.
        var target: Value?
    }

    enum ChartKind: Sendable {
        /// Horizontal bars, one per series, per row; `centred` draws them as a funnel.
        case bars(centred: Bool)
        /// Points joined by lines, one line per series, rows along the x axis.
        case lines
    }

    struct Chart: Sendable {
        let id: String
        let title: String
        let summary: String
        let kind: ChartKind
        let series: [String]
        let rowHeader: String
        var targetLabel: String?
        let rows: [ChartRow]
    }

    struct MapProvince: Sendable {
        let code: Int
        let name: String
        let path: String
        let x: Double
        let y: Double
        let value: Value
        /// 0 (none) to 5 (most), for the shading.
        let level: Int
        let selected: Bool
    }

    struct MapEstate: Sendable {
        let name: String
        let x: Double
        let y: Double
    }

    struct Map: Sendable {
        let width: Double
        let height: Double
        let provinces: [MapProvince]
        let estates: [MapEstate]
        let legend: [String]
        let attribution: String
        let summary: String
        let indicators: [Option]
    }

    struct Filters: Sendable {
        var cycles: [Option] = []
        var estates: [Option] = []
        var occupations: [Option] = []
        var genders: [Option] = []
        var ageGroups: [Option] = []
        var provinces: [Option] = []
    }

    struct Model: Sendable {
        var title = ""
        var filters = Filters()
        var indicators: [IndicatorLine] = []
        var charts: [Chart] = []
        var map: Map?
        var notes: [String] = []
        /// The query string of the current choice, for the exports and the report.
        var query = ""
        var canExportRegistry = false
        var canExportPipeline = false
    }
}
