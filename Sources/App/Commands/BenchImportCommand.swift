import ConsoleKit
import Fluent
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// `sanfan bench-import-sheet --people N --out FILE`: writes a people sheet as a Thai office would
/// keep one (one name column with the title, Buddhist-Era dates, IDs with dashes, place names with
/// ต./อ./จ.), of synthetic people only, for `scripts/bench-import.sh` to import and time against a
/// raw insert of the same rows.
struct BenchImportSheetCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "people", help: "How many rows (default 1,000,000).")
        var people: Int?
        @Option(name: "out", help: "Where to write the CSV (UTF-8).")
        var out: String?
        @Option(name: "seed", help: "Random seed (default 15).")
        var seed: Int?
    }

    var help: String { "Writes a synthetic people sheet (CSV) for the import benchmark." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let count = signature.people ?? 1_000_000
        guard let out = signature.out else { throw Abort(.badRequest, reason: "--out is required") }
        // Places whose three names find exactly one subdistrict, as the import requires.
        let rows = try await app.db.sql.raw(
            """
            SELECT s.name_th AS s, d.name_th AS d, p.name_th AS p FROM subdistricts s \
            JOIN districts d ON d.code = s.district_code JOIN provinces p ON p.code = s.province_code ORDER BY s.code
            """
        ).all()
        var seen: [String: Int] = [:]
        var places: [(String, String, String)] = []
        for row in rows {
            let place = (
                try row.decode(column: "s", as: String.self), try row.decode(column: "d", as: String.self),
                try row.decode(column: "p", as: String.self)
            )
            seen[PeopleImport.Places.key(place.0, place.1, place.2), default: 0] += 1
            places.append(place)
        }
        places = places.filter { seen[PeopleImport.Places.key($0.0, $0.1, $0.2)] == 1 }.prefix(500).map { $0 }
        FileManager.default.createFile(atPath: out, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        defer { try? handle.close() }
        var text = CSV.line([
            "ลำดับ", "ชื่อ-นามสกุล", "เพศ", "วันเดือนปีเกิด", "เลขประจำตัวประชาชน", "โทรศัพท์", "บ้านเลขที่", "หมู่", "ตำบล", "อำเภอ",
            "จังหวัด", "ระดับการศึกษา", "อาชีพเดิม", "รายได้ต่อเดือน",
        ])
        var generator = SyntheticPeople(seed: UInt64(signature.seed ?? 15))
        let today = ThaiCalendar.Day.containing(app.sanfan.clock.now())
        for index in 0..<count {
            let person = generator.next(today: today, index: 50_000_000 + index)
            let place = places[index % places.count]
            let id = person.nationalID.digits
            let born = person.birthDate
            text += CSV.line([
                String(index + 1), person.prefix + person.firstName + " " + person.lastName,
                person.gender == .female ? "หญิง" : "ชาย",
                String(format: "%02d/%02d/%d", born.day, born.month, born.year + 543),
                "\(id.prefix(1))-\(id.dropFirst(1).prefix(4))-\(id.dropFirst(5).prefix(5))-\(id.dropFirst(10).prefix(2))-\(id.suffix(1))",
                person.phone, person.houseNo, String(person.moo), "ต." + place.0, "อ." + place.1, "จ." + place.2,
                person.education.rawValue, person.priorOccupation, String(person.baselineIncome.value / 100),
            ])
            if text.utf8.count > 1 << 20 {
                handle.write(Data(text.utf8))
                text = ""
            }
        }
        handle.write(Data(text.utf8))
        context.console.info("Wrote \(count.grouped) rows to \(out).")
    }
}
