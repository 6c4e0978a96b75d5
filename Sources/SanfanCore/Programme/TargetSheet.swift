import Foundation

/// A cycle's targets as a sheet: one row per estate. The same columns are exported as a template
/// and read back on import, so a sheet HQ fills in Excel round-trips.
public enum TargetSheet {
    /// The columns, in template order. Each may be headed by its English key or its Thai label.
    public enum Column: String, CaseIterable, Sendable {
        case estateCode = "estate_code"
        case estateName = "estate_name"
        case trained, certified, livelihoods
        case incomeBaht = "income_per_community_baht"

        public var thaiLabel: String {
            switch self {
            case .estateCode: "รหัสนิคม"
            case .estateName: "ชื่อนิคม"
            case .trained: "เป้าหมายผู้ผ่านการฝึกอบรม (คน)"
            case .certified: "เป้าหมายผู้ได้รับใบรับรอง (คน)"
            case .livelihoods: "เป้าหมายธุรกิจหรือการจ้างงาน"
            case .incomeBaht: "รายได้ชุมชนต่อชุมชนต่อปี (บาท)"
            }
        }

        static func matching(_ header: String) -> Column? {
            let key = ThaiText.normalise(header)
            return allCases.first { key == $0.rawValue || key == ThaiText.normalise($0.thaiLabel) }
        }
    }

    /// The programme's figure: about five million baht more income per community per year.
    public static let defaultIncome = Satang(baht: 5_000_000)

    public struct Target: Equatable, Sendable {
        public var trained: Int
        public var certified: Int
        public var livelihoods: Int
        public var income: Satang

        public init(trained: Int = 0, certified: Int = 0, livelihoods: Int = 0, income: Satang = defaultIncome) {
            self.trained = trained
            self.certified = certified
            self.livelihoods = livelihoods
            self.income = income
        }
    }

    public struct Row: Equatable, Sendable {
        /// The line in the file, counting the header as line 1, as a spreadsheet numbers it.
        public let line: Int
        public let estateCode: String
        public let target: Target
    }

    public enum Problem: Equatable, Sendable {
        case missingColumn(Column)
        case empty
        case unknownEstate(String)
        case duplicateEstate(String)
        case notANumber(Column, String)
        case negative(Column)
    }

    public struct RowError: Equatable, Sendable {
        /// 1 for the header row; 0 for the file as a whole.
        public let line: Int
        public let problem: Problem
    }

    /// Every problem found, so the person can fix the sheet in one pass.
    public struct Refusal: Error, Equatable, Sendable {
        public let errors: [RowError]
    }

    /// Reads the sheet. `estateCode` maps what a row names (code or Thai name) to an estate code, or
    /// `nil` when no estate has it. Either every row is good or the errors of every bad row come back.
    public static func read(
        _ text: String,
        estateCode: (String) -> String?
    ) -> Result<[Row], Refusal> {
        read(rows: CSV.parse(text), estateCode: estateCode)
    }

    /// The same, from rows already split into cells (an .xlsx worksheet).
    public static func read(
        rows sheet: [[String]],
        estateCode: (String) -> String?
    ) -> Result<[Row], Refusal> {
        // Blank rows are skipped, but every message names the row as the spreadsheet numbers it.
        let kept = sheet.enumerated().filter {
            !$0.element.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let lines = kept.map(\.element)
        let lineNumbers = kept.map { $0.offset + 1 }
        guard let header = lines.first else { return .failure(Refusal(errors: [RowError(line: 0, problem: .empty)])) }
        var index: [Column: Int] = [:]
        for (position, name) in header.enumerated() {
            if let column = Column.matching(name), index[column] == nil { index[column] = position }
        }
        let required: [Column] = [.trained, .certified, .livelihoods]
        var headerErrors = required.filter { index[$0] == nil }.map { RowError(line: 1, problem: .missingColumn($0)) }
        if index[.estateCode] == nil && index[.estateName] == nil {
            headerErrors.insert(RowError(line: 1, problem: .missingColumn(.estateCode)), at: 0)
        }
        guard headerErrors.isEmpty else { return .failure(Refusal(errors: headerErrors)) }
        guard lines.count > 1 else { return .failure(Refusal(errors: [RowError(line: 0, problem: .empty)])) }

        var rows: [Row] = []
        var errors: [RowError] = []
        var seen: Set<String> = []
        for (offset, fields) in lines.enumerated().dropFirst() {
            let line = lineNumbers[offset]
            func value(_ column: Column) -> String {
                guard let position = index[column], position < fields.count else { return "" }
                // An apostrophe the export put before `=…` (formula neutralising) is not part of the name.
                return SpreadsheetCell.restored(fields[position].trimmingCharacters(in: .whitespacesAndNewlines))
            }
            var rowErrors: [Problem] = []
            let named = value(.estateCode).isEmpty ? value(.estateName) : value(.estateCode)
            let code = estateCode(named)
            if let code {
                if !seen.insert(code).inserted { rowErrors.append(.duplicateEstate(named)) }
            } else {
                rowErrors.append(.unknownEstate(named))
            }
            func count(_ column: Column) -> Int {
                let typed = value(column)
                guard !typed.isEmpty else { return 0 }
                let plain = ThaiText.normalise(typed).replacingOccurrences(of: ",", with: "")
                if plain.hasPrefix("-"), Int(plain) != nil {
                    rowErrors.append(.negative(column))
                    return 0
                }
                guard plain.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(plain), number <= 10_000_000
                else {
                    rowErrors.append(.notANumber(column, typed))
                    return 0
                }
                return number
            }
            var target = Target(
                trained: count(.trained),
                certified: count(.certified),
                livelihoods: count(.livelihoods)
            )
            let income = value(.incomeBaht)
            if !income.isEmpty {
                if ThaiText.normalise(income).hasPrefix("-") {
                    rowErrors.append(.negative(.incomeBaht))
                } else if let amount = Satang.parseBaht(income) {
                    target.income = amount
                } else {
                    rowErrors.append(.notANumber(.incomeBaht, income))
                }
            }
            errors += rowErrors.map { RowError(line: line, problem: $0) }
            if rowErrors.isEmpty, let code { rows.append(Row(line: line, estateCode: code, target: target)) }
        }
        return errors.isEmpty ? .success(rows) : .failure(Refusal(errors: errors))
    }

    /// The template or an export: a header in both languages' keys, then one row per estate.
    public static func write(_ rows: [(code: String, name: String, target: Target)]) -> String {
        var lines = [Column.allCases.map(\.thaiLabel)]
        for row in rows {
            lines.append([
                row.code, row.name, String(row.target.trained), String(row.target.certified),
                String(row.target.livelihoods), row.target.income.plainBaht,
            ])
        }
        return CSV.write(lines)
    }
}
