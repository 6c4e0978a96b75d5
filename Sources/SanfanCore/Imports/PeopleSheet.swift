/// The registry's columns as a people sheet may head them, in Thai or English, and the mapping the
/// import suggests from a sheet's header row (the officer may change it before the dry run).
public enum PeopleSheet {
    /// A column the import can fill; `field` is the form's own field name.
    public struct Column: Sendable, Equatable {
        public let field: String
        public let required: Bool
        /// Header texts that mean this column, compared after `headerKey`.
        public let names: [String]
    }

    /// `full_name` stands for prefix, first and last name when a sheet has them in one column
    /// (`SheetValues.splitFullName`).
    public static let columns: [Column] = [
        .init(
            field: "full_name",
            required: false,
            names: ["ชื่อ-นามสกุล", "ชื่อ - นามสกุล", "ชื่อ นามสกุล", "ชื่อ-สกุล", "full name", "name-surname"]
        ),
        .init(field: "prefix", required: true, names: ["คำนำหน้า", "คำนำหน้าชื่อ", "prefix", "title"]),
        .init(field: "first_name_th", required: true, names: ["ชื่อ", "ชื่อจริง", "firstname", "first name", "name"]),
        .init(field: "last_name_th", required: true, names: ["นามสกุล", "สกุล", "lastname", "last name", "surname"]),
        .init(
            field: "first_name_en",
            required: false,
            names: ["ชื่อภาษาอังกฤษ", "first name english", "first name (en)"]
        ),
        .init(
            field: "last_name_en",
            required: false,
            names: ["นามสกุลภาษาอังกฤษ", "last name english", "last name (en)"]
        ),
        .init(field: "gender", required: true, names: ["เพศ", "gender", "sex"]),
        .init(
            field: "birth_date",
            required: true,
            names: ["วันเกิด", "วันเดือนปีเกิด", "วัน/เดือน/ปีเกิด", "birth date", "date of birth", "dob"]
        ),
        .init(
            field: "national_id",
            required: false,
            names: ["เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขบัตรประจำตัวประชาชน", "national id", "id card", "citizen id"]
        ),
        .init(
            field: "phone",
            required: false,
            names: ["โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "โทร", "phone", "mobile", "telephone"]
        ),
        .init(field: "house_no", required: false, names: ["บ้านเลขที่", "เลขที่", "house no", "house number"]),
        .init(field: "moo", required: false, names: ["หมู่", "หมู่ที่", "moo", "village no"]),
        .init(field: "soi", required: false, names: ["ซอย", "soi", "lane"]),
        .init(field: "road", required: false, names: ["ถนน", "road", "street"]),
        .init(field: "subdistrict", required: true, names: ["ตำบล", "แขวง", "ตำบล/แขวง", "subdistrict", "tambon"]),
        .init(field: "district", required: true, names: ["อำเภอ", "เขต", "อำเภอ/เขต", "district", "amphoe"]),
        .init(field: "province", required: true, names: ["จังหวัด", "province", "changwat"]),
        .init(field: "community", required: false, names: ["ชุมชน", "community"]),
        .init(field: "education_level", required: false, names: ["การศึกษา", "ระดับการศึกษา", "education"]),
        .init(
            field: "prior_occupation",
            required: false,
            names: ["อาชีพ", "อาชีพเดิม", "occupation", "prior occupation"]
        ),
        .init(
            field: "baseline_income",
            required: false,
            names: ["รายได้", "รายได้ต่อเดือน", "รายได้ก่อนเข้าร่วม", "income", "monthly income"]
        ),
    ]

    /// A header as compared: trimmed, lower-cased, spaces squeezed, a trailing `*` (marking a
    /// required column on many templates) and `:` dropped.
    public static func headerKey(_ header: String) -> String {
        var key = ThaiText.normalise(header.trimmingCharacters(in: .whitespacesAndNewlines))
        while let last = key.last, last == "*" || last == ":" { key.removeLast() }
        return key.trimmingCharacters(in: .whitespaces)
    }

    /// For each field, the index of the column whose header names it. Each column is given to one
    /// field at most, the first that names it exactly.
    public static func suggestMapping(_ headers: [String]) -> [String: Int] {
        let keys = headers.map(headerKey)
        var mapping: [String: Int] = [:]
        var taken = Set<Int>()
        for column in columns {
            let names = Set(column.names.map(headerKey))
            if let index = keys.indices.first(where: { !taken.contains($0) && names.contains(keys[$0]) }) {
                mapping[column.field] = index
                taken.insert(index)
            }
        }
        return mapping
    }

    /// Required fields the mapping leaves without a column. A full-name column stands in for the
    /// three name columns.
    public static func missing(in mapping: [String: Int]) -> [String] {
        let named = mapping["full_name"] != nil ? Set(["prefix", "first_name_th", "last_name_th"]) : []
        return columns.filter { $0.required && mapping[$0.field] == nil && !named.contains($0.field) }.map(\.field)
    }
}
