extension Phrase {
    /// The catalogues: estates, occupations and partner organisations.
    var catalogueText: (th: String, en: String)? {
        switch self {
        case .navCatalogues: ("ข้อมูลหลัก", "Catalogues")
        case .cataloguesEstates: ("นิคมอุตสาหกรรม (ข้อมูลหลัก)", "Estates (catalogue)")
        case .cataloguesOccupations: ("อาชีพและมาตรฐาน", "Occupations and standards")
        case .cataloguesOrganisations: ("หน่วยงานภาคี", "Partner organisations")
        case .newEstate: ("เพิ่มนิคม", "New estate")
        case .newOccupation: ("เพิ่มอาชีพ", "New occupation")
        case .newOrganisation: ("เพิ่มหน่วยงาน", "New organisation")
        case .catalogueSaved: ("บันทึกข้อมูลหลักแล้ว", "Saved.")
        case .codeHint: ("ตัวอักษรอังกฤษ ตัวเลข และขีด เช่น BANGPOO", "Latin letters, digits and dashes, e.g. BANGPOO")
        case .codeInvalid: ("ใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข และขีด", "Only Latin letters, digits and dashes.")
        case .codeTaken: ("รหัสนี้มีอยู่แล้ว", "This code is already used.")
        case .district: ("อำเภอ/เขต", "District")
        case .certifyingBody: ("หน่วยรับรอง", "Certifying body")
        case .bodyTPQI: ("สคช. (TPQI)", "TPQI")
        case .bodyDSD: ("กพร. (DSD)", "DSD")
        case .bodyNone: ("ไม่มีมาตรฐานรับรอง", "No certifying body")
        case .standard: ("มาตรฐานอาชีพ", "Occupational standard")
        case .standardCode: ("รหัสมาตรฐาน", "Standard code")
        case .standardLevel: ("ชั้น/ระดับ", "Level")
        case .sector: ("สาขาวิชาชีพ", "Sector")
        case .unitsOfCompetency: ("หน่วยสมรรถนะ", "Units of competency")
        case .unitsHint:
            (
                "บรรทัดละหนึ่งหน่วย: รหัส ตามด้วยชื่อ เช่น 10211 ตรวจร่างกายผู้รับบริการ",
                "One per line: the code, then the name, e.g. 10211 Examine the client"
            )
        case .unitsCount: ("จำนวนหน่วยสมรรถนะ", "Units")
        case .unitLineInvalid: ("บรรทัดที่ {0}: ต้องมีรหัสและชื่อหน่วยสมรรถนะ", "Line {0}: needs a code and a name.")
        case .unitCodeRepeated: ("รหัสหน่วยสมรรถนะ {0} ซ้ำ", "The unit code {0} appears twice.")
        case .kind: ("ประเภท", "Kind")
        case .contact: ("ผู้ประสานงาน", "Contact")
        case .contactName: ("ชื่อผู้ประสานงาน", "Contact name")
        case .contactEmail: ("อีเมล", "Email")
        case .emailInvalid: ("อีเมลไม่ถูกต้อง", "Not an email address.")
        case .shortName: ("ชื่อย่อ", "Short name")
        case .linkedUsers: ("ผู้ใช้งานของหน่วยงานนี้", "Users of this organisation")
        case .sheetWorkbookUnreadable:
            (
                "อ่านแฟ้ม Excel ไม่ได้ ให้บันทึกใหม่เป็น .xlsx หรือ CSV UTF-8",
                "The Excel file cannot be read. Save it again as .xlsx or as CSV UTF-8."
            )
        case .peopleCourses: ("หลักสูตรที่เข้าอบรม", "Courses")
        case .noCoursesYet: ("ยังไม่ได้เข้าอบรม", "No courses yet.")
        case .completedOfTarget: ("ผ่านการอบรม {0} จากเป้าหมาย {1} คน", "{0} completed of a target of {1}")
        case .byAgeGroup: ("ตามช่วงวัย", "By age group")
        case .byAgeGroupHint:
            (
                "อายุนับ ณ วันที่ 1 ต.ค. ต้นปีงบประมาณ ตามช่วงวัยของรอบนี้ (หรือของโครงการ) นับแต่ละคนครั้งเดียว",
                "Age on 1 October, the first day of the fiscal year, under this cycle's bands (or the programme's); each person counted once"
            )
        default: nil
        }
    }
}
