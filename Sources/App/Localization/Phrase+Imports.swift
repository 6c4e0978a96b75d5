extension Phrase {
    /// Importing people from a sheet (issue 15).
    var importText: (th: String, en: String)? {
        switch self {
        case .navImports: ("นำเข้ารายชื่อ", "Import people")
        case .importsTitle: ("นำเข้ารายชื่อจากแฟ้ม", "Import people from a sheet")
        case .importsIntro:
            (
                "อัปโหลดแฟ้ม Excel (.xlsx) หรือ CSV ระบบตรวจทุกแถวด้วยกฎเดียวกับแบบฟอร์มลงทะเบียน และยังไม่บันทึกอะไรจนกว่าจะกดบันทึก",
                "Upload an Excel (.xlsx) or CSV sheet. Every row is checked by the same rules as the registration form, and nothing is saved until you commit."
            )
        case .importFile: ("แฟ้ม (.xlsx หรือ .csv)", "File (.xlsx or .csv)")
        case .importEncoding: ("การเข้ารหัสอักขระของแฟ้ม CSV", "Character encoding of a CSV file")
        case .encodingAuto: ("ตรวจหาให้อัตโนมัติ", "Detect it")
        case .importConsentConfirm:
            (
                "ยืนยันว่ามีแบบฟอร์มความยินยอมเข้าร่วมโครงการที่ลงนามแล้วของทุกคนในแฟ้ม",
                "I confirm that everyone in the sheet has signed the consent form to take part in the programme"
            )
        case .importConsentRequired:
            (
                "ต้องยืนยันว่ามีแบบฟอร์มความยินยอมที่ลงนามแล้ว จึงนำเข้าได้",
                "People can only be imported once you confirm their signed consent forms exist"
            )
        case .importUpload: ("ตรวจแฟ้ม", "Check the sheet")
        case .importCheckTitle: ("ตรวจแฟ้ม {0}", "Checking {0}")
        case .importSummary:
            (
                "อ่านได้ {0} แถว: เพิ่มใหม่ได้ {1} · ลงทะเบียนไว้แล้ว {2} · มีข้อผิดพลาด {3}",
                "{0} rows read: {1} new · {2} already registered · {3} with errors"
            )
        case .importMapping: ("คอลัมน์ในแฟ้ม", "Columns of the sheet")
        case .importMappingHint:
            (
                "ระบบเดาจากหัวคอลัมน์ เปลี่ยนได้ แล้วกดตรวจอีกครั้ง ระบบจำการจับคู่นี้ไว้ใช้ครั้งหน้า",
                "Suggested from the header row. Change any, then check again; the choice is remembered for next time."
            )
        case .importNoColumn: ("— ไม่มี —", "— none —")
        case .importRecheck: ("ตรวจอีกครั้ง", "Check again")
        case .importMissingColumns: ("ยังไม่ได้เลือกคอลัมน์: {0}", "No column chosen for: {0}")
        case .importErrorsHeading: ("แถวที่มีข้อผิดพลาด", "Rows with errors")
        case .importRow: ("แถว", "Row")
        case .importColumn: ("คอลัมน์", "Column")
        case .importProblem: ("ปัญหา", "Problem")
        case .importCommitAll: ("บันทึกทุกแถว", "Commit every row")
        case .importCommitValid: ("บันทึกเฉพาะแถวที่ถูกต้อง ({0} แถว)", "Commit only the valid rows ({0})")
        case .importCommitHint:
            (
                "บันทึกทั้งหมดในครั้งเดียว หากแถวใดบันทึกไม่ได้ จะไม่บันทึกแถวใดเลย",
                "Everything is saved at once: if any row cannot be saved, none is."
            )
        case .importCommitted: ("เพิ่มเข้าทะเบียนแล้ว {0} คน", "{0} people added to the registry.")
        case .importAlreadyCommitted: ("แฟ้มนี้บันทึกไปแล้ว", "This sheet has already been committed.")
        case .importHasErrors:
            (
                "ยังมีแถวที่ผิดพลาด แก้ในแฟ้มแล้วอัปโหลดใหม่ หรือเลือกบันทึกเฉพาะแถวที่ถูกต้อง",
                "Some rows have errors: fix them in the sheet and upload it again, or commit only the valid rows."
            )
        case .importNothingToAdd: ("ไม่มีแถวที่จะเพิ่ม", "There are no rows to add.")
        case .importAlreadyRegistered:
            (
                "ลงทะเบียนไว้แล้ว (มีเลขประจำตัวประชาชนนี้ในทะเบียน) จะไม่เพิ่มซ้ำ",
                "Already registered (this national ID is on file): not added again"
            )
        case .importSameAsRow: ("คนเดียวกับแถว {0} ของแฟ้มนี้", "The same person as row {0} of this sheet")
        case .importUnknownPlace: ("ไม่พบ ต.{0} อ.{1} จ.{2}", "No subdistrict {0} in district {1}, province {2}")
        case .importAmbiguousPlace:
            ("ต.{0} มีมากกว่าหนึ่งแห่ง ระบุอำเภอและจังหวัด", "More than one subdistrict {0}: give its district and province")
        case .importUnknownCommunity: ("ไม่พบชุมชน \"{0}\" ในนิคมนี้", "No community \"{0}\" at this estate")
        case .importBadDate: ("อ่านวันที่ \"{0}\" ไม่ได้", "Cannot read the date \"{0}\"")
        case .importBadGender: ("อ่านเพศ \"{0}\" ไม่ได้ (ชาย หรือ หญิง)", "Cannot read the gender \"{0}\" (male or female)")
        case .importBadName:
            ("แยกคำนำหน้า ชื่อ และนามสกุลจาก \"{0}\" ไม่ได้", "Cannot split \"{0}\" into title, first and last name")
        case .importPossibleDuplicate:
            (
                "ชื่อและวันเกิดตรงกับผู้ที่ลงทะเบียนไว้แล้วที่ {0} และไม่มีเลขประจำตัวประชาชน",
                "Same name and birth date as someone registered at {0}, and no national ID"
            )
        case .importNotASheet:
            ("ไม่ใช่แฟ้ม CSV หรือ Excel ที่อ่านได้", "This is not a CSV or Excel file that can be read.")
        case .importTooManyRows: ("แฟ้มมีเกิน {0} แถว แบ่งเป็นหลายแฟ้ม", "The sheet has more than {0} rows: split it")
        case .importTooLarge:
            (
                "แฟ้มใหญ่เกินไป (รับได้ไม่เกิน {0} แถว และ {1} คอลัมน์)",
                "The sheet is too large (at most {0} rows and {1} columns)"
            )
        case .importEmpty: ("แฟ้มไม่มีแถวข้อมูลใต้หัวคอลัมน์", "The sheet has no rows under its header")
        case .importRecent: ("แฟ้มที่นำเข้าล่าสุด", "Recent sheets")
        case .importStatusChecked: ("ตรวจแล้ว ยังไม่บันทึก", "Checked, not committed")
        case .importStatusCommitted: ("บันทึกแล้ว", "Committed")
        case .importAddress: ("ตำบล อำเภอ จังหวัด", "Subdistrict, district, province")
        case .importErrorSheet:
            (
                "ดาวน์โหลดแฟ้มนี้พร้อมคอลัมน์ข้อผิดพลาด แก้แล้วอัปโหลดใหม่ได้",
                "Download this sheet with a column of its errors, to fix and upload again"
            )
        case .importErrorColumn: ("ข้อผิดพลาด", "Errors")
        case .channelPaperImported: ("แบบฟอร์มกระดาษ (นำเข้าจากแฟ้ม)", "Paper form (imported from a sheet)")
        case .importQueued: ("รอคิวนำเข้า…", "Waiting to be imported…")
        case .importRunning:
            ("กำลังนำเข้า: ตรวจและบันทึกแล้ว {0} จาก {1} แถว", "Importing: {0} of {1} rows checked and written")
        case .importTimeLeft: ("เหลือประมาณ {0} วินาที", "about {0} seconds left")
        case .importRestarted:
            (
                "(ครั้งที่ {0}: ครั้งก่อนถูกขัดจังหวะ ไม่มีแถวใดถูกบันทึกไว้ครึ่งทาง ระบบจึงเริ่มใหม่ทั้งแฟ้ม)",
                "(attempt {0}: the last was interrupted; it saved no rows, so the whole sheet is being imported again)"
            )
        case .importFailed:
            (
                "นำเข้าไม่สำเร็จ: ถูกขัดจังหวะหลายครั้ง ไม่มีการเพิ่มรายชื่อใด ๆ อัปโหลดแฟ้มใหม่อีกครั้ง",
                "The import failed: it was interrupted too often. Nobody was added; upload the sheet again."
            )
        case .importEstateBusy:
            (
                "มีแฟ้มของนิคมนี้กำลังนำเข้าอยู่ รอให้เสร็จก่อนแล้วจึงบันทึกแฟ้มนี้",
                "Another sheet of this estate is being imported; commit this one when it is done"
            )
        case .importLastAttempt: ("การบันทึกครั้งก่อนไม่ได้เพิ่มรายชื่อ: {0}", "The last commit added nobody: {0}")
        case .importStatusQueued: ("รอคิวนำเข้า", "Waiting")
        case .importStatusRunning: ("กำลังนำเข้า", "Importing")
        case .importStatusFailed: ("ไม่สำเร็จ", "Failed")
        case .importUpdateLegend: ("คนที่ลงทะเบียนไว้แล้ว", "People already registered")
        case .importUpdateExisting:
            (
                "ปรับปรุงข้อมูลของคนในนิคมนี้ที่ลงทะเบียนไว้แล้ว ({0} คน) ด้วยค่าในแฟ้ม เฉพาะช่องที่แฟ้มมีค่า",
                "Update the {0} people of this estate already registered with the sheet's values, only where the sheet has one"
            )
        case .importUpdatableNote: ("(ในนิคมนี้ {0} คน ปรับปรุงข้อมูลได้)", "({0} of this estate can be updated)")
        case .importUpdated: ("ปรับปรุงข้อมูลคนที่ลงทะเบียนไว้แล้ว {0} คน", "{0} people already registered were updated")
        default: nil
        }
    }
}
