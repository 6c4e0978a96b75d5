import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Everything Sanfan holds about one person, for their access and portability requests (PDPA
/// ss.30–31): their record with the national ID opened, then one section per kind of record, then
/// who changed or revealed their record (the audit log). The same document becomes a printable
/// page and a JSON file.
///
/// Every section is read by the person's id and nothing else, and names other people nowhere: an
/// enterprise shows its name and this person's role, not its other members; a mentoring session
/// its topic and mentor, not who else came. `DataRequestTests` checks that with a second person
/// linked to the same enterprise and session.
enum SubjectData {
    /// A label in both languages: the document's columns are many and read nowhere else.
    struct Label: Sendable {
        let th: String
        let en: String
        init(_ th: String, _ en: String) {
            self.th = th
            self.en = en
        }
    }

    enum Kind: Sendable {
        case text
        /// An ISO day, shown in the Buddhist Era.
        case day
        case time
        /// Satang, shown in baht; in JSON the integer, under a key ending `_satang`.
        case money
        case number
        case flag
        /// A stored code (a purpose, a status) with its words where the app has them.
        case code(@Sendable (String) -> Phrase?)
    }

    struct Column: Sendable {
        let key: String
        let label: Label
        let kind: Kind
        init(_ key: String, _ label: Label, _ kind: Kind = .text) {
            self.key = key
            self.label = label
            self.kind = kind
        }
    }

    enum Value: Sendable, Equatable {
        case null
        case text(String)
        case number(Int64)
        case flag(Bool)
        case time(Date)
    }

    struct Section: Sendable {
        let key: String
        let title: Label
        let columns: [Column]
        var rows: [[Value]] = []
    }

    struct Document: Sendable {
        let personID: UUID
        let generatedAt: Date
        let generatedBy: String
        /// The record itself: one row.
        let record: Section
        let sections: [Section]
    }

    /// One kind of linked record: its columns and the query reading them for a person.
    private struct Source: Sendable {
        let key: String
        let title: Label
        let columns: [Column]
        let query: @Sendable (UUID) -> SQLQueryString
    }

    static func gather(
        _ person: Participant,
        vault: NationalIDVault,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Document {
        let id = try person.requireID()
        let place = try await ParticipantQueries.place(of: person, on: database)
        let address = try await AddressQueries.subdistrict(person.subdistrictCode, on: database)
        var sections: [Section] = []
        for source in sources {
            var section = Section(key: source.key, title: source.title, columns: source.columns)
            section.rows = try await database.sql.raw(source.query(id)).all().map { row in
                try source.columns.map { try value(row, $0) }
            }
            sections.append(section)
        }
        sections.append(try await audit(of: id, on: database))
        return Document(
            personID: id,
            generatedAt: now,
            generatedBy: principal.username,
            record: try record(person, place: place, address: address, vault: vault),
            sections: sections
        )
    }

    /// Tables whose rows belong to one person and are audited under their own ids.
    private static let audited = [
        "enrolments", "round_candidates", "certificates", "referrals", "loans", "placements", "income_baselines",
        "income_followups", "enterprise_members", "data_requests",
    ]

    /// Who changed or revealed the record, or a record of theirs: when, who, what they did to which
    /// kind of record. Not the values (the sections above hold them as they stand), so no earlier
    /// value of anyone else's can come along.
    private static func audit(of id: UUID, on database: any Database) async throws -> Section {
        var ids = [id.uuidString.lowercased()]
        for table in audited {
            ids += try await database.sql.select().column("id").from(table)
                .where("participant_id", .equal, SQLBind(id)).all()
                .map { try $0.decodeID(column: "id").uuidString.lowercased() }
        }
        let columns = [
            Column("at", Label("เมื่อ", "When"), .time), Column("actor_username", Label("ผู้ใช้", "User")),
            Column("action", Label("การกระทำ", "Action")), Column("entity", Label("ข้อมูล", "Record")),
        ]
        var section = Section(
            key: "audit",
            title: Label("ผู้ที่ดูเลขประจำตัวหรือแก้ไขข้อมูลของท่าน", "Who revealed your ID or changed your records"),
            columns: columns
        )
        section.rows = try await database.sql.select()
            .column("at").column("actor_username").column("action").column("entity")
            .from(AuditEvent.schema)
            .where("entity_id", .in, SQLBind.group(ids))
            .orderBy("at").orderBy("id")
            .all().map { row in try columns.map { try value(row, $0) } }
        return section
    }

    private static func value(_ row: any SQLRow, _ column: Column) throws -> Value {
        guard try !row.decodeNil(column: column.key) else { return .null }
        switch column.kind {
        case .text, .day, .code: return .text(try row.decode(column: column.key, as: String.self))
        case .time: return .time(try row.decode(column: column.key, as: Date.self))
        case .money, .number: return .number(try row.decode(column: column.key, as: Int64.self))
        case .flag: return .flag(try row.decode(column: column.key, as: Bool.self))
        }
    }

    private static func record(
        _ p: Participant,
        place: ParticipantQueries.Place,
        address: AddressQueries.Subdistrict?,
        vault: NationalIDVault
    ) throws -> Section {
        func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
        let columns: [(Column, Value)] = [
            (Column("prefix", Label("คำนำหน้า", "Title")), .text(p.prefix)),
            (Column("first_name_th", Label("ชื่อ", "First name")), .text(p.firstNameTh)),
            (Column("last_name_th", Label("นามสกุล", "Last name")), .text(p.lastNameTh)),
            (Column("first_name_en", Label("ชื่อ (อังกฤษ)", "First name (Latin)")), text(p.firstNameEn)),
            (Column("last_name_en", Label("นามสกุล (อังกฤษ)", "Last name (Latin)")), text(p.lastNameEn)),
            (
                Column("gender", Label("เพศ", "Gender"), .code { Gender(rawValue: $0).map(RegistryText.gender) }),
                .text(p.gender)
            ),
            (Column("birth_date", Label("วันเกิด", "Date of birth"), .day), .text(p.birthDate)),
            (
                Column("national_id", Label("เลขประจำตัวประชาชน", "National ID")),
                text(try p.nationalIDSealed.map { try vault.open($0).formatted })
            ),
            (Column("no_id_reason", Label("เหตุที่ไม่มีเลขประจำตัว", "Why no national ID")), text(p.noIDReason)),
            (Column("phone", Label("โทรศัพท์", "Phone")), text(p.phone)),
            (Column("house_no", Label("บ้านเลขที่", "House number")), text(p.houseNo)),
            (Column("moo", Label("หมู่", "Moo")), p.moo.map { .number(Int64($0)) } ?? .null),
            (Column("soi", Label("ซอย", "Soi")), text(p.soi)),
            (Column("road", Label("ถนน", "Road")), text(p.road)),
            (Column("subdistrict", Label("ตำบล/แขวง", "Subdistrict")), text(address?.name_th)),
            (Column("district", Label("อำเภอ/เขต", "District")), text(address?.district_th)),
            (Column("province", Label("จังหวัด", "Province")), text(address?.province_th)),
            (Column("postcode", Label("รหัสไปรษณีย์", "Postcode")), text(address.map { String($0.postcode) })),
            (Column("estate", Label("นิคมอุตสาหกรรม", "Industrial estate")), .text(place.estateTh)),
            (Column("community", Label("ชุมชน", "Community")), text(place.community)),
            (
                Column(
                    "education_level",
                    Label("การศึกษา", "Education"),
                    .code { EducationLevel(rawValue: $0).map(RegistryText.education) }
                ),
                .text(p.educationLevel)
            ),
            (Column("prior_occupation", Label("อาชีพเดิม", "Occupation before")), text(p.priorOccupation)),
            (
                Column(
                    "baseline_income_satang",
                    Label("รายได้ก่อนเข้าโครงการ (ต่อเดือน)", "Income before (a month)"),
                    .money
                ),
                .number(p.baselineIncomeSatang)
            ),
            (Column("disability", Label("ความพิการ", "Disability")), text(p.disability)),
            (Column("notes", Label("หมายเหตุ", "Notes")), text(p.notes)),
            (Column("created_at", Label("ลงทะเบียนเมื่อ", "Registered"), .time), p.createdAt.map(Value.time) ?? .null),
            (Column("updated_at", Label("แก้ไขล่าสุด", "Last changed"), .time), p.updatedAt.map(Value.time) ?? .null),
        ]
        return Section(
            key: "record",
            title: Label("ข้อมูลทะเบียน", "The record"),
            columns: columns.map(\.0),
            rows: [columns.map(\.1)]
        )
    }

    /// The records that hang off a person, each read by `participant_id` alone.
    private static let sources: [Source] = [
        Source(
            key: "consents",
            title: Label("ความยินยอม (ทุกครั้งที่ให้หรือถอน)", "Consents (every decision, given or withdrawn)"),
            columns: [
                Column("given_on", Label("วันที่", "Date"), .day),
                Column("purpose", Label("วัตถุประสงค์", "Purpose")),
                Column("recipient", Label("ผู้รับข้อมูล", "Recipient")),
                Column("granted", Label("ยินยอม", "Given"), .flag),
                Column(
                    "channel",
                    Label("ช่องทาง", "How"),
                    .code { Consent.Channel(rawValue: $0).map(RegistryText.channel) }
                ),
                Column("text_version", Label("ฉบับข้อความ", "Text version")),
                Column("recorded_by_name", Label("ผู้บันทึก", "Recorded by")),
            ],
            query: { id in
                """
                SELECT c.given_on, c.purpose, o.name_th AS recipient, c.granted, c.channel, c.text_version, \
                c.recorded_by_name FROM consents c LEFT JOIN organisations o ON o.id = c.recipient_id \
                WHERE c.participant_id = \(bind: id) ORDER BY c.created_at, c.id
                """
            }
        ),
        Source(
            key: "shared_with",
            title: Label("หน่วยงานที่เห็นข้อมูลของท่านตามความยินยอม", "Organisations that see your record by your consent"),
            columns: [Column("organisation", Label("หน่วยงาน", "Organisation"))],
            query: { id in
                """
                SELECT o.name_th AS organisation FROM participant_shares s JOIN organisations o ON o.id = s.organisation_id \
                WHERE s.participant_id = \(bind: id) ORDER BY o.name_th
                """
            }
        ),
        Source(
            key: "courses",
            title: Label("การอบรม", "Courses"),
            columns: [
                Column("course", Label("หลักสูตร", "Course")), Column("first_day", Label("เริ่ม", "From"), .day),
                Column("last_day", Label("ถึง", "To"), .day), Column("venue", Label("สถานที่", "Venue")),
                Column(
                    "status",
                    Label("สถานะ", "Status"),
                    .code { EnrolmentStatus(rawValue: $0).map(ProgrammeText.enrolmentStatus) }
                ),
                Column("dropped_reason", Label("เหตุที่ออก", "Why dropped")),
            ],
            query: { id in
                """
                SELECT co.title_th AS course, co.first_day, co.last_day, co.venue, e.status, e.dropped_reason \
                FROM enrolments e JOIN courses co ON co.id = e.course_id WHERE e.participant_id = \(bind: id) \
                ORDER BY co.first_day, co.id
                """
            }
        ),
        Source(
            key: "attendance",
            title: Label("การเข้าเรียน", "Attendance"),
            columns: [
                Column("course", Label("หลักสูตร", "Course")), Column("day", Label("วันที่", "Day"), .day),
                Column("topic", Label("หัวข้อ", "Topic")), Column("mark", Label("การเข้าเรียน", "Mark")),
                Column("recorded_by_name", Label("ผู้บันทึก", "Recorded by")),
            ],
            query: { id in
                """
                SELECT co.title_th AS course, s.day, s.topic, a.mark, a.recorded_by_name FROM attendance a \
                JOIN enrolments e ON e.id = a.enrolment_id JOIN course_sessions s ON s.id = a.session_id \
                JOIN courses co ON co.id = e.course_id WHERE e.participant_id = \(bind: id) ORDER BY s.day, s.starts_at
                """
            }
        ),
        Source(
            key: "assessments",
            title: Label("การประเมินสมรรถนะ", "Assessments"),
            columns: [
                Column("occupation", Label("อาชีพ", "Occupation")), Column("held_on", Label("วันที่", "Day"), .day),
                Column("body", Label("หน่วยงานรับรอง", "Certifying body")), Column("overall", Label("ผล", "Result")),
            ],
            query: { id in
                """
                SELECT oc.name_th AS occupation, r.held_on, r.body, rc.overall FROM round_candidates rc \
                JOIN assessment_rounds r ON r.id = rc.round_id JOIN occupations oc ON oc.id = r.occupation_id \
                WHERE rc.participant_id = \(bind: id) ORDER BY r.held_on, rc.id
                """
            }
        ),
        Source(
            key: "certificates",
            title: Label("ใบรับรอง", "Certificates"),
            columns: [
                Column("code", Label("รหัสตรวจสอบ", "Verification code")),
                Column("standard_name", Label("มาตรฐาน", "Standard")),
                Column("standard_level", Label("ระดับ", "Level")),
                Column("external_number", Label("เลขที่ใบรับรอง", "Certificate number")),
                Column("issued_on", Label("ออกเมื่อ", "Issued"), .day),
                Column("expires_on", Label("หมดอายุ", "Expires"), .day),
                Column("revoked_on", Label("เพิกถอนเมื่อ", "Revoked"), .day),
                Column("revoked_reason", Label("เหตุที่เพิกถอน", "Why revoked")),
            ],
            query: { id in
                """
                SELECT code, standard_name, standard_level, external_number, issued_on, expires_on, revoked_on, \
                revoked_reason FROM certificates WHERE participant_id = \(bind: id) ORDER BY issued_on, id
                """
            }
        ),
        Source(
            key: "referrals",
            title: Label("การส่งต่อธนาคาร", "Referrals to banks"),
            columns: [
                Column("bank", Label("ธนาคาร", "Bank")), Column("purpose", Label("วัตถุประสงค์", "Purpose")),
                Column("amount_sought_satang", Label("วงเงินที่ต้องการ", "Amount sought"), .money),
                Column("referred_on", Label("ส่งต่อเมื่อ", "Referred"), .day), Column("notes", Label("หมายเหตุ", "Notes")),
            ],
            query: { id in
                """
                SELECT o.name_th AS bank, r.purpose, r.amount_sought_satang, r.referred_on, r.notes FROM referrals r \
                JOIN organisations o ON o.id = r.bank_id WHERE r.participant_id = \(bind: id) ORDER BY r.referred_on, r.id
                """
            }
        ),
        Source(
            key: "mentoring",
            title: Label("การให้คำปรึกษา", "Mentoring"),
            columns: [
                Column("held_on", Label("วันที่", "Day"), .day), Column("mentor", Label("ผู้ให้คำปรึกษา", "Mentor")),
                Column("topic", Label("หัวข้อ", "Topic")),
            ],
            query: { id in
                """
                SELECT s.held_on, o.name_th AS mentor, s.topic FROM mentoring_attendees a \
                JOIN mentoring_sessions s ON s.id = a.session_id JOIN organisations o ON o.id = s.mentor_id \
                WHERE a.participant_id = \(bind: id) ORDER BY s.held_on, s.id
                """
            }
        ),
        Source(
            key: "loans",
            title: Label("สินเชื่อ", "Loans"),
            columns: [
                Column("bank", Label("ธนาคาร", "Bank")), Column("product", Label("ผลิตภัณฑ์", "Product")),
                Column(
                    "status",
                    Label("สถานะ", "Status"),
                    .code { LoanStatus(rawValue: $0).map(LivelihoodText.status) }
                ),
                Column("amount_requested_satang", Label("วงเงินที่ขอ", "Requested"), .money),
                Column("amount_approved_satang", Label("วงเงินที่อนุมัติ", "Approved"), .money),
                Column("amount_disbursed_satang", Label("เบิกจ่ายแล้ว", "Disbursed"), .money),
                Column("guaranteed", Label("ค้ำประกันโดย บสย.", "Guaranteed by TCG"), .flag),
                Column("applied_on", Label("ยื่นเมื่อ", "Applied"), .day),
                Column("approved_on", Label("อนุมัติเมื่อ", "Approved on"), .day),
                Column("declined_on", Label("ปฏิเสธเมื่อ", "Declined on"), .day),
                Column("decline_reason", Label("เหตุที่ปฏิเสธ", "Why declined")),
            ],
            query: { id in
                """
                SELECT o.name_th AS bank, l.product, l.status, l.amount_requested_satang, l.amount_approved_satang, \
                l.amount_disbursed_satang, l.guaranteed, l.applied_on, l.approved_on, l.declined_on, l.decline_reason \
                FROM loans l JOIN organisations o ON o.id = l.bank_id WHERE l.participant_id = \(bind: id) \
                ORDER BY l.referred_on, l.id
                """
            }
        ),
        Source(
            key: "enterprises",
            title: Label("วิสาหกิจและธุรกิจ", "Enterprises and businesses"),
            columns: [
                Column("name", Label("ชื่อ", "Name")), Column("kind", Label("ประเภท", "Kind")),
                Column("role", Label("บทบาทของท่าน", "Your role")),
                Column("joined_on", Label("เข้าร่วมเมื่อ", "Joined"), .day),
            ],
            query: { id in
                """
                SELECT e.name, e.kind, m.role, m.joined_on FROM enterprise_members m \
                JOIN enterprises e ON e.id = m.enterprise_id WHERE m.participant_id = \(bind: id) ORDER BY m.joined_on, m.id
                """
            }
        ),
        Source(
            key: "jobs",
            title: Label("การจ้างงาน", "Jobs"),
            columns: [
                Column("employer_name", Label("นายจ้าง", "Employer")), Column("position", Label("ตำแหน่ง", "Position")),
                Column("started_on", Label("เริ่มงาน", "Started"), .day),
                Column("ended_on", Label("สิ้นสุด", "Ended"), .day),
                Column("monthly_wage_satang", Label("ค่าจ้างต่อเดือน", "Monthly wage"), .money),
            ],
            query: { id in
                """
                SELECT employer_name, position, started_on, ended_on, monthly_wage_satang FROM placements \
                WHERE participant_id = \(bind: id) ORDER BY started_on, id
                """
            }
        ),
        Source(
            key: "income",
            title: Label("รายได้ก่อนและหลังอบรม", "Income before and after training"),
            columns: [
                Column("asked_on", Label("สอบถามเมื่อ", "Asked"), .day),
                Column("months", Label("หลังอบรม (เดือน)", "Months after"), .number),
                Column("reached", Label("ติดต่อได้", "Reached"), .flag),
                Column("monthly_income_satang", Label("รายได้ต่อเดือน", "Monthly income"), .money),
                Column("main_source", Label("แหล่งรายได้หลัก", "Main source")),
            ],
            query: { id in
                """
                SELECT asked_on, 0 AS months, \(SQLLiteral.boolean(true)) AS reached, monthly_income_satang, \
                NULL AS main_source FROM income_baselines WHERE participant_id = \(bind: id) \
                UNION ALL SELECT done_on, months, reached, monthly_income_satang, main_source FROM income_followups \
                WHERE participant_id = \(bind: id) ORDER BY 1, 2
                """
            }
        ),
        Source(
            key: "requests",
            title: Label("คำขอตามสิทธิของท่าน", "Your requests under the PDPA"),
            columns: [
                Column("kind", Label("คำขอ", "Request"), .code { DataRequestKind(rawValue: $0).map(RightsText.kind) }),
                Column("received_on", Label("ได้รับเมื่อ", "Received"), .day),
                Column(
                    "status",
                    Label("สถานะ", "Status"),
                    .code { DataRequestStatus(rawValue: $0).map(RightsText.status) }
                ),
                Column("closed_on", Label("ตอบเมื่อ", "Answered"), .day), Column("outcome", Label("ผล", "Outcome")),
            ],
            query: { id in
                """
                SELECT kind, received_on, status, closed_on, outcome FROM data_requests \
                WHERE participant_id = \(bind: id) ORDER BY received_on, id
                """
            }
        ),
    ]
}

extension SubjectData.Document {
    /// The machine-readable copy (PDPA s.31): stored codes, ISO days, amounts in satang, times in
    /// ISO 8601, under the same keys as the database's columns.
    var json: JSONValue {
        func value(_ value: SubjectData.Value) -> JSONValue {
            switch value {
            case .null: .null
            case .text(let text): .string(text)
            case .number(let number): .number(Int(number))
            case .flag(let flag): .bool(flag)
            case .time(let date): .string(date.formatted(.iso8601))
            }
        }
        func rows(_ section: SubjectData.Section) -> JSONValue {
            .array(section.rows.map { row in .object(zip(section.columns, row).map { ($0.key, value($1)) }) })
        }
        return [
            "format": "sanfan-subject-data/1",
            "controller": "การนิคมอุตสาหกรรมแห่งประเทศไทย (Industrial Estate Authority of Thailand)",
            "person_id": .string(personID.uuidString.lowercased()),
            "generated_at": .string(generatedAt.formatted(.iso8601)),
            "generated_by": .string(generatedBy),
            "record": .object(
                zip(record.columns, record.rows.first ?? []).map { ($0.key, value($1)) }
            ),
            "sections": .object(sections.map { ($0.key, rows($0)) }),
        ]
    }
}
