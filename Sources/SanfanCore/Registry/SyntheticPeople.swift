/// Synthetic people for demos and benchmarks: Thai names, valid but invented national IDs, plausible
/// birth dates in every age group. Never a real person's data. Deterministic for a given seed.
public struct SyntheticPeople: Sendable {
    public struct Person: Sendable {
        public let prefix: String
        public let firstName: String
        public let lastName: String
        public let latinFirstName: String?
        public let gender: Gender
        public let birthDate: ThaiCalendar.Day
        public let nationalID: NationalID
        public let phone: String
        public let education: EducationLevel
        public let priorOccupation: String
        public let baselineIncome: Satang
        public let moo: Int
        public let houseNo: String
    }

    /// SplitMix64: tiny, fast and reproducible; not for secrets.
    public struct Generator: RandomNumberGenerator, Sendable {
        private var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let femaleNames = [
        ("สมศรี", "Somsri"), ("มาลี", "Malee"), ("วันดี", "Wandee"), ("สุดา", "Suda"), ("บุญมา", "Boonma"),
        ("อรุณี", "Arunee"), ("กาญจนา", "Kanjana"), ("เพ็ญศรี", "Pensri"), ("นงลักษณ์", "Nongluck"),
        ("ประไพ", "Prapai"), ("จันทร์เพ็ญ", "Janpen"), ("ศิริพร", "Siriporn"), ("อำไพ", "Ampai"),
        ("ละเอียด", "La-iad"), ("ทองใบ", "Thongbai"), ("พรทิพย์", "Pornthip"), ("รัตนา", "Rattana"),
        ("สายสุนีย์", "Saisunee"), ("แสงเดือน", "Saengduean"), ("ไพลิน", "Pailin"), ("อุไร", "Urai"),
        ("ดวงใจ", "Duangjai"), ("เยาวลักษณ์", "Yaowaluck"), ("ปราณี", "Pranee"),
    ]
    static let maleNames = [
        ("สมชาย", "Somchai"), ("ประเสริฐ", "Prasert"), ("บุญเลิศ", "Boonlert"), ("สมศักดิ์", "Somsak"),
        ("วิชัย", "Wichai"), ("ชัยวัฒน์", "Chaiwat"), ("สุรชัย", "Surachai"), ("เอกชัย", "Ekachai"),
        ("ธนพล", "Thanaphon"), ("อนุชา", "Anucha"), ("มานพ", "Manop"), ("สมบัติ", "Sombat"),
        ("ไพโรจน์", "Pairoj"), ("เกรียงไกร", "Kriangkrai"), ("ณรงค์", "Narong"), ("บุญชู", "Boonchu"),
        ("ทองดี", "Thongdee"), ("โชคชัย", "Chokchai"), ("แสวง", "Sawaeng"), ("ใจเด็ด", "Jaidet"),
        ("เฉลิม", "Chalerm"), ("สุเทพ", "Suthep"), ("พิชิต", "Phichit"), ("อำนาจ", "Amnat"),
    ]
    /// Thai surnames are compounds; two halves give 900 of them, as varied as a real district.
    static let surnameHeads = [
        "ใจ", "สุข", "ศรี", "แก้ว", "บุญ", "ทอง", "รุ่ง", "มั่น", "สาย", "พึ่ง", "เพชร", "อินทร์", "ชัย", "วงศ์", "แสง",
        "โพธิ์", "เจริญ", "ปาน", "ไชย", "เหลือง", "นาค", "ขาว", "อ่อน", "บัว", "จันทร์", "ยิ้ม", "กล้า", "ทรัพย์", "เรือง", "พันธ์",
    ]
    static let surnameTails = [
        "ดี", "สวัสดิ์", "สุข", "มณี", "มี", "คำ", "เรือง", "คง", "ทอง", "บุญ", "รัตน์", "แก้ว", "มงคล", "ใหญ่", "ศักดิ์",
        "ประเสริฐ", "วงศ์", "พันธุ์", "สกุล", "ธรรม", "ชัย", "งาม", "สิน", "เจริญ", "ศรี", "เดช", "พร", "ภักดี", "หอม", "วิไล",
    ]
    static let lastNames = surnameHeads.flatMap { head in surnameTails.map { head + $0 } }
    static let occupations = [
        "รับจ้างทั่วไป", "เกษตรกร", "ค้าขาย", "แม่บ้าน", "พนักงานโรงงาน", "ว่างงาน", "ประมง", "ช่างก่อสร้าง",
        "ขับรถรับจ้าง", "เกษียณอายุ",
    ]

    public var rng: Generator

    public init(seed: UInt64) { rng = Generator(seed: seed) }

    /// One person, with an age drawn so that all three groups appear (about 60/25/15 %).
    public mutating func next(today: ThaiCalendar.Day, index: Int) -> Person {
        let female = Bool.random(using: &rng)
        let (first, latin) = (female ? Self.femaleNames : Self.maleNames).randomElement(using: &rng)!
        let last = Self.lastNames.randomElement(using: &rng)!
        let band = Int.random(in: 0..<100, using: &rng)
        let age =
            band < 60
            ? Int.random(in: 18...49, using: &rng)
            : band < 85 ? Int.random(in: 50...59, using: &rng) : Int.random(in: 60...78, using: &rng)
        let birth = ThaiCalendar.Day(
            year: today.year - age - 1,
            month: Int.random(in: 1...12, using: &rng),
            day: Int.random(in: 1...28, using: &rng)
        )
        let married = female && age > 25 && Bool.random(using: &rng)
        return Person(
            prefix: female ? (married ? "นาง" : "นางสาว") : "นาย",
            firstName: first,
            lastName: last,
            latinFirstName: Int.random(in: 0..<4, using: &rng) == 0 ? latin : nil,
            gender: female ? .female : .male,
            birthDate: birth,
            nationalID: Self.nationalID(number: index),
            phone: "08" + String(format: "%08d", Int.random(in: 0..<100_000_000, using: &rng)),
            education: EducationLevel.allCases.randomElement(using: &rng)!,
            priorOccupation: Self.occupations.randomElement(using: &rng)!,
            baselineIncome: Satang(baht: Int64.random(in: 3_000...15_000, using: &rng)),
            moo: Int.random(in: 1...12, using: &rng),
            houseNo: "\(Int.random(in: 1...299, using: &rng))/\(Int.random(in: 1...9, using: &rng))"
        )
    }

    /// The `number`th invented ID: a valid check digit, and a different ID for every number below
    /// 8 × 10¹¹ (the body is the number times a constant coprime with 10¹¹, a bijection), so a
    /// million demo people never collide.
    public static func nationalID(number: Int) -> NationalID {
        let space: UInt64 = 100_000_000_000
        let n = UInt64(number)
        let body = (n % space).multipliedFullWidth(by: 48_271_003)
        let scrambled = space.dividingFullWidth((body.high, body.low)).remainder
        var digits = String(1 + Int(n / space) % 8) + String(format: "%011llu", scrambled)
        digits += String(NationalID.checkDigit(of: digits))
        return try! NationalID.parse(digits).get()
    }
}

extension SyntheticPeople.Person {
    /// The person as the registry's checked fields, living in `subdistrict`: what the bulk path writes.
    public func fields(subdistrict: Int) -> ParticipantFields {
        ParticipantFields(
            prefix: prefix,
            firstNameTh: firstName,
            lastNameTh: lastName,
            firstNameEn: latinFirstName,
            lastNameEn: nil,
            gender: gender,
            birthDate: birthDate,
            nationalID: nationalID,
            noIDReason: nil,
            phone: phone,
            houseNo: houseNo,
            moo: moo,
            soi: nil,
            road: nil,
            subdistrictCode: subdistrict,
            educationLevel: education,
            priorOccupation: priorOccupation,
            baselineIncome: baselineIncome,
            disability: nil,
            notes: nil
        )
    }
}
